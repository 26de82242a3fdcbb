/**
 * A copy of a string that does not keep alive the text it was cut from. V8 makes a piece cut
 * from a longer string (a YAML value, a line of a file) point into that string, so a record's
 * id or a problem's quoted line kept after the read would keep the whole record text with it:
 * 100,000 of them are a hundred megabytes no command needs.
 */
export function ownCopy<T extends string | Record<string, unknown>>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
