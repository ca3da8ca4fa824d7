/**
 * Finds dates written in French prose: "le lundi 2 octobre 2023", "1er octobre 2023",
 * "vendredi 3 novembre 2023", "du 2 au 3 novembre 2023", "du 2 octobre au 3 novembre 2023",
 * "entre le lundi 2 octobre 2023 et le vendredi 3 novembre 2023".
 *
 * A date written without its year takes the year of the date it is joined to ("du 2 octobre
 * au 3 novembre 2023"; one year earlier when the month comes later: "du 30 décembre au
 * 2 janvier 2024"), and a bare day takes the month too ("du 2 au 3 novembre 2023"). A date
 * with no year at all ("le 2 octobre") is found but has no `iso`.
 */
import { foldAccents } from '../../shared/french';

/** One date of an expression. */
export interface DateMention {
  day: number;
  /** 1–12. */
  month: number;
  year: number | undefined;
  /** `YYYY-MM-DD` when the year is known and the day exists. */
  iso: string | undefined;
  /** False for a day that does not exist ("31 novembre 2023"). */
  exists: boolean;
  /** The weekday written before the day, 0 = lundi … 6 = dimanche. */
  weekday: { index: number; name: string } | undefined;
  /** Span of this date (weekday included) in the searched text. */
  start: number;
  end: number;
}

/** A date expression: one date, or several joined ("du … au …", "entre le … et le …"). */
export interface DateExpression {
  /** The expression as written. */
  text: string;
  start: number;
  end: number;
  dates: DateMention[];
}

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
};

const fold = foldAccents;

const WD = '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const MONTH = '(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)';
const DAY = '([0-3]?\\d)(?:er|ᵉʳ)?';
/** A date with its month: optional weekday, day, month, optional year. */
const FULL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${WD}\\s+)?${DAY}\\s+${MONTH}(?![\\p{L}])(?:\\s+(\\d{4})(?!\\p{N}))?`,
  'giu',
);
/** A bare day opening a range: "du 2 au …", "entre le 2 et le …". */
const BARE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:du|entre(?:\\s+le)?)\\s+(?:${WD}\\s+)?${DAY}\\s+(?:au|et(?:\\s+le)?)\\s+$`,
  'diu',
);
/** What may join two dates of one expression. */
const JOINER = /^\s*(?:au|à|et|jusqu'au|jusqu’au)(?:\s+(?:le|au))?\s+$/iu;
/** What may open an expression before its first date. */
const OPENER = /(?<![\p{L}\p{N}])(?:du|entre(?:\s+le)?)\s+$/iu;

function isoOf(year: number, month: number, day: number): { iso: string; exists: boolean } {
  const probe = new Date(Date.UTC(year, month - 1, day));
  const exists = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, exists };
}

function mention(
  day: number,
  month: number,
  year: number | undefined,
  weekday: string | undefined,
  start: number,
  end: number,
): DateMention {
  const index = weekday ? WEEKDAYS.indexOf(fold(weekday)) : -1;
  const known = year === undefined ? undefined : isoOf(year, month, day);
  return {
    day,
    month,
    year,
    iso: known?.exists ? known.iso : undefined,
    exists: known ? known.exists : day >= 1 && day <= 31,
    weekday: weekday ? { index, name: weekday } : undefined,
    start,
    end,
  };
}

/** The year of a date joined to a later one of year `year`, month `laterMonth`. */
const inherit = (month: number, laterMonth: number, year: number) => (month > laterMonth ? year - 1 : year);

/** Every date expression of `text`, in order. */
export function findFrenchDates(text: string): DateExpression[] {
  const singles: DateMention[] = [];
  for (const m of text.matchAll(FULL)) {
    const [, weekday, day, month, year] = m;
    singles.push(
      mention(
        Number(day),
        MONTHS[fold(month as string)] as number,
        year ? Number(year) : undefined,
        weekday,
        m.index,
        m.index + m[0].length,
      ),
    );
  }
  // Group dates joined by "au", "et le"… after "du"/"entre", or when the first has no year;
  // give year-less dates the year of the next one.
  const expressions: DateExpression[] = [];
  for (let i = 0; i < singles.length; i++) {
    const group = [singles[i] as DateMention];
    const opened = OPENER.test(text.slice(0, group[0]!.start));
    const joins = (last: DateMention, next: DateMention) =>
      (opened || last.year === undefined) && JOINER.test(text.slice(last.end, next.start));
    while (i + 1 < singles.length && joins(group[group.length - 1]!, singles[i + 1]!)) {
      group.push(singles[++i] as DateMention);
    }
    for (let k = group.length - 2; k >= 0; k--) {
      const date = group[k]!;
      const next = group[k + 1]!;
      if (date.year === undefined && next.year !== undefined) {
        group[k] = mention(
          date.day,
          date.month,
          inherit(date.month, next.month, next.year),
          date.weekday?.name,
          date.start,
          date.end,
        );
      }
    }
    let start = group[0]!.start;
    const before = text.slice(0, start);
    const bare = BARE.exec(before);
    const first = group[0]!;
    if (bare?.indices) {
      const [, weekday, day] = bare;
      const dayEnd = (bare.indices[2] as [number, number])[1];
      const bareStart = (bare.indices[1] ?? (bare.indices[2] as [number, number]))[0];
      group.unshift(mention(Number(day), first.month, first.year, weekday, bareStart, dayEnd));
      start = bare.index;
    } else {
      const opener = OPENER.exec(before);
      if (opener && group.length > 1) start = opener.index;
    }
    const end = group[group.length - 1]!.end;
    expressions.push({ text: text.slice(start, end), start, end, dates: group });
  }
  return expressions;
}
