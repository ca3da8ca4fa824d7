/**
 * Identity rule.
 * - `identite/nature` (warning): a name the published document gives itself (`publishedAs`)
 *   says another kind of call than `kind` (« AMI » for an appel à projets, say). The document
 *   contradicts itself, or `kind` is wrong; either way readers should know which was chosen.
 * The kinds of the selection's stages (`selection.stages[].callKind`) count as the call's own.
 * Findings target the name: `publishedAs[1]`.
 */
import { callKinds, type Call } from '../../../schemas/call';
import type { Rule, Valid, ValidationContext } from '../context';
import type { Draft } from '../types';
import { foldAccents } from '../../shared/french';

type CallKind = keyof typeof callKinds;

/** The words that name each kind, accents and case ignored. */
const KIND_WORDS: readonly [CallKind, RegExp][] = [
  ['ami', /\bami\b|appel a manifestation/],
  ['appel-a-projets', /appel a projets?\b/],
  ['appel-a-candidatures', /appel a candidatures?\b/],
  ['dispositif', /\bdispositif\b|\bfonds\b/],
  ['programme', /\bprogramme\b/],
];

/** The kinds a name says (none, one, or several when it mixes them). */
export function kindsNamed(name: string): CallKind[] {
  const folded = foldAccents(name);
  return KIND_WORDS.filter(([, words]) => words.test(folded)).map(([kind]) => kind);
}

function check(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  return data.publishedAs.flatMap((name, i) => {
    // A selection in stages may have stages of another kind (an AMI, then an appel à projets).
    const own = new Set<CallKind>([data.kind, ...data.selection.stages.flatMap((s) => (s.callKind ? [s.callKind] : []))]);
    const others = kindsNamed(name).filter((k) => !own.has(k));
    if (others.length === 0) return [];
    const said = others.map((k) => `« ${callKinds[k]} »`).join(' et ');
    return [
      ctx.atPath('identite/nature', 'warning', entry, ['publishedAs', i], {
        what: `le document publié se nomme « ${name} », soit ${said}, alors que « kind » vaut « ${data.kind} » (${callKinds[data.kind]}).`,
        why: "la nature de l'appel (candidature, projets, manifestation d'intérêt) dit aux territoires ce qu'on attend d'eux ; le site n'en affiche qu'une.",
        fix: "corrigez « kind » s'il est faux ; si le document publié se contredit, gardez la nature que donne son titre et acquittez ce constat (« acknowledgements ») pour en avertir les lecteurs.",
      }),
    ];
  });
}

export const identityRules: Rule = (ctx) => ctx.calls().flatMap((call) => check(ctx, call));
