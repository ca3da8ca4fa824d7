/**
 * `npm run bench`: builds synthetic content of N calls with the real pipeline and prints the
 * figures (never a pass/fail test). For each N: content generation, validator time, build
 * wall time and peak memory, pages per second, dist/ size, Pagefind index size and time, kit
 * generation time, Nu HTML Checker time, and in Chromium the time to first search results,
 * cold and warm. Figures that need a part of the site that is absent print "n/a". In the same
 * run, for the same number of pages, it builds the floor (`bench/floor.ts`: a bare Astro +
 * MDX site indexed by the Pagefind CLI) and prints both side by side, with their ratio.
 *
 *   npm run bench                          # N = 100 and 1 000
 *   npm run bench -- --sizes 100,1000,5000 # other sizes (5 000 takes several minutes)
 *   npm run bench -- --write-docs          # also write the figures into docs/benchmark.md
 *   npm run bench -- --no-vnu --no-search  # skip the slowest measures
 *   npm run bench -- --search [dist] [--runs 7]  # only the search timing, on a built site
 *
 * JSON results go to bench-results/ (latest.json and one file per run).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generateContent } from './bench/generate';
import { buildFloor, type FloorResult } from './bench/floor';
import { timeKits } from './bench/kits';
import { folderSize, measure } from './bench/measure';
import { printSearch, timeSearch, type SearchTiming } from './bench/search';
import { checkHtml } from './gates/html-validity';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (option('sizes') ?? option('n') ?? '100,1000').split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
const tsx = join(root, 'node_modules', '.bin', 'tsx');


export interface BenchResult {
  calls: number;
  faqs: number;
  contentFiles: number;
  generateMs: number;
  validatorMs: number;
  build: {
    ok: boolean;
    ms: number;
    peakTreeRss: number;
    peakProcessRss: number;
    astroPagesMs?: number;
    pagefindMs?: number;
  };
  htmlPages: number;
  pagesPerSecond: number;
  dist: { bytes: number; files: number };
  pagefind?: { bytes: number; files: number };
  kits?: { bytes: number; files: number; generationMs: number };
  vnu?: { ms: number; errors: number };
  search?: SearchTiming;
  /** The bare Astro + MDX + Pagefind site of the same number of pages, built in the same run. */
  floor: FloorResult;
  ratioToFloor: number;
  memoryRatioToFloor: number;
}

function machine() {
  let chromium = 'n/a';
  try {
    chromium = execFileSync(process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // no system Chromium
  }
  return {
    cpus: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `Linux ${release()}`,
    chromium,
  };
}

async function benchOne(n: number): Promise<BenchResult> {
  const work = join(tmpdir(), `guichet-bench-${n}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  // CI unset: the build logs at "info" level, which gives Astro's own page-generation time.
  const env = {
    ...process.env,
    CI: '',
    GUICHET_CONTENT_DIR: content,
    GUICHET_DIST: dist,
    GUICHET_CACHE_DIR: join(work, 'cache'),
  };
  const log = (s: string) => console.log(`  [N=${n}] ${s}`);

  let t = performance.now();
  const generated = generateContent(content, n, join(root, 'content'));
  const generateMs = performance.now() - t;
  log(`content generated: ${generated.files} files in ${(generateMs / 1000).toFixed(1)} s`);

  const check = await measure(tsx, ['scripts/check.ts'], { cwd: root, env });
  if (check.code !== 0) throw new Error(`the validator rejected the synthetic content:\n${check.output.slice(-4000)}`);
  log(`validator: ${(check.ms / 1000).toFixed(1)} s`);

  log('building…');
  const build = await measure(process.execPath, ['--experimental-strip-types', 'scripts/build.ts'], { cwd: root, env });
  writeFileSync(join(work, 'build.log'), build.output);
  if (build.code !== 0) log(`BUILD FAILED (exit ${build.code}):\n${build.output.slice(-3000)}`);
  // Astro: "3010 page(s) built in 331.45s" (or "in 812ms", "in 5m 31s").
  const astroPages = /\d+ page\(s\) built in (?:(\d+)m\s*)?([\d.]+)(m?s)/.exec(build.output);
  const pagefindMs = /Index de recherche[^\n]*?écrit en (\d+) ms/.exec(build.output);
  log(`build: ${(build.ms / 1000).toFixed(1)} s, peak memory ${(build.peakTreeRss / 2 ** 20).toFixed(0)} MiB`);

  const htmlPages = build.code === 0 ? countHtml(dist) : 0;
  const pagefindDir = join(dist, 'pagefind');
  const kitsDir = join(dist, 'kits');
  const kitTiming = await timeKits(root, content);
  if (kitTiming) log(`kits: ${kitTiming.calls} kits in ${(kitTiming.ms / 1000).toFixed(1)} s`);

  let vnu: BenchResult['vnu'];
  if (!args.includes('--no-vnu') && build.code === 0) {
    t = performance.now();
    const problems = checkHtml(dist);
    vnu = { ms: performance.now() - t, errors: problems.length };
    log(`Nu HTML Checker: ${(vnu.ms / 1000).toFixed(1)} s, ${vnu.errors} errors`);
  }

  let search: BenchResult['search'];
  if (!args.includes('--no-search') && build.code === 0) {
    try {
      search = await timeSearch(root, dist);
      if (search)
        log(
          `search (median of ${search.runs}): cold ${search.coldMs.toFixed(0)} ms (Pagefind UI ${search.bare.coldMs.toFixed(0)} ms), warm ${search.warmMs.toFixed(0)} ms (Pagefind UI ${search.bare.warmMs.toFixed(0)} ms)`,
        );
    } catch (error) {
      log(`search timing failed: ${(error as Error).message}`);
    }
  }

  log(`floor: bare Astro + MDX + Pagefind, ${htmlPages} pages…`);
  const floor = await buildFloor(root, Math.max(htmlPages, 1));
  log(`floor: ${(floor.ms / 1000).toFixed(1)} s (Astro ${(floor.astroMs / 1000).toFixed(1)} s, Pagefind ${(floor.pagefindMs / 1000).toFixed(1)} s), peak memory ${(floor.peakTreeRss / 2 ** 20).toFixed(0)} MiB${floor.ok ? '' : ' — FAILED'}`);
  const result: BenchResult = {
    calls: n,
    faqs: generated.faqs,
    contentFiles: generated.files,
    generateMs,
    validatorMs: check.ms,
    build: {
      ok: build.code === 0,
      ms: build.ms,
      peakTreeRss: build.peakTreeRss,
      peakProcessRss: build.peakProcessRss,
      ...(astroPages
        ? {
            astroPagesMs:
              Number(astroPages[1] ?? 0) * 60_000 + Number(astroPages[2]) * (astroPages[3] === 's' ? 1000 : 1),
          }
        : {}),
      ...(pagefindMs ? { pagefindMs: Number(pagefindMs[1]) } : {}),
    },
    htmlPages,
    pagesPerSecond: htmlPages / (build.ms / 1000),
    dist: folderSize(dist),
    ...(existsSync(pagefindDir) ? { pagefind: folderSize(pagefindDir) } : {}),
    ...(existsSync(kitsDir) && kitTiming ? { kits: { ...folderSize(kitsDir), generationMs: kitTiming.ms } } : {}),
    ...(vnu ? { vnu } : {}),
    ...(search ? { search } : {}),
    floor,
    ratioToFloor: build.ms / floor.ms,
    memoryRatioToFloor: build.peakTreeRss / floor.peakTreeRss,
  };
  if (args.includes('--keep')) log(`kept: ${work} (content, dist, build.log)`);
  else rmSync(work, { recursive: true, force: true });
  return result;
}

function countHtml(dir: string): number {
  let count = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) count += countHtml(join(dir, e.name));
    else if (e.name.endsWith('.html')) count++;
  }
  return count;
}

const s = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1e6).toFixed(1)} MB`);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const msOrNa = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${ms.toFixed(0)} ms`);

/** The figures as a Markdown table, one column per N. */
export function table(results: BenchResult[]): string {
  const rows: [string, (r: BenchResult) => string][] = [
    ['calls (N)', (r) => r.calls.toLocaleString('en')],
    ['content files (calls, FAQ, case studies, briefs)', (r) => r.contentFiles.toLocaleString('en')],
    ['HTML pages built', (r) => r.htmlPages.toLocaleString('en')],
    ['build wall time (validation + Astro + Pagefind)', (r) => (r.build.ok ? s(r.build.ms) : 'FAILED')],
    ['  of which Astro build (as Astro reports it)', (r) => s(r.build.astroPagesMs)],
    ['  of which Pagefind, after the pages (it indexes them as they are rendered)', (r) => s(r.build.pagefindMs)],
    ['pages per second', (r) => r.pagesPerSecond.toFixed(0)],
    ['peak memory, build process tree', (r) => mib(r.build.peakTreeRss)],
    ['peak memory, largest process', (r) => mib(r.build.peakProcessRss)],
    ['dist/ size (files)', (r) => `${mb(r.dist.bytes)} (${r.dist.files.toLocaleString('en')})`],
    ['Pagefind bundle size', (r) => mb(r.pagefind?.bytes)],
    ['kits size (files)', (r) => (r.kits ? `${mb(r.kits.bytes)} (${r.kits.files.toLocaleString('en')})` : 'n/a')],
    ['validator (npm run check)', (r) => s(r.validatorMs)],
    ['kit generation (all calls, outside the build)', (r) => s(r.kits?.generationMs)],
    ['Nu HTML Checker, all pages (errors)', (r) => (r.vnu ? `${s(r.vnu.ms)} (${r.vnu.errors})` : 'n/a')],
    ['search, first results, cold', (r) => msOrNa(r.search?.coldMs)],
    ['search, first results, warm', (r) => msOrNa(r.search?.warmMs)],
    ['  Pagefind UI on the same index, cold', (r) => msOrNa(r.search?.bare.coldMs)],
    ['  Pagefind UI on the same index, warm', (r) => msOrNa(r.search?.bare.warmMs)],
    ['floor: bare Astro + MDX + Pagefind CLI, same pages, same run', (r) => (r.floor.ok ? s(r.floor.ms) : 'FAILED')],
    ['  of which astro build', (r) => s(r.floor.astroMs)],
    ['  of which Pagefind CLI', (r) => s(r.floor.pagefindMs)],
    ['floor peak memory (larger step)', (r) => mib(r.floor.peakTreeRss)],
    ['guichet ÷ floor, time (aim ≤ 1.25)', (r) => (r.build.ok && r.floor.ok ? `${r.ratioToFloor.toFixed(2)}×` : 'n/a')],
    ['guichet ÷ floor, peak memory (aim ≤ 1.5)', (r) => (r.build.ok && r.floor.ok ? `${r.memoryRatioToFloor.toFixed(2)}×` : 'n/a')],
  ];
  const head = `| figure | ${results.map((r) => `N = ${r.calls.toLocaleString('en')}`).join(' | ')} |`;
  const sep = `| --- | ${results.map(() => '---:').join(' | ')} |`;
  return [head, sep, ...rows.map(([label, f]) => `| ${label} | ${results.map(f).join(' | ')} |`)].join('\n');
}

/** What the figures say about the aims: within 1.25× of the floor, linear, under 2 GiB at 1 000 calls. */
export function verdicts(results: BenchResult[]): string[] {
  const out: string[] = [];
  for (const r of results.filter((x) => x.build.ok)) {
    const within = r.ratioToFloor <= 1.25;
    out.push(
      `N = ${r.calls}: guichet ${(r.build.ms / 1000).toFixed(1)} s, floor ${(r.floor.ms / 1000).toFixed(1)} s for ${r.htmlPages} pages: ${r.ratioToFloor.toFixed(2)}× the bare Astro floor (${within ? 'within' : 'NOT within'} 1.25×); memory ${r.memoryRatioToFloor.toFixed(2)}× (${r.memoryRatioToFloor <= 1.5 ? 'within' : 'NOT within'} 1.5×).`,
    );
  }
  const ok = results.filter((x) => x.build.ok).sort((a, b) => a.calls - b.calls);
  for (let i = 1; i < ok.length; i++) {
    const a = ok[i - 1]!;
    const b = ok[i]!;
    const perPageA = a.build.ms / a.htmlPages;
    const perPageB = b.build.ms / b.htmlPages;
    out.push(
      `Scaling ${a.calls} → ${b.calls} calls: ${perPageA.toFixed(1)} → ${perPageB.toFixed(1)} ms per page (${perPageB <= perPageA ? 'linear or better' : perPageB <= perPageA * 1.15 ? `${(perPageB / perPageA).toFixed(2)}× per page: about linear, within 15 %` : `${(perPageB / perPageA).toFixed(2)}× per page: worse than linear`}).`,
    );
  }
  const thousand = ok.find((r) => r.calls === 1000);
  if (thousand) {
    out.push(
      `Memory at 1 000 calls: ${mib(thousand.build.peakTreeRss)} for the build's process tree (${thousand.build.peakTreeRss < 2 * 2 ** 30 ? 'under' : 'OVER'} 2 GiB).`,
    );
  }
  return out;
}

if (args.includes('--search')) {
  const at = args.indexOf('--search');
  const dist = args[at + 1] && !args[at + 1]!.startsWith('--') ? args[at + 1]! : join(root, 'dist');
  await printSearch(root, resolve(dist), Number(option('runs') ?? 7));
  process.exit(0);
}

const m = machine();
console.log(`guichet benchmark — ${m.cpus} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}`);
const results: BenchResult[] = [];
for (const n of sizes) {
  console.log(`\n== N = ${n} calls`);
  results.push(await benchOne(n));
}
console.log(`\n${table(results)}\n`);
for (const v of verdicts(results)) console.log(v);

const stamp = new Date().toISOString();
const report = { date: stamp, machine: m, results };
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(
  join(root, 'bench-results', `bench-${stamp.replace(/[:.]/g, '-')}.json`),
  `${JSON.stringify(report, null, 2)}\n`,
);
if (option('json')) writeFileSync(option('json')!, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nJSON: bench-results/latest.json`);

if (args.includes('--write-docs')) {
  const doc = join(root, 'docs', 'benchmark.md');
  const block = [
    '<!-- bench:start (written by `npm run bench -- --write-docs`) -->',
    `Measured on ${stamp.slice(0, 10)}: ${m.cpus} cores (${m.cpu}), ${m.memoryGiB} GiB of memory, Node ${m.node}, ${m.os}, ${m.chromium}.`,
    '',
    table(results),
    '',
    ...verdicts(results).map((v) => `- ${v}`),
    '<!-- bench:end -->',
  ].join('\n');
  const current = existsSync(doc)
    ? readFileSync(doc, 'utf8')
    : '# Benchmark\n\n<!-- bench:start -->\n<!-- bench:end -->\n';
  const next = current.replace(/<!-- bench:start[\s\S]*?<!-- bench:end -->/, block);
  writeFileSync(doc, next);
  console.log('Figures written into docs/benchmark.md');
}
