/**
 * The date model: intervals and French renderings of the fuzzy dates calls publish
 * (shapes in `src/schemas/date.ts`), plus the Europe/Paris clock.
 *
 * Days are ISO strings (`YYYY-MM-DD`); all arithmetic is done in UTC, so nothing depends
 * on the machine's time zone or on ICU data.
 */
import type { FuzzyDate, PeriodBound } from '../../schemas/date';
import { formatNumber, formatTime, ordinalDay } from './french';

/** French month names, lowercase, January first. */
export const monthNames = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** French weekday names, lowercase, Monday first (index = `weekdayOf`). */
export const weekdayNames = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

/** French season names. */
export const seasonNames = { spring: 'printemps', summer: 'été', autumn: 'automne', winter: 'hiver' } as const;

/** Words before a month for each part: "début mars", "mi-novembre", "fin novembre". */
const monthPartPrefixes = { early: 'début ', mid: 'mi-', late: 'fin ' } as const;

/** An inclusive span of ISO days. */
export interface DayInterval {
  earliest: string;
  latest: string;
}

/** Options of the day renderings. */
export interface DayFormatOptions {
  /** Prefix the weekday ("lundi 2 octobre 2023"). Defaults to true. */
  weekday?: boolean;
}

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Milliseconds since the epoch of a UTC wall time (safe for years below 100 too). */
function utcMs(year: number, month: number, day: number, minutes = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() + minutes * 60_000;
}

function ymdOfMs(ms: number): Ymd {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const isoOf = ({ year, month, day }: Ymd) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** Reads `YYYY-MM-DD`, throwing on a malformed or impossible day. */
function parseDay(isoDay: string): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  const ymd = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
  if (!ymd || isoOf(ymdOfMs(utcMs(ymd.year, ymd.month, ymd.day))) !== isoDay) {
    throw new RangeError(`Jour invalide : « ${isoDay} » (attendu AAAA-MM-JJ)`);
  }
  return ymd;
}

/** Reads `YYYY-MM`, throwing on a malformed month. */
function parseMonth(isoMonth: string): { year: number; month: number } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(isoMonth);
  if (!match) throw new RangeError(`Mois invalide : « ${isoMonth} » (attendu AAAA-MM)`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** Reads `HH:MM` as minutes after midnight. */
function parseTime(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`Heure invalide : « ${time} » (attendu HH:MM)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The day `n` days after `isoDay` (before it when `n` is negative). */
export function addDays(isoDay: string, n: number): string {
  const { year, month, day } = parseDay(isoDay);
  return isoOf(ymdOfMs(utcMs(year, month, day + n)));
}

/** The last day of a month: `monthEnd("2024-02")` → "2024-02-29". */
export function monthEnd(isoMonth: string): string {
  const { year, month } = parseMonth(isoMonth);
  return isoOf(ymdOfMs(utcMs(year, month + 1, 0)));
}

/** The first day of a month: `monthStart("2024-02")` → "2024-02-01". */
export function monthStart(isoMonth: string): string {
  const { year, month } = parseMonth(isoMonth);
  return `${pad(year, 4)}-${pad(month)}-01`;
}

/** Day of the week, 0 = lundi … 6 = dimanche. */
export function weekdayOf(isoDay: string): number {
  const { year, month, day } = parseDay(isoDay);
  return (new Date(utcMs(year, month, day)).getUTCDay() + 6) % 7;
}

/** French name of the day of the week: `weekdayName("2023-10-02")` → "lundi". */
export function weekdayName(isoDay: string): string {
  return weekdayNames[weekdayOf(isoDay)] as string;
}

/** French name of a month, with its year: `formatMonth("2023-12")` → "décembre 2023". */
export function formatMonth(isoMonth: string): string {
  const { year, month } = parseMonth(isoMonth);
  return `${monthNames[month - 1]} ${year}`;
}

/** "lundi 2 octobre 2023", or "2 octobre 2023" with `{ weekday: false }`; day 1 is "1er". */
export function formatDay(isoDay: string, { weekday = true }: DayFormatOptions = {}): string {
  const { year, month, day } = parseDay(isoDay);
  const text = `${ordinalDay(day)} ${monthNames[month - 1]} ${year}`;
  return weekday ? `${weekdayName(isoDay)} ${text}` : text;
}

/** Number of days in an interval, both ends included. */
export function intervalLength(iv: DayInterval): number {
  const a = parseDay(iv.earliest);
  const b = parseDay(iv.latest);
  return Math.round((utcMs(b.year, b.month, b.day) - utcMs(a.year, a.month, a.day)) / DAY_MS) + 1;
}

const boundStart = (bound: PeriodBound) => ('day' in bound ? bound.day : monthStart(bound.month));
const boundEnd = (bound: PeriodBound) => ('day' in bound ? bound.day : monthEnd(bound.month));

/** Season bounds (northern hemisphere, fixed dates), as month-day and year offset of the end. */
const seasonSpans = {
  spring: { from: '03-20', to: '06-20', endYear: 0 },
  summer: { from: '06-21', to: '09-22', endYear: 0 },
  autumn: { from: '09-23', to: '12-20', endYear: 0 },
  winter: { from: '12-21', to: '03-19', endYear: 1 },
} as const;

/**
 * The days a date may fall on, both ends included: the day itself for `day` and
 * `day-time`; the whole month; days 1–10, 11–20 or 21–last for a month part; the season's
 * fixed dates (winter runs into the next year); a range from the start of `from` to the end of `to`.
 */
export function interval(d: FuzzyDate): DayInterval {
  switch (d.type) {
    case 'day':
    case 'day-time':
    case 'day-at':
      parseDay(d.date);
      return { earliest: d.date, latest: d.date };
    case 'month':
      return { earliest: monthStart(d.month), latest: monthEnd(d.month) };
    case 'month-part': {
      const first = monthStart(d.month);
      if (d.part === 'early') return { earliest: first, latest: addDays(first, 9) };
      if (d.part === 'mid') return { earliest: addDays(first, 10), latest: addDays(first, 19) };
      return { earliest: addDays(first, 20), latest: monthEnd(d.month) };
    }
    case 'season': {
      const span = seasonSpans[d.season];
      return { earliest: `${pad(d.year, 4)}-${span.from}`, latest: `${pad(d.year + span.endYear, 4)}-${span.to}` };
    }
    case 'range':
      return { earliest: boundStart(d.from), latest: boundEnd(d.to) };
  }
}

/** Orders intervals by their earliest day, then by their latest day (for `Array.sort`). */
export function compareIntervals(a: DayInterval, b: DayInterval): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  return 0;
}

/** True for the exact shapes, `day`, `day-time` and `day-at`. */
export function isExact(d: FuzzyDate): d is Extract<FuzzyDate, { type: 'day' | 'day-time' | 'day-at' }> {
  return d.type === 'day' || d.type === 'day-time' || d.type === 'day-at';
}

/** The ISO day of an exact date, undefined for a fuzzy one. */
export function exactDay(d: FuzzyDate): string | undefined {
  return isExact(d) ? d.date : undefined;
}

/**
 * Whether a range's stated duration (`days`) fits in its interval: `days` ≤ the number of
 * days from the start of `from` to the end of `to`, both included. True when there is
 * nothing to check (not a range, or no `days`).
 */
export function durationFits(d: FuzzyDate): boolean {
  if (d.type !== 'range' || d.days === undefined) return true;
  return d.days <= intervalLength(interval(d));
}

/** A period bound without its year ("2 octobre", "décembre"), and its year. */
function boundParts(bound: PeriodBound): { text: string; year: number; month: number } {
  if ('day' in bound) {
    const { year, month, day } = parseDay(bound.day);
    return { text: `${ordinalDay(day)} ${monthNames[month - 1]}`, year, month };
  }
  const { year, month } = parseMonth(bound.month);
  return { text: monthNames[month - 1] as string, year, month };
}

/** Renders a range: "février à juillet 2024", "du 2 au 5 octobre 2023", "décembre 2023/janvier 2024". */
function formatRange(d: Extract<FuzzyDate, { type: 'range' }>): string {
  const from = boundParts(d.from);
  const to = boundParts(d.to);
  const sameYear = from.year === to.year;
  const end = `${to.text} ${to.year}`;
  let text: string;
  if (d.joiner === 'slash') {
    text = `${from.text}${sameYear ? '' : ` ${from.year}`}/${end}`;
  } else if ('day' in d.from && 'day' in d.to) {
    if (d.from.day === d.to.day) {
      text = formatDay(d.from.day, { weekday: false });
    } else {
      const start = sameYear && from.month === to.month ? ordinalDay(parseDay(d.from.day).day) : from.text;
      text = `du ${start}${sameYear ? '' : ` ${from.year}`} au ${end}`;
    }
  } else {
    text = `${from.text}${sameYear ? '' : ` ${from.year}`} à ${end}`;
  }
  if (d.days !== undefined) text += ` (${formatNumber(d.days)} ${d.days === 1 ? 'jour' : 'jours'})`;
  return text;
}

/**
 * Renders a published date in French:
 * - day: "lundi 2 octobre 2023" ("2 octobre 2023" with `{ weekday: false }`);
 * - day-time: "mardi 3 octobre 2023 de 10 h 00 à 12 h 00"; day-at: "vendredi 26 avril 2019 à 17 h 00";
 * - month: "décembre 2023"; month-part: "début mars 2024", "mi-novembre 2023", "fin novembre 2023";
 * - season: "été 2024";
 * - range, joiner `to`: "février à juillet 2024", "novembre 2023 à février 2024",
 *   "du 2 au 5 octobre 2023", "du 30 septembre au 2 octobre 2023",
 *   "du 30 décembre 2023 au 2 janvier 2024"; joiner `slash`: "décembre 2023/janvier 2024"
 *   (the first year is left out when both ends share it); a stated duration adds " (45 jours)".
 */
export function formatFuzzyDate(d: FuzzyDate, options: DayFormatOptions = { weekday: true }): string {
  switch (d.type) {
    case 'day':
      return formatDay(d.date, options);
    case 'day-time':
      return `${formatDay(d.date, options)} de ${formatTime(d.start)} à ${formatTime(d.end)}`;
    case 'day-at':
      return `${formatDay(d.date, options)} à ${formatTime(d.time)}`;
    case 'month':
      return formatMonth(d.month);
    case 'month-part':
      return monthPartPrefixes[d.part] + formatMonth(d.month);
    case 'season':
      return `${seasonNames[d.season]} ${d.year}`;
    case 'range':
      return formatRange(d);
  }
}

/** The last Sunday of a month, as a day of the month. */
function lastSunday(year: number, month: number): number {
  const last = ymdOfMs(utcMs(year, month + 1, 0)).day;
  const weekday = new Date(utcMs(year, month, last)).getUTCDay(); // 0 = Sunday
  return last - weekday;
}

/** Whether a UTC instant falls in EU summer time (last Sunday of March to last Sunday of October, 01:00 UTC). */
function isSummerTime(ms: number): boolean {
  const { year } = ymdOfMs(ms);
  const start = utcMs(year, 3, lastSunday(year, 3), 60);
  const end = utcMs(year, 10, lastSunday(year, 10), 60);
  return ms >= start && ms < end;
}

/**
 * Offset of Europe/Paris from UTC, in minutes (60 or 120), for a wall-clock time there.
 * EU rule: UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of October
 * 01:00 UTC, UTC+1 otherwise. A time repeated when clocks go back (02:00–02:59 on the last
 * Sunday of October) is read as summer time, its first occurrence; a time skipped when
 * clocks go forward (02:00–02:59 on the last Sunday of March) is read with the winter offset.
 */
export function parisOffsetMinutes(isoDay: string, time: string): number {
  const { year, month, day } = parseDay(isoDay);
  const wall = utcMs(year, month, day, parseTime(time));
  if (isSummerTime(wall - 120 * 60_000)) return 120;
  return 60;
}

/** The UTC instant of a Europe/Paris wall-clock time: ("2023-10-03", "10:00") → "2023-10-03T08:00:00Z". */
export function parisToUtc(isoDay: string, time: string): string {
  const { year, month, day } = parseDay(isoDay);
  const ms = utcMs(year, month, day, parseTime(time) - parisOffsetMinutes(isoDay, time));
  const date = new Date(ms);
  return `${isoOf(ymdOfMs(ms))}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:00Z`;
}
