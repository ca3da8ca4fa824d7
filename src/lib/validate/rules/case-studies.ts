/**
 * Case-study rules against their call's action areas:
 * - `territoires/brique-inconnue`: `actionAreas[].area` is not an id of the call's
 *   `actionAreas.items`;
 * - `territoires/nombre-de-briques`: the number of areas chosen is outside the call's
 *   `actionAreas.min`–`max`.
 */
import type { Territory } from '../../../schemas/territory';
import { actionAreaBoundsHold } from './bounds';
import type { Rule, ValidationContext, Valid } from '../context';
import { closest } from '../similarity';
import type { Draft } from '../types';

function areas(ctx: ValidationContext, { entry, data }: Valid<Territory>): Draft[] {
  const call = ctx.call(data.call)?.data;
  if (!call || !data.actionAreas) return [];
  const offer = call.actionAreas;
  const known = offer?.items.map((item) => item.id) ?? [];
  const drafts: Draft[] = [];
  data.actionAreas.forEach(({ area }, i) => {
    if (known.includes(area)) return;
    const guess = closest(area, known);
    drafts.push(
      ctx.atPath('territoires/brique-inconnue', 'error', entry, ['actionAreas', i, 'area'], {
        what: `« ${area} » ne figure pas parmi les ${offer?.label ?? "briques d'actions"} de l'appel « ${call.shortName} ».`,
        why: "la page de l'étude de cas affiche le titre de chaque brique d'après l'appel : une brique inconnue n'aurait pas de titre.",
        fix:
          known.length > 0
            ? `${guess ? `vouliez-vous dire « ${guess} » ? Identifiants` : 'identifiants'} des briques de l'appel : ${known.join(', ')}.`
            : "l'appel ne propose aucune brique d'actions : retirez « actionAreas » ou complétez l'appel.",
      }),
    );
  });
  // A call whose own bounds are wrong is reported once, by `comptes/bornes`, not on each case study.
  if (offer && actionAreaBoundsHold(call)) {
    const count = new Set(data.actionAreas.map((a) => a.area)).size;
    if (count < offer.min || count > offer.max) {
      drafts.push(
        ctx.atPath('territoires/nombre-de-briques', 'error', entry, ['actionAreas'], {
          what: `${count} brique${count > 1 ? 's' : ''} ${count > 1 ? 'sont indiquées' : 'est indiquée'}, alors que l'appel « ${call.shortName} » en prévoit de ${offer.min} à ${offer.max} par territoire.`,
          why: "un nombre hors de celui que prévoit l'appel signale une brique oubliée ou en trop.",
          fix: 'vérifiez dans les sources les briques retenues pour ce territoire ; si elles ne sont pas connues, retirez « actionAreas ».',
        }),
      );
    }
  }
  return drafts;
}

export const caseStudyRules: Rule = (ctx) => ctx.territories().flatMap((t) => areas(ctx, t));
