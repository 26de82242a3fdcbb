/** The record files an index lists, as names made only when asked for. */

/** A list of record file names: an array, or the index's listing, whose names are made when asked for. */
export interface Names {
  readonly length: number;
  at(k: number): string | undefined;
}

/**
 * The index's file list as stored (one name per line), each name cut out when asked for: a
 * warm report over 100,000 records uses a few thousand of them, and 100,000 small strings made
 * at once cost more in garbage collection than in making them.
 */
export class ListedNames implements Names {
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    let count = text === '' ? 0 : 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
    this.starts = new Uint32Array(count + 1);
    let k = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts[k++] = at + 1;
    this.starts[count] = text.length + 1;
  }

  get length(): number {
    return this.starts.length - 1;
  }

  at(k: number): string | undefined {
    return k >= 0 && k < this.length ? this.text.slice(this.starts[k], this.starts[k + 1]! - 1) : undefined;
  }
}

/** A record file's name without its folder and `.md`: the id it should carry. */
export const baseName = (rel: string): string => rel.slice(rel.lastIndexOf('/') + 1, -'.md'.length);
