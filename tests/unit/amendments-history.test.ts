/**
 * The record of what was published, the history built from it, and calendar sequences: an
 * event changed by one group of amendments gets SEQUENCE 1; an entry removed is cancelled.
 */
import { describe, expect, it } from 'vitest';
import { callHistory, eventRevisions, lastChangeDay, publishRecord } from '../../src/lib/amendments';
import type { Call } from '../../src/schemas/call';
import { loadCall } from './kit-fixtures';

const v1 = loadCall('atelier-foncier').data;
const SLUG = 'atelier-foncier';
const amend = (call: Call, date: string, change: (c: Call) => void): Call => {
  const next = structuredClone(call);
  change(next);
  next.amendments = [...next.amendments, { date, summary: `Modification du ${date}` }];
  return next;
};
const moveWebinar = (c: Call) => {
  c.events[0]!.date = { type: 'day-time', date: '2026-06-02', start: '15:00', end: '16:30' };
};

describe('publishRecord', () => {
  it('records the first version dated by updated, with no amendment', () => {
    const record = publishRecord(undefined, SLUG, v1);
    expect(record.versions).toHaveLength(1);
    expect(record.versions[0]).toMatchObject({ date: '2026-05-04', amendments: 0 });
    expect(record.versions[0]!.call['amendments']).toBeUndefined();
  });

  it('adds a version dated by the amendment when the call changed, and nothing when it did not', () => {
    const first = publishRecord(undefined, SLUG, v1);
    expect(publishRecord(first, SLUG, v1)).toBe(first);
    const v2 = amend(v1, '2026-11-30', moveWebinar);
    const second = publishRecord(first, SLUG, v2);
    expect(second.versions.map((v) => [v.date, v.amendments])).toEqual([
      ['2026-05-04', 0],
      ['2026-11-30', 1],
    ]);
    expect(second.amendments).toEqual([{ date: '2026-11-30', summary: 'Modification du 2026-11-30' }]);
  });

  it('rewrites the last version in place with refresh', () => {
    const first = publishRecord(undefined, SLUG, v1);
    const changed = structuredClone(v1);
    changed.selection.count = { type: 'exact', value: 5 };
    const refreshed = publishRecord(first, SLUG, changed, { refresh: true });
    expect(refreshed.versions).toHaveLength(1);
    expect((refreshed.versions[0]!.call['selection'] as { count: unknown }).count).toEqual({ type: 'exact', value: 5 });
  });
});

describe('lastChangeDay', () => {
  it('is the later of updated and the last amendment', () => {
    expect(lastChangeDay({ updated: '2026-05-04', amendments: [] })).toBe('2026-05-04');
    expect(lastChangeDay({ updated: '2026-05-04', amendments: [{ date: '2026-11-30', summary: 'x' }] })).toBe(
      '2026-11-30',
    );
    expect(lastChangeDay({ updated: '2026-12-05', amendments: [{ date: '2026-11-30', summary: 'x' }] })).toBe(
      '2026-12-05',
    );
  });
});

describe('callHistory', () => {
  it('gives a pending amendment the changes between the record and the content', () => {
    const record = publishRecord(undefined, SLUG, v1);
    const v2 = amend(v1, '2026-11-30', moveWebinar);
    const { groups } = callHistory(v2, record);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.amendments.map((a) => a.number)).toEqual([1]);
    expect(groups[0]!.changes.map((c) => c.path)).toEqual([['events', 0, 'date']]);
  });

  it('keeps each recorded group with its own changes, and numbers amendments across groups', () => {
    let record = publishRecord(undefined, SLUG, v1);
    const v2 = amend(v1, '2026-11-30', moveWebinar);
    record = publishRecord(record, SLUG, v2);
    const v3 = amend(v2, '2026-12-01', (c) => {
      c.selection.count = { type: 'exact', value: 5 };
    });
    const { groups } = callHistory(v3, record);
    expect(groups.map((g) => g.amendments.map((a) => a.number))).toEqual([[1], [2]]);
    expect(groups[0]!.changes.map((c) => c.label)).toEqual([
      'Réunion d’information «\u202FRéunion d’information en ligne\u202F»',
    ]);
    expect(groups[1]!.changes.map((c) => c.label)).toEqual(['Nombre de territoires retenus']);
  });

  it('lists amendments without changes when the call has no record', () => {
    const v2 = amend(v1, '2026-11-30', moveWebinar);
    const { groups } = callHistory(v2, undefined);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.changes).toEqual([]);
    expect(callHistory(v1, undefined).groups).toEqual([]);
  });
});

describe('eventRevisions', () => {
  it('counts the amendment groups that changed each entry, dated by the last one', () => {
    let record = publishRecord(undefined, SLUG, v1);
    const v2 = amend(v1, '2026-11-30', moveWebinar);
    expect(eventRevisions(callHistory(v2, record), v2).revisions).toEqual({
      reunion: { sequence: 1, lastModified: '2026-11-30' },
    });
    record = publishRecord(record, SLUG, v2);
    const v3 = amend(v2, '2026-12-01', (c) => {
      c.events[0]!.date = { type: 'day-time', date: '2026-06-02', start: '16:00', end: '17:00' };
      c.calendar[1]!.title = 'Clôture';
    });
    const { revisions, cancelled } = eventRevisions(callHistory(v3, record), v3);
    expect(revisions['reunion']).toEqual({ sequence: 2, lastModified: '2026-12-01' });
    expect(revisions['cloture']).toEqual({ sequence: 1, lastModified: '2026-12-01' });
    expect(revisions['ouverture']).toBeUndefined();
    expect(cancelled).toEqual([]);
  });

  it('cancels an entry that lost its exact date, keeping its last published data', () => {
    const record = publishRecord(undefined, SLUG, v1);
    const v2 = amend(v1, '2026-11-30', (c) => {
      c.events = [];
    });
    const { cancelled } = eventRevisions(callHistory(v2, record), v2);
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toMatchObject({ list: 'events', revision: { sequence: 1, lastModified: '2026-11-30' } });
    expect(cancelled[0]!.entry['id']).toBe('reunion');
  });

  it('changes nothing without a record', () => {
    const v2 = amend(v1, '2026-11-30', moveWebinar);
    expect(eventRevisions(callHistory(v2, undefined), v2)).toEqual({ revisions: {}, cancelled: [] });
  });
});
