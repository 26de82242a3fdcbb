/** One message in the two languages ppid speaks: Bahasa Indonesia first (the default), then English. */
export type Pair = readonly [id: string, en: string];
