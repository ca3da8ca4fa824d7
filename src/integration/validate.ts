/** The content validator as the integration runs it: one check, its report, and a summary. */
import type { ValidationResult } from '../lib/validate/index';
import type { LoadedContent } from '../lib/validate/load';
import { useColour } from '../lib/validate/report/index';
import { validateAndReport } from '../lib/validate/run';
import { NBSP, NNBSP } from '../lib/shared/french';

export interface ContentCheck {
  ok: boolean;
  result: ValidationResult;
  /** The text report for the terminal; empty when there is no finding. */
  report: string;
  /** The same report without colours (for the dev overlay). */
  plain: string;
}

/**
 * Checks the content folder (or `loaded`, the same folder already read by the content loader);
 * file paths in the report are relative to the current directory.
 */
export async function checkContent(contentDir: string, loaded?: LoadedContent): Promise<ContentCheck> {
  // With the environment: a bad GUICHET_* variable is reported like a content error, in French.
  const run = await validateAndReport(contentDir, {
    env: process.env,
    format: 'text',
    colour: useColour(process.stdout, process.env),
    annotations: Boolean(process.env['CI']),
    quietWhenClean: true,
    ...(loaded ? { loaded } : {}),
  });
  return {
    ok: run.result.ok,
    result: run.result,
    report: run.report,
    plain: run.format({ format: 'text', colour: false, annotations: false }),
  };
}

/** One French sentence for the error Astro shows when the content has errors. */
export function contentErrorMessage(check: ContentCheck, command: 'build' | 'dev'): string {
  const n = check.result.summary.errors;
  const errors = `Le contenu comporte ${n}${NBSP}erreur${n > 1 ? 's' : ''}`;
  return command === 'build'
    ? `${errors}${NNBSP}: la construction est arrêtée avant d’écrire le moindre fichier.`
    : `${errors}${NNBSP}: corrigez-les, la page se rechargera.`;
}
