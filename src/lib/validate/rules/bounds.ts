/**
 * `comptes/bornes`: the counts a call writes as a pair or against a list agree with each
 * other, in the call's own file:
 * - `actionAreas`: `min` ≤ `max` ≤ the number of `items` (« choisit de 1 à 3 briques » among 5);
 * - `application.referents`: `min` ≤ `max`;
 * - `selection.maxPerRegion` ≤ `selection.count` (a cap above the total is a warning: it
 *   never applies, so one of the two numbers is likely wrong);
 * - `collective.members[].min` ≤ … nothing to compare with: each is only checked positive
 *   by the schema.
 * `pricing.range` is checked by `tarifs/fourchette`.
 *
 * Each fault gives one finding, at the value to correct.
 */
import type { Call } from '../../../schemas/call';
import { countCeiling } from '../../../schemas/selection';
import type { Rule, ValidationContext, Valid } from '../context';
import type { Draft } from '../types';

const RULE = 'comptes/bornes';

/** True when a call's action-area bounds can be used to judge a case study. */
export function actionAreaBoundsHold(call: Call): boolean {
  const areas = call.actionAreas;
  return !areas || (areas.min <= areas.max && areas.max <= areas.items.length);
}

function actionAreas(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const areas = data.actionAreas;
  if (!areas) return [];
  const n = areas.items.length;
  if (areas.min > areas.max) {
    return [
      ctx.atPath(RULE, 'error', entry, ['actionAreas', 'min'], {
        what: `« actionAreas.min » (${areas.min}) est plus grand que « actionAreas.max » (${areas.max}) : la page dirait « de ${areas.min} à ${areas.max} ${areas.label} ».`,
        why: 'un territoire ne peut pas choisir au moins plus que le maximum : le nombre publié serait incompréhensible.',
        fix: `vérifiez dans le document publié les nombres de ${areas.label} ; « min » doit valoir au plus ${areas.max} (« max »).`,
      }),
    ];
  }
  if (areas.max > n) {
    return [
      ctx.atPath(RULE, 'error', entry, ['actionAreas', 'max'], {
        what: `« actionAreas.max » (${areas.max}) dépasse le nombre de ${areas.label} proposées (${n} dans « actionAreas.items »)${areas.min > n ? `, comme « actionAreas.min » (${areas.min})` : ''}.`,
        why: 'on ne peut pas choisir plus de briques que la liste n\u2019en propose : une brique manque dans la liste, ou le nombre est faux.',
        fix: `complétez « actionAreas.items » d'après le document publié, ou ramenez « max » (et « min ») à ${n} au plus.`,
      }),
    ];
  }
  return [];
}

function referents(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const r = data.application.referents;
  if (!r || r.min <= r.max) return [];
  return [
    ctx.atPath(RULE, 'error', entry, ['application', 'referents', 'min'], {
      what: `« application.referents.min » (${r.min}) est plus grand que « application.referents.max » (${r.max}).`,
      why: 'le dossier de candidature demanderait un nombre de référents impossible.',
      fix: `vérifiez le nombre de référents dans le document publié ; « min » doit valoir au plus ${r.max}.`,
    }),
  ];
}

function perRegion(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const cap = data.selection.maxPerRegion;
  // Without a count (many calls announce none), there is no total to compare with.
  const total = countCeiling(data.selection.count);
  if (cap === undefined || total === undefined || cap <= total) return [];
  return [
    ctx.atPath(RULE, 'warning', entry, ['selection', 'maxPerRegion'], {
      what: `« selection.maxPerRegion » (${cap}) dépasse le nombre total de territoires retenus (« selection.count » : ${total}).`,
      why: "un plafond par région plus grand que le total ne limite rien : l'un des deux nombres est sans doute mal recopié.",
      fix: `vérifiez les deux nombres dans le document publié ; « maxPerRegion » vaut au plus ${total}.`,
    }),
  ];
}

export const boundRules: Rule = (ctx) =>
  ctx.calls().flatMap((call) => [...actionAreas(ctx, call), ...referents(ctx, call), ...perRegion(ctx, call)]);
