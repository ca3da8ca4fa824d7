import { describe, expect, it } from 'vitest';
import { NNBSP } from '../../src/lib/shared/french';
import {
  callStatus,
  compareStatus,
  deadlineOf,
  openingOf,
  statusLabels,
  statusOrder,
  type StatusInput,
  type StatusKey,
} from '../../src/lib/shared/status';

/** Writes NNBSP as `_` so expectations stay readable. */
const show = (s: string) => s.replaceAll(NNBSP, '_');

/** Opens 2023-10-02, closes 2023-11-03, selection mid-November, implementation until January 2024. */
const call: StatusInput = {
  mode: 'deadline',
  calendar: [
    { kind: 'opening', date: { type: 'day', date: '2023-10-02' } },
    { kind: 'deadline', date: { type: 'day', date: '2023-11-03' } },
    { kind: 'selection', date: { type: 'month-part', month: '2023-11', part: 'mid' } },
    {
      kind: 'implementation',
      date: { type: 'range', from: { month: '2023-12' }, to: { month: '2024-01' }, days: 45, joiner: 'slash' },
    },
    { kind: 'deadline', date: { type: 'day', date: '2023-12-15' } },
  ],
};

const keyOn = (input: StatusInput, today: string) => callStatus(input, today).key;

describe('openingOf and deadlineOf', () => {
  it('return the first milestone of their kind', () => {
    expect(openingOf(call)).toBe(call.calendar[0]);
    expect(deadlineOf(call)).toBe(call.calendar[1]);
  });
  it('return undefined when the kind is missing', () => {
    expect(openingOf({ calendar: [] })).toBeUndefined();
    expect(deadlineOf({ calendar: [call.calendar[2]!] })).toBeUndefined();
  });
});

describe('callStatus, deadline mode', () => {
  it('is à venir before the opening day', () => {
    const status = callStatus(call, '2023-10-01');
    expect(status.key).toBe('a-venir');
    expect(status.label).toBe('À venir');
    expect(show(status.detail)).toBe('Ouverture des candidatures_: lundi 2 octobre 2023');
  });
  it('is ouvert from the opening day to the deadline day included', () => {
    for (const today of ['2023-10-02', '2023-10-20', '2023-11-03']) {
      const status = callStatus(call, today);
      expect(status.key).toBe('ouvert');
      expect(status.label).toBe('Ouvert');
      expect(show(status.detail)).toBe('Date limite_: vendredi 3 novembre 2023');
    }
  });
  it('is en cours from the day after the deadline to the last milestone', () => {
    for (const today of ['2023-11-04', '2023-11-15', '2024-01-31']) {
      const status = callStatus(call, today);
      expect(status.key).toBe('en-cours');
      expect(status.label).toBe('En cours');
      expect(show(status.detail)).toBe('Candidatures closes_; sélection et mise en œuvre en cours');
    }
  });
  it('is clos after the latest day of the last milestone', () => {
    const status = callStatus(call, '2024-02-01');
    expect(status.key).toBe('clos');
    expect(status.label).toBe('Clos');
    expect(show(status.detail)).toBe('Appel terminé (date limite_: vendredi 3 novembre 2023)');
  });
  it('goes straight to clos when the deadline is the last milestone', () => {
    const short: StatusInput = { mode: 'deadline', calendar: [call.calendar[1]!] };
    expect(keyOn(short, '2023-11-03')).toBe('ouvert');
    expect(keyOn(short, '2023-11-04')).toBe('clos');
  });
  it('is ouvert without an opening milestone until the deadline', () => {
    const noOpening: StatusInput = { mode: 'deadline', calendar: call.calendar.slice(1) };
    expect(keyOn(noOpening, '2000-01-01')).toBe('ouvert');
  });
  it('uses the latest day of a fuzzy deadline and the earliest of a fuzzy opening', () => {
    const fuzzy: StatusInput = {
      mode: 'deadline',
      calendar: [
        { kind: 'opening', date: { type: 'month-part', month: '2024-03', part: 'early' } },
        { kind: 'deadline', date: { type: 'month-part', month: '2024-04', part: 'late' } },
      ],
    };
    expect(keyOn(fuzzy, '2024-02-29')).toBe('a-venir');
    expect(keyOn(fuzzy, '2024-03-01')).toBe('ouvert');
    expect(keyOn(fuzzy, '2024-04-30')).toBe('ouvert');
    expect(keyOn(fuzzy, '2024-05-01')).toBe('clos');
    expect(show(callStatus(fuzzy, '2024-04-01').detail)).toBe('Date limite_: fin avril 2024');
  });
  it('throws without a deadline milestone', () => {
    const broken: StatusInput = { mode: 'deadline', calendar: [call.calendar[0]!] };
    expect(() => callStatus(broken, '2023-10-10')).toThrow(Error);
  });
  it('still reports à venir before the opening even without a deadline', () => {
    const broken: StatusInput = { mode: 'deadline', calendar: [call.calendar[0]!] };
    expect(keyOn(broken, '2023-09-01')).toBe('a-venir');
  });
  it('rejects a malformed day', () => {
    expect(() => callStatus(call, '3/11/2023')).toThrow(RangeError);
  });
});

describe('callStatus, rolling mode', () => {
  const rolling: StatusInput = {
    mode: 'rolling',
    rollingStatement: 'Les candidatures sont reçues au fil de l’eau.',
    calendar: [{ kind: 'opening', date: { type: 'month', month: '2024-01' } }],
  };
  it('is à venir before the opening month', () => {
    expect(keyOn(rolling, '2023-12-31')).toBe('a-venir');
    expect(show(callStatus(rolling, '2023-12-31').detail)).toBe('Ouverture des candidatures_: janvier 2024');
  });
  it('is ouvert from then on, with no deadline', () => {
    for (const today of ['2024-01-01', '2030-06-15']) {
      const status = callStatus(rolling, today);
      expect(status.key).toBe('ouvert');
      expect(status.detail).toBe('Candidatures reçues au fil de l’eau, selon l’appel');
    }
    expect(keyOn({ ...rolling, calendar: [] }, '2024-01-01')).toBe('ouvert');
  });
  it('refuses a rolling call without the call’s own statement (no opening inferred from nothing)', () => {
    expect(() => callStatus({ mode: 'rolling', calendar: [] }, '2024-01-01')).toThrow(/rollingStatement/);
  });
});

describe('callStatus, undated mode', () => {
  it('gives a call that publishes no date its own status, never « ouvert »', () => {
    const status = callStatus({ mode: 'undated', calendar: [] }, '2026-12-01');
    expect(status.key).toBe('dates-non-publiees');
    expect(status.label).toBe('Dates non publiées');
    expect(status.detail).not.toMatch(/fil de l’eau|\bouvert\b/i);
    expect(status.detail).toBe('L’appel ne publie ni date d’ouverture ni date limite');
  });
  it('is à venir before a published opening, then says that no deadline is published', () => {
    const input: StatusInput = { mode: 'undated', calendar: [{ kind: 'opening', date: { type: 'day', date: '2027-01-04' } }] };
    expect(keyOn(input, '2026-12-01')).toBe('a-venir');
    const after = callStatus(input, '2027-02-01');
    expect(after.key).toBe('dates-non-publiees');
    expect(show(after.detail)).toMatch(/aucune date limite publiée$/);
  });
});

describe('statusOrder', () => {
  it('puts open calls first and closed ones last', () => {
    expect(statusOrder).toEqual(['ouvert', 'a-venir', 'dates-non-publiees', 'sans-candidature', 'en-cours', 'clos']);
    const keys: StatusKey[] = ['clos', 'a-venir', 'en-cours', 'ouvert'];
    expect(keys.sort(compareStatus)).toEqual(['ouvert', 'a-venir', 'en-cours', 'clos']);
  });
  it('has a label for every key', () => {
    expect(statusOrder.map((k) => statusLabels[k])).toEqual([
      'Ouvert',
      'À venir',
      'Dates non publiées',
      'Sans appel à candidatures',
      'En cours',
      'Clos',
    ]);
  });
});
