/**
 * Calendar rules: milestones never go backwards, stated durations fit their period, the
 * opening comes before the deadline, information events come before the deadline, and the
 * application mode agrees with the calendar (`deadline` needs a deadline milestone; `rolling`
 * and `undated` have none: an `undated` call without one is never flagged here, and the
 * statement a `rolling` call needs is checked by `calendrier/fil-de-l-eau-sans-citation`).
 *
 * Fuzzy dates are compared as intervals of possible days (`interval()` in `src/lib/shared/dates.ts`).
 * A later milestone goes backwards only when its latest possible day is strictly before
 * the earliest possible day of an earlier one: "mi-novembre" (11–20) after "3 novembre" is
 * fine, "décembre" (1–31) after "fin janvier" (21–31 January) is not.
 */
import { milestoneKinds, type Call } from '../../../schemas/call';
import type { FuzzyDate, PeriodBound } from '../../../schemas/date';
import { type DayInterval, durationFits, formatFuzzyDate, interval, intervalLength } from '../../shared/dates';
import { deadlineOf, openingOf } from '../../shared/status';
import type { Rule, ValidationContext, Valid } from '../context';
import type { Draft, PathSegment } from '../types';

/** "« Comité de sélection » (mi-novembre 2023)", without a range's stated duration. */
const describe = (item: { title: string; date: FuzzyDate }) => {
  const date = item.date.type === 'range' ? { ...item.date, days: undefined } : item.date;
  return `« ${item.title} » (${formatFuzzyDate(date, { weekday: false })})`;
};

/** The path, under a dated item, of the value that says when it starts (or ends). */
export function dateValuePath(date: FuzzyDate, end: 'start' | 'end'): PathSegment[] {
  switch (date.type) {
    case 'day':
    case 'day-time':
    case 'day-at':
      return ['date', 'date'];
    case 'month':
    case 'month-part':
      return ['date', 'month'];
    case 'season':
      return ['date', 'year'];
    case 'range': {
      const side = end === 'start' ? 'from' : 'to';
      return ['date', side, 'day' in date[side] ? 'day' : 'month'];
    }
  }
}

/**
 * The milestones to blame for a calendar that goes backwards: those outside the longest
 * chain of milestones in chronological order (ties keep the earliest-listed ones). A single
 * deadline moved a year late is one culprit, not the five milestones after it.
 */
function outOfOrder(spans: readonly (DayInterval | undefined)[]): Set<number> {
  const fits = (i: number, j: number) => {
    const [a, b] = [spans[i], spans[j]];
    return !a || !b || !(b.latest < a.earliest);
  };
  const n = spans.length;
  // longest[i]: length of the longest chronological chain starting at milestone i.
  const longest = new Array<number>(n).fill(1);
  for (let i = n - 1; i >= 0; i--)
    for (let j = i + 1; j < n; j++) if (fits(i, j)) longest[i] = Math.max(longest[i]!, longest[j]! + 1);
  const kept = new Set<number>();
  let need = Math.max(0, ...longest);
  let last = -1;
  for (let i = 0; i < n && need > 0; i++) {
    if (longest[i] !== need || (last >= 0 && !fits(last, i))) continue;
    kept.add(i);
    last = i;
    need--;
  }
  return new Set(spans.map((_, i) => i).filter((i) => !kept.has(i)));
}

/** Milestones `calendrier/ordre` blames (a reversed period has no order to check: `calendrier/periode` reports it). */
const blamedMilestones = (data: Call) =>
  outOfOrder(data.calendar.map((m) => (reversed(m.date) ? undefined : interval(m.date))));

function order(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const spans = data.calendar.map((m) => (reversed(m.date) ? undefined : interval(m.date)));
  const blamed = blamedMilestones(data);
  return [...blamed].flatMap((j) => {
    const milestone = data.calendar[j]!;
    const here = spans[j]!;
    // The nearest kept milestone this one cannot sit beside: an earlier one it precedes
    // (looking back first), else a later one it follows.
    const kept = (i: number) => !blamed.has(i) && spans[i] !== undefined;
    let other = -1;
    let tooEarly = true;
    for (let i = j - 1; i >= 0 && other < 0; i--) if (kept(i) && here.latest < spans[i]!.earliest) other = i;
    for (let i = j + 1; i < data.calendar.length && other < 0; i++) {
      if (kept(i) && spans[i]!.latest < here.earliest) {
        other = i;
        tooEarly = false;
      }
    }
    if (other < 0) return [];
    const peer = data.calendar[other]!;
    const what = tooEarly
      ? `le jalon ${describe(milestone)} vient après ${describe(peer)} dans le calendrier, mais il se termine avant que celui-ci ne commence.`
      : `le jalon ${describe(milestone)} vient avant ${describe(peer)} dans le calendrier, mais il commence après la fin de celui-ci (et des jalons qui le suivent).`;
    return [
      ctx.atPath(
        'calendrier/ordre',
        'error',
        entry,
        ['calendar', j, ...dateValuePath(milestone.date, tooEarly ? 'end' : 'start')],
        {
          what,
          why: "le calendrier se lit dans l'ordre : un jalon qui remonte le temps trahit presque toujours une erreur de mois ou d'année, et fausserait le statut de l'appel et l'agenda .ics.",
          fix: "corrigez la date de ce jalon (souvent le mois ou l'année), ou remettez les jalons dans l'ordre chronologique. Deux dates floues qui se chevauchent (« mi-novembre » après « 3 novembre ») sont admises.",
        },
        { targetPath: ['calendar', j, 'date'] },
      ),
    ];
  });
}

type Dated = Call['calendar'][number] | Call['events'][number];

/** Runs `check` on every dated item of a call: its milestones, then its events. */
function eachDated(data: Call, check: (item: Dated, list: 'calendar' | 'events', index: number) => Draft[]): Draft[] {
  return [
    ...data.calendar.flatMap((item, index) => check(item, 'calendar', index)),
    ...data.events.flatMap((item, index) => check(item, 'events', index)),
  ];
}

/** `calendrier/horaire`: a timed date ends after it starts. */
function times(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  return eachDated(data, (item, list, index) => {
    const date = item.date;
    if (date.type !== 'day-time' || date.end > date.start) return [];
    return [
      ctx.atPath(
        'calendrier/horaire',
        'error',
        entry,
        [list, index, 'date', 'end'],
        {
          what: `${describe(item)} finit à ${date.end}, ${date.end === date.start ? 'à la même heure que' : 'avant'} son début (${date.start}).`,
          why: "la page annoncerait un horaire impossible et l'agenda .ics un événement qui finit avant de commencer.",
          fix: `vérifiez les heures dans le document publié : « end » doit être après « start » (${date.start}), au format HH:MM sur 24 heures (ex. "14:00").`,
        },
        { targetPath: [list, index, 'date'] },
      ),
    ];
  });
}

/** The days of one bound of a period. */
const boundSpan = (bound: PeriodBound) => interval({ type: 'range', from: bound, to: bound, joiner: 'to' });

/** True for a period whose `to` ends before its `from` starts (reported by `calendrier/periode` alone). */
export const reversed = (date: FuzzyDate) =>
  date.type === 'range' && boundSpan(date.to).latest < boundSpan(date.from).earliest;

/** `calendrier/periode`: a range's end comes after its start. */
function periods(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  return eachDated(data, (item, list, index) => {
    const date = item.date;
    if (date.type !== 'range' || !reversed(date)) return [];
    return [
      ctx.atPath(
        'calendrier/periode',
        'error',
        entry,
        [list, index, ...dateValuePath(date, 'end')],
        {
          what: `la période « ${item.title} » se termine (« to ») avant de commencer (« from »).`,
          why: "la page afficherait une période à l'envers (« février à janvier ») et le statut de l'appel serait faux.",
          fix: "vérifiez l'année et le mois des deux bornes dans le document publié : « to » doit être le même mois ou jour que « from », ou plus tard.",
        },
        { targetPath: [list, index, 'date'] },
      ),
    ];
  });
}

/**
 * `calendrier/limite-multiple`: one `deadline` milestone per wave and per selection stage
 * (a call in waves has a deadline in each wave; a call in stages, one in each stage).
 */
function deadlines(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const firstOf = new Map<string, number>();
  return data.calendar.flatMap((m, index) => {
    if (m.kind !== 'deadline') return [];
    const key = `${m.wave ?? ''}\u0000${m.stage ?? ''}`;
    const first = firstOf.get(key);
    if (first === undefined) {
      firstOf.set(key, index);
      return [];
    }
    const where = [m.wave && `la vague « ${m.wave} »`, m.stage && `l'étape « ${m.stage} »`].filter(Boolean).join(', ');
    return [
      ctx.atPath('calendrier/limite-multiple', 'error', entry, ['calendar', index, 'kind'], {
        what: `le jalon « ${m.title} » est une deuxième date limite (« kind: deadline »)${where ? ` dans ${where}` : ''}, après « ${data.calendar[first]!.title} ».`,
        why: "une vague ou une étape n'a qu'une date limite de candidature : ce jalon serait affiché « Date limite de candidature » et fausserait le statut.",
        fix: `donnez à ce jalon son vrai type (${Object.keys(milestoneKinds)
          .filter((k) => k !== 'deadline')
          .join(
            ', ',
          )}) ; si l'appel a vraiment plusieurs vagues, écrivez « mode: waves » et nommez la vague de chaque date limite (« wave ») ; s'il a plusieurs étapes, rattachez chaque date limite à son étape (« stage »).`,
      }),
    ];
  });
}

/** `calendrier/identifiant`: a milestone and an event do not share an id (one ICS UID and one HTML id each). */
function sharedIds(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const milestones = new Map(data.calendar.map((m, i) => [m.id, i]));
  return data.events.flatMap((event, index) => {
    const i = milestones.get(event.id);
    if (i === undefined) return [];
    return [
      ctx.atPath(
        'calendrier/identifiant',
        'error',
        entry,
        ['events', index, 'id'],
        {
          what: `l'événement « ${event.title} » a l'identifiant « ${event.id} », déjà celui du jalon « ${data.calendar[i]!.title} » (calendar[${i}]).`,
          why: "l'agenda .ics et la page donnent à chaque date un identifiant unique : deux dates avec le même se confondraient (un agenda n'en garderait qu'une).",
          fix: `donnez à l'événement un identifiant propre (ex. « ${event.id}-reunion »).`,
        },
        { targetPath: ['events', index] },
      ),
    ];
  });
}

/** `calendrier/duree`: a range's `days` fits in the range. */
function durations(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  return eachDated(data, (item, list, index) => {
    const date = item.date;
    if (date.type !== 'range' || reversed(date) || durationFits(date)) return [];
    const available = intervalLength(interval(date));
    return [
      ctx.atPath('calendrier/duree', 'error', entry, [list, index, 'date', 'days'], {
        what: `la durée annoncée pour ${describe(item)}, ${date.days} jours, ne tient pas dans cette période, qui compte ${available} jours.`,
        why: 'les candidats organisent leur travail sur cette durée : une durée impossible laisse croire à une erreur de date.',
        fix: `vérifiez dans le document publié les bornes de la période (« from », « to ») et le nombre de jours (« days ») ; au plus ${available}.`,
      }),
    ];
  });
}

function openingBeforeDeadline(ctx: ValidationContext, { entry, data }: Valid<Call>, blamed: Set<number>): Draft[] {
  const opening = openingOf(data);
  const deadline = deadlineOf(data);
  if (!opening || !deadline) return [];
  // Already reported by `calendrier/ordre` when either is out of order: one fault, one finding.
  if (blamed.has(data.calendar.indexOf(opening)) || blamed.has(data.calendar.indexOf(deadline))) return [];
  if (interval(opening.date).earliest < interval(deadline.date).latest) return [];
  // Reported at the deadline: it is the date a reader acts on, and the one most often edited.
  const index = data.calendar.indexOf(deadline);
  return [
    ctx.atPath(
      'calendrier/ouverture',
      'error',
      entry,
      ['calendar', index, ...dateValuePath(deadline.date, 'end')],
      {
        what: `la date limite ${describe(deadline)} ne suit pas l'ouverture ${describe(opening)}.`,
        why: "sans période de dépôt, l'appel serait affiché clos avant d'avoir été ouvert.",
        fix: "corrigez l'une des deux dates pour que l'ouverture tombe avant la date limite.",
      },
      { targetPath: ['calendar', index, 'date'] },
    ),
  ];
}

function eventsBeforeDeadline(ctx: ValidationContext, { entry, data }: Valid<Call>, blamed: Set<number>): Draft[] {
  const deadline = deadlineOf(data);
  // A deadline out of order is the suspect date, reported once by `calendrier/ordre`.
  if (!deadline || blamed.has(data.calendar.indexOf(deadline))) return [];
  const limit = interval(deadline.date).latest;
  return data.events.flatMap((event, index) =>
    interval(event.date).earliest > limit
      ? [
          ctx.atPath(
            'calendrier/evenements',
            'error',
            entry,
            ['events', index, ...dateValuePath(event.date, 'start')],
            {
              what: `la réunion d'information ${describe(event)} a lieu après la date limite ${describe(deadline)}.`,
              why: "une réunion d'information sert à préparer sa candidature : après la date limite, elle ne sert plus à personne.",
              fix: "vérifiez l'année et le mois de la réunion (ou de la date limite) dans le document publié.",
            },
            { targetPath: ['events', index, 'date'] },
          ),
        ]
      : [],
  );
}

function mode(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const deadline = deadlineOf(data);
  if (data.application.mode === 'deadline' && !deadline) {
    return [
      ctx.atPath('calendrier/mode', 'error', entry, ['application', 'mode'], {
        what: "l'appel annonce une date limite (« mode: deadline ») mais son calendrier n'a aucun jalon « kind: deadline ».",
        why: "sans date limite, le site ne peut pas dire jusqu'à quand l'appel est ouvert.",
        fix: "ajoutez au calendrier le jalon de clôture avec « kind: deadline » ; si l'appel ne publie pas de date limite, écrivez « mode: undated », ou « mode: rolling » avec « rollingStatement » s'il dit recevoir les candidatures au fil de l'eau.",
      }),
    ];
  }
  if (data.application.mode === 'undated' && deadline) {
    return [
      ctx.atPath('calendrier/mode', 'error', entry, ['application', 'mode'], {
        what: `l'appel se dit sans date publiée (« mode: undated ») mais son calendrier contient la date limite ${describe(deadline)}.`,
        why: "le site afficherait « Dates non publiées » et « aucune date limite publiée » alors que l'appel en publie une.",
        fix: "écrivez « mode: deadline » si cette date limite s'applique, ou changez le « kind » de ce jalon.",
      }),
    ];
  }
  if (data.application.mode === 'rolling' && deadline) {
    return [
      ctx.atPath('calendrier/mode', 'warning', entry, ['application', 'mode'], {
        what: `l'appel se dit sans date limite (« mode: rolling ») mais son calendrier contient la date limite ${describe(deadline)}.`,
        why: "le site affichera l'appel comme ouvert en continu et ignorera cette date limite.",
        fix: "écrivez « mode: deadline » si cette date limite s'applique, ou changez le « kind » de ce jalon.",
      }),
    ];
  }
  return [];
}

/** Every calendar rule, over every valid call. */
export const calendarRules: Rule = (ctx) =>
  ctx.calls().flatMap((call) => {
    const blamed = blamedMilestones(call.data);
    return [
      ...order(ctx, call),
      ...times(ctx, call),
      ...periods(ctx, call),
      ...deadlines(ctx, call),
      ...sharedIds(ctx, call),
      ...durations(ctx, call),
      ...openingBeforeDeadline(ctx, call, blamed),
      ...eventsBeforeDeadline(ctx, call, blamed),
      ...mode(ctx, call),
    ];
  });
