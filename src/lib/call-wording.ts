/**
 * Sentences about a call that pages and kits share. Each one is driven by a field that holds
 * what it says; when the field is absent it says « non précisé par l’appel » or nothing.
 * No Astro imports: unit-tested in tests/unit/call-wording.test.ts.
 */
import type { Call } from '../schemas/call';
import { formatFuzzyDate } from './shared/dates';
import { formatNumber, NNBSP } from './shared/french';
import { applicationsOver, currentStageCalendar, deadlineOf, deadlinesOf, type StatusKey } from './shared/status';

type CallLike = Pick<Call, 'application' | 'calendar'>;

/** What readers see when a fact is not in the call. */
export const NOT_STATED = 'non précisé par l’appel';

/** "«  text  »" with narrow no-break spaces. */
export const quote = (text: string): string => `«${NNBSP}${text.trim()}${NNBSP}»`;

/**
 * The deadline as published ("vendredi 3 novembre 2023"), or undefined. With `today`, for a
 * selection in stages, the deadline of the stage running or coming next.
 */
export function deadlineText(call: CallLike, today?: string): string | undefined {
  const deadline = deadlineOf(today ? { calendar: currentStageCalendar(call.calendar, today) } : call);
  return deadline ? formatFuzzyDate(deadline.date) : undefined;
}

/**
 * One sentence on the deadline: the date, or the call's own statement of a rolling intake,
 * or that the call publishes none. Never a default date and never « au fil de l’eau » unless
 * `rollingStatement` holds it.
 */
export function deadlineSentence(call: CallLike, today?: string): string {
  if (call.application.mode === 'designation') {
    const by = call.application.designation?.by;
    return `Aucune candidature à déposer${by ? `${NNBSP}; désignation${NNBSP}: ${by}` : ''}.`;
  }
  if (call.application.mode === 'waves') {
    const waves = deadlinesOf(call).map((m) => `${m.wave ?? m.title}${NNBSP}: ${formatFuzzyDate(m.date)}`);
    return `Dates de dépôt${NNBSP}: ${waves.join(`${NNBSP}; `)}.`;
  }
  const text = deadlineText(call, today);
  if (text) return `Date limite de candidature${NNBSP}: ${text}.`;
  const statement = call.application.rollingStatement;
  if (call.application.mode === 'rolling' && statement) {
    return `L’appel indique${NNBSP}: ${quote(statement)}`;
  }
  return `Date limite de candidature${NNBSP}: non précisée par l’appel.`;
}

/** The short line under a call's card, when the call publishes no deadline. */
export function deadlineShort(call: CallLike): string {
  if (call.application.mode === 'designation') return 'Sans candidature';
  return call.application.mode === 'rolling' && call.application.rollingStatement
    ? 'Sans date limite, selon l’appel'
    : 'Date limite non précisée par l’appel';
}

/** The value beside « Date limite » in the page's summary, when the call publishes no deadline. */
export function deadlineGlance(call: CallLike): string {
  return call.application.mode === 'rolling' && call.application.rollingStatement
    ? 'Aucune, selon l’appel (candidatures au fil de l’eau)'
    : 'Non précisée par l’appel';
}

/** The sentence above the calendar, or undefined when the calendar speaks for itself. */
export function calendarIntro(call: CallLike & Pick<Call, 'events'>): string | undefined {
  const statement = call.application.rollingStatement;
  if (call.application.mode === 'rolling' && statement) return `L’appel indique${NNBSP}: ${quote(statement)}.`;
  if (call.application.mode === 'designation') {
    return call.calendar.length === 0 && call.events.length === 0 ? 'Le programme ne publie aucune date.' : undefined;
  }
  if (call.application.mode === 'undated') {
    return call.calendar.length === 0 && call.events.length === 0
      ? 'L’appel ne publie aucune date, ni d’ouverture ni de date limite.'
      : 'L’appel ne publie pas de date limite.';
  }
  return undefined;
}

/** "2023-2027", or "2024" for a single year. */
export function periodText(period: { from: number; to: number }): string {
  return period.from === period.to ? String(period.from) : `${period.from}-${period.to}`;
}

/** "Durée moyenne : 12 mois.", "Durée initiale : 12 mois, renouvelable une fois." */
export function durationSentence(call: Pick<Call, 'duration'>): string | undefined {
  const d = call.duration;
  if (!d) return undefined;
  const label = d.qualifier === 'average' ? 'Durée moyenne' : d.qualifier === 'initial' ? 'Durée initiale' : 'Durée';
  const renewals = d.renewals ? `, renouvelable ${d.renewals === 1 ? 'une fois' : `${formatNumber(d.renewals)} fois`}` : '';
  return `${label}${NNBSP}: ${formatNumber(d.months)} mois${renewals}.`;
}

/** Heading of the `criteria` list: the call's own, or a neutral one that claims no use. */
export function criteriaHeading(call: Pick<Call, 'criteriaHeading'>): string {
  return call.criteriaHeading ?? 'Critères publiés par l’appel';
}

/** Heading of the `appraisal` list: the call's own, or a neutral one. */
export function appraisalHeading(call: Pick<Call, 'appraisalHeading'>): string {
  return call.appraisalHeading ?? 'Points d’appréciation publiés par l’appel';
}

/** "de 3 à 4", or "3" when min = max. */
export function rangeText(min: number, max: number): string {
  return min === max ? formatNumber(min) : `de ${formatNumber(min)} à ${formatNumber(max)}`;
}

/**
 * What the page and the dossier say about how the action areas are chosen: the call's own
 * sentence (`choice`) and the dated milestone (`choiceMilestone`), else only the count per
 * territory. Never who chooses unless `choice` says it.
 */
export function actionAreasSentences(call: Pick<Call, 'actionAreas' | 'calendar'>): string[] {
  const areas = call.actionAreas;
  if (!areas) return [];
  const out: string[] = [];
  if (areas.choice) out.push(`L’appel indique${NNBSP}: ${quote(areas.choice)}.`);
  else out.push(`Nombre de ${areas.label} par territoire${NNBSP}: ${rangeText(areas.min, areas.max)}.`);
  const milestone = areas.choiceMilestone ? call.calendar.find((m) => m.id === areas.choiceMilestone) : undefined;
  if (milestone) out.push(`Calendrier publié${NNBSP}: ${quote(milestone.title)}, ${formatFuzzyDate(milestone.date)}.`);
  return out;
}

/** The call's notices for one fact (`target` equal to `prefix` or under it). */
export function noticesFor(call: Pick<Call, 'notices'>, prefix: string): string[] {
  return call.notices
    .filter((n) => n.target === prefix || n.target.startsWith(`${prefix}.`) || n.target.startsWith(`${prefix}[`))
    .map((n) => n.text);
}

/**
 * The deadline line of a document built on a given day: for a call no longer taking
 * applications, that they are closed (with the past deadline), never an invitation to apply.
 */
export function deadlineOnDay(call: CallLike, statusKey: StatusKey, today?: string): string {
  if (applicationsOver(statusKey)) {
    const text = deadlineText(call, today);
    return `Candidatures closes${text ? ` (date limite${NNBSP}: ${text})` : ''}.`;
  }
  return deadlineSentence(call, today);
}
