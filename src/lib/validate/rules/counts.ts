/**
 * Count rules:
 * - `comptes/territoires-retenus`: a count stated in the call's body ("4 territoires seront
 *   retenus", "12 premiers territoires pilotes", digits or words from "un" to "vingt", with
 *   "retenus", "sélectionnés", "lauréats" or "pilotes" in the same sentence) equals
 *   `selection.count`; the finding targets the words "<n> … territoires" as written;
 * - `comptes/laureats`: no more case studies marked `laureate: true` for a call than its
 *   `selection.count` (target `selection.count`);
 * - `comptes/par-region`: no more laureates in one region than `selection.maxPerRegion`
 *   (target `selection.maxPerRegion`).
 */
import type { Call } from '../../../schemas/call';
import { loadEpciIndex, regionNames } from '../../epci';
import type { Rule, ValidationContext, Valid } from '../context';
import { NUMBER_PATTERN, readNumber } from '../prose/french-numbers';
import { bodyRuns } from '../body';
import type { Draft } from '../types';
import { countCeiling } from '../../../schemas/selection';

const COUNT = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NUMBER_PATTERN})\\s+(?:(?:premiers|nouveaux|premières)\\s+)?territoires?(?![\\p{L}])`,
  'giu',
);
const SELECTED = /retenu|pré-retenu|s[ée]lectionn|laur[ée]at|pilote/iu;

/** The sentence around `[start, end)`: back to the previous full stop, on to the next one. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start) + 1, start - 80);
  const next = text.indexOf('.', end);
  const to = Math.min(next < 0 ? text.length : next, end + 80);
  return text.slice(from, to);
}

function statedCounts(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  return bodyRuns(entry).flatMap((run) =>
    [...run.text.matchAll(COUNT)].flatMap((m) => {
      const value = readNumber(m[1] as string);
      const count = data.selection.count;
      // A count announced as a range or a ceiling cannot be contradicted by one number in it;
      // a result after the call (`selection.results`) is a fact of its own.
      if (value === undefined || value === data.selection.results?.count) return [];
      if (count === undefined || count.type !== 'exact' || value === count.value) return [];
      if (!SELECTED.test(sentenceAround(run.text, m.index, m.index + m[0].length))) return [];
      const offset = run.offsets[m.index] as number;
      return [
        ctx.atText('comptes/territoires-retenus', 'error', entry, { offset, length: m[0].length }, m[0], {
          what: `le texte annonce « ${m[0]} », mais « selection.count » vaut ${count.value}.`,
          why: 'le nombre de territoires retenus est affiché à partir des données ; le texte et les données doivent dire la même chose.',
          fix: `vérifiez le nombre dans le document publié et corrigez le texte ou « selection.count ».`,
        }),
      ];
    }),
  );
}

function laureates(ctx: ValidationContext, { entry, data }: Valid<Call>, id: string): Draft[] {
  const mine = ctx.territories().filter((t) => t.data.call === id && t.data.laureate);
  const drafts: Draft[] = [];
  const ceiling = countCeiling(data.selection.count);
  if (ceiling !== undefined && mine.length > ceiling) {
    drafts.push(
      ctx.atPath('comptes/laureats', 'error', entry, ['selection', 'count'], {
        what: `${mine.length} études de cas sont marquées lauréates de cet appel (${mine.map((t) => t.entry.id).join(', ')}), pour ${ceiling} territoire${ceiling > 1 ? 's' : ''} retenu${ceiling > 1 ? 's' : ''}.`,
        why: "on ne peut pas compter plus de lauréats que de places : l'un des chiffres est faux.",
        fix: 'vérifiez « selection.count », et « laureate » (ou « call ») dans chaque étude de cas.',
      }),
    );
  }
  const cap = data.selection.maxPerRegion;
  if (cap !== undefined) {
    const index = loadEpciIndex();
    const perRegion = new Map<string, string[]>();
    for (const t of mine) {
      const regions = new Set(t.data.epcis.flatMap((e) => index.get(e.siren)?.regions ?? []));
      for (const region of regions) perRegion.set(region, [...(perRegion.get(region) ?? []), t.entry.id]);
    }
    for (const [region, ids] of perRegion) {
      if (ids.length <= cap) continue;
      drafts.push(
        ctx.atPath('comptes/par-region', 'error', entry, ['selection', 'maxPerRegion'], {
          what: `${ids.length} lauréats sont en ${regionNames[region] ?? region} (${ids.join(', ')}), pour ${cap} au plus par région.`,
          why: "l'appel limite le nombre de lauréats par région : les études de cas le contredisent.",
          fix: 'vérifiez les SIREN des EPCI, « laureate » et « call » de ces études de cas, ou « selection.maxPerRegion ».',
        }),
      );
    }
  }
  return drafts;
}

export const countRules: Rule = (ctx) =>
  ctx.calls().flatMap((call) => [...statedCounts(ctx, call), ...laureates(ctx, call, call.entry.id)]);
