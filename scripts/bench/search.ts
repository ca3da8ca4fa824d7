/**
 * Time to first search results in Chromium, on a built site served locally, for guichet's
 * `/recherche/` page and, on the same index in the same browser, for Pagefind's own default
 * interface (Pagefind UI, with its default 300 ms debounce) on a bare page:
 * - cold: a fresh browser context (empty cache) opens the page with `?q=<query>`; from
 *   navigation start to the first result shown (page, search engine, WebAssembly and index
 *   chunks all downloaded);
 * - warm: on that same page, a second query typed into the field; from the input event to the
 *   first result of the new query shown (engine loaded, debounce included).
 * Each figure is the median of `runs` runs, guichet and the bare interface taking turns.
 * Undefined when the site has no search (no dist/pagefind or no /recherche/ page).
 *
 * The bare page and Pagefind UI's files (written by the Pagefind CLI, same version as the
 * index) are added to a copy of the site, in a temporary folder: `dist/` is not touched.
 *
 *   tsx scripts/bench/search.ts [dist] [--runs 7]     # the seeded site after `npm run build`
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';

export interface SearchTiming {
  /** guichet's /recherche/, medians. */
  coldMs: number;
  warmMs: number;
  /** Pagefind UI on the same index, medians. */
  bare: { coldMs: number; warmMs: number };
  runs: number;
  coldQuery: string;
  warmQuery: string;
}

async function serve(root: string, dist: string, port: number): Promise<() => void> {
  // `astro preview` serves the built folder as a static host would (GUICHET_OUT_DIR names it).
  const child = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, GUICHET_OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('http://') && ready());
    child.on('error', fail);
    child.on('close', (code) => fail(new Error(`server exited (${code})`)));
  });
  return () => child.kill();
}

const BARE_PATH = '/bench-pagefind-ui/';
const BARE_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Pagefind UI</title>
<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>
const ui = new PagefindUI({ element: '#search', bundlePath: '/pagefind/' });
const q = new URLSearchParams(location.search).get('q');
if (q) ui.triggerSearch(q);
</script></body></html>
`;

/** A copy of the site with Pagefind UI's files and a bare search page beside guichet's. */
function siteWithBarePage(root: string, dist: string): string {
  const work = mkdtempSync(join(tmpdir(), 'guichet-search-bench-'));
  const site = join(work, 'site');
  cpSync(realpathSync(dist), site, { recursive: true });
  // The Pagefind CLI writes its default interface next to any index it builds.
  const tiny = join(work, 'tiny');
  mkdirSync(tiny);
  writeFileSync(join(tiny, 'index.html'), '<!doctype html><html lang="fr"><body><main><p>mot</p></main></body></html>');
  execFileSync(join(root, 'node_modules', '.bin', 'pagefind'), ['--site', tiny], { stdio: 'ignore' });
  for (const file of ['pagefind-ui.js', 'pagefind-ui.css']) cpSync(join(tiny, 'pagefind', file), join(site, 'pagefind', file));
  mkdirSync(join(site, BARE_PATH), { recursive: true });
  writeFileSync(join(site, BARE_PATH, 'index.html'), BARE_PAGE);
  return site;
}

/** The selectors of one search interface: its field, its result list, one result. */
interface Ui {
  path: string;
  input: string;
  list: string;
  result: string;
  /** A line that names the query once its results are shown (Pagefind UI reuses its result elements). */
  message?: string;
}
const GUICHET: Ui = {
  path: '/recherche/',
  input: '[data-search-input]',
  list: '[data-search-results]',
  result: '[data-search-results] li',
};
const BARE: Ui = {
  path: BARE_PATH,
  input: '.pagefind-ui__search-input',
  list: '.pagefind-ui__results',
  result: '.pagefind-ui__result',
  message: '.pagefind-ui__message',
};

async function timeOnce(browser: Browser, base: string, ui: Ui, queries: [string, string]) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(`${base}${ui.path}?q=${encodeURIComponent(queries[0])}`);
    await page.locator(ui.result).first().waitFor({ state: 'visible', timeout: 120_000 });
    const coldMs = performance.now() - start;
    // The new query is typed as a reader would (Playwright's fill: input events the page's
    // own listeners receive); done when the first result belongs to the new query.
    const first = `document.querySelector(${JSON.stringify(ui.list)})?.querySelector(${JSON.stringify(ui.result)})?.textContent ?? ''`;
    const before = await page.evaluate<string>(first);
    const shown = ui.message
      ? `(document.querySelector(${JSON.stringify(ui.message)})?.textContent ?? '').includes(${JSON.stringify(queries[1])}) && (${first}) !== ''`
      : `(${first}) !== '' && (${first}) !== ${JSON.stringify(before)}`;
    const t0 = performance.now();
    await page.fill(ui.input, queries[1]);
    // Polled from here: the pages' CSP forbids the page-side evaluation waitForFunction uses.
    while (!(await page.evaluate<boolean>(shown))) {
      if (performance.now() - t0 > 60_000) throw new Error(`no result for « ${queries[1]} » within 60 s on ${ui.path}`);
      await page.waitForTimeout(5);
    }
    const warmMs = performance.now() - t0;
    return { coldMs, warmMs };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function timeSearch(
  root: string,
  dist: string,
  queries: [string, string] = ['candidature', 'foncier'],
  runs = 5,
): Promise<SearchTiming | undefined> {
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js')) || !existsSync(join(dist, 'recherche', 'index.html')))
    return undefined;
  const site = siteWithBarePage(root, dist);
  const port = 4500 + (process.pid % 400);
  const stop = await serve(root, site, port);
  const executablePath =
    process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const ours: { coldMs: number; warmMs: number }[] = [];
    const bare: { coldMs: number; warmMs: number }[] = [];
    // One run of each to warm the server and the browser's own start-up, not counted.
    await timeOnce(browser, base, GUICHET, queries);
    await timeOnce(browser, base, BARE, queries);
    for (let i = 0; i < runs; i++) {
      ours.push(await timeOnce(browser, base, GUICHET, queries));
      bare.push(await timeOnce(browser, base, BARE, queries));
    }
    return {
      coldMs: median(ours.map((r) => r.coldMs)),
      warmMs: median(ours.map((r) => r.warmMs)),
      bare: { coldMs: median(bare.map((r) => r.coldMs)), warmMs: median(bare.map((r) => r.warmMs)) },
      runs,
      coldQuery: queries[0],
      warmQuery: queries[1],
    };
  } finally {
    await browser.close();
    stop();
    rmSync(resolve(site, '..'), { recursive: true, force: true });
  }
}

/** Times the search of a built site and prints guichet and Pagefind UI side by side. */
export async function printSearch(root: string, dist: string, runs: number): Promise<void> {
  const t = await timeSearch(root, dist, undefined, runs);
  if (!t) {
    console.log(`No search in ${dist} (build the site first).`);
    return;
  }
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  console.log(`Search in Chromium, ${dist}, median of ${t.runs} runs (« ${t.coldQuery} », then « ${t.warmQuery} » typed):`);
  console.log(`  cold, first results: guichet ${t.coldMs.toFixed(0)} ms, Pagefind UI ${t.bare.coldMs.toFixed(0)} ms (${ratio(t.coldMs, t.bare.coldMs)})`);
  console.log(`  warm, new query:     guichet ${t.warmMs.toFixed(0)} ms, Pagefind UI ${t.bare.warmMs.toFixed(0)} ms (${ratio(t.warmMs, t.bare.warmMs)})`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--runs');
  const dist = args.find((a, k) => !a.startsWith('--') && args[k - 1] !== '--runs') ?? 'dist';
  await printSearch(resolve(import.meta.dirname, '..', '..'), resolve(dist), i >= 0 ? Number(args[i + 1]) : 7);
}
