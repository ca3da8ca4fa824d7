/**
 * The content validator: `validateContent(root)` reads a content folder, checks every
 * entry against its schema and every rule, applies acknowledgements and returns all the
 * findings at once. Used by `scripts/check.ts` (`npm run check`) and by the build.
 */
import { resolve } from 'node:path';
import { checkEnvironment } from '../config';
import { applyAcknowledgements } from './acknowledgements';
import { ValidationContext } from './context';
import { loadContent, type LoadedContent } from './load';
import { compareFindings, resolveDraft } from './resolve';
import { rules } from './rules/index';
import { checkSchema } from './schema-check';
import type { ContentEntry, Draft, Finding } from './types';

export { acknowledgedFindings } from './acknowledgements';
export type { Finding, Severity } from './types';

export interface ValidateOptions {
  /** Project folder file paths are shown relative to (default: the current directory). */
  cwd?: string;
  /** Environment variables the build reads (`GUICHET_TODAY`), checked too (default: none). */
  env?: NodeJS.ProcessEnv;
  /**
   * The folder as already read by `loadContent(root, cwd)` (the content loader reads and parses
   * each file once, and hands the same parse to the site): not read again.
   */
  loaded?: LoadedContent;
}

export interface Summary {
  errors: number;
  warnings: number;
  acknowledged: number;
  /** Files with at least one finding. */
  filesWithFindings: number;
  /** Files read. */
  filesChecked: number;
}

export interface ValidationResult {
  findings: Finding[];
  summary: Summary;
  /** True when there is no error (warnings and acknowledged findings do not count). */
  ok: boolean;
}

export function summarize(findings: readonly Finding[], filesChecked: number): Summary {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    acknowledged: findings.filter((f) => f.acknowledged).length,
    filesWithFindings: new Set(findings.map((f) => f.file)).size,
    filesChecked,
  };
}

/** A rule that crashed is reported, not thrown: the other findings still come out. */
function crashed(name: string, error: unknown, file: string): Finding {
  return {
    rule: 'verification/erreur-interne',
    severity: 'error',
    severityBefore: 'error',
    file,
    line: 1,
    column: 1,
    target: name,
    what: `les règles « ${name} » n'ont pas pu s'exécuter (${error instanceof Error ? error.message : String(error)}).`,
    why: "une partie du contenu n'a pas été vérifiée.",
    fix: "signalez ce message à l'équipe technique avec le fichier en cause.",
    excerpt: '',
    calls: [],
  };
}

/** Checks the content folder `root` (relative to `cwd`, or absolute). */
export async function validateContent(root: string, options: ValidateOptions = {}): Promise<ValidationResult> {
  return (await validateFolder(root, options)).result;
}

/** Checks the content folder `root` and also returns the entries read (loaded once). */
export async function validateFolder(
  root: string,
  options: ValidateOptions = {},
): Promise<{ result: ValidationResult; entries: readonly ContentEntry[] }> {
  const cwd = options.cwd ?? process.cwd();
  const { entries, drafts: loadDrafts } = options.loaded ?? loadContent(resolve(cwd, root), cwd);
  // checkSchema sets each entry's data: a loaded folder is checked once.
  const drafts: Draft[] = [...loadDrafts, ...entries.flatMap(checkSchema)];
  const ctx = new ValidationContext(entries);
  const crashes: Finding[] = [];
  for (const rule of rules) {
    try {
      drafts.push(...rule.run(ctx));
    } catch (error) {
      crashes.push(crashed(rule.name, error, root));
    }
  }
  const { acknowledged, unused } = applyAcknowledgements(ctx, drafts, crashes.length > 0);
  const findings = [...drafts, ...unused].map((d) => resolveDraft(d, acknowledged.get(d)));
  findings.push(...crashes);
  if (options.env) findings.push(...checkEnvironment(options.env));
  findings.sort(compareFindings);
  const summary = summarize(findings, entries.length);
  return { result: { findings, summary, ok: summary.errors === 0 }, entries };
}
