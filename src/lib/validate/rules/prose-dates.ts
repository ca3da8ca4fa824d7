/**
 * Dates written in the prose of calls, case studies, FAQ entries and briefs:
 * - `prose/jour-semaine`: the weekday does not match the date ("lundi 3 octobre 2023");
 * - `prose/date-inexistante`: the day does not exist ("31 novembre 2023");
 * - `prose/date-hors-calendrier`: a full date (day, month, year) that is no exact day of
 *   the calendar or the events of the calls the text is about, and is not listed in their
 *   `nonMilestoneDates`. A text about no call is not checked against any calendar.
 */
import type { Call } from '../../../schemas/call';
import type { FuzzyDate } from '../../../schemas/date';
import { exactDay, formatDay, weekdayNames, weekdayOf } from '../../shared/dates';
import type { Rule, ValidationContext } from '../context';
import { findFrenchDates, type DateExpression, type DateMention } from '../prose/french-dates';
import { bodyRuns } from '../body';
import type { TextRun } from '../prose/markdown-text';
import type { ContentEntry, Draft } from '../types';

/** The exact days a date gives: the day itself, or the day bounds of a range. */
function exactDays(date: FuzzyDate): string[] {
  const day = exactDay(date);
  if (day) return [day];
  if (date.type !== 'range') return [];
  return [date.from, date.to].flatMap((bound) => ('day' in bound ? [bound.day] : []));
}

/** Days of a call's calendar and events, plus the days listed in `nonMilestoneDates`. */
function allowedDays(call: Call): { calendar: Set<string>; listed: Set<string> } {
  const calendar = new Set([...call.calendar, ...call.events].flatMap((item) => exactDays(item.date)));
  const listed = new Set(
    call.nonMilestoneDates.flatMap((text) => findFrenchDates(text).flatMap((e) => e.dates.map((d) => d.iso ?? ''))),
  );
  return { calendar, listed };
}

/** Where a date of a run is in the file, and its text. */
function spanOf(run: TextRun, date: DateMention): { offset: number; length: number; text: string } {
  const offset = run.offsets[date.start] as number;
  const length = (run.offsets[date.end - 1] as number) - offset + 1;
  return { offset, length, text: run.text.slice(date.start, date.end) };
}

const sentence = (iso: string) => formatDay(iso, { weekday: false });

function weekday(
  ctx: ValidationContext,
  entry: ContentEntry,
  run: TextRun,
  expr: DateExpression,
  date: DateMention,
): Draft[] {
  if (!date.weekday || !date.iso || date.weekday.index === weekdayOf(date.iso)) return [];
  const actual = weekdayNames[weekdayOf(date.iso)] as string;
  return [
    ctx.atText('prose/jour-semaine', 'error', entry, spanOf(run, date), expr.text, {
      what: `dans « ${expr.text} », le ${sentence(date.iso)} est un ${actual}, pas un ${date.weekday.name.toLowerCase()}.`,
      why: "le lecteur ne sait pas lequel croire, du jour de la semaine ou de la date : l'un des deux est faux.",
      fix: `vérifiez la date dans le document publié, puis écrivez « ${actual} ${sentence(date.iso)} » ou corrigez le jour du mois.`,
    }),
  ];
}

function existence(
  ctx: ValidationContext,
  entry: ContentEntry,
  run: TextRun,
  expr: DateExpression,
  date: DateMention,
): Draft[] {
  if (date.exists) return [];
  const span = spanOf(run, date);
  return [
    ctx.atText('prose/date-inexistante', 'error', entry, span, expr.text, {
      what: `la date « ${span.text} » n'existe pas.`,
      why: 'un lecteur ne peut pas deviner la date voulue.',
      fix: 'vérifiez le jour et le mois dans le document publié.',
    }),
  ];
}

function outsideCalendar(
  ctx: ValidationContext,
  entry: ContentEntry,
  run: TextRun,
  expr: DateExpression,
  date: DateMention,
  calls: { id: string; call: Call }[],
): Draft[] {
  if (!date.iso || calls.length === 0) return [];
  const days = calls.map(({ call }) => allowedDays(call));
  if (days.some((d) => d.calendar.has(date.iso as string) || d.listed.has(date.iso as string))) return [];
  const span = spanOf(run, date);
  const known = [...new Set(days.flatMap((d) => [...d.calendar]))].sort().map(sentence);
  const first = calls[0] as { id: string; call: Call };
  const names = calls.map(({ call }) => `« ${call.shortName} »`).join(', ');
  return [
    ctx.atText('prose/date-hors-calendrier', 'error', entry, span, expr.text, {
      what: `la date « ${span.text} »${span.text.includes(String(date.year)) ? '' : ` (${sentence(date.iso)})`} n'est ni un jalon ni une réunion du calendrier de l'appel ${names}.`,
      why: "le calendrier alimente le statut de l'appel, l'agenda .ics et le dossier de candidature : une date du texte qui n'y figure pas est souvent une faute de frappe ou un jalon oublié.",
      fix: `corrigez la date, ou ajoutez le jalon au calendrier (« calendar ») ; si ce n'est pas un jalon, ajoutez « ${sentence(date.iso)} » à « nonMilestoneDates » dans content/calls/${first.id}.mdx. ${known.length > 0 ? `Jours du calendrier : ${known.join(', ')}.` : "Le calendrier n'a aucun jour exact."}`,
    }),
  ];
}

/** Every prose date rule, over every body. */
export const proseDateRules: Rule = (ctx) =>
  ctx.entries
    .filter((entry) => entry.body !== undefined && entry.raw !== undefined)
    .flatMap((entry) => {
      const calls = ctx
        .callsOf(entry)
        .map((id) => ({ id, call: ctx.call(id)?.data }))
        .filter((c): c is { id: string; call: Call } => c.call !== undefined);
      return bodyRuns(entry).flatMap((run) =>
        findFrenchDates(run.text).flatMap((expr) =>
          expr.dates.flatMap((date) => [
            ...existence(ctx, entry, run, expr, date),
            ...weekday(ctx, entry, run, expr, date),
            ...outsideCalendar(ctx, entry, run, expr, date, calls),
          ]),
        ),
      );
    });
