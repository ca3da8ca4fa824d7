/**
 * A call's history for readers: its amendments, grouped by the version that published them, each
 * group with the changes it brought (computed from the record: the version before and the
 * version after, or the content for amendments not yet recorded).
 */
import type { Amendment } from '../../schemas/amendment';
import type { Call } from '../../schemas/call';
import { diffCalls, type Change, type DiffOptions } from './diff';
import { lastVersion, snapshotOf, type CallRecord } from './record';

/** An amendment with its number in the call's list (1 = the first). */
export interface NumberedAmendment extends Amendment {
  number: number;
}

/** Amendments published together, and what they changed. */
export interface HistoryGroup {
  amendments: NumberedAmendment[];
  /** Date of the group's last amendment. */
  day: string;
  /** The call's data before and after the group; `before` is absent when no earlier version is recorded. */
  before?: Record<string, unknown>;
  after: Record<string, unknown>;
  /** What changed; empty when `before` is absent or the change is in the text only. */
  changes: Change[];
}

export interface CallHistory {
  /** Oldest first. */
  groups: HistoryGroup[];
}

function group(
  call: Call,
  from: number,
  to: number,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
  options: DiffOptions,
): HistoryGroup | undefined {
  const amendments = call.amendments.slice(from, to).map((a, i) => ({ ...a, number: from + i + 1 }));
  const last = amendments.at(-1);
  if (!last) return undefined;
  const changes = before ? diffCalls(before, after, options) : [];
  return { amendments, day: last.date, ...(before ? { before } : {}), after, changes };
}

/** The call's history, from its record (undefined when the call was never published). */
export function callHistory(call: Call, record: CallRecord | undefined, options: DiffOptions = {}): CallHistory {
  const current = snapshotOf(call);
  const groups: (HistoryGroup | undefined)[] = [];
  if (!record) {
    groups.push(group(call, 0, call.amendments.length, undefined, current, options));
    return { groups: groups.filter((g) => g !== undefined) };
  }
  const versions = record.versions;
  const first = versions[0];
  if (first)
    groups.push(group(call, 0, Math.min(first.amendments, call.amendments.length), undefined, first.call, options));
  for (let i = 1; i < versions.length; i++) {
    const prev = versions[i - 1]!;
    const next = versions[i]!;
    groups.push(
      group(call, prev.amendments, Math.min(next.amendments, call.amendments.length), prev.call, next.call, options),
    );
  }
  const last = lastVersion(record);
  groups.push(group(call, last.amendments, call.amendments.length, last.call, current, options));
  return { groups: groups.filter((g) => g !== undefined) };
}
