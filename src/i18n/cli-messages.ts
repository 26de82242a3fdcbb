/** The command line's own words: its flags, its filters and commander's messages (src/cli/). */
type Pair = readonly [id: string, en: string];

// A table, one entry per line, reads best as it is written.
// prettier-ignore
export const CLI_MESSAGES = {
  'lebar-tidak-sah': ['--lebar "{nilai}" bukan lebar yang dapat dipakai', '--width "{nilai}" is not a usable width'],
  'lebar-tidak-sah.saran': ['beri jumlah kolom, paling sedikit {min} (mis. --lebar 80), atau 0 untuk tanpa batas', 'give a number of columns, at least {min} (e.g. --width 80), or 0 for no limit'],
} satisfies Record<string, Pair>;
