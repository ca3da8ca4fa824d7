import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareIntervals,
  durationFits,
  exactDay,
  formatDay,
  formatFuzzyDate,
  formatMonth,
  interval,
  intervalLength,
  isExact,
  monthEnd,
  monthNames,
  monthStart,
  parisOffsetMinutes,
  parisToUtc,
  weekdayName,
  weekdayNames,
  weekdayOf,
} from '../../src/lib/shared/dates';
import { NNBSP } from '../../src/lib/shared/french';
import type { FuzzyDate } from '../../src/schemas/date';

/** Writes NNBSP as `_` so expectations stay readable. */
const show = (s: string) => s.replaceAll(NNBSP, '_');

describe('names', () => {
  it('lists French months and weekdays in lowercase', () => {
    expect(monthNames).toHaveLength(12);
    expect(monthNames[0]).toBe('janvier');
    expect(monthNames[7]).toBe('août');
    expect(monthNames[11]).toBe('décembre');
    expect(weekdayNames).toEqual(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
  });
});

describe('weekdayOf', () => {
  it('counts from lundi = 0', () => {
    expect(weekdayOf('2023-10-02')).toBe(0);
    expect(weekdayName('2023-10-02')).toBe('lundi');
    expect(weekdayOf('2023-11-03')).toBe(4);
    expect(weekdayName('2023-11-03')).toBe('vendredi');
    expect(weekdayName('2023-10-29')).toBe('dimanche');
    expect(weekdayName('2024-02-29')).toBe('jeudi');
  });
  it('rejects impossible days', () => {
    expect(() => weekdayOf('2023-02-29')).toThrow(RangeError);
    expect(() => weekdayOf('2023-1-2')).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2023-10-31', 1)).toBe('2023-11-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
    expect(addDays('2023-10-29', 0)).toBe('2023-10-29');
  });
  it('finds month ends and starts', () => {
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2023-02')).toBe('2023-02-28');
    expect(monthEnd('2100-02')).toBe('2100-02-28');
    expect(monthEnd('2000-02')).toBe('2000-02-29');
    expect(monthEnd('2023-11')).toBe('2023-11-30');
    expect(monthEnd('2023-12')).toBe('2023-12-31');
    expect(monthStart('2023-12')).toBe('2023-12-01');
    expect(() => monthEnd('2023-13')).toThrow(RangeError);
  });
});

describe('formatDay', () => {
  it('writes the weekday by default', () => {
    expect(formatDay('2023-10-02')).toBe('lundi 2 octobre 2023');
    expect(formatDay('2023-10-02', { weekday: true })).toBe('lundi 2 octobre 2023');
  });
  it('leaves it out on request', () => {
    expect(formatDay('2023-10-02', { weekday: false })).toBe('2 octobre 2023');
  });
  it('writes 1er for the first of the month', () => {
    expect(formatDay('2023-10-01', { weekday: false })).toBe('1er octobre 2023');
    expect(formatDay('2023-10-01')).toBe('dimanche 1er octobre 2023');
  });
  it('formats months', () => {
    expect(formatMonth('2024-08')).toBe('août 2024');
  });
});

describe('interval', () => {
  const cases: [string, FuzzyDate, string, string][] = [
    ['day', { type: 'day', date: '2023-10-02' }, '2023-10-02', '2023-10-02'],
    ['day-time', { type: 'day-time', date: '2023-10-03', start: '10:00', end: '12:00' }, '2023-10-03', '2023-10-03'],
    ['month', { type: 'month', month: '2023-12' }, '2023-12-01', '2023-12-31'],
    ['month, leap February', { type: 'month', month: '2024-02' }, '2024-02-01', '2024-02-29'],
    ['month, common February', { type: 'month', month: '2023-02' }, '2023-02-01', '2023-02-28'],
    ['early part', { type: 'month-part', month: '2024-03', part: 'early' }, '2024-03-01', '2024-03-10'],
    ['mid part', { type: 'month-part', month: '2023-11', part: 'mid' }, '2023-11-11', '2023-11-20'],
    ['late part, 30-day month', { type: 'month-part', month: '2023-11', part: 'late' }, '2023-11-21', '2023-11-30'],
    ['late part, 31-day month', { type: 'month-part', month: '2024-01', part: 'late' }, '2024-01-21', '2024-01-31'],
    ['late part, leap February', { type: 'month-part', month: '2024-02', part: 'late' }, '2024-02-21', '2024-02-29'],
    ['spring', { type: 'season', season: 'spring', year: 2024 }, '2024-03-20', '2024-06-20'],
    ['summer', { type: 'season', season: 'summer', year: 2024 }, '2024-06-21', '2024-09-22'],
    ['autumn', { type: 'season', season: 'autumn', year: 2024 }, '2024-09-23', '2024-12-20'],
    ['winter, crossing years', { type: 'season', season: 'winter', year: 2023 }, '2023-12-21', '2024-03-19'],
    [
      'range of months',
      { type: 'range', from: { month: '2023-12' }, to: { month: '2024-01' }, joiner: 'slash', days: 45 },
      '2023-12-01',
      '2024-01-31',
    ],
    [
      'range of days',
      { type: 'range', from: { day: '2023-10-02' }, to: { day: '2023-10-05' }, joiner: 'to' },
      '2023-10-02',
      '2023-10-05',
    ],
    [
      'mixed range',
      { type: 'range', from: { day: '2023-11-15' }, to: { month: '2024-02' }, joiner: 'to' },
      '2023-11-15',
      '2024-02-29',
    ],
  ];
  it.each(cases)('%s', (_name, date, earliest, latest) => {
    expect(interval(date)).toEqual({ earliest, latest });
  });
});

describe('intervalLength and durationFits', () => {
  const decJan = (days: number): FuzzyDate => ({
    type: 'range',
    from: { month: '2023-12' },
    to: { month: '2024-01' },
    days,
    joiner: 'slash',
  });
  it('counts both ends', () => {
    expect(intervalLength({ earliest: '2023-10-02', latest: '2023-10-02' })).toBe(1);
    expect(intervalLength(interval(decJan(45)))).toBe(62);
    expect(intervalLength(interval({ type: 'month', month: '2024-02' }))).toBe(29);
    expect(intervalLength({ earliest: '2024-03-30', latest: '2024-04-01' })).toBe(3);
  });
  it('accepts a duration that fits', () => {
    expect(durationFits(decJan(45))).toBe(true);
    expect(durationFits(decJan(62))).toBe(true);
  });
  it('rejects a duration longer than the interval', () => {
    expect(durationFits(decJan(70))).toBe(false);
    expect(durationFits(decJan(63))).toBe(false);
  });
  it('has nothing to check without a stated duration', () => {
    expect(durationFits({ type: 'month', month: '2023-12' })).toBe(true);
    expect(durationFits({ type: 'range', from: { month: '2023-12' }, to: { month: '2024-01' }, joiner: 'to' })).toBe(
      true,
    );
  });
});

describe('compareIntervals', () => {
  it('sorts by earliest, then latest', () => {
    const list = [
      { earliest: '2023-11-01', latest: '2023-11-30' },
      { earliest: '2023-10-02', latest: '2023-10-31' },
      { earliest: '2023-11-01', latest: '2023-11-10' },
    ];
    expect([...list].sort(compareIntervals)).toEqual([list[1], list[2], list[0]]);
    expect(compareIntervals(list[0]!, { ...list[0]! })).toBe(0);
  });
});

describe('isExact and exactDay', () => {
  it('tells exact dates from fuzzy ones', () => {
    const day: FuzzyDate = { type: 'day', date: '2023-10-02' };
    const timed: FuzzyDate = { type: 'day-time', date: '2023-10-03', start: '10:00', end: '12:00' };
    const month: FuzzyDate = { type: 'month', month: '2023-12' };
    expect(isExact(day)).toBe(true);
    expect(isExact(timed)).toBe(true);
    expect(isExact(month)).toBe(false);
    expect(isExact({ type: 'season', season: 'summer', year: 2024 })).toBe(false);
    expect(exactDay(day)).toBe('2023-10-02');
    expect(exactDay(timed)).toBe('2023-10-03');
    expect(exactDay(month)).toBeUndefined();
  });
});

describe('formatFuzzyDate', () => {
  const cases: [FuzzyDate, string][] = [
    [{ type: 'day', date: '2023-10-02' }, 'lundi 2 octobre 2023'],
    [{ type: 'day', date: '2023-11-01' }, 'mercredi 1er novembre 2023'],
    [{ type: 'day-time', date: '2023-10-03', start: '10:00', end: '12:00' }, 'mardi 3 octobre 2023 de 10_h_00 à 12_h_00'],
    [{ type: 'day-time', date: '2023-10-03', start: '09:30', end: '11:00' }, 'mardi 3 octobre 2023 de 9_h_30 à 11_h_00'],
    [{ type: 'month', month: '2023-12' }, 'décembre 2023'],
    [{ type: 'month-part', month: '2024-03', part: 'early' }, 'début mars 2024'],
    [{ type: 'month-part', month: '2023-11', part: 'mid' }, 'mi-novembre 2023'],
    [{ type: 'month-part', month: '2023-11', part: 'late' }, 'fin novembre 2023'],
    [{ type: 'season', season: 'spring', year: 2024 }, 'printemps 2024'],
    [{ type: 'season', season: 'summer', year: 2024 }, 'été 2024'],
    [{ type: 'season', season: 'autumn', year: 2023 }, 'automne 2023'],
    [{ type: 'season', season: 'winter', year: 2023 }, 'hiver 2023'],
    [
      { type: 'range', from: { month: '2023-12' }, to: { month: '2024-01' }, days: 45, joiner: 'slash' },
      'décembre 2023/janvier 2024 (45 jours)',
    ],
    [{ type: 'range', from: { month: '2024-02' }, to: { month: '2024-03' }, joiner: 'slash' }, 'février/mars 2024'],
    [{ type: 'range', from: { month: '2024-02' }, to: { month: '2024-07' }, joiner: 'to' }, 'février à juillet 2024'],
    [
      { type: 'range', from: { month: '2023-11' }, to: { month: '2024-02' }, joiner: 'to' },
      'novembre 2023 à février 2024',
    ],
    [
      { type: 'range', from: { month: '2024-02' }, to: { month: '2024-07' }, joiner: 'to', days: 45 },
      'février à juillet 2024 (45 jours)',
    ],
    [{ type: 'range', from: { day: '2023-10-02' }, to: { day: '2023-10-05' }, joiner: 'to' }, 'du 2 au 5 octobre 2023'],
    [{ type: 'range', from: { day: '2023-10-01' }, to: { day: '2023-10-05' }, joiner: 'to' }, 'du 1er au 5 octobre 2023'],
    [
      { type: 'range', from: { day: '2023-09-30' }, to: { day: '2023-10-02' }, joiner: 'to' },
      'du 30 septembre au 2 octobre 2023',
    ],
    [
      { type: 'range', from: { day: '2023-12-30' }, to: { day: '2024-01-02' }, joiner: 'to' },
      'du 30 décembre 2023 au 2 janvier 2024',
    ],
    [
      { type: 'range', from: { day: '2023-11-15' }, to: { month: '2024-02' }, joiner: 'to' },
      '15 novembre 2023 à février 2024',
    ],
    [{ type: 'range', from: { day: '2023-10-02' }, to: { day: '2023-10-02' }, joiner: 'to', days: 1 }, '2 octobre 2023 (1 jour)'],
  ];
  it.each(cases)('%j', (date, expected) => {
    expect(show(formatFuzzyDate(date))).toBe(expected);
  });
  it('leaves the weekday out on request', () => {
    expect(formatFuzzyDate({ type: 'day', date: '2023-10-02' }, { weekday: false })).toBe('2 octobre 2023');
    expect(show(formatFuzzyDate({ type: 'day-time', date: '2023-10-03', start: '10:00', end: '12:00' }, { weekday: false }))).toBe(
      '3 octobre 2023 de 10_h_00 à 12_h_00',
    );
  });
});

describe('Europe/Paris clock', () => {
  it('uses UTC+2 in summer and UTC+1 in winter', () => {
    expect(parisToUtc('2023-10-03', '10:00')).toBe('2023-10-03T08:00:00Z');
    expect(parisToUtc('2023-11-28', '10:00')).toBe('2023-11-28T09:00:00Z');
    expect(parisOffsetMinutes('2023-10-03', '10:00')).toBe(120);
    expect(parisOffsetMinutes('2023-11-28', '10:00')).toBe(60);
  });
  it('crosses midnight backwards into the previous day and year', () => {
    expect(parisToUtc('2024-01-01', '00:30')).toBe('2023-12-31T23:30:00Z');
  });
  it('switches to summer time on 2024-03-31', () => {
    expect(parisToUtc('2024-03-30', '10:00')).toBe('2024-03-30T09:00:00Z');
    expect(parisToUtc('2024-03-31', '01:59')).toBe('2024-03-31T00:59:00Z');
    expect(parisToUtc('2024-03-31', '03:00')).toBe('2024-03-31T01:00:00Z');
    expect(parisToUtc('2024-03-31', '10:00')).toBe('2024-03-31T08:00:00Z');
    expect(parisOffsetMinutes('2024-03-31', '01:59')).toBe(60);
    expect(parisOffsetMinutes('2024-03-31', '03:00')).toBe(120);
  });
  it('reads a skipped time with the winter offset', () => {
    expect(parisToUtc('2024-03-31', '02:30')).toBe('2024-03-31T01:30:00Z');
  });
  it('switches back to winter time on 2023-10-29', () => {
    expect(parisToUtc('2023-10-28', '10:00')).toBe('2023-10-28T08:00:00Z');
    expect(parisToUtc('2023-10-29', '01:30')).toBe('2023-10-28T23:30:00Z');
    expect(parisToUtc('2023-10-29', '03:00')).toBe('2023-10-29T02:00:00Z');
    expect(parisToUtc('2023-10-29', '10:00')).toBe('2023-10-29T09:00:00Z');
  });
  it('reads a repeated time as its first, summer-time occurrence', () => {
    expect(parisToUtc('2023-10-29', '02:30')).toBe('2023-10-29T00:30:00Z');
    expect(parisOffsetMinutes('2023-10-29', '02:30')).toBe(120);
  });
  it('agrees with the IANA database where this runtime has it', () => {
    // Cross-check only: the implementation itself never uses ICU.
    const fmt = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    for (const [day, time] of [
      ['2023-10-03', '10:00'],
      ['2024-03-31', '03:15'],
      ['2024-10-27', '03:15'],
      ['2025-03-29', '23:45'],
      ['2025-07-14', '12:00'],
    ] as const) {
      const parts = Object.fromEntries(fmt.formatToParts(new Date(parisToUtc(day, time))).map((p) => [p.type, p.value]));
      expect(`${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`).toBe(`${day} ${time}`);
    }
  });
  it('rejects malformed times', () => {
    expect(() => parisToUtc('2023-10-03', '24:00')).toThrow(RangeError);
    expect(() => parisToUtc('2023-10-03', '9:00')).toThrow(RangeError);
  });
});
