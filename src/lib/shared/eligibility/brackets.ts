/**
 * Population brackets of a call's pricing: which bracket a population falls in, honouring
 * whether each bound is inclusive, and what lies around a population no bracket covers.
 */
import { formatNumber } from '../french';

/** A bound of a bracket (as in `src/schemas/call.ts`). */
export interface Bound {
  value: number;
  /** Whether a population equal to `value` belongs to the bracket. */
  inclusive: boolean;
}

/** A population bracket (as in `src/schemas/call.ts`, `pricing.brackets`). */
export interface Bracket {
  id: string;
  /** The bracket as the call words it. */
  label: string;
  min?: Bound | undefined;
  max?: Bound | undefined;
  amount?: number | undefined;
}

/** Where a population falls among a call's brackets. */
export type BracketResult<B extends Bracket = Bracket> =
  /** The call publishes no bracket. */
  | { kind: 'none' }
  /** The bracket that applies. */
  | { kind: 'bracket'; bracket: B }
  /** No published bracket covers it: the nearest brackets below and above, when there are. */
  | { kind: 'gap'; below?: B | undefined; above?: B | undefined };

/** Whether `population` lies within `bracket`. */
export function inBracket(population: number, bracket: Bracket): boolean {
  const { min, max } = bracket;
  if (min && (population < min.value || (population === min.value && !min.inclusive))) return false;
  if (max && (population > max.value || (population === max.value && !max.inclusive))) return false;
  return true;
}

/** Whether every population of `bracket` is below `population`. */
function below(bracket: Bracket, population: number): boolean {
  const { max } = bracket;
  return max !== undefined && (max.value < population || (max.value === population && !max.inclusive));
}

/**
 * The bracket `population` falls in (the first one, should brackets overlap: the validator
 * forbids it), or the gap it falls in.
 */
export function bracketFor<B extends Bracket>(population: number, brackets: readonly B[]): BracketResult<B> {
  if (brackets.length === 0) return { kind: 'none' };
  const bracket = brackets.find((b) => inBracket(population, b));
  if (bracket) return { kind: 'bracket', bracket };
  let lower: B | undefined;
  let upper: B | undefined;
  for (const b of brackets) {
    if (below(b, population)) {
      if (!lower || (b.max?.value ?? 0) > (lower.max?.value ?? 0)) lower = b;
    } else if (!upper || (b.min?.value ?? 0) < (upper.min?.value ?? 0)) {
      upper = b;
    }
  }
  return { kind: 'gap', below: lower, above: upper };
}

/** The bounds of a bracket in words: "à partir de 50 000, moins de 100 000 habitants". */
export function boundsText(bracket: Bracket): string {
  const lo = bracket.min
    ? `${bracket.min.inclusive ? 'à partir de' : 'plus de'} ${formatNumber(bracket.min.value)}`
    : '';
  const hi = bracket.max ? `${bracket.max.inclusive ? 'jusqu’à' : 'moins de'} ${formatNumber(bracket.max.value)}` : '';
  if (lo && hi) return `${lo}, ${hi} habitants`;
  if (lo || hi) return `${lo || hi} habitants`;
  return 'toutes populations';
}
