/**
 * Publishing a build as `dist` (src/lib/build/swap-dist.ts): one atomic rename of a link,
 * leftovers of killed builds cleared, a failed build leaves `dist` as it was.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  discardStaged,
  prepareStaging,
  publishedFolder,
  publishStaged,
  stagingArea,
} from '../../src/lib/build/swap-dist';

function fresh() {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-swap-'));
  return { dir, dist: join(dir, 'dist') };
}

function buildInto(dist: string, text: string, id?: string): string {
  const staged = prepareStaging(dist, id);
  writeFileSync(join(staged, 'index.html'), text);
  return staged;
}

describe('publishing a build as dist', () => {
  it('makes dist a link to the new build, keeps the previous build until the next one starts', () => {
    const { dist } = fresh();
    const first = buildInto(dist, 'one', 'a');
    publishStaged(dist, first);
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('one');
    const second = buildInto(dist, 'two', 'b');
    publishStaged(dist, second);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('two');
    expect(publishedFolder(dist)).toBe(second);
    // A reader that resolved the old link just before the swap can still read it.
    expect(existsSync(first)).toBe(true);
    const third = prepareStaging(dist, 'c');
    expect(existsSync(first)).toBe(false);
    expect(readdirSync(stagingArea(dist)).sort()).toEqual(['build-b', 'build-c']);
    publishStaged(dist, third);
    expect(readdirSync(stagingArea(dist)).sort()).toEqual(['build-b', 'build-c']);
  });

  it('replaces a real dist folder (older layout) and keeps nothing of it', () => {
    const { dist } = fresh();
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'hand made');
    publishStaged(dist, buildInto(dist, 'new', 'c'));
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(stagingArea(dist))).toEqual(['build-c']);
    expect(readdirSync(join(stagingArea(dist), 'build-c'))).toEqual(['index.html']);
  });

  it('clears what a killed build left, but never the published build', () => {
    const { dist } = fresh();
    publishStaged(dist, buildInto(dist, 'live', 'live'));
    // A build killed midway: its folder stays in the staging area, with a half-made link.
    const killed = prepareStaging(dist, 'killed');
    writeFileSync(join(killed, 'half.html'), 'half');
    writeFileSync(join(stagingArea(dist), 'next-link'), '');
    const next = prepareStaging(dist, 'next');
    expect(readdirSync(stagingArea(dist)).sort()).toEqual(['build-live', 'build-next']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('live');
    discardStaged(next);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('live');
    expect(readdirSync(stagingArea(dist))).toEqual(['build-live']);
  });

  it('refuses a folder that is not one of its build folders', () => {
    const { dir, dist } = fresh();
    mkdirSync(join(dir, 'elsewhere'));
    expect(() => publishStaged(dist, join(dir, 'elsewhere'))).toThrow();
  });

  it('never leaves a moment without dist while a reader polls it', async () => {
    const { dist } = fresh();
    publishStaged(dist, buildInto(dist, 'v0', 'v0'));
    const stop = join(stagingArea(dist), '..', 'stop');
    const reader = new Worker(
      `const { readFileSync, existsSync } = require('node:fs');
       const { workerData, parentPort } = require('node:worker_threads');
       let misses = 0, reads = 0;
       readFileSync(workerData.file);
       parentPort.postMessage('ready');
       while (!existsSync(workerData.stop)) {
         try { readFileSync(workerData.file); reads++; } catch { misses++; }
       }
       parentPort.postMessage({ misses, reads });`,
      { eval: true, workerData: { file: join(dist, 'index.html'), stop } },
    );
    const messages: unknown[] = [];
    const next = () => new Promise<unknown>((done) => reader.once('message', done));
    messages.push(await next());
    expect(messages).toEqual(['ready']);
    const result = next();
    for (let i = 1; i <= 60; i++) publishStaged(dist, buildInto(dist, `v${i}`, `v${i}`));
    writeFileSync(stop, '');
    const { misses, reads } = (await result) as { misses: number; reads: number };
    expect(reads).toBeGreaterThan(0);
    expect(misses).toBe(0);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('v60');
  });
});
