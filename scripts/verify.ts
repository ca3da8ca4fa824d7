/**
 * `npm run verify`: the quality gates that need no browser, over the built site, with a report
 * grouped by gate and page. Exit code 1 when any gate finds a problem.
 *
 *   npm run verify                        # dist/, every gate
 *   npm run verify -- --only links,html   # some gates
 *   npm run verify -- --dist /tmp/site    # another built site (its content: GUICHET_CONTENT_DIR)
 *   npm run verify -- --reproducible      # also build twice and compare (about two builds' time)
 *   npm run verify -- --json out.json     # also write the results as JSON
 *   npm run verify -- --sizes             # also print each page's gzip sizes (docs/budgets.md)
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { formatReport, runGates } from './gates/index';
import { siteUrlFromContent } from './gates/dist';
import { BUDGETS, measureSite } from './gates/budgets';
import { checkReproducible } from './gates/reproducible';
import type { GateResult } from './gates/types';
import { contentDir } from '../src/lib/paths';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(import.meta.dirname, '..');
const dist = resolve(option('dist') ?? process.env['GUICHET_DIST'] ?? join(root, 'dist'));
const only = option('only')?.split(',');
const siteUrl = siteUrlFromContent(contentDir());

console.log(`Quality gates over ${dist}`);
const results: GateResult[] = runGates(dist, { siteUrl }, only);

if (args.includes('--reproducible')) {
  const start = performance.now();
  const work = join(tmpdir(), `guichet-reproducible-${process.pid}`);
  const { problems, digests, files } = await checkReproducible({ root, work, contentDir: contentDir() });
  console.log(
    `Two clean builds: ${files} files, tree hashes ${digests[0].slice(0, 16)}… and ${digests[1].slice(0, 16)}…`,
  );
  results.push({
    gate: 'reproducible',
    title: 'Reproducible: two clean builds give identical trees',
    problems,
    checked: files,
    ms: Math.round(performance.now() - start),
  });
}

if (args.includes('--sizes')) {
  const kb = (n: number) => (n / 1000).toFixed(1).padStart(6);
  console.log(`\nGzip sizes (kB)   HTML     CSS      JS   page`);
  for (const s of measureSite(dist, siteUrl))
    console.log(`              ${kb(s.html)}  ${kb(s.css)}  ${kb(s.js)}   ${s.page}`);
  console.log(
    `Budgets: call page HTML ${BUDGETS.callPageHtml / 1000} kB, CSS per page ${BUDGETS.pageCss / 1000} kB, JS on interactive pages ${BUDGETS.interactivePageJs / 1000} kB\n`,
  );
}

console.log(formatReport(results));
const failed = results.filter((r) => r.problems.length > 0);
if (option('json')) writeFileSync(option('json')!, `${JSON.stringify(results, null, 2)}\n`);
if (failed.length > 0) {
  console.log(`\n${failed.length} gate${failed.length > 1 ? 's' : ''} failed: ${failed.map((r) => r.gate).join(', ')}`);
  process.exitCode = 1;
} else {
  console.log('\nAll gates passed.');
}
