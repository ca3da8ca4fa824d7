/**
 * The build's configuration, read and checked in one place for `npm run check` and the
 * build: `content/site.yaml` and the environment variables that override it. Problems come
 * back in French, naming the file and line or the variable, with the expected form; never
 * a raw schema dump.
 *
 * Variables:
 * - `GUICHET_TODAY` (AAAA-MM-JJ): the day statuses are computed for, instead of `today` in site.yaml.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Site } from '../schemas/site';
import { resolveDraft } from './validate/resolve';
import { loadSiteEntry } from './validate/load';
import { checkSchema } from './validate/schema-check';
import { formatText } from './validate/report/text';
import type { Finding } from './validate/types';

export const TODAY_VARIABLE = 'GUICHET_TODAY';

/** A well-formed day that exists in the calendar. */
function isDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** A finding about an environment variable (no file: the variable is named instead). */
function variableFinding(name: string, value: string, what: string, fix: string): Finding {
  const shown = `${name}=${value}`;
  return {
    rule: 'configuration/variable',
    severity: 'error',
    severityBefore: 'error',
    file: `variable d'environnement ${name}`,
    line: 1,
    column: name.length + 2,
    target: name,
    what,
    why: 'la construction lit cette variable à la place du réglage de content/site.yaml : une valeur invalide fausserait le statut de chaque appel.',
    fix,
    excerpt: `> 1 | ${shown}\n    | ${' '.repeat(name.length + 1)}${'^'.repeat(Math.max(value.length, 1))}`,
    calls: [],
  };
}

/** Problems with the environment variables the build reads (empty when all is well). */
export function checkEnvironment(env: NodeJS.ProcessEnv = process.env): Finding[] {
  const today = env[TODAY_VARIABLE];
  if (today === undefined || today === '') return [];
  if (isDay(today.trim())) return [];
  const shaped = /^\d{4}-\d{2}-\d{2}$/.test(today.trim());
  return [
    variableFinding(
      TODAY_VARIABLE,
      today,
      shaped
        ? `la variable ${TODAY_VARIABLE} vaut « ${today} », un jour qui n'existe pas dans le calendrier.`
        : `la variable ${TODAY_VARIABLE} vaut « ${today} », qui n'est pas un jour au format AAAA-MM-JJ.`,
      `donnez-lui un jour réel au format AAAA-MM-JJ (ex. ${TODAY_VARIABLE}=2023-10-15), ou retirez-la pour utiliser « today » de content/site.yaml.`,
    ),
  ];
}

/** Raised by `loadSite()`; its message is the French report, ready to print. */
export class ConfigError extends Error {
  readonly findings: readonly Finding[];
  constructor(findings: readonly Finding[]) {
    const summary = {
      errors: findings.length,
      warnings: 0,
      acknowledged: 0,
      filesWithFindings: new Set(findings.map((f) => f.file)).size,
      filesChecked: 1,
    };
    super(`La configuration est invalide :\n\n${formatText(findings, summary)}`.trimEnd());
    this.name = 'ConfigError';
    this.findings = findings;
  }
}

/**
 * Loads `site.yaml` from `contentDir`, checks it with the same messages as `npm run check`,
 * applies `GUICHET_TODAY`, and returns the settings. Throws a `ConfigError` otherwise.
 */
export function loadSite(contentDir: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Site {
  const path = join(contentDir, 'site.yaml');
  const problems = checkEnvironment(env);
  if (!existsSync(path)) {
    const missing = variableFinding(
      'site.yaml',
      relative(cwd, path),
      `le fichier ${relative(cwd, path)} est introuvable.`,
      'créez-le à partir de content/site.yaml du dépôt (identité de l’agence, couleurs, « today », mentions légales).',
    );
    throw new ConfigError([
      ...problems,
      {
        ...missing,
        rule: 'configuration/site',
        file: relative(cwd, path),
        excerpt: '',
        why: 'le site lit son adresse, son nom et son « aujourd’hui » dans ce fichier.',
      },
    ]);
  }
  const { entries, drafts } = loadSiteEntry(path, cwd);
  const entry = entries[0]!;
  drafts.push(...checkSchema(entry).filter((d) => d.severity === 'error'));
  problems.push(...drafts.map((d) => resolveDraft(d, undefined)));
  // YAML errors leave no data and come with their own findings.
  if (problems.length > 0 || entry.data === undefined) throw new ConfigError(problems);
  const site = entry.data as Site;
  const today = env[TODAY_VARIABLE]?.trim();
  return today ? { ...site, today } : site;
}
