/**
 * Views of the lists of calls: a call's card (home page, `/appels/`) and the groups of the
 * home page. Pure: unit-tested in tests/unit/views.test.ts.
 */
import { callKinds, type Call } from '../../schemas/call';
import type { FuzzyDate } from '../../schemas/date';
import { deadlineSentence, deadlineShort } from '../call-wording';
import { deadlineOf, type CallStatus, type StatusKey } from '../shared/status';

/** A call's card: its kind, title, address, summary and one line on its deadline. */
export interface CallCardView {
  kindLabel: string;
  title: string;
  href: string;
  summary: string;
  status: CallStatus;
  /** « Date limite : <date> », or a sentence when the call publishes no single date. */
  deadline: { date: FuzzyDate } | { text: string };
}

export function callCard(id: string, call: Call, status: CallStatus): CallCardView {
  const deadline = deadlineOf(call);
  return {
    kindLabel: callKinds[call.kind],
    title: call.title,
    href: `/appels/${id}/`,
    summary: call.summary,
    status,
    deadline:
      call.application.mode === 'waves'
        ? { text: deadlineSentence(call) }
        : deadline
          ? { date: deadline.date }
          : { text: deadlineShort(call) },
  };
}

/** The groups of calls on the home page, each in the order given. */
export interface HomeGroups<C> {
  /** Open and upcoming calls. */
  current: C[];
  /** Calls that publish no date: neither open nor closed. */
  undated: C[];
  /** Programmes nobody applies to (designation). */
  designated: C[];
  /** Calls closed or under way. */
  past: C[];
}

const groupOf: Record<StatusKey, keyof HomeGroups<unknown>> = {
  'ouvert': 'current',
  'a-venir': 'current',
  'dates-non-publiees': 'undated',
  'sans-candidature': 'designated',
  'en-cours': 'past',
  'clos': 'past',
};

export function homeGroups<C extends { status: { key: StatusKey } }>(calls: readonly C[]): HomeGroups<C> {
  const groups: HomeGroups<C> = { current: [], undated: [], designated: [], past: [] };
  for (const c of calls) groups[groupOf[c.status.key]].push(c);
  return groups;
}
