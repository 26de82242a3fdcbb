/** Content hashes as hex text: SHA-1 for cache keys (speed), SHA-256 where a change must be provable. */
import { createHash } from 'node:crypto';

export const sha1 = (buf: Buffer | string): string => createHash('sha1').update(buf).digest('hex');
export const sha256 = (buf: Buffer | string): string => createHash('sha256').update(buf).digest('hex');
