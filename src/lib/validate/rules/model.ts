/**
 * Rules on the shapes of issue 11, within one call:
 * - `eligibilite/alternatives` (error): `members` only on a `groupement-epci` alternative,
 *   `largestCommune` only on an `epci` one, and every min ≤ max;
 * - `eligibilite/mesure-population` (warning): a population bound without `asPublished` (the
 *   call's own words), so that readers cannot see which population the call means;
 * - `calendrier/vagues` (error): a call in waves has at least two deadlines, each with its `wave`;
 * - `calendrier/designation` (error): a call by designation says who designates and has no deadline;
 * - `selection/etape` (error): a milestone's or a channel's `stage` names a stage of `selection.stages`;
 * - `financement/taux` (error): a rate case names an applicant alternative that exists;
 * - `financement/montants` (error): the amount's min ≤ max.
 * Each finding targets the value at fault.
 */
import type { Call } from '../../../schemas/call';
import type { Rule, Valid, ValidationContext } from '../context';
import type { Draft } from '../types';

function alternatives(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  return data.eligibility.applicants.flatMap((a, i): Draft[] => {
    const at = (key: string) => ['eligibility', 'applicants', i, key];
    const out: Draft[] = [];
    if (a.members && a.type !== 'groupement-epci') {
      out.push(
        ctx.atPath('eligibilite/alternatives', 'error', entry, at('members'), {
          what: `« members » (nombre d'EPCI d'un groupement) est donné pour un candidat de type « ${a.type} ».`,
          why: "seul un groupement d'EPCI réunit plusieurs EPCI ; l'outil d'éligibilité ne saurait que faire de ce nombre.",
          fix: 'écrivez « type: groupement-epci » pour cette possibilité, ou retirez « members ».',
        }),
      );
    }
    if (a.members?.min !== undefined && a.members.max !== undefined && a.members.min > a.members.max) {
      out.push(
        ctx.atPath('eligibilite/alternatives', 'error', entry, at('members'), {
          what: `le groupement réunit au moins ${a.members.min} et au plus ${a.members.max} EPCI : le minimum dépasse le maximum.`,
          why: "aucun groupement ne pourrait candidater.",
          fix: 'vérifiez les deux nombres dans le document publié.',
        }),
      );
    }
    if (a.largestCommune && a.type !== 'epci') {
      out.push(
        ctx.atPath('eligibilite/alternatives', 'error', entry, at('largestCommune'), {
          what: `« largestCommune » (commune la plus peuplée d'un EPCI) est donné pour un candidat de type « ${a.type} ».`,
          why: "cette borne porte sur les communes membres d'un EPCI.",
          fix: 'écrivez « type: epci » pour cette possibilité, ou retirez « largestCommune ».',
        }),
      );
    }
    const p = a.population;
    if (p && (p.min || p.max) && !p.asPublished) {
      out.push(
        ctx.atPath('eligibilite/mesure-population', 'warning', entry, [...at('population'), 'measure'], {
          what: `la population « ${p.measure} » de « ${a.label} » n'est pas accompagnée des mots de l'appel (« asPublished »).`,
          why: "le lecteur ne peut pas voir quelle population l'appel vise (légale, municipale, totale, DGF…) ; l'outil d'éligibilité compare pourtant sa population à ce seuil.",
          fix: 'ajoutez « asPublished: "…" » sous « population », avec la phrase de l’appel sur la population retenue (à défaut, celle qui donne le seuil).',
        }),
      );
    }
    if (p?.min && p.max && p.min.value > p.max.value) {
      out.push(
        ctx.atPath('eligibilite/alternatives', 'error', entry, at('population'), {
          what: `la population minimale (${p.min.value}) dépasse la population maximale (${p.max.value}).`,
          why: 'aucun candidat ne pourrait remplir la condition.',
          fix: 'vérifiez les deux bornes dans le document publié.',
        }),
      );
    }
    return out;
  });
}

function calendarShape(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const deadlines = data.calendar.map((m, i) => ({ m, i })).filter(({ m }) => m.kind === 'deadline');
  const out: Draft[] = [];
  if (data.application.mode === 'waves') {
    if (deadlines.length < 2) {
      out.push(
        ctx.atPath('calendrier/vagues', 'error', entry, ['application', 'mode'], {
          what: `l'appel est déclaré en vagues (« mode: waves ») mais son calendrier compte ${deadlines.length} jalon « kind: deadline ».`,
          why: 'une vague est une date de dépôt ; il en faut au moins deux pour parler de vagues.',
          fix: 'ajoutez chaque date de dépôt avec « kind: deadline » et « wave », ou écrivez « mode: deadline ».',
        }),
      );
    }
    for (const { m, i } of deadlines.filter(({ m }) => !m.wave)) {
      out.push(
        ctx.atPath('calendrier/vagues', 'error', entry, ['calendar', i, 'kind'], {
          what: `la date de dépôt « ${m.title} » n'a pas de « wave » (le nom de la vague).`,
          why: 'le site nomme chaque vague et son état (close, ouverte, à venir).',
          fix: 'ajoutez « wave: "1re date de dépôt" » (le nom que donne l’appel) à ce jalon.',
        }),
      );
    }
  }
  if (data.application.mode === 'designation') {
    if (!data.application.designation) {
      out.push(
        ctx.atPath('calendrier/designation', 'error', entry, ['application', 'mode'], {
          what: "l'appel est déclaré sans candidature (« mode: designation ») mais « designation.by » ne dit pas qui désigne.",
          why: 'le site affiche qui désigne les bénéficiaires, dans les mots de l’appel.',
          fix: 'ajoutez « designation: { by: "…" } » avec la phrase de l’appel.',
        }),
      );
    }
    for (const { m, i } of deadlines) {
      out.push(
        ctx.atPath('calendrier/designation', 'error', entry, ['calendar', i, 'kind'], {
          what: `l'appel est déclaré sans candidature (« mode: designation ») mais « ${m.title} » est une date limite.`,
          why: 'un programme sans candidature n’a pas de date limite de dépôt.',
          fix: 'changez le « kind » de ce jalon, ou le mode de l’appel.',
        }),
      );
    }
  }
  return out;
}

function stages(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const ids = new Set(data.selection.stages.map((s) => s.id));
  const known = [...ids].join(', ') || 'aucune';
  const check = (stage: string | undefined, path: (string | number)[]): Draft[] =>
    stage === undefined || ids.has(stage)
      ? []
      : [
          ctx.atPath('selection/etape', 'error', entry, path, {
            what: `l'étape « ${stage} » n'existe pas dans « selection.stages ».`,
            why: 'le site range les dates et les modes de dépôt sous leur étape.',
            fix: `écrivez l'identifiant d'une étape (${known}).`,
          }),
        ];
  return [
    ...data.calendar.flatMap((m, i) => check(m.stage, ['calendar', i, 'stage'])),
    ...data.application.submission.flatMap((c, i) => check(c.stage, ['application', 'submission', i, 'stage'])),
  ];
}

function funding(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const f = data.funding;
  if (!f) return [];
  const ids = new Set(data.eligibility.applicants.map((a) => a.id));
  const out: Draft[] = (f.rate?.cases ?? []).flatMap((c, i) =>
    c.applicant === undefined || ids.has(c.applicant)
      ? []
      : [
          ctx.atPath('financement/taux', 'error', entry, ['funding', 'rate', 'cases', i, 'applicant'], {
            what: `le taux « ${c.id} » renvoie au candidat « ${c.applicant} », absent de « eligibility.applicants ».`,
            why: 'le site affiche chaque taux avec le candidat auquel il s’applique.',
            fix: `écrivez l'identifiant d'une possibilité de « eligibility.applicants » (${[...ids].join(', ') || 'aucune'}).`,
          }),
        ],
  );
  if (f.amount?.min !== undefined && f.amount.max !== undefined && f.amount.min > f.amount.max) {
    out.push(
      ctx.atPath('financement/montants', 'error', entry, ['funding', 'amount'], {
        what: `le montant minimal (${f.amount.min} €) dépasse le montant maximal (${f.amount.max} €).`,
        why: 'aucun projet ne pourrait être aidé.',
        fix: 'vérifiez les deux montants dans le document publié.',
      }),
    );
  }
  return out;
}

/** Every rule of this file, over every valid call. */
export const modelRules: Rule = (ctx) =>
  ctx
    .calls()
    .flatMap((call) => [
      ...alternatives(ctx, call),
      ...calendarShape(ctx, call),
      ...stages(ctx, call),
      ...funding(ctx, call),
    ]);
