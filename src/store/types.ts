/** What the read engine's modules share: what a command wants of each record. */
import type { Fields } from './pick-fields.js';

/**
 * What a command needs of each record: `problems` (validate), `summary` (the reports:
 * src/domain/record-summary.ts), `full` (front matter and body: documents, exports) or some
 * front matter fields (`publish`).
 */
export type Want = 'problems' | 'summary' | 'full' | Fields;

/** Whether the command reads front matter (all of it, or the fields it names). */
export const wantsData = (want: Want): want is 'full' | Fields => want === 'full' || typeof want === 'object';
