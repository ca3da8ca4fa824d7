/**
 * Eligibility rules:
 * - `eligibilite/region-inconnue`: a region code of a call is no INSEE region;
 * - `eligibilite/type-candidat`: a case study's kind is not an applicant type of its call;
 * - `eligibilite/groupement`: a groupement names fewer than two distinct EPCIs (SIRENs);
 * - `eligibilite/epci-doublon`: the same SIREN twice in one territory (reported on the second);
 * - `eligibilite/epci-inconnu`: a SIREN is not in the official list of EPCIs;
 * - `eligibilite/epci-nom`: the name differs from the official one (case, accents,
 *   punctuation, "&"/"et" and "St"/"Saint" aside, as the eligibility lookup compares names);
 *   an error, to acknowledge with a reason when the published name is right (a recent renaming);
 * - `eligibilite/hors-zone`: no region of the EPCI is accepted by the call;
 * - `eligibilite/epci-interregional` (warning): the EPCI spans several regions, one of them
 *   accepted.
 */
import { applicantTypes, applicantTypesOf, type Call } from '../../../schemas/call';
import type { Territory } from '../../../schemas/territory';
import { type EpciRecord, loadEpciIndex, regionNames } from '../../epci';
import type { Rule, ValidationContext, Valid } from '../context';
import { normalize as normalizeName } from '../../shared/eligibility/normalize';
import type { Draft } from '../types';

const regionList = (codes: readonly string[]) => codes.map((c) => `${regionNames[c] ?? '?'} (${c})`).join(', ');

function regionCodes(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  if (data.eligibility.area.type !== 'regions') return [];
  return data.eligibility.area.codes.flatMap((code, index) =>
    regionNames[code]
      ? []
      : [
          ctx.atPath('eligibilite/region-inconnue', 'error', entry, ['eligibility', 'area', 'codes', index], {
            what: `« ${code} » n'est le code d'aucune région.`,
            why: "l'éligibilité des territoires se vérifie sur ces codes : un code inconnu exclurait tout le monde.",
            fix: `écrivez le code INSEE de la région, entre guillemets (ex. "28" pour la Normandie). Codes : ${Object.entries(
              regionNames,
            )
              .filter(([c]) => c.length === 2)
              .map(([c, n]) => `${c} ${n}`)
              .join(', ')}.`,
          }),
        ],
  );
}

/** The EPCI of the official list whose name matches `name`, to suggest its SIREN. */
function byName(index: ReadonlyMap<string, EpciRecord>, name: string): EpciRecord | undefined {
  const wanted = normalizeName(name);
  for (const record of index.values()) if (normalizeName(record.name) === wanted) return record;
  return undefined;
}

function epciChecks(ctx: ValidationContext, territory: Valid<Territory>, call: Call | undefined): Draft[] {
  const { entry, data } = territory;
  const index = loadEpciIndex();
  const area = call?.eligibility.area;
  const drafts: Draft[] = [];
  const seen = new Map<string, number>();
  data.epcis.forEach(({ siren, name }, i) => {
    const first = seen.get(siren);
    if (first !== undefined) {
      // Reported once, here; the other checks already ran on its first occurrence.
      drafts.push(
        ctx.atPath('eligibilite/epci-doublon', 'error', entry, ['epcis', i, 'siren'], {
          what: `le SIREN ${siren} figure deux fois dans « epcis » (éléments ${first + 1} et ${i + 1})${data.kind === 'groupement-epci' ? ' ; un groupement compte ses EPCI distincts' : ''}.`,
          why: "un EPCI compté deux fois fausserait le nombre de membres d'un groupement et la population du territoire.",
          fix: `retirez le doublon, ou corrigez le SIREN de l'élément ${i + 1} s'il s'agit d'un autre EPCI.`,
        }),
      );
      return;
    }
    seen.set(siren, i);
    const record = index.get(siren);
    if (!record) {
      const guess = byName(index, name);
      drafts.push(
        ctx.atPath('eligibilite/epci-inconnu', 'error', entry, ['epcis', i, 'siren'], {
          what: `le SIREN ${siren} (« ${name} ») n'est pas celui d'un EPCI de la liste officielle.`,
          why: "l'éligibilité, la région et la population du territoire se lisent dans cette liste : un SIREN inconnu empêche toute vérification.",
          fix: guess
            ? `le SIREN de « ${guess.name} » est "${guess.siren}".`
            : "recopiez le SIREN à 9 chiffres de l'EPCI (banatic.interieur.gouv.fr ou l'annuaire des entreprises), entre guillemets.",
        }),
      );
      return;
    }
    if (normalizeName(record.name) !== normalizeName(name)) {
      drafts.push(
        ctx.atPath('eligibilite/epci-nom', 'error', entry, ['epcis', i, 'name'], {
          what: `le SIREN ${siren} est celui de « ${record.name} », pas de « ${name} ».`,
          why: 'le nom est publié à côté du SIREN : un nom qui ne lui correspond pas laisse penser que le SIREN ou le nom est erroné.',
          fix: `écrivez le nom officiel « ${record.name} », ou corrigez le SIREN. Si l'EPCI a changé de nom depuis la liste officielle, gardez le nom publié et acquittez ce constat avec la raison (règle « eligibilite/epci-nom »).`,
        }),
      );
    }
    if (area?.type !== 'regions') return;
    const accepted = record.regions.filter((r) => area.codes.includes(r));
    if (accepted.length === 0) {
      drafts.push(
        ctx.atPath('eligibilite/hors-zone', 'error', entry, ['epcis', i, 'siren'], {
          what: `« ${record.name} » est en ${regionList(record.regions)}, région que l'appel « ${call?.shortName} » n'accepte pas (${regionList(area.codes)}).`,
          why: "un territoire hors de la zone de l'appel n'a pas pu être retenu : le SIREN, l'appel ou la zone est erroné.",
          fix: "vérifiez le SIREN de l'EPCI, l'appel cité dans « call », et les régions de l'appel (« eligibility.area.codes »).",
        }),
      );
    } else if (record.regions.length > 1) {
      drafts.push(
        ctx.atPath('eligibilite/epci-interregional', 'warning', entry, ['epcis', i, 'siren'], {
          what: `« ${record.name} » s'étend sur plusieurs régions (${regionList(record.regions)}) ; l'appel n'en accepte qu'une partie.`,
          why: "l'EPCI est éligible par sa partie située dans une région acceptée, mais le lecteur doit le savoir.",
          fix: "précisez-le dans le texte de l'étude de cas ; rien à corriger si c'est bien le cas.",
        }),
      );
    }
  });
  return drafts;
}

function territoryChecks(ctx: ValidationContext, territory: Valid<Territory>): Draft[] {
  const { entry, data } = territory;
  const call = ctx.call(data.call)?.data;
  const drafts: Draft[] = [];
  if (call && call.eligibility.applicants.length > 0 && !applicantTypesOf(call).includes(data.kind)) {
    drafts.push(
      ctx.atPath('eligibilite/type-candidat', 'error', entry, ['kind'], {
        what: `l'appel « ${call.shortName} » n'est pas ouvert aux candidats de type « ${applicantTypes[data.kind]} ».`,
        why: "un lauréat d'un type non admis contredit les conditions de l'appel.",
        fix: `vérifiez le type du territoire ; l'appel admet : ${applicantTypesOf(call).join(', ')}.`,
      }),
    );
  }
  const distinct = new Set(data.epcis.map((e) => e.siren)).size;
  // With a repeated SIREN, `eligibilite/epci-doublon` alone reports it (one fault, one finding).
  if (data.kind === 'groupement-epci' && distinct < 2 && distinct === data.epcis.length) {
    drafts.push(
      ctx.atPath('eligibilite/groupement', 'error', entry, ['epcis'], {
        what: `un groupement d'EPCI doit réunir au moins deux EPCI distincts ; ${distinct} est indiqué.`,
        why: "un groupement d'un seul EPCI est un EPCI : le type ou la liste des membres est incomplet.",
        fix: 'ajoutez chaque EPCI membre à « epcis » (SIREN et nom), ou écrivez « kind: epci ».',
      }),
    );
  }
  return [...drafts, ...epciChecks(ctx, territory, call)];
}

/** Every eligibility rule. */
export const eligibilityRules: Rule = (ctx) => [
  ...ctx.calls().flatMap((call) => regionCodes(ctx, call)),
  ...ctx.territories().flatMap((territory) => territoryChecks(ctx, territory)),
];
