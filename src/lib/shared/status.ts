/**
 * A call's status on a given day, from its application mode and its calendar:
 * à venir → ouvert → en cours (selection and implementation) → clos, and « dates non
 * publiées » for a call that publishes no deadline and does not say it takes applications
 * as they come. No status is inferred from a missing date.
 */
import type { FuzzyDate } from '../../schemas/date';
import { formatFuzzyDate, interval } from './dates';
import { NNBSP } from './french';

/** Status keys, used in URLs, CSS classes and filters. */
export type StatusKey = 'a-venir' | 'ouvert' | 'dates-non-publiees' | 'sans-candidature' | 'en-cours' | 'clos';

/** A call's status: its key, its French label and a sentence explaining it. */
export interface CallStatus {
  key: StatusKey;
  label: string;
  detail: string;
}

/** The calendar milestone fields the status needs. */
export interface StatusMilestone {
  kind: string;
  date: FuzzyDate;
  /** For a call in waves: the wave's name (« 2e date de dépôt »). */
  wave?: string | undefined;
  /** The selection stage the milestone belongs to. */
  stage?: string | undefined;
}

/** What the status is computed from: `application.mode` and the calendar of a call. */
export interface StatusInput<M extends StatusMilestone = StatusMilestone> {
  mode: 'deadline' | 'waves' | 'rolling' | 'undated' | 'designation';
  /** For `rolling`: the call's own sentence saying applications are taken as they come. */
  rollingStatement?: string | undefined;
  /** For `designation`: who designates, in the call's words. */
  designationBy?: string | undefined;
  calendar: readonly M[];
}

/** French label of each status. */
export const statusLabels: Record<StatusKey, string> = {
  'a-venir': 'À venir',
  'ouvert': 'Ouvert',
  'dates-non-publiees': 'Dates non publiées',
  'sans-candidature': 'Sans appel à candidatures',
  'en-cours': 'En cours',
  'clos': 'Clos',
};

/** True once a call no longer takes applications (selection under way, or over). */
export function applicationsOver(key: StatusKey): boolean {
  return key === 'en-cours' || key === 'clos';
}

/** Order of statuses in lists: open calls first, then upcoming, undated, running, closed. */
export const statusOrder: readonly StatusKey[] = [
  'ouvert',
  'a-venir',
  'dates-non-publiees',
  'sans-candidature',
  'en-cours',
  'clos',
];

/** The day a call's list position is sorted by: its first deadline's latest day; none sorts last. */
function deadlineKey(call: { calendar: readonly StatusMilestone[] }): string {
  const deadline = deadlineOf(call);
  return deadline ? interval(deadline.date).latest : '9999-12-31';
}

/** The order of calls in lists: by status (`statusOrder`), then by deadline, then by id. */
export function compareCalls(
  a: { id: string; data: { calendar: readonly StatusMilestone[] }; status: { key: StatusKey } },
  b: { id: string; data: { calendar: readonly StatusMilestone[] }; status: { key: StatusKey } },
): number {
  return compareStatus(a.status.key, b.status.key) || deadlineKey(a.data).localeCompare(deadlineKey(b.data)) || a.id.localeCompare(b.id);
}

/** Compares two status keys by `statusOrder` (for `Array.sort`). */
export function compareStatus(a: StatusKey, b: StatusKey): number {
  return statusOrder.indexOf(a) - statusOrder.indexOf(b);
}

/** The call's first milestone of kind `opening`, if any. */
export function openingOf<M extends StatusMilestone>(call: { calendar: readonly M[] }): M | undefined {
  return call.calendar.find((m) => m.kind === 'opening');
}

/** The call's first milestone of kind `deadline`, if any. */
export function deadlineOf<M extends StatusMilestone>(call: { calendar: readonly M[] }): M | undefined {
  return call.calendar.find((m) => m.kind === 'deadline');
}

/** Every milestone of kind `deadline`, in calendar order (the waves of a call in waves). */
export function deadlinesOf<M extends StatusMilestone>(call: { calendar: readonly M[] }): M[] {
  return call.calendar.filter((m) => m.kind === 'deadline');
}

/** Status of one wave on `today`: past (`close`), the next one (`ouverte`), or later (`a-venir`). */
export type WaveState = 'close' | 'ouverte' | 'a-venir';

/** Labels of wave states, as readers see them. */
export const waveStateLabels: Record<WaveState, string> = { 'close': 'Close', 'ouverte': 'Ouverte', 'a-venir': 'À venir' };

/** Each deadline of a call with its own state on `today`. */
export function waveStates<M extends StatusMilestone>(
  call: { calendar: readonly M[] },
  today: string,
): { milestone: M; state: WaveState }[] {
  let nextFound = false;
  return deadlinesOf(call).map((milestone) => {
    if (today > interval(milestone.date).latest) return { milestone, state: 'close' as const };
    const state = nextFound ? ('a-venir' as const) : ('ouverte' as const);
    nextFound = true;
    return { milestone, state };
  });
}

/**
 * For a selection in stages (milestones carrying `stage`): the milestones of the stage that
 * is running or comes next on `today`, else those of the last stage. Without stages, the calendar.
 */
export function currentStageCalendar<M extends StatusMilestone>(calendar: readonly M[], today: string): readonly M[] {
  const stages = [...new Set(calendar.flatMap((m) => (m.stage ? [m.stage] : [])))];
  if (stages.length < 2) return calendar;
  const of = (stage: string) => calendar.filter((m) => m.stage === stage);
  const current = stages.find((stage) => {
    const deadline = of(stage).find((m) => m.kind === 'deadline');
    return deadline !== undefined && today <= interval(deadline.date).latest;
  });
  return of(current ?? (stages[stages.length - 1] as string));
}

const status = (key: StatusKey, detail: string): CallStatus => ({ key, label: statusLabels[key], detail });

/**
 * The status of a call on `today` (ISO day):
 * - before the earliest day of the opening milestone: à venir;
 * - `rolling` mode: ouvert, only with the call's statement (`rollingStatement`) that holds it;
 * - `undated` mode: dates non publiées (no opening is inferred from nothing);
 * - `designation` mode: sans appel à candidatures (nobody applies; who designates, quoted);
 * - `waves` mode: ouvert while a wave's deadline is ahead, naming the next wave; then as `deadline`
 *   with the last wave;
 * - milestones in selection stages: the stage running or coming next decides (an AMI closed,
 *   its appel à projets not yet open: à venir, with that opening);
 * - `deadline` mode: ouvert up to and including the deadline's latest day, then en cours
 *   up to the latest day of the calendar's last milestone, then clos.
 *
 * Throws when a `deadline`-mode call has no `deadline` milestone (the validator reports
 * that before any page is built). Details use NNBSP before `:` and `;`.
 */
export function callStatus(call: StatusInput, today: string): CallStatus {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`Jour invalide : « ${today} » (attendu AAAA-MM-JJ)`);
  if (call.mode === 'designation') {
    return status('sans-candidature', call.designationBy ? `Désignation${NNBSP}: ${call.designationBy}` : 'Pas de candidature');
  }
  const stageCalendar = currentStageCalendar(call.calendar, today);
  const opening = openingOf({ calendar: stageCalendar });
  if (opening && today < interval(opening.date).earliest) {
    return status('a-venir', `Ouverture des candidatures${NNBSP}: ${formatFuzzyDate(opening.date)}`);
  }
  if (call.mode === 'rolling') {
    if (!call.rollingStatement?.trim()) {
      throw new Error('Appel en mode « rolling » sans « rollingStatement » : la phrase de l’appel manque');
    }
    return status('ouvert', 'Candidatures reçues au fil de l’eau, selon l’appel');
  }
  if (call.mode === 'undated') {
    return status(
      'dates-non-publiees',
      opening
        ? `Ouverture des candidatures${NNBSP}: ${formatFuzzyDate(opening.date)}${NNBSP}; aucune date limite publiée`
        : 'L’appel ne publie ni date d’ouverture ni date limite',
    );
  }
  if (call.mode === 'waves') {
    const waves = waveStates(call, today);
    const next = waves.find((w) => w.state === 'ouverte');
    if (next) {
      const label = next.milestone.wave ? `${next.milestone.wave}, ` : '';
      return status('ouvert', `Prochaine date de dépôt${NNBSP}: ${label}${formatFuzzyDate(next.milestone.date)}`);
    }
  }
  const deadlines = deadlinesOf({ calendar: stageCalendar });
  const deadline = call.mode === 'waves' ? deadlines[deadlines.length - 1] : deadlines[0];
  if (!deadline) {
    throw new Error('Appel en mode « deadline » sans jalon de type « deadline » dans son calendrier');
  }
  const deadlineText = formatFuzzyDate(deadline.date);
  if (today <= interval(deadline.date).latest) {
    return status('ouvert', `Date limite${NNBSP}: ${deadlineText}`);
  }
  const lastDay = call.calendar.map((m) => interval(m.date).latest).reduce((a, b) => (b > a ? b : a));
  if (today <= lastDay) {
    return status('en-cours', `Candidatures closes${NNBSP}; sélection et mise en œuvre en cours`);
  }
  return status('clos', `Appel terminé (date limite${NNBSP}: ${deadlineText})`);
}

/** A call's status read from its front matter (`application.mode`, `rollingStatement`, `calendar`). */
export function statusOfCall(
  call: {
    application: {
      mode: StatusInput['mode'];
      rollingStatement?: string | undefined;
      designation?: { by: string } | undefined;
    };
    calendar: readonly StatusMilestone[];
  },
  today: string,
): CallStatus {
  return callStatus(
    {
      mode: call.application.mode,
      rollingStatement: call.application.rollingStatement,
      designationBy: call.application.designation?.by,
      calendar: call.calendar,
    },
    today,
  );
}
