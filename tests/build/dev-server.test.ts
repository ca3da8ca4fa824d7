/**
 * `astro dev` on the fixture site: the guichet integration's dev side (its content loader, and
 * the kit routes it injects only in dev, where no kit worker writes files) serves a call page,
 * and every kit file the page links answers at that very address, byte for byte the file the
 * build wrote (`dist-fixture/`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDir, fixtureDist } from '../helpers/fixture';
import { root } from '../helpers/content';

const SLUG = 'atelier-foncier';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

describe.runIf(existsSync(join(fixtureDist, 'kits', SLUG)))('astro dev on the fixture site', () => {
  let dev: ChildProcess;
  let base = '';
  let output = '';
  const cache = mkdtempSync(join(tmpdir(), 'guichet-dev-cache-'));

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dev = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: root,
      // Not the test runner's environment: with Vitest's variables the dev server answered 404.
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? tmpdir(),
        GUICHET_CONTENT_DIR: fixtureDir,
        GUICHET_CACHE_DIR: cache,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 90_000;
    let last: string;
    for (;;) {
      try {
        const home = await fetch(`${base}/`);
        if (home.ok) return;
        last = `HTTP ${home.status}`;
      } catch (error) {
        last = String((error as { cause?: unknown }).cause ?? error); // not listening yet
      }
      if (Date.now() > deadline || dev.exitCode !== null) throw new Error(`astro dev did not start (${last}):\n${output}`);
      await new Promise((wait) => setTimeout(wait, 500));
    }
  }, 120_000);

  afterAll(() => {
    if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
    rmSync(cache, { recursive: true, force: true });
  });

  it('serves the call page, and each kit file it links, as the build wrote them', async () => {
    const response = await fetch(`${base}/appels/${SLUG}/`);
    expect(response.status).toBe(200);
    const links = parse(await response.text())
      .querySelectorAll('a[href^="/kits/"]')
      .map((a) => a.getAttribute('href')!);
    expect(links).toContain(`/kits/${SLUG}.zip`);
    expect(links).toContain(`/kits/${SLUG}/dossier-candidature.docx`);
    for (const href of new Set(links)) {
      const file = await fetch(`${base}${href}`);
      expect([href, file.status]).toEqual([href, 200]);
      const bytes = new Uint8Array(await file.arrayBuffer());
      expect([href, Buffer.compare(bytes, readFileSync(join(fixtureDist, ...href.split('/'))))]).toEqual([href, 0]);
    }
  }, 60_000);

  it('answers 404 for a kit file the call does not have', async () => {
    expect((await fetch(`${base}/kits/${SLUG}/appel.docx`)).status).toBe(404);
  }, 30_000);
});
