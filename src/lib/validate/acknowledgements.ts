/**
 * Acknowledgements: a call's `acknowledgements: [{ rule, target, reason }]` keeps a finding
 * on purpose because the published document really says so. A finding is acknowledged by
 * a call when the rule and the target are the same, and the finding is about that call
 * (in its own file, or in a case study, FAQ entry or brief about it: see `targetIn`). It
 * stays in the report as "acquitté", with severity `info`, and no longer fails the build.
 * Schema findings cannot be acknowledged (Astro would refuse the entry anyway).
 * `acquittement/sans-objet`: an acknowledgement that matches no finding is an error, so
 * that stale notices do not stay on the site.
 * `acquittement/non-verifie` (warning): an acknowledgement that matches no finding because
 * its target could not be checked (the call, or the case study, FAQ entry or brief it names,
 * failed its schema, or a rule crashed). It says so instead of telling the author to delete
 * a valid acknowledgement: one bad value gives one error, not a cascade.
 */
import type { ValidationContext } from './context';
import type { AcknowledgedBy, Collection, ContentEntry, Draft } from './types';

interface RawAcknowledgement {
  rule?: unknown;
  target?: unknown;
  reason?: unknown;
}

const acknowledgeable = (draft: Draft) => !draft.rule.startsWith('schema/') && !draft.rule.startsWith('acquittement/');

export interface AcknowledgementResult {
  acknowledged: Map<Draft, AcknowledgedBy>;
  /** `acquittement/sans-objet` findings. */
  unused: Draft[];
}

/** Why the target of an acknowledgement could not be checked, or undefined when it was. */
function uncheckedBecause(
  ctx: ValidationContext,
  call: ContentEntry,
  target: string,
  crashed: boolean,
): string | undefined {
  if (call.data === undefined)
    return "l'appel lui-même contient une erreur de modèle : ses règles n'ont pas été appliquées";
  const prefix = /^([a-z]+)\/([^:]+):/.exec(target);
  if (prefix) {
    const other = ctx.get(prefix[1] as Collection, prefix[2] as string);
    if (other && other.data === undefined)
      return `le fichier ${other.file} contient une erreur de modèle : ses règles n'ont pas été appliquées`;
  }
  if (crashed) return "une règle n'a pas pu s'exécuter";
  return undefined;
}

export function applyAcknowledgements(
  ctx: ValidationContext,
  drafts: readonly Draft[],
  crashed = false,
): AcknowledgementResult {
  const acknowledged = new Map<Draft, AcknowledgedBy>();
  const unused: Draft[] = [];
  for (const entry of ctx.all('calls')) {
    const list = (entry.raw as { acknowledgements?: unknown } | undefined)?.acknowledgements;
    if (!Array.isArray(list)) continue;
    list.forEach((ack: RawAcknowledgement, i) => {
      if (typeof ack?.rule !== 'string' || typeof ack.target !== 'string') return;
      const rule = ack.rule;
      const target = ack.target.trim();
      const mine = drafts.filter((d) => acknowledgeable(d) && d.calls.includes(entry.id));
      const matches = mine.filter((d) => d.rule === rule && d.target === target);
      for (const d of matches) acknowledged.set(d, { call: entry.id, reason: String(ack.reason ?? '').trim() });
      if (matches.length > 0) return;
      const unchecked = uncheckedBecause(ctx, entry, target, crashed);
      if (unchecked) {
        unused.push(
          ctx.atPath(
            'acquittement/non-verifie',
            'warning',
            entry,
            ['acknowledgements', i, 'target'],
            {
              what: `l'acquittement de « ${rule} » pour « ${target} » n'a pas pu être vérifié : ${unchecked}.`,
              why: "on ne sait pas encore si le constat qu'il acquitte existe toujours.",
              fix: "corrigez d'abord les erreurs signalées ; cet acquittement sera vérifié à la prochaine vérification. Ne le retirez pas pour autant.",
            },
            { targetPath: ['acknowledgements', i] },
          ),
        );
        return;
      }
      const sameRule = [...new Set(mine.filter((d) => d.rule === rule).map((d) => d.target))];
      const sameTarget = [...new Set(mine.filter((d) => d.target === target).map((d) => d.rule))];
      const hint =
        sameTarget.length > 0
          ? `Pour cette cible, la vérification signale : ${sameTarget.join(', ')}.`
          : sameRule.length > 0
            ? `Cibles signalées pour cette règle : ${sameRule.join(' ; ')}.`
            : 'Aucun constat de cette règle ne concerne cet appel.';
      unused.push(
        ctx.atPath('acquittement/sans-objet', 'error', entry, ['acknowledgements', i], {
          what: `l'acquittement de « ${rule} » pour « ${target} » ne correspond à aucun constat de la vérification.`,
          why: "sa raison serait affichée aux lecteurs pour une incohérence qui n'existe pas (ou plus).",
          fix: `retirez-le si le problème a été corrigé, sinon recopiez la règle et la cible exactement comme le rapport les écrit. ${hint}`,
        }),
      );
    });
  }
  return { acknowledged, unused };
}

/** Findings kept on purpose, for pages that show their reason to readers. */
export function acknowledgedFindings<T extends { acknowledged?: AcknowledgedBy }>(findings: readonly T[]): T[] {
  return findings.filter((f) => f.acknowledged !== undefined);
}
