/**
 * The kit worker (`src/lib/kit/worker.ts`), as the build starts it: Node runs it from its
 * TypeScript sources, it builds the same bytes as the main thread, and a kit that cannot be
 * built is an error, not a hang.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { makeKit, prepareSource } from '../../src/lib/kit';
import type { KitSource } from '../../src/lib/kit/source';
import { KitThread } from '../../src/lib/kit/thread';
import { callSlugs, loadCall, loadContext } from './kit-fixtures';

const root = resolve(import.meta.dirname, '..', '..');
const thread = new KitThread(join(root, 'src', 'lib', 'kit', 'worker.ts'));
afterAll(() => thread.close());

describe('the kit worker', () => {
  const ctx = loadContext();

  it.each(callSlugs())('builds the kit of %s byte for byte as the main thread does', async (slug) => {
    const source = prepareSource(loadCall(slug), ctx);
    const [inWorker, here] = [await thread.build(source), makeKit(source)];
    expect(inWorker.version).toBe(here.version);
    expect(inWorker.files.map((f) => f.name)).toEqual(here.files.map((f) => f.name));
    for (const [i, file] of here.files.entries()) expect(inWorker.files[i]!.bytes).toEqual(file.bytes);
    expect(inWorker.zip).toEqual(here.zip);
  }, 30_000);

  it('answers requests sent together, each with its own kit', async () => {
    const sources = callSlugs().map((slug) => prepareSource(loadCall(slug), ctx));
    const kits = await Promise.all(sources.map((source) => thread.build(source)));
    expect(kits.map((k) => k.slug)).toEqual(sources.map((s) => s.slug));
  }, 30_000);

  it('rejects, naming the kit, when a source cannot be built', async () => {
    const broken = { ...prepareSource(loadCall(callSlugs()[0]!), ctx), call: undefined } as unknown as KitSource;
    await expect(thread.build(broken)).rejects.toThrow(/^Dossier de candidature : /);
  }, 30_000);
});
