/**
 * What git's index (`.git/index`, Documentation/gitformat-index.txt) says that would make
 * `git status` vouch for a file it never looked at: an entry marked assume-unchanged
 * (`update-index --assume-unchanged`, core.ignoreStat) or skip-worktree (sparse checkout)
 * is reported clean whatever its file holds. A report trusts git's word on the records only
 * when no entry is so marked; anything this reader does not know (another version, a split
 * or sparse index, a cut-off file) counts as marked.
 */

/** Entry flags: assume-valid, extended; extended flags: skip-worktree. */
const CE_VALID = 0x8000;
const CE_EXTENDED = 0x4000;
const CE_SKIP_WORKTREE = 0x4000;
const NAME_MASK = 0x0fff;

export interface IndexFlags {
  /** Some entry is marked so that git does not look at its file (or the index could not be read). */
  hidden: boolean;
  /** Which of the asked paths have an entry. */
  present: Set<string>;
}

/**
 * Reads the flags of every entry of an index file. `hashLen`: 20 (SHA-1) or 32 (SHA-256)
 * bytes; `paths`: entries whose presence the caller wants to know (a few).
 */
export function readIndexFlags(buf: Buffer, hashLen: number, paths: readonly string[] = []): IndexFlags {
  const hidden: IndexFlags = { hidden: true, present: new Set() };
  if (buf.length < 12 + hashLen || buf.toString('latin1', 0, 4) !== 'DIRC') return hidden;
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return hidden;
  const count = buf.readUInt32BE(8);
  const end = buf.length - hashLen;
  const wanted = new Map(paths.map((p) => [p, Buffer.from(p, 'utf8')]));
  const lengths = new Set([...wanted.values()].map((b) => b.length));
  const present = new Set<string>();
  // Version 4 keeps each name as a change of the one before: the name is rebuilt here.
  let name = Buffer.alloc(4096);
  let nameLen = 0;
  let at = 12;
  const fixed = 40 + hashLen + 2;
  for (let e = 0; e < count; e++) {
    if (at + fixed > end) return hidden;
    const flags = buf.readUInt16BE(at + 40 + hashLen);
    let head = fixed;
    if (flags & CE_EXTENDED) {
      if (version < 3 || at + fixed + 2 > end) return hidden;
      if (buf.readUInt16BE(at + fixed) & CE_SKIP_WORKTREE) return hidden;
      head += 2;
    }
    if (flags & CE_VALID) return hidden;
    let start = at + head;
    if (version === 4) {
      // How many bytes of the previous name to drop: git's offset varint.
      let c = buf[start++]!;
      let drop = c & 127;
      while (c & 128) {
        if (start >= end) return hidden;
        c = buf[start++]!;
        drop = ((drop + 1) << 7) | (c & 127);
      }
      const nul = buf.indexOf(0, start);
      if (nul < 0 || nul >= end || drop > nameLen) return hidden;
      nameLen -= drop;
      const add = nul - start;
      if (nameLen + add > name.length) {
        const bigger = Buffer.alloc(Math.max(name.length * 2, nameLen + add));
        name.copy(bigger, 0, 0, nameLen);
        name = bigger;
      }
      buf.copy(name, nameLen, start, nul);
      nameLen += add;
      at = nul + 1;
      if (lengths.has(nameLen)) note(name.subarray(0, nameLen));
    } else {
      let len = flags & NAME_MASK;
      if (len === NAME_MASK) {
        const nul = buf.indexOf(0, start + len);
        if (nul < 0 || nul >= end) return hidden;
        len = nul - start;
      }
      if (lengths.has(len)) note(buf.subarray(start, start + len));
      // Padded with 1 to 8 NULs to a multiple of eight bytes.
      at += (head + len + 8) & ~7;
    }
    if (at > end) return hidden;
  }
  // Extensions: a split index keeps entries in another file ("link"), a sparse one whole
  // folders as one entry ("sdir"); neither is read here.
  while (at + 8 <= end) {
    const sig = buf.toString('latin1', at, at + 4);
    if (sig === 'link' || sig === 'sdir') return hidden;
    at += 8 + buf.readUInt32BE(at + 4);
  }
  if (at !== end) return hidden;
  return { hidden: false, present };

  function note(n: Buffer): void {
    for (const [p, b] of wanted) if (n.equals(b)) present.add(p);
  }
}
