/**
 * Dates as calls publish them: often fuzzy. Each milestone date is one of seven shapes,
 * told apart by `type`, so an error names the shape that was meant:
 *
 * | `type`      | published as                              | example                                              |
 * | ----------- | ----------------------------------------- | ---------------------------------------------------- |
 * | `day`       | lundi 2 octobre 2023                      | `{ type: day, date: 2023-10-02 }`                   |
 * | `day-time`  | mardi 3 octobre 2023 de 10 h à 12 h       | `{ type: day-time, date: 2023-10-03, start: "10:00", end: "12:00" }` |
 * | `day-at`    | vendredi 26 avril 2019 à 17 h 00          | `{ type: day-at, date: 2019-04-26, time: "17:00" }`   |
 * | `month`     | décembre 2023                             | `{ type: month, month: 2023-12 }`                      |
 * | `month-part`| mi-novembre 2023, fin janvier 2024        | `{ type: month-part, month: 2023-11, part: mid }`        |
 * | `season`    | été 2024                                  | `{ type: season, season: summer, year: 2024 }`         |
 * | `range`     | décembre 2023/janvier 2024 (45 jours)     | `{ type: range, from: { month: 2023-12 }, to: { month: 2024-01 }, days: 45, joiner: slash }` |
 *
 * The logic (interval, French rendering) lives in `src/lib/shared/dates.ts`.
 */
import { z } from 'astro/zod';

/** YAML front matter may turn `2023-10-02` into a Date; bring it back to `YYYY-MM-DD`. */
const toDayString = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;

/** True for `YYYY-MM-DD` that is a day of the calendar (not « 2023-09-31 »). */
export function isRealDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** A calendar day, `YYYY-MM-DD` (e.g. `2023-11-03`). */
export const isoDay = z.preprocess(
  toDayString,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'jour attendu au format AAAA-MM-JJ (ex. 2023-11-03)' })
    .refine(isRealDay, { message: "ce jour n'existe pas dans le calendrier" }),
);

/** A month, `YYYY-MM` (e.g. `2023-12`). */
export const isoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'mois attendu au format AAAA-MM (ex. 2023-12)' });

/** A time of day in Europe/Paris, `HH:MM` on 24 hours (write it between quotes: `"10:00"`). */
export const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'heure attendue au format HH:MM entre guillemets (ex. "10:00")' });

export const dayDate = z.object({
  type: z.literal('day'),
  /** The day. */
  date: isoDay,
});

export const timedDate = z.object({
  type: z.literal('day-time'),
  /** The day. */
  date: isoDay,
  /** Start time, Europe/Paris. */
  start: clockTime,
  /** End time, Europe/Paris. */
  end: clockTime,
});

/** A day with the hour something ends or happens (« 26 avril 2019 à 17 h 00 »). */
export const dayAtDate = z.object({
  type: z.literal('day-at'),
  /** The day. */
  date: isoDay,
  /** The hour, Europe/Paris. */
  time: clockTime,
});

export const monthDate = z.object({
  type: z.literal('month'),
  /** The month. */
  month: isoMonth,
});

/** Parts of a month: `early` = days 1–10, `mid` = 11–20, `late` = 21 to the last day. */
export const monthPart = z.enum(['early', 'mid', 'late']);

export const monthPartDate = z.object({
  type: z.literal('month-part'),
  month: isoMonth,
  /** Which part of the month: `early`, `mid` or `late`. */
  part: monthPart,
});

/** Seasons by their astronomical dates in the northern hemisphere. */
export const season = z.enum(['spring', 'summer', 'autumn', 'winter']);

export const seasonDate = z.object({
  type: z.literal('season'),
  season: season,
  /** The year the season starts in (winter 2024 = December 2024 to March 2025). */
  year: z.number().int().min(1900).max(2200),
});

/** One end of a period: a day or a month. */
export const periodBound = z.union([
  z.object({ day: isoDay }).strict(),
  z.object({ month: isoMonth }).strict(),
]);

export const periodDate = z.object({
  type: z.literal('range'),
  /** First day or month of the period. */
  from: periodBound,
  /** Last day or month of the period. */
  to: periodBound,
  /** Stated duration in days, when the call gives one ("(45 jours)"). */
  days: z.number().int().positive().optional(),
  /** How the call joins the two ends: `to` ("février à juillet 2024") or `slash` ("décembre 2023/janvier 2024"). */
  joiner: z.enum(['to', 'slash']).default('to'),
});

/** A published date, exact or fuzzy. */
export const fuzzyDate = z.discriminatedUnion('type', [
  dayDate,
  timedDate,
  dayAtDate,
  monthDate,
  monthPartDate,
  seasonDate,
  periodDate,
]);

export type FuzzyDate = z.infer<typeof fuzzyDate>;
export type PeriodBound = z.infer<typeof periodBound>;
