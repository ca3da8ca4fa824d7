/**
 * Sentences about a call that pages and kits share. Each one is driven by a field that holds
 * what it says; when the field is absent it says « non précisé par l’appel » or nothing.
 * No Astro imports: unit-tested in tests/unit/call-wording.test.ts.
 */
import type { Call, PriceBracket } from '../schemas/call';
import { formatFuzzyDate } from './shared/dates';
import { capitalise, formatEuros, formatNumber, NNBSP, quoted } from './shared/french';
import { applicationsOver, currentStageCalendar, deadlineOf, deadlinesOf, waveStates, type StatusKey } from './shared/status';

type CallLike = Pick<Call, 'application' | 'calendar'>;

/** What readers see when a fact is not in the call. */
export const NOT_STATED = 'non précisé par l’appel';

/** The call's own words in French quotation marks, without the spaces around them. */
export const quote = (text: string): string => quoted(text.trim());

/**
 * The deadline as published ("vendredi 3 novembre 2023"), or undefined. With `today`, for a
 * selection in stages, the deadline of the stage running or coming next.
 */
export function deadlineText(call: CallLike, today?: string): string | undefined {
  const deadline = deadlineOf(today ? { calendar: currentStageCalendar(call.calendar, today) } : call);
  return deadline ? formatFuzzyDate(deadline.date) : undefined;
}

/**
 * The deadline ahead on `today`, as the lookup shows it: that of the stage running or next,
 * and for a call in waves the next wave's (else the first deadline of that calendar).
 */
export function deadlineAheadText(call: CallLike, today: string): string | undefined {
  const calendar = currentStageCalendar(call.calendar, today);
  const deadline = waveStates({ calendar }, today).find((w) => w.state === 'ouverte')?.milestone ?? deadlineOf({ calendar });
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

/** The words of a call's duration: « durée initiale », « 12 mois », « , renouvelable une fois ». */
function durationWords(d: NonNullable<Call['duration']>): { label: string; months: string; renewals: string } {
  const label = d.qualifier === 'average' ? 'durée moyenne' : d.qualifier === 'initial' ? 'durée initiale' : 'durée';
  const renewals = d.renewals ? `, renouvelable ${d.renewals === 1 ? 'une fois' : `${formatNumber(d.renewals)} fois`}` : '';
  return { label, months: `${formatNumber(d.months)} mois`, renewals };
}

/** "Durée moyenne : 12 mois.", "Durée initiale : 12 mois, renouvelable une fois." */
export function durationSentence(call: Pick<Call, 'duration'>): string | undefined {
  if (!call.duration) return undefined;
  const { label, months, renewals } = durationWords(call.duration);
  return `${capitalise(label)}${NNBSP}: ${months}${renewals}.`;
}

/** Inside a sentence: "durée moyenne de 12 mois", "durée initiale de 12 mois, renouvelable une fois". */
export function durationPhrase(call: Pick<Call, 'duration'>): string | undefined {
  if (!call.duration) return undefined;
  const { label, months, renewals } = durationWords(call.duration);
  return `${label} de ${months}${renewals}`;
}

type Pricing = NonNullable<Call['pricing']>;

/** A piece of a sentence; `strong` for the figures a page sets in bold. */
export interface Segment {
  text: string;
  strong?: boolean;
}

/** The text of a sentence made of segments. */
const segmentsText = (segments: readonly Segment[]): string => segments.map((s) => s.text).join('');

/**
 * The price sentence in pieces, figures apart: "Forfait …, à titre indicatif : de 25 000 € HT à
 * 85 000 € HT par an." The author's label leads, capitalised, with no article guessed before it.
 */
export function priceSegments(pricing: Pricing): Segment[] {
  const { from, to, per } = priceWords(pricing);
  return [
    { text: `${capitalise(pricing.label)}${pricing.indicative ? ', à titre indicatif' : ''}${NNBSP}: de ` },
    { text: from, strong: true },
    { text: ' à ' },
    { text: to, strong: true },
    { text: `${per}.` },
  ];
}

/** The bounds of the price range with their tax, and « par an » when the price is yearly. */
function priceWords(pricing: Pricing): { from: string; to: string; per: string } {
  return {
    from: `${formatEuros(pricing.range.min)} ${pricing.tax}`,
    to: `${formatEuros(pricing.range.max)} ${pricing.tax}`,
    per: pricing.per === 'year' ? ' par an' : '',
  };
}

/** "Forfait …, à titre indicatif : de 25 000 € HT à 85 000 € HT par an." */
export const priceSentence = (pricing: Pricing): string => segmentsText(priceSegments(pricing));

/** The price after the call's name (the lookup): "à titre indicatif, de 25 000 € HT à 85 000 € HT par an". */
export function priceRangeText(pricing: Pricing): string {
  const { from, to, per } = priceWords(pricing);
  return `${pricing.indicative ? 'à titre indicatif, ' : ''}de ${from} à ${to}${per}`;
}

/** A bracket's amount, or "non publié". */
export function bracketAmount(b: PriceBracket, tax: string): string {
  return b.amount === undefined ? 'non publié' : `${formatEuros(b.amount)} ${tax}`;
}

/** Whether a data path lies at or under `prefix`: `pricing`, `pricing.range`, `pricing.brackets[0]`. */
export function isUnder(target: string, prefix: string): boolean {
  return target === prefix || target.startsWith(`${prefix}.`) || target.startsWith(`${prefix}[`);
}

/** The acknowledgements about the price (shown with the price, not at the top). */
export function pricingAcknowledgements<A extends { target: string }>(call: { acknowledgements: readonly A[] }): A[] {
  return call.acknowledgements.filter((a) => isUnder(a.target, 'pricing'));
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
  return call.notices.filter((n) => isUnder(n.target, prefix)).map((n) => n.text);
}

/** « L’appel ne reçoit plus de candidatures (la date limite était le …) », without the full stop. */
export function noMoreApplications(call: CallLike, today?: string): string {
  const text = deadlineText(call, today);
  return `L’appel ne reçoit plus de candidatures${text ? ` (la date limite était le ${text})` : ''}`;
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

/** Kinds of official document whose French name is feminine (« Foire aux questions », « Notice »). */
const FEMININE_DOCUMENT_KINDS: ReadonlySet<string> = new Set(['faq', 'notice']);

/** « publié » agreed with the kind of official document it follows: « Notice, publiée par … ». */
export const publishedAgreeing = (kind: string): string => (FEMININE_DOCUMENT_KINDS.has(kind) ? 'publiée' : 'publié');
