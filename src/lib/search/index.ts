/**
 * The offline search index, built with Pagefind's Node API when Astro has written the pages
 * (`astro:build:done`, in `src/integration/index.ts`).
 *
 * - Pages: calls, case studies and briefs mark their main content with `data-pagefind-body`
 *   (everything else — header, navigation, footer, listings, the FAQ page — is left out) and
 *   their filters with `data-pagefind-filter` (see `SearchTags.astro`).
 * - FAQ entries: one record each (`faq-records.ts`), so that every question is its own result,
 *   leading to its anchor on its call's FAQ page, with the question as title. Records are made
 *   from the content, not read back from built pages. A record is indexed as a
 *   small virtual page (`addHTMLFile` with an explicit URL) rather than with `addCustomRecord`:
 *   its question is then an `h1`, weighted above the answer exactly like a page title, and a
 *   query may match words of the question and of the answer together (a custom record's
 *   title only boosts, it does not count as matched text).
 * - Pages are read from disk and given to Pagefind one by one (rather than `addDirectory`) so
 *   that typographic apostrophes can be normalised first (see `normaliseApostrophes`).
 * - Language forced to French: one index, French stemming (« candidatures » finds
 *   « candidater »), accents folded at search time (« ecologie » finds « écologie »).
 */
import { escapeXml } from '../kit/xml';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './faq-records';
import { filterAttributes } from '../shared/search/filters';

export type { SearchRecord } from './faq-records';

/** Folder of the Pagefind bundle inside the built site. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Language of every page and record. */
export const SEARCH_LANGUAGE = 'fr';

/** An indexing failure; its message is in French and names the step that failed. */
export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

/** Size of the Pagefind bundle written into a built site. */
export interface SearchIndexSize {
  /** Number of files in `pagefind/`. */
  files: number;
  /** Total bytes of `pagefind/`. */
  bytes: number;
  /** Bytes of the index proper: word index, metadata, filters and result fragments. */
  indexBytes: number;
  /** Bytes of the search runtime: Pagefind's JavaScript, worker and WebAssembly. */
  runtimeBytes: number;
}

/** What `buildSearchIndex` did. */
export interface SearchIndexReport extends SearchIndexSize {
  /** HTML pages indexed (those with `data-pagefind-body`). */
  pages: number;
  /** Records indexed besides pages (FAQ entries). */
  records: number;
  /** Absolute path of the written bundle. */
  outputPath: string;
  /** Indexing time in milliseconds. */
  ms: number;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * Size of the search bundle of a built site (`<distDir>/pagefind/`), for the benchmark and
 * the build log. Throws when there is no bundle.
 */
export function searchIndexSize(distDir: string): SearchIndexSize {
  const dir = join(distDir, SEARCH_BUNDLE_DIR);
  const files = listFiles(dir);
  let bytes = 0;
  let indexBytes = 0;
  let runtimeBytes = 0;
  for (const file of files) {
    const size = statSync(file).size;
    bytes += size;
    if (/\.(pf_index|pf_meta|pf_filter|pf_fragment)$/.test(file) || relative(dir, file) === 'pagefind-entry.json') indexBytes += size;
    else runtimeBytes += size;
  }
  return { files: files.length, bytes, indexBytes, runtimeBytes };
}

/** Weight of a record's context line (body text weighs 1, an `h1` 7). */
const CONTEXT_WEIGHT = 0.5;

/**
 * Starts a record's context line in the indexed text, so that the search page can cut it
 * from excerpts (it is there to be found, not to be read twice).
 */
export const CONTEXT_MARK = '¶';

/** Pagefind's ready-made interfaces, written with every bundle; the search page has its own. */
const UNUSED_BUNDLE_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Pages are indexed only if they mark their main content with this attribute. */
const BODY_ATTRIBUTE = 'data-pagefind-body';

/**
 * Typographic apostrophes (’, as French typography writes « l’écologie ») become ASCII ones
 * in the indexed text: Pagefind splits « l'écologie » into « l » and « écologie » but keeps
 * « l’écologie » as one word, which « écologie » would not find. The search page turns
 * them back into ’ when it shows titles and excerpts, and normalises queries the same way.
 */
export function normaliseApostrophes(text: string): string {
  return text.replace(/[\u2019\u02BC]/g, "'");
}

function check(errors: readonly string[] | undefined, step: string): void {
  if (errors && errors.length > 0) {
    throw new SearchIndexError(`${step} : ${errors.join(' ; ')}`);
  }
}


/**
 * A record as the HTML of a virtual page: the title as its `h1`, the content as body text,
 * the filters and metadata as Pagefind attributes. Records are thus weighted exactly like
 * real pages (a question counts as much as a page title, above answer text).
 */
export function recordToHtml(record: SearchRecord): string {
  const filters = filterAttributes(record.filters).map((f) => `<span data-pagefind-filter="${escapeXml(f)}"></span>`);
  const meta = Object.entries(record.meta ?? {}).map(([key, value]) => `<span data-pagefind-meta="${escapeXml(`${key}:${value}`)}"></span>`);
  return [
    `<!doctype html><html lang="${SEARCH_LANGUAGE}"><head><title>${escapeXml(record.title)}</title></head>`,
    `<body><main ${BODY_ATTRIBUTE}><h1>${escapeXml(record.title)}</h1><p>${escapeXml(record.content)}</p>`,
    record.context ? `<p data-pagefind-weight="${CONTEXT_WEIGHT}">${CONTEXT_MARK} ${escapeXml(record.context)}</p>` : '',
    `<div data-pagefind-ignore>${filters.join('')}${meta.join('')}</div></main></body></html>`,
  ].join('');
}

/**
 * Runs `add` over every item, a batch at a time: the requests of a batch go to Pagefind
 * together (in the items' order, so the index is the same on every build) instead of waiting
 * for each answer in turn, which cost one round trip per page.
 */
async function inBatches<T>(items: readonly T[], add: (item: T) => Promise<void>, size = 64): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(add));
}

/**
 * Indexes the built site in `distDir` and the given records (FAQ entries), then writes the
 * bundle to `<distDir>/pagefind/`. Every Pagefind response is checked; the Pagefind service
 * is closed whatever happens. Throws a `SearchIndexError` (French message) on any failure,
 * including a site where no page is marked for indexing (unless `allowNoPage`: a site with no
 * entry at all).
 */
export async function buildSearchIndex(
  distDir: string,
  records: readonly SearchRecord[],
  options: { allowNoPage?: boolean } = {},
): Promise<SearchIndexReport> {
  const started = performance.now();
  const outputPath = join(distDir, SEARCH_BUNDLE_DIR);
  try {
    const created = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE, writePlayground: false });
    check(created.errors, 'Création de l’index de recherche');
    const index = created.index;
    if (!index) throw new SearchIndexError('Création de l’index de recherche : Pagefind n’a renvoyé aucun index');

    let pages = 0;
    const files = listFiles(distDir).filter((f) => f.endsWith('.html') && !f.startsWith(outputPath));
    await inBatches(files, async (file) => {
      const html = readFileSync(file, 'utf8');
      if (!html.includes(BODY_ATTRIBUTE)) return;
      const sourcePath = relative(distDir, file);
      const result = await index.addHTMLFile({ sourcePath, content: normaliseApostrophes(html) });
      check(result.errors, `Indexation de la page ${sourcePath}`);
      pages++;
    });
    if (pages === 0 && !options.allowNoPage) {
      throw new SearchIndexError(`Indexation des pages de ${distDir} : aucune page ne porte l’attribut ${BODY_ATTRIBUTE}`);
    }

    await inBatches(records, async (record) => {
      const result = await index.addHTMLFile({ url: record.url, content: normaliseApostrophes(recordToHtml(record)) });
      check(result.errors, `Indexation de « ${record.title} » (${record.url})`);
    });

    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    check(written.errors, `Écriture de l’index dans ${outputPath}`);
    for (const file of readdirSync(outputPath)) if (UNUSED_BUNDLE_FILES.test(file)) rmSync(join(outputPath, file));

    return { pages, records: records.length, outputPath, ms: Math.round(performance.now() - started), ...searchIndexSize(distDir) };
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(`Index de recherche : ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pagefind.close();
  }
}
