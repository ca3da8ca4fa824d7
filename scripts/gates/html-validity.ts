/**
 * Valid HTML gate: the Nu HTML Checker (vnu.jar, from the `vnu-jar` package) over every HTML
 * file of dist/, in one Java process. Errors only; each one names its page, line and column.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDist, urlOf, type Dist } from './dist';
import { tidy, type Problem } from './types';

export interface HtmlOptions {
  /** Java executable: JAVA, else $JAVA_HOME/bin/java, else `java` on the PATH. */
  java?: string;
  /** vnu.jar: the one of the `vnu-jar` package by default. */
  jar?: string;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  extract?: string;
}

export function vnuJarPath(): string {
  const require = createRequire(import.meta.url);
  return (require('vnu-jar') as { toString(): string }).toString();
}

export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  if (env['JAVA']) return env['JAVA'];
  if (env['JAVA_HOME'] && existsSync(`${env['JAVA_HOME']}/bin/java`)) return `${env['JAVA_HOME']}/bin/java`;
  return 'java';
}

export function checkHtml(dist: string | Dist, options: HtmlOptions = {}): Problem[] {
  const site = openDist(dist);
  if (site.htmlFiles.length === 0) return [{ page: 'dist/', message: 'no HTML file to check' }];
  const java = options.java ?? javaCommand();
  const jar = options.jar ?? vnuJarPath();
  const version = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    return [
      {
        page: 'dist/',
        message:
          `cannot run Java ("${java}": ${version.error?.message ?? version.stderr.trim()}). ` +
          'The Nu HTML Checker needs Java 11 or later: install it (Debian: apt-get install default-jre-headless) or set JAVA_HOME.',
      },
    ];
  }
  const run = spawnSync(
    java,
    ['-Xss8m', '-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', site.root],
    { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  );
  // vnu writes its JSON report on stderr and exits 1 when it found errors.
  const output = run.stderr.trim() || run.stdout.trim();
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(output) as { messages: VnuMessage[] }).messages;
  } catch {
    return [{ page: 'dist/', message: `the Nu HTML Checker failed (exit ${run.status}): ${output.slice(0, 500)}` }];
  }
  const problems: Problem[] = [];
  for (const m of messages) {
    if (m.type === 'info' || (m.type === 'error' && m.subType === 'warning')) continue;
    const page = m.url ? pageOf(site, m.url) : 'dist/';
    const at = m.lastLine ? ` (line ${m.lastLine}, column ${m.firstColumn ?? m.lastColumn ?? '?'})` : '';
    const extract = m.extract ? `: …${m.extract.replace(/\s+/g, ' ').trim()}…` : '';
    problems.push({ page, message: `${m.message}${at}${extract}` });
  }
  return tidy(problems);
}

function pageOf(site: Dist, url: string): string {
  const file = url.startsWith('file:') ? fileURLToPath(url) : url;
  return urlOf(relative(site.root, file).split(sep).join('/'));
}
