/**
 * Amendments: a call's published history. `record.ts` reads and writes the record of what was
 * published, `diff.ts` computes what changed (with French labels, `labels.ts`), `history.ts`
 * groups the amendments with their changes for readers, `sequence.ts` gives calendar updates.
 */
export { changeText, diffCalls, EDITORIAL_FIELDS, formatValue, type Change, type DiffOptions } from './diff';
export { callHistory, type CallHistory, type HistoryGroup, type NumberedAmendment } from './history';
export {
  lastChangeDay,
  lastVersion,
  loadRecord,
  parseRecord,
  publishRecord,
  RECORD_DIR,
  recordPath,
  recordText,
  snapshotOf,
  type CallRecord,
  type RecordVersion,
} from './record';
export {
  cancelledAsCall,
  eventRevisions,
  type CancelledEntry,
  type EventRevision,
  type EventRevisions,
} from './sequence';
