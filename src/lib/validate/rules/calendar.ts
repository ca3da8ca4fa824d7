/**
 * Calendar rules: milestones never go backwards, stated durations fit their period, the
 * opening comes before the deadline, information events come before the deadline, and the
 * application mode agrees with the calendar.
 *
 * Fuzzy dates are compared as intervals of possible days (`interval()` in `src/lib/dates.ts`).
 * A later milestone goes backwards only when its latest possible day is strictly before
 * the earliest possible day of an earlier one: "mi-novembre" (11–20) after "3 novembre" is
 * fine, "décembre" (1–31) after "fin janvier" (21–31 January) is not.
 */
import type { Call } from '../../../schemas/call';
import type { FuzzyDate } from '../../../schemas/date';
import { durationFits, formatFuzzyDate, interval, intervalLength } from '../../dates';
import { deadlineOf, openingOf } from '../../status';
import type { Rule, ValidationContext, Valid } from '../context';
import type { Draft } from '../types';

/** "« Comité de sélection » (mi-novembre 2023)", without a range's stated duration. */
const describe = (item: { title: string; date: FuzzyDate }) => {
  const date = item.date.type === 'range' ? { ...item.date, days: undefined } : item.date;
  return `« ${item.title} » (${formatFuzzyDate(date, { weekday: false })})`;
};

function order(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const drafts: Draft[] = [];
  const spans = data.calendar.map((m) => interval(m.date));
  data.calendar.forEach((milestone, j) => {
    const later = spans[j]!;
    let culprit = -1;
    for (let i = j - 1; i >= 0 && culprit < 0; i--) if (later.latest < spans[i]!.earliest) culprit = i;
    if (culprit < 0) return;
    const earlier = data.calendar[culprit]!;
    drafts.push(
      ctx.atPath('calendrier/ordre', 'error', entry, ['calendar', j, 'date'], {
        what: `le jalon ${describe(milestone)} vient après ${describe(earlier)} dans le calendrier, mais il se termine avant que celui-ci ne commence.`,
        why: "le calendrier se lit dans l'ordre : un jalon qui remonte le temps trahit presque toujours une erreur de mois ou d'année, et fausserait le statut de l'appel et l'agenda .ics.",
        fix: "corrigez la date de l'un des deux jalons, ou remettez-les dans l'ordre chronologique. Deux dates floues qui se chevauchent (« mi-novembre » après « 3 novembre ») sont admises.",
      }),
    );
  });
  return drafts;
}

function durations(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const lists = [
    ['calendar', data.calendar],
    ['events', data.events],
  ] as const;
  return lists.flatMap(([list, items]) =>
    items.flatMap((item, index) => {
      const date = item.date;
      if (date.type !== 'range' || durationFits(date)) return [];
      const available = intervalLength(interval(date));
      return [
        ctx.atPath('calendrier/duree', 'error', entry, [list, index, 'date', 'days'], {
          what: `la durée annoncée pour ${describe(item)}, ${date.days} jours, ne tient pas dans cette période, qui compte ${available} jours.`,
          why: 'les candidats organisent leur travail sur cette durée : une durée impossible laisse croire à une erreur de date.',
          fix: `vérifiez dans le document publié les bornes de la période (« from », « to ») et le nombre de jours (« days ») ; au plus ${available}.`,
        }),
      ];
    }),
  );
}

function openingBeforeDeadline(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const opening = openingOf(data);
  const deadline = deadlineOf(data);
  if (!opening || !deadline) return [];
  if (interval(opening.date).earliest < interval(deadline.date).latest) return [];
  // Reported at the deadline: it is the date a reader acts on, and the one most often edited.
  const index = data.calendar.indexOf(deadline);
  return [
    ctx.atPath('calendrier/ouverture', 'error', entry, ['calendar', index, 'date'], {
      what: `la date limite ${describe(deadline)} ne suit pas l'ouverture ${describe(opening)}.`,
      why: "sans période de dépôt, l'appel serait affiché clos avant d'avoir été ouvert.",
      fix: "corrigez l'une des deux dates pour que l'ouverture tombe avant la date limite.",
    }),
  ];
}

function eventsBeforeDeadline(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const deadline = deadlineOf(data);
  if (!deadline) return [];
  const limit = interval(deadline.date).latest;
  return data.events.flatMap((event, index) =>
    interval(event.date).earliest > limit
      ? [
          ctx.atPath('calendrier/evenements', 'error', entry, ['events', index, 'date'], {
            what: `la réunion d'information ${describe(event)} a lieu après la date limite ${describe(deadline)}.`,
            why: "une réunion d'information sert à préparer sa candidature : après la date limite, elle ne sert plus à personne.",
            fix: "vérifiez l'année et le mois de la réunion (ou de la date limite) dans le document publié.",
          }),
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
        fix: "ajoutez au calendrier le jalon de clôture avec « kind: deadline », ou écrivez « mode: rolling » si l'appel ne publie pas de date limite.",
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
  ctx
    .calls()
    .flatMap((call) => [
      ...order(ctx, call),
      ...durations(ctx, call),
      ...openingBeforeDeadline(ctx, call),
      ...eventsBeforeDeadline(ctx, call),
      ...mode(ctx, call),
    ]);
