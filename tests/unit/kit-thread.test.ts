/**
 * The kit worker (`src/lib/kit/worker.ts`), as the build starts it: Node runs it from its
 * TypeScript sources, it writes the same bytes as the main thread makes, at the addresses the
 * pages link to, answers with the listing the pages show, and a kit that cannot be built is an
 * error, not a hang.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeKit, prepareSource } from '../../src/lib/kit';
import { KIT_FILE_EXTENSIONS, kitListing } from '../../src/lib/kit/files';
import type { KitSource } from '../../src/lib/kit/source';
import { KitThread } from '../../src/lib/kit/thread';
import { callSlugs, loadCall, loadContext } from './kit-fixtures';

const root = resolve(import.meta.dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'guichet-kit-thread-'));
const thread = new KitThread(join(root, 'src', 'lib', 'kit', 'worker.ts'), { outDir });
afterAll(async () => {
  await thread.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('the kit worker', () => {
  const ctx = loadContext();

  it.each(callSlugs())('writes the kit of %s byte for byte as the main thread makes it, and lists it', async (slug) => {
    const source = prepareSource(loadCall(slug), ctx);
    const [listing, here] = [await thread.build(source), makeKit(source)];
    expect(listing).toEqual(kitListing(here));
    expect(readdirSync(join(outDir, 'kits', slug)).sort()).toEqual(here.files.map((f) => f.name).sort());
    for (const file of here.files) expect(new Uint8Array(readFileSync(join(outDir, 'kits', slug, file.name)))).toEqual(file.bytes);
    expect(new Uint8Array(readFileSync(join(outDir, 'kits', `${slug}.zip`)))).toEqual(here.zip);
    // `astro dev` serves kit files by extension: every extension a kit uses must be served.
    for (const file of here.files) expect(KIT_FILE_EXTENSIONS).toContain(file.name.split('.').pop());
  }, 30_000);

  it('answers requests sent together, each with its own kit', async () => {
    const sources = callSlugs().map((slug) => prepareSource(loadCall(slug), ctx));
    const listings = await Promise.all(sources.map((source) => thread.build(source)));
    expect(listings.map((k) => k.slug)).toEqual(sources.map((s) => s.slug));
  }, 30_000);

  it('rejects, naming the kit, when a source cannot be built', async () => {
    const broken = { ...prepareSource(loadCall(callSlugs()[0]!), ctx), call: undefined } as unknown as KitSource;
    await expect(thread.build(broken)).rejects.toThrow(/^Dossier de candidature : /);
  }, 30_000);
});
