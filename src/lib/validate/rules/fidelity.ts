/**
 * Fidelity rules: slips of a published document that the site would otherwise repeat silently.
 * - `references/annexe-absente` (warning): a text of the call refers to an annex (« cités en
 *   annexe »); the content holds no annex, so readers cannot find what it points to. Targets
 *   the text's data path (`eligibility.conditions[5].text`).
 * - `identite/sigle-inconnu` (warning): a contact name, the submission instructions or the price
 *   wording uses an acronym in capitals (« dispositif TRI ») that the call defines nowhere: not
 *   its short name, not in its title or published names, not an organisation's acronym.
 * - `calendrier/fil-de-l-eau-sans-citation` (error): `application.mode: rolling` without
 *   `rollingStatement`, the call's own sentence saying applications are taken as they come
 *   (a call that publishes no date is `mode: undated`, never « au fil de l'eau » by default).
 * - `comptes/phases` (error): the number in `phases.label` (« six phases clés ») differs from
 *   the number of phases listed.
 * - `comptes/phases-breve` (warning): a brief says the calls it reports on ran « en deux
 *   phases / temps / étapes » while the call lists another number of `phases`; the target is
 *   the words as written in the brief, acknowledged in the call.
 */
import type { Call } from '../../../schemas/call';
import type { Rule, ValidationContext, Valid } from '../context';
import { NUMBER_PATTERN, readNumber } from '../prose/french-numbers';
import { bodyRuns } from '../body';
import type { Draft, PathSegment } from '../types';

const ANNEX = /\bannexes?\b/iu;

/** Every string of the call's front matter, with its data path. */
function strings(value: unknown, path: PathSegment[] = []): { path: PathSegment[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  }
  return [];
}

function annexes(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  // The call's facts only: acknowledgements and notices are the site's own words.
  return strings(data)
    .filter((s) => s.path[0] !== 'acknowledgements' && s.path[0] !== 'notices' && ANNEX.test(s.text))
    .map((s) =>
      ctx.atPath('references/annexe-absente', 'warning', entry, s.path, {
        what: `le texte renvoie à une annexe (« ${s.text.match(/[^.]*\bannexes?\b[^.]*/iu)?.[0]?.trim() ?? 'annexe'} »), mais la fiche n'en contient aucune.`,
        why: "le lecteur ne peut pas trouver ce que le texte annonce : l'information manque, sur le site comme dans le dossier.",
        fix: "si le document publié contient l'annexe, reprenez-en les faits dans la fiche ; sinon acquittez ce constat (« acknowledgements ») pour dire aux lecteurs que l'annexe n'est pas publiée.",
      }),
    );
}

/** Acronyms everyone reading a French call knows; any other one must be defined by the call. */
const COMMON = new Set(['EPCI', 'PETR', 'HT', 'TTC', 'CCI', 'ESS', 'PME', 'TPE', 'ETI', 'RH', 'ZA', 'ZAE', 'PIB', 'GES', 'UE']);
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;

function acronyms(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const known = new Set<string>(COMMON);
  for (const t of [data.shortName, data.title, data.tagline ?? '', ...data.publishedAs]) {
    for (const m of t.matchAll(ACRONYM)) known.add(m[0]);
  }
  for (const id of [...data.organisers, ...data.partners, ...data.selection.juryMembers]) {
    const org = ctx.get('organisations', id)?.data as { acronym?: string; name?: string } | undefined;
    if (org?.acronym) known.add(org.acronym);
    for (const m of (org?.name ?? '').matchAll(ACRONYM)) known.add(m[0]);
  }
  const places: { path: PathSegment[]; text: string }[] = [
    ...data.contacts.flatMap((c, i) => (c.name ? [{ path: ['contacts', i, 'name'], text: c.name }] : [])),
    ...(data.application.instructions
      ? [{ path: ['application', 'instructions'], text: data.application.instructions }]
      : []),
    ...(data.pricing ? [{ path: ['pricing', 'label'], text: data.pricing.label }] : []),
    ...(data.pricing?.basis ? [{ path: ['pricing', 'basis'], text: data.pricing.basis }] : []),
  ];
  return places.flatMap((p) =>
    [...p.text.matchAll(ACRONYM)]
      .filter((m) => !known.has(m[0]))
      .map((m) =>
        ctx.atPath('identite/sigle-inconnu', 'warning', entry, p.path, {
          what: `le sigle « ${m[0]} » n'est défini nulle part dans la fiche (ni nom court « ${data.shortName} », ni titre, ni sigle d'une organisation).`,
          why: 'le lecteur ne sait pas de quoi il s’agit, ni si cette adresse ou ce nom concerne bien cet appel.',
          fix: `vérifiez le sigle dans le document publié ; s'il y figure sans explication, acquittez ce constat (« acknowledgements ») pour le signaler aux lecteurs.`,
        }),
      ),
  );
}

function phaseLabel(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const phases = data.phases;
  if (!phases) return [];
  const m = phases.label.match(new RegExp(`(?<![\\p{L}\\p{N}])(${NUMBER_PATTERN})(?![\\p{L}\\p{N}])`, 'iu'));
  const stated = m ? readNumber(m[1] as string) : undefined;
  if (stated === undefined || stated === phases.items.length) return [];
  return [
    ctx.atPath('comptes/phases', 'error', entry, ['phases', 'label'], {
      what: `« ${phases.label} » annonce ${stated} phases, mais la liste en contient ${phases.items.length}.`,
      why: 'le lecteur compte les phases affichées : le titre et la liste doivent dire la même chose.',
      fix: 'vérifiez le document publié et corrigez « phases.label » ou « phases.items ».',
    }),
  ];
}

const STAGES = new RegExp(
  `(?<![\\p{L}\\p{N}])en\\s+(${NUMBER_PATTERN})\\s+(?:grandes\\s+)?(phases?|temps|étapes?)(?![\\p{L}])`,
  'giu',
);

function briefPhases(ctx: ValidationContext): Draft[] {
  return ctx.briefs().flatMap(({ entry }) => {
    const calls = ctx
      .callsOf(entry)
      .map((id) => ctx.call(id))
      .filter((c): c is Valid<Call> => Boolean(c?.data.phases));
    if (!calls.length) return [];
    return bodyRuns(entry).flatMap((run) =>
      [...run.text.matchAll(STAGES)].flatMap((m) => {
        const stated = readNumber(m[1] as string);
        const other = calls.find((c) => c.data.phases && c.data.phases.items.length !== stated);
        if (stated === undefined || !other?.data.phases) return [];
        const offset = run.offsets[m.index] as number;
        return [
          ctx.atText('comptes/phases-breve', 'warning', entry, { offset, length: m[0].length }, m[0], {
            what: `la brève décrit un déroulement « ${m[0]} », mais l'appel « ${other.entry.id} » en publie ${other.data.phases.items.length} (${other.data.phases.label}).`,
            why: 'deux textes du site décrivent le même dispositif différemment : le lecteur ne sait pas lequel croire.',
            fix: "si la brève publiée dit bien cela, acquittez ce constat dans l'appel (« acknowledgements ») pour avertir les lecteurs ; sinon corrigez le texte.",
          }),
        ];
      }),
    );
  });
}

function rollingStatement(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  if (data.application.mode !== 'rolling' || data.application.rollingStatement?.trim()) return [];
  return [
    ctx.atPath('calendrier/fil-de-l-eau-sans-citation', 'error', entry, ['application', 'mode'], {
      what: "l'appel est déclaré « mode: rolling » (candidatures au fil de l'eau), mais « application.rollingStatement » ne cite pas la phrase de l'appel qui le dit.",
      why: "le site annoncerait un appel ouvert en permanence sur la foi d'une absence de date ; seul le texte de l'appel peut le dire.",
      fix: "recopiez dans « rollingStatement » la phrase de l'appel ; si l'appel ne publie simplement aucune date, écrivez « mode: undated ».",
    }),
  ];
}

export const fidelityRules: Rule = (ctx) => [
  ...ctx
    .calls()
    .flatMap((call) => [
      ...rollingStatement(ctx, call),
      ...annexes(ctx, call),
      ...acronyms(ctx, call),
      ...phaseLabel(ctx, call),
    ]),
  ...briefPhases(ctx),
];
