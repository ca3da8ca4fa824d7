/**
 * The view of a call page: which sections it has and under which heading, and the sentences
 * the page shows that are decided from the call's data (status, deadline, duration, counts,
 * notices). The page renders this view; it decides nothing about wording itself. Pure: no
 * Astro imports, unit-tested in tests/unit/views.test.ts on calls lacking each field.
 */
import { applicantTypesOf, callKinds, type Call } from '../../schemas/call';
import type { Acknowledgement } from '../../schemas/common';
import type { FuzzyDate } from '../../schemas/date';
import type { CallHistory } from '../amendments/history';
import { lastChangeDay } from '../amendments/record';
import { countText, fundingLines } from '../apply-wording';
import {
  actionAreasSentences,
  appraisalHeading,
  calendarIntro,
  criteriaHeading,
  deadlineGlance,
  deadlineSentence,
  durationSentence,
  isUnder,
  noticesFor,
  pricingAcknowledgements,
} from '../call-wording';
import { PERIMETER_TYPES } from '../shared/eligibility/check';
import { capitalise } from '../shared/french';
import { applicationsOver, currentStageCalendar, deadlineOf, type CallStatus } from '../shared/status';

/** What the page knows besides the call: the build's day, and what the query computed. */
export interface CallViewContext {
  today: string;
  status: CallStatus;
  history: CallHistory;
  /** Number of FAQ entries and of laureate case studies the page lists. */
  faqCount: number;
  laureateCount: number;
}

/** The ids of a call page's sections (their anchors). */
export type CallSectionId =
  | 'presentation'
  | 'eligibilite'
  | 'criteres'
  | 'appreciation'
  | 'selection'
  | 'briques'
  | 'financement'
  | 'calendrier'
  | 'candidater'
  | 'documents'
  | 'deroulement'
  | 'cout'
  | 'laureats'
  | 'questions'
  | 'historique'
  | 'contacts';

export interface CallSection {
  id: CallSectionId;
  heading: string;
}

/** The line beside the status in the page's summary: the deadline, the waves, or none (designation). */
export type GlanceDeadline =
  | { label: 'Dates de dépôt'; text: string }
  | { label: 'Date limite'; date: FuzzyDate }
  | { label: 'Date limite'; text: string };

export interface CallView {
  /** « Appel à candidatures », « Programme »… */
  kindLabel: string;
  status: CallStatus;
  /** A programme nobody applies to: it speaks of who may be designated, not of applications. */
  designation: boolean;
  /** The sections the page has, in order, with their headings (the table of contents). */
  sections: CallSection[];
  /** Whether the page has a section. */
  has: (id: CallSectionId) => boolean;
  /** The heading of a present section. */
  heading: (id: CallSectionId) => string;
  glanceDeadline?: GlanceDeadline | undefined;
  /** « Territoires retenus », « Communes retenues » or « Candidatures retenues »: from the applicant types. */
  keptNoun: string;
  /** The number of applications kept, as published (« 10 », « de 3 à 4 »), when the call says it. */
  keptCount?: string | undefined;
  /** Whether the EPCI lookup applies: an EPCI may apply, alone, in a groupement, or declared as
   *  a member of a PETR, pays or territoire d'industrie. */
  epciCheck: boolean;
  groupement: boolean;
  /** Whether the commune lookup applies (a commune may apply), and whether it checks a population bound. */
  communeCheck: boolean;
  communeBound: boolean;
  criteriaHeading: string;
  appraisalListHeading: string;
  actionAreasHeading?: string | undefined;
  actionAreasSentences: string[];
  funding: string[];
  calendarIntro?: string | undefined;
  durationSentence?: string | undefined;
  phasesHeading?: string | undefined;
  collectiveHeading?: string | undefined;
  /** The call no longer takes applications (the FAQ says its answers describe the call as published). */
  applicationsOver: boolean;
  /** Notices shown at the top of the page, and those shown in the Coût section. */
  topNotices: Acknowledgement[];
  pricingNotices: Acknowledgement[];
  /** The call's content notices about one fact (`criteria`, `contacts`…), as notices. */
  noticesAbout: (prefix: string) => Acknowledgement[];
  /** Day of the page's last change: the later of `updated` and the last amendment's date. */
  updated: string;
}

/** Facts shown in their own section: their notices are shown there, not at the top. */
const shownInPlace = ['calendar', 'pricing', 'criteria', 'appraisal', 'actionAreas', 'phases', 'contacts', 'application', 'selection'];

/** Applicant types counted as territories (« Territoires retenus »), and answered by the EPCI
 *  lookup: EPCI alone or in a groupement, and the perimeters declared by their member EPCI. */
const territorial = new Set(['epci', 'groupement-epci', ...PERIMETER_TYPES]);

/** The noun of the applications kept: from the applicant types, never « territoires » by default. */
function keptNounOf(call: Call): string {
  const types = applicantTypesOf(call);
  if (types.length > 0 && types.every((t) => t === 'commune')) return 'Communes retenues';
  if (types.length > 0 && types.every((t) => territorial.has(t))) return 'Territoires retenus';
  return 'Candidatures retenues';
}

function glanceDeadlineOf(call: Call, today: string): GlanceDeadline | undefined {
  const mode = call.application.mode;
  if (mode === 'waves') return { label: 'Dates de dépôt', text: deadlineSentence(call) };
  if (mode === 'designation') return undefined;
  // For a selection in stages, the deadline of the stage running or coming next.
  const deadline = deadlineOf({ calendar: currentStageCalendar(call.calendar, today) });
  return deadline ? { label: 'Date limite', date: deadline.date } : { label: 'Date limite', text: deadlineGlance(call) };
}

/** The view of a call's page. */
export function callView(call: Call, ctx: CallViewContext): CallView {
  const designation = call.application.mode === 'designation';
  const types = applicantTypesOf(call);
  const areas = call.actionAreas;
  const funding = fundingLines(call);
  const duration = durationSentence(call);
  const count = call.selection.count;
  const noticesAbout = (prefix: string): Acknowledgement[] =>
    noticesFor(call, prefix).map((reason) => ({ rule: 'contenu/notice', target: prefix, reason }));
  const hasAppraisal =
    call.appraisal.length > 0 ||
    Boolean(call.selection.process || call.selection.jury || count || call.selection.results) ||
    call.notices.some((n) => isUnder(n.target, 'selection') || isUnder(n.target, 'appraisal'));
  const all: [CallSectionId, string, boolean][] = [
    ['presentation', 'Présentation', true],
    ['eligibilite', designation ? 'Qui peut être retenu' : 'Qui peut candidater', true],
    ['criteres', criteriaHeading(call), call.criteria.length > 0],
    ['appreciation', designation ? 'Sélection' : 'Appréciation des candidatures', hasAppraisal],
    ['selection', 'Déroulé de la sélection', call.selection.stages.length > 0],
    ['briques', areas ? capitalise(areas.label) : '', Boolean(areas)],
    ['financement', 'Ce que l’appel finance', funding.length > 0],
    ['calendrier', 'Calendrier', true],
    ['candidater', 'Comment candidater', !designation],
    ['documents', 'Documents officiels', call.officialDocuments.length > 0],
    ['deroulement', 'Déroulement', Boolean(call.phases || duration)],
    ['cout', 'Coût', Boolean(call.pricing) || call.free],
    ['laureats', 'Territoires lauréats', ctx.laureateCount > 0],
    ['questions', 'Questions fréquentes', ctx.faqCount > 0],
    ['historique', 'Historique des modifications', ctx.history.groups.length > 0],
    ['contacts', 'Contacts', call.contacts.length > 0],
  ];
  const sections = all.filter(([, , on]) => on).map(([id, heading]) => ({ id, heading }));
  const headings = new Map(sections.map((s) => [s.id, s.heading]));
  const generalNotices = call.notices
    .filter((n) => !shownInPlace.some((p) => isUnder(n.target, p)))
    .map((n) => ({ rule: 'contenu/notice', target: n.target, reason: n.text }));
  // Notices about the price are shown in the Coût section, the others at the top.
  const pricingNotices = call.pricing ? [...pricingAcknowledgements(call), ...noticesAbout('pricing')] : [];
  const topNotices = [
    ...call.acknowledgements.filter((a) => !pricingNotices.includes(a) && !a.rule.startsWith('modifications/')),
    ...generalNotices,
  ];
  return {
    kindLabel: callKinds[call.kind],
    status: ctx.status,
    designation,
    sections,
    has: (id) => headings.has(id),
    heading: (id) => headings.get(id) ?? '',
    glanceDeadline: glanceDeadlineOf(call, ctx.today),
    keptNoun: keptNounOf(call),
    keptCount: count ? countText(count) : undefined,
    epciCheck: types.some((t) => territorial.has(t)),
    groupement: types.includes('groupement-epci'),
    communeCheck: types.includes('commune'),
    communeBound: call.eligibility.applicants.some((a) => a.type === 'commune' && Boolean(a.population?.min || a.population?.max)),
    criteriaHeading: criteriaHeading(call),
    appraisalListHeading: appraisalHeading(call),
    actionAreasHeading: areas ? capitalise(areas.label) : undefined,
    actionAreasSentences: actionAreasSentences(call),
    funding,
    calendarIntro: calendarIntro(call),
    durationSentence: duration,
    phasesHeading: call.phases ? capitalise(call.phases.label) : undefined,
    collectiveHeading: call.collective ? capitalise(call.collective.label) : undefined,
    applicationsOver: applicationsOver(ctx.status.key),
    topNotices,
    pricingNotices,
    noticesAbout,
    updated: lastChangeDay(call),
  };
}
