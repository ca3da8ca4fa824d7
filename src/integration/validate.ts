/** The content validator as the integration runs it: one check, its report, and a summary. */
import { validateContent, type ValidationResult } from '../lib/validate/index';
import type { LoadedContent } from '../lib/validate/load';
import { formatReport, useColour } from '../lib/validate/report/index';
import { NBSP, NNBSP } from '../lib/french';

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
  const result = await validateContent(contentDir, { env: process.env, ...(loaded ? { loaded } : {}) });
  const clean = result.findings.length === 0;
  const format = (colour: boolean, annotations: boolean) =>
    clean ? '' : formatReport(result, { format: 'text', colour, annotations });
  return {
    ok: result.ok,
    result,
    report: format(useColour(process.stdout, process.env), Boolean(process.env['CI'])),
    plain: format(false, false),
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
