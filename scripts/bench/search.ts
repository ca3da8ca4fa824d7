/**
 * Time to first search results in Chromium, on a built site served locally:
 * - cold: a fresh browser profile opens `/recherche/?q=<query>`; from navigation start to the
 *   first result shown (page, search engine, WebAssembly and index chunks all downloaded);
 * - warm: on that same page, a second query typed into the field; from the input event to the
 *   first result of the new query shown (engine loaded, debounce included).
 * Undefined when the site has no search (no dist/pagefind or no /recherche/ page).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

export interface SearchTiming {
  coldMs: number;
  warmMs: number;
  coldQuery: string;
  warmQuery: string;
}

async function serve(root: string, dist: string, port: number): Promise<() => void> {
  const child = spawn(
    join(root, 'node_modules', '.bin', 'tsx'),
    ['scripts/serve.ts', '--port', String(port), '--dir', dist],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((ready, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('http://') && ready());
    child.on('error', fail);
    child.on('close', (code) => fail(new Error(`server exited (${code})`)));
  });
  return () => child.kill();
}

export async function timeSearch(
  root: string,
  dist: string,
  queries: [string, string] = ['candidature', 'foncier'],
): Promise<SearchTiming | undefined> {
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js')) || !existsSync(join(dist, 'recherche', 'index.html')))
    return undefined;
  const port = 4500 + (process.pid % 400);
  const stop = await serve(root, dist, port);
  const executablePath =
    process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const first = page.locator('[data-search-results] li').first();
    const start = performance.now();
    await page.goto(`http://127.0.0.1:${port}/recherche/?q=${encodeURIComponent(queries[0])}`);
    await first.waitFor({ state: 'visible', timeout: 120_000 });
    const coldMs = performance.now() - start;
    // Passed as a string: the function must reach the page exactly as written (no bundler helpers).
    const warmMs = await page.evaluate<number>(`new Promise((resolve, reject) => {
      const list = document.querySelector('[data-search-results]');
      const input = document.querySelector('[data-search-input]');
      const before = list.firstElementChild;
      const t0 = performance.now();
      const observer = new MutationObserver(() => {
        if (list.firstElementChild && list.firstElementChild !== before) {
          observer.disconnect();
          resolve(performance.now() - t0);
        }
      });
      observer.observe(list, { childList: true });
      setTimeout(() => reject(new Error('no results for the warm query within 60 s')), 60000);
      input.value = ${JSON.stringify(queries[1])};
      input.dispatchEvent(new Event('input', { bubbles: true }));
    })`);
    await context.close();
    return { coldMs, warmMs, coldQuery: queries[0], warmQuery: queries[1] };
  } finally {
    await browser.close();
    stop();
  }
}
