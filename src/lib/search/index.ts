/**
 * The offline search index, built with Pagefind's Node API while Astro builds the site
 * (`SearchIndexer`, fed by the guichet integration, `src/integration/`).
 *
 * - Pages: calls, case studies and briefs mark their main content with `data-pagefind-body`
 *   (everything else — header, navigation, footer, listings, the FAQ page — is left out) and
 *   their filters with `data-pagefind-filter` (see `SearchTags.astro`). Each page goes to
 *   Pagefind as Astro renders it (`src/integration/search-pages.ts`), not read back from disk
 *   at the end, so that Pagefind's own process parses it while Astro renders the next ones.
 * - FAQ entries: one record each (`faq-records.ts`), so that every question is its own result,
 *   leading to its anchor on its call's FAQ page, with the question as title. Records are made
 *   from the content, not read back from built pages. A record is indexed as a
 *   small virtual page (`addHTMLFile` with an explicit URL) rather than with `addCustomRecord`:
 *   its question is then an `h1`, weighted above the answer exactly like a page title, and a
 *   query may match words of the question and of the answer together (a custom record's
 *   title only boosts, it does not count as matched text).
 * - Typographic apostrophes are normalised in what Pagefind reads (see `normaliseApostrophes`).
 * - Language forced to French: one index, French stemming (« candidatures » finds
 *   « candidater »), accents folded at search time (« ecologie » finds « écologie »).
 */
import { escapeXml } from '../kit/xml';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
  /** Time from opening the index to the bundle written, in milliseconds. */
  ms: number;
  /** Time the build waited for the index once every page was rendered, in milliseconds. */
  writeMs: number;
  /** Of `writeMs`, the wait for pages and records still being indexed, in milliseconds. */
  backlogMs: number;
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

/** The address a built page is served at: `appels/a/index.html` → `/appels/a/`. */
export function pageUrl(sourcePath: string): string {
  const path = sourcePath.split(sep).join('/');
  return `/${path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path}`;
}

/**
 * A Pagefind index filled while the build runs, then written once. Pages and records are sent
 * to Pagefind's own process as soon as they are known (`addPage` as Astro renders each page,
 * `addRecords` when the FAQ index renders), so that Pagefind parses them on the machine's other
 * core while Astro renders the rest; `write` then waits for every answer, checks them and writes
 * the bundle. Requests go out in the order of the calls, so the index is the same on every
 * build. Every failure is a `SearchIndexError` with a French message naming the step.
 */
export class SearchIndexer {
  pages = 0;
  records = 0;
  /** True once FAQ records were given (even none): the FAQ index has rendered. */
  recordsGiven = false;
  private readonly pending: Promise<void>[] = [];
  private readonly failures: string[] = [];

  private readonly index: pagefind.PagefindIndex;
  private readonly started: number;

  private constructor(index: pagefind.PagefindIndex, started: number) {
    this.index = index;
    this.started = started;
  }

  /** Starts Pagefind's process and creates an empty French index. */
  static async open(): Promise<SearchIndexer> {
    const started = performance.now();
    try {
      const created = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE, writePlayground: false });
      check(created.errors, 'Création de l’index de recherche');
      if (!created.index) throw new SearchIndexError('Création de l’index de recherche : Pagefind n’a renvoyé aucun index');
      return new SearchIndexer(created.index, started);
    } catch (error) {
      await pagefind.close();
      throw asSearchError(error);
    }
  }

  private send(request: Promise<{ errors: string[] }>, step: string): void {
    this.pending.push(
      request.then(
        (result) => {
          if (result.errors.length > 0) this.failures.push(`${step} : ${result.errors.join(' ; ')}`);
        },
        (error: unknown) => {
          this.failures.push(`${step} : ${error instanceof Error ? error.message : String(error)}`);
        },
      ),
    );
  }

  /** Indexes a built page served at `url`, if it marks its main content for search. */
  addPage(url: string, html: string): void {
    if (!html.includes(BODY_ATTRIBUTE)) return;
    this.pages++;
    this.send(this.index.addHTMLFile({ url, content: normaliseApostrophes(html) }), `Indexation de la page ${url}`);
  }

  /** Indexes records that are not pages (FAQ entries), each as a small page of its own. */
  addRecords(records: readonly SearchRecord[]): void {
    this.recordsGiven = true;
    for (const record of records) {
      this.records++;
      this.send(
        this.index.addHTMLFile({ url: record.url, content: normaliseApostrophes(recordToHtml(record)) }),
        `Indexation de « ${record.title} » (${record.url})`,
      );
    }
  }

  /**
   * Waits for every page and record, then writes the bundle to `<distDir>/pagefind/` and closes
   * Pagefind's process. Fails when Pagefind refused anything, or when no page was marked for
   * indexing (unless `allowNoPage`: a site with no entry at all).
   */
  async write(distDir: string, options: { allowNoPage?: boolean } = {}): Promise<SearchIndexReport> {
    const outputPath = join(distDir, SEARCH_BUNDLE_DIR);
    const writeStarted = performance.now();
    try {
      await Promise.all(this.pending);
      const backlogMs = Math.round(performance.now() - writeStarted);
      if (this.failures.length > 0) throw new SearchIndexError(this.failures.join(' ; '));
      if (this.pages === 0 && !options.allowNoPage) {
        throw new SearchIndexError(`Indexation des pages de ${distDir} : aucune page ne porte l’attribut ${BODY_ATTRIBUTE}`);
      }
      rmSync(outputPath, { recursive: true, force: true });
      const written = await this.index.writeFiles({ outputPath });
      check(written.errors, `Écriture de l’index dans ${outputPath}`);
      for (const file of readdirSync(outputPath)) if (UNUSED_BUNDLE_FILES.test(file)) rmSync(join(outputPath, file));
      const now = performance.now();
      const ms = Math.round(now - this.started);
      const writeMs = Math.round(now - writeStarted);
      return { pages: this.pages, records: this.records, outputPath, ms, writeMs, backlogMs, ...searchIndexSize(distDir) };
    } catch (error) {
      throw asSearchError(error);
    } finally {
      await pagefind.close();
    }
  }

  /** Stops Pagefind's process without writing anything (a build that failed). */
  async discard(): Promise<void> {
    await pagefind.close();
  }
}

function asSearchError(error: unknown): SearchIndexError {
  if (error instanceof SearchIndexError) return error;
  return new SearchIndexError(`Index de recherche : ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Indexes an already built site in `distDir` (its pages read from disk, in name order) and the
 * given records, then writes the bundle to `<distDir>/pagefind/`. The build does the same while
 * it renders (`SearchIndexer`, fed by the guichet integration); this is for a site on disk.
 */
export async function buildSearchIndex(
  distDir: string,
  records: readonly SearchRecord[],
  options: { allowNoPage?: boolean } = {},
): Promise<SearchIndexReport> {
  const indexer = await SearchIndexer.open();
  const outputPath = join(distDir, SEARCH_BUNDLE_DIR);
  try {
    const files = listFiles(distDir)
      .filter((f) => f.endsWith('.html') && !f.startsWith(outputPath))
      .sort();
    for (const file of files) indexer.addPage(pageUrl(relative(distDir, file)), readFileSync(file, 'utf8'));
  } catch (error) {
    await indexer.discard();
    throw asSearchError(error);
  }
  indexer.addRecords(records);
  return indexer.write(distDir, options);
}
