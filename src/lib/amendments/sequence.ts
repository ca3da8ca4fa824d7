/**
 * Calendar updates: each dated entry of a call (milestone or information event, by id) gets a
 * SEQUENCE equal to the number of published amendment groups that changed it, and a
 * LAST-MODIFIED from the date of the last of them, so that subscribed calendars update the
 * event instead of adding a second one. An entry that had an exact date in an earlier version
 * and has none now (removed, or made fuzzy) is published as cancelled, with its last data.
 */
import type { Milestone } from '../../schemas/call';
import type { Call } from '../../schemas/call';
import type { CallHistory } from './history';

export interface EventRevision {
  /** Number of amendment groups that changed the entry. */
  sequence: number;
  /** ISO day of the last of them. */
  lastModified: string;
}

/** An entry that left the calendar, with its last published data. */
export interface CancelledEntry {
  list: 'calendar' | 'events';
  entry: Record<string, unknown>;
  revision: EventRevision;
}

export interface EventRevisions {
  /** By entry id; entries never changed are absent. */
  revisions: Record<string, EventRevision>;
  /** In the order they were last published. */
  cancelled: CancelledEntry[];
}

type Dated = { list: 'calendar' | 'events'; entry: Record<string, unknown> };

function datedEntries(data: Record<string, unknown> | Pick<Call, 'calendar' | 'events'>): Map<string, Dated> {
  const out = new Map<string, Dated>();
  for (const list of ['calendar', 'events'] as const) {
    const items = (data as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    for (const entry of items as Record<string, unknown>[]) {
      if (typeof entry?.['id'] === 'string') out.set(entry['id'], { list, entry });
    }
  }
  return out;
}

const exact = (d: Dated | undefined) => {
  const type = (d?.entry['date'] as { type?: unknown } | undefined)?.type;
  return type === 'day' || type === 'day-time' || type === 'day-at';
};

const same = (a: Dated | undefined, b: Dated | undefined) =>
  a?.list === b?.list && JSON.stringify(a?.entry ?? null) === JSON.stringify(b?.entry ?? null);

/** Revisions of a call's calendar entries, from its history (`current`: the call as built). */
export function eventRevisions(history: CallHistory, current: Pick<Call, 'calendar' | 'events'>): EventRevisions {
  const revisions: Record<string, EventRevision> = {};
  const lastExact = new Map<string, Dated>();
  const noteExact = (entries: Map<string, Dated>) => {
    for (const [id, d] of entries) if (exact(d)) lastExact.set(id, d);
  };
  for (const group of history.groups) {
    if (!group.before) continue;
    const before = datedEntries(group.before);
    const after = datedEntries(group.after);
    noteExact(before);
    noteExact(after);
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      if (same(before.get(id), after.get(id))) continue;
      revisions[id] = { sequence: (revisions[id]?.sequence ?? 0) + 1, lastModified: group.day };
    }
  }
  const now = datedEntries(current);
  const cancelled: CancelledEntry[] = [];
  for (const [id, d] of lastExact) {
    if (exact(now.get(id))) continue;
    const revision = revisions[id];
    if (revision) cancelled.push({ ...d, revision });
  }
  return { revisions, cancelled };
}

/** The cancelled entries as the calendar builder reads them. */
export function cancelledAsCall(cancelled: readonly CancelledEntry[]): Pick<Call, 'calendar' | 'events'> {
  return {
    calendar: cancelled.filter((c) => c.list === 'calendar').map((c) => c.entry as unknown as Milestone),
    events: cancelled.filter((c) => c.list === 'events').map((c) => c.entry as unknown as Call['events'][number]),
  };
}
