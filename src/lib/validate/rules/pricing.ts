/**
 * Pricing rules. Brackets are population ranges, smallest first; each bound says whether
 * the value itself belongs to the bracket (`inclusive`). Two neighbours are contiguous when
 * the next one starts where the previous one stops and exactly one of them holds that value.
 * - `tarifs/bornes`: only the first bracket may lack `min`, only the last may lack `max`,
 *   and `min` is below `max`;
 * - `tarifs/ordre`: a bracket starts below the previous one;
 * - `tarifs/contiguite`: a gap between two brackets (some populations have no price);
 * - `tarifs/chevauchement`: two brackets overlap (some populations have two prices);
 * - `tarifs/montant`: a bracket's `amount` is outside `range`;
 * - `tarifs/fourchette`: `range.min` is above `range.max`;
 * - `tarifs/libelles` (warning): two neighbours published as ranges, « 50 000 à 100 000 » then
 *   « 100 000 à 200 000 », both name the value they share, so the published text does not say
 *   which one holds it; the data had to choose, and readers should be told.
 * Bracket findings target the bracket: `pricing.brackets[3]`.
 */
import type { Call, PriceBracket } from '../../../schemas/call';
import { formatNumber } from '../../shared/french';
import type { Rule, ValidationContext, Valid } from '../context';
import type { Draft } from '../types';

const n = formatNumber;
const WHY_PRICE =
  'chaque territoire doit trouver un et un seul tarif selon sa population ; sinon le coût affiché est faux ou absent.';

function bounds(ctx: ValidationContext, entry: Valid<Call>['entry'], brackets: readonly PriceBracket[]): Draft[] {
  const last = brackets.length - 1;
  return brackets.flatMap((b, i) => {
    const path = ['pricing', 'brackets', i];
    const at = (key: string, what: string, fix: string) =>
      ctx.atPath('tarifs/bornes', 'error', entry, [...path, key], { what, why: WHY_PRICE, fix }, { targetPath: path });
    const out: Draft[] = [];
    if (i > 0 && !b.min)
      out.push(
        at(
          'label',
          `la tranche « ${b.label} » n'a pas de minimum (« min ») ; seule la première tranche peut s'en passer.`,
          'ajoutez « min: { value: …, inclusive: … } ».',
        ),
      );
    if (i < last && !b.max)
      out.push(
        at(
          'label',
          `la tranche « ${b.label} » n'a pas de maximum (« max ») ; seule la dernière tranche peut s'en passer.`,
          'ajoutez « max: { value: …, inclusive: … } ».',
        ),
      );
    if (b.min && b.max) {
      const empty = b.min.value > b.max.value || (b.min.value === b.max.value && !(b.min.inclusive && b.max.inclusive));
      if (empty)
        out.push(
          at(
            'max',
            `la tranche « ${b.label} » va de ${n(b.min.value)} à ${n(b.max.value)} habitants : elle est vide.`,
            'vérifiez les deux bornes (« min » doit être inférieur à « max »).',
          ),
        );
    }
    return out;
  });
}

function neighbours(ctx: ValidationContext, entry: Valid<Call>['entry'], brackets: readonly PriceBracket[]): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 1; i < brackets.length; i++) {
    const prev = brackets[i - 1] as PriceBracket;
    const cur = brackets[i] as PriceBracket;
    if (!prev.max || !cur.min) continue;
    const path = ['pricing', 'brackets', i];
    const at = (rule: string, what: string, fix: string) =>
      ctx.atPath(rule, 'error', entry, [...path, 'min'], { what, why: WHY_PRICE, fix }, { targetPath: path });
    const stop = prev.max.value;
    const start = cur.min.value;
    if (prev.min && start < prev.min.value) {
      drafts.push(
        at(
          'tarifs/ordre',
          `la tranche « ${cur.label} » commence à ${n(start)} habitants, avant la tranche précédente « ${prev.label} ».`,
          'rangez les tranches de la plus petite population à la plus grande.',
        ),
      );
    } else if (start > stop) {
      drafts.push(
        at(
          'tarifs/contiguite',
          `aucune tranche ne couvre les populations entre ${n(stop)} et ${n(start)} habitants : « ${prev.label} » s'arrête à ${n(stop)}, « ${cur.label} » commence à ${n(start)}.`,
          `faites commencer cette tranche à ${n(stop)}, ou ajoutez la tranche manquante ; si le document publié présente vraiment ce trou, acquittez ce constat (« acknowledgements ») avec une explication pour les lecteurs.`,
        ),
      );
    } else if (start < stop || (prev.max.inclusive && cur.min.inclusive)) {
      drafts.push(
        at(
          'tarifs/chevauchement',
          `les tranches « ${prev.label} » et « ${cur.label} » se chevauchent${start < stop ? ` entre ${n(start)} et ${n(stop)} habitants` : ` : ${n(stop)} habitants appartient aux deux`}.`,
          `faites commencer cette tranche à ${n(stop)} et marquez une seule des deux bornes « inclusive: true ».`,
        ),
      );
    } else if (!prev.max.inclusive && !cur.min.inclusive) {
      drafts.push(
        at(
          'tarifs/contiguite',
          `un territoire d'exactement ${n(stop)} habitants n'appartient à aucune tranche : les deux bornes sont exclues.`,
          'marquez une des deux bornes « inclusive: true » (en général le minimum de la tranche suivante).',
        ),
      );
    }
  }
  return drafts;
}

const GROUPED_NUMBER = String.raw`(\d{1,3}(?:[ \u00a0\u202f]\d{3})*|\d+)`;
const RANGE_LABEL = new RegExp(String.raw`^\s*${GROUPED_NUMBER}\s*(?:habitants\s+)?à\s+${GROUPED_NUMBER}`, 'u');

/** The two numbers of a label written as a range (« 50 000 à 100 000 habitants »), else undefined. */
export function rangeLabel(label: string): [number, number] | undefined {
  const m = RANGE_LABEL.exec(label);
  if (!m) return undefined;
  const value = (s: string) => Number(s.replace(/[ \u00a0\u202f]/g, ''));
  return [value(m[1] as string), value(m[2] as string)];
}

function labels(ctx: ValidationContext, entry: Valid<Call>['entry'], brackets: readonly PriceBracket[]): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 1; i < brackets.length; i++) {
    const prev = brackets[i - 1] as PriceBracket;
    const cur = brackets[i] as PriceBracket;
    if (!prev.max || !cur.min || prev.max.value !== cur.min.value) continue;
    const shared = prev.max.value;
    const [, prevStop] = rangeLabel(prev.label) ?? [];
    const [curStart] = rangeLabel(cur.label) ?? [];
    if (prevStop !== shared || curStart !== shared) continue;
    const holder = cur.min.inclusive ? cur : prev;
    drafts.push(
      ctx.atPath(
        'tarifs/libelles',
        'warning',
        entry,
        ['pricing', 'brackets', i, 'label'],
        {
          what: `les libellés publiés « ${prev.label} » et « ${cur.label} » comprennent tous deux ${n(shared)} habitants ; les données rattachent ${n(shared)} habitants à « ${holder.label} ».`,
          why: 'un territoire de cette population lirait deux tarifs possibles dans le document publié, et un seul sur le site.',
          fix: 'si le document publié précise à quelle tranche appartient cette valeur, reprenez sa précision ; sinon, acquittez ce constat (« acknowledgements ») en expliquant le choix aux lecteurs.',
        },
        { targetPath: ['pricing', 'brackets', i] },
      ),
    );
  }
  return drafts;
}

function amounts(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const pricing = data.pricing;
  if (!pricing) return [];
  const { min, max } = pricing.range;
  const drafts: Draft[] = [];
  if (min > max) {
    drafts.push(
      ctx.atPath('tarifs/fourchette', 'error', entry, ['pricing', 'range'], {
        what: `la fourchette de prix va de ${n(min)} € à ${n(max)} € : le minimum dépasse le maximum.`,
        why: 'le coût affiché aux territoires serait incompréhensible.',
        fix: 'inversez ou corrigez « min » et « max ».',
      }),
    );
  }
  if (min > max) return drafts;
  pricing.brackets.forEach((b, i) => {
    if (b.amount === undefined || (b.amount >= min && b.amount <= max)) return;
    drafts.push(
      ctx.atPath(
        'tarifs/montant',
        'error',
        entry,
        ['pricing', 'brackets', i, 'amount'],
        {
          what: `le tarif de la tranche « ${b.label} », ${n(b.amount)} €, sort de la fourchette publiée (${n(min)} € à ${n(max)} €).`,
          why: 'la fourchette et les tarifs par tranche doivent dire la même chose aux territoires.',
          fix: 'vérifiez le montant de la tranche et la fourchette (« pricing.range ») dans le document publié.',
        },
        { targetPath: ['pricing', 'brackets', i] },
      ),
    );
  });
  return drafts;
}

/** Every pricing rule, over every valid call with a price. */
export const pricingRules: Rule = (ctx) =>
  ctx.calls().flatMap((call) => {
    const brackets = call.data.pricing?.brackets ?? [];
    return [
      ...bounds(ctx, call.entry, brackets),
      ...neighbours(ctx, call.entry, brackets),
      ...labels(ctx, call.entry, brackets),
      ...amounts(ctx, call),
    ];
  });
