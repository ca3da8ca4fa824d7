/**
 * The work of the content loader of every collection (`src/content.config.ts` gives each one
 * `guichetLoader`, `./collection-loader.ts`, a handle on this code, which the guichet
 * integration registers with `registerContentLoader()`): each file of the content
 * folder is read once and its YAML parsed once (with node positions), by the validator's reader
 * (`src/lib/validate/load.ts`). The validator checks that parse, all files together; the
 * entries of each collection then go to Astro's content store from the same parse.
 *
 * - `astro build` (and `npm run build`): with an error, the validator's French report (file,
 *   line, rule, fix) is printed and the content sync throws, so the build stops before any
 *   page is written.
 * - `astro dev`: every change under the content folder reads and checks the folder again;
 *   the report goes to the terminal and its errors to the browser's overlay (through the
 *   guichet integration, `./index.ts`). The store is updated only when the content has no
 *   error, so the pages keep showing the last valid content.
 *
 * MDX bodies are rendered as Astro's `glob()` loader has them rendered: the entry is stored
 * with `deferredRender` and its file path, and Astro's MDX integration compiles the file as a
 * module when a page renders it. Markdown bodies (FAQ answers, which open with no front
 * matter) are rendered here by `renderMarkdown`, the configured Sätteri processor.
 *
 * The five collections' loaders share one read per content sync: the first loader of a sync
 * starts it, the others wait for it.
 */
import type { LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadContent, type LoadedContent } from '../lib/validate/load';
import { contentDir as configuredContentDir } from '../lib/paths';
import type { ContentEntry } from '../lib/validate/types';
import { LOADED_COLLECTIONS, LOADER_KEY, type LoadedCollection } from './collection-loader';
import { checkContent, contentErrorMessage, type ContentCheck } from './validate';

/** One read and check of the content folder. */
interface Round {
  check: Promise<{ loaded: LoadedContent; check: ContentCheck }>;
  /** Collections that have taken their entries from this round. */
  taken: Set<LoadedCollection>;
  /** Collections whose entries are in the store. */
  stored: Set<LoadedCollection>;
}

/**
 * What the loaders share within the Astro process. Kept on `globalThis`: the content config is
 * loaded by Vite, the integration by Node, and both must see the same state.
 */
interface Shared {
  round: Round | undefined;
  /** Each collection's loader context, to update the store when a file changes in dev. */
  contexts: Map<LoadedCollection, LoaderContext>;
  watching: boolean;
  /** Set by the integration in dev: shows the report's errors in the browser's overlay. */
  showErrors?: (message: string) => void;
}

const KEY = Symbol.for('guichet.content-loader');
export function shared(): Shared {
  const global = globalThis as { [KEY]?: Shared };
  global[KEY] ??= { round: undefined, contexts: new Map(), watching: false };
  return global[KEY];
}

/** Reads and checks the whole folder, printing the report. */
async function readAndCheck(contentDir: string) {
  const loaded = loadContent(contentDir, process.cwd());
  const check = await checkContent(contentDir, loaded);
  if (check.report) process.stdout.write(check.report);
  return { loaded, check };
}

/** The round this collection takes its entries from: a new one when it has taken from the last. */
function roundFor(collection: LoadedCollection, contentDir: string): Round {
  const state = shared();
  if (!state.round || state.round.taken.has(collection)) {
    state.round = { check: readAndCheck(contentDir), taken: new Set(), stored: new Set() };
  }
  state.round.taken.add(collection);
  return state.round;
}

/** Path of a file relative to the project root, with `/`, as Astro stores it. */
function storePath(ctx: LoaderContext, absPath: string): string {
  return relative(fileURLToPath(ctx.config.root), absPath).split(sep).join('/');
}

/** Puts a collection's entries into Astro's store (only the ones whose file changed). */
async function store(ctx: LoaderContext, collection: LoadedCollection, entries: readonly ContentEntry[]) {
  const untouched = new Set(ctx.store.keys());
  for (const entry of entries) {
    if (entry.collection !== collection) continue;
    untouched.delete(entry.id);
    const digest = ctx.generateDigest(entry.source);
    const filePath = storePath(ctx, entry.absPath);
    const existing = ctx.store.get(entry.id);
    if (existing?.digest === digest && existing.filePath === filePath) {
      if (existing.deferredRender) ctx.store.addModuleImport(filePath);
      continue;
    }
    // The validator has parsed the entry with the collection's own schema (`entry.data`): the
    // store takes that result rather than parsing the same data with the same schema again.
    const data =
      entry.data !== undefined
        ? (entry.data as Record<string, unknown>)
        : await ctx.parseData({ id: entry.id, data: (entry.raw ?? {}) as Record<string, unknown>, filePath: entry.absPath });
    const body = entry.body?.trim();
    if (entry.absPath.endsWith('.mdx')) {
      ctx.store.set({ id: entry.id, data, ...(body ? { body } : {}), filePath, digest, deferredRender: true });
    } else if (entry.absPath.endsWith('.md')) {
      const rendered = await ctx.renderMarkdown(body ?? '', { fileURL: pathToFileURL(entry.absPath) });
      ctx.store.set({ id: entry.id, data, body: body ?? '', filePath, digest, rendered });
    } else {
      ctx.store.set({ id: entry.id, data, filePath, digest });
    }
  }
  for (const id of untouched) ctx.store.delete(id);
}

/** In dev: read and check again on every change under the folder, then update every collection. */
function watch(ctx: LoaderContext, contentDir: string) {
  const state = shared();
  if (state.watching || !ctx.watcher) return;
  state.watching = true;
  const watcher = ctx.watcher;
  watcher.add(contentDir);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const again = () => {
    running = running.then(async () => {
      const { loaded, check } = await readAndCheck(contentDir);
      if (!check.ok) {
        state.showErrors?.(`${contentErrorMessage(check, 'dev')}\n\n${check.plain}`);
        return;
      }
      if (!check.report) ctx.logger.info('Contenu vérifié : aucune erreur.');
      for (const [collection, context] of state.contexts) await store(context, collection, loaded.entries);
    });
  };
  watcher.on('all', (_event, path) => {
    if (!path.startsWith(contentDir)) return;
    clearTimeout(timer);
    timer = setTimeout(again, 300);
  });
}

/** Loads one collection from the content folder (`GUICHET_CONTENT_DIR`, or `content/`). */
async function loadCollection(collection: LoadedCollection, ctx: LoaderContext): Promise<void> {
  const contentDir = configuredContentDir();
  const state = shared();
  state.contexts.set(collection, ctx);
  const round = roundFor(collection, contentDir);
  const { loaded, check } = await round.check;
  watch(ctx, contentDir);
  if (!check.ok) {
    const command = ctx.watcher ? 'dev' : 'build';
    if (command === 'dev') state.showErrors?.(`${contentErrorMessage(check, 'dev')}\n\n${check.plain}`);
    const error = new AstroError(contentErrorMessage(check, command), 'Corrigez les erreurs du rapport ci-dessus, puis relancez la commande.');
    // The report above says where the mistake is: no stack trace of our own code after it.
    error.stack = '';
    throw error;
  }
  await store(ctx, collection, loaded.entries);
  // Once every collection is in the store, the parse (YAML trees with their positions, kept
  // for the report) is no longer needed: let it go rather than carry it through the build.
  round.stored.add(collection);
  if (LOADED_COLLECTIONS.every((c) => round.stored.has(c)) && state.round === round) state.round = undefined;
}

/** Makes `guichetLoader` (`./collection-loader.ts`) do its work; called by the integration. */
export function registerContentLoader(): void {
  (globalThis as { [LOADER_KEY]?: typeof loadCollection })[LOADER_KEY] = loadCollection;
}
