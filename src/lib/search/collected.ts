/**
 * The build's search index travels between the guichet integration and the pages through
 * here: the integration opens it when the build starts (`openLiveIndex`) and writes it when
 * the pages are written (`takeLiveIndex`); the pages feed it while Astro renders them — every
 * page through the integration's middleware, the FAQ records from `/faq/`
 * (`collectFaqRecords`). All run in the build's process but not in one module graph (the
 * pages are bundled by Vite), hence a slot on `globalThis`. Outside a build (`astro dev`,
 * tests) there is no index and feeding it does nothing.
 */
import type { SearchRecord } from './faq-records';

/** What the pages need of the build's index (`SearchIndexer` in `./index.ts`). */
export interface LiveIndex {
  addPage(url: string, html: string): void;
  addRecords(records: readonly SearchRecord[]): void;
}

const SLOT = Symbol.for('guichet.searchIndex');
type Slot = { [SLOT]?: LiveIndex };

/** Makes `index` the one the pages of this build feed. */
export function openLiveIndex(index: LiveIndex): void {
  (globalThis as Slot)[SLOT] = index;
}

/** The index this build's pages feed, if a build is running. */
export function liveIndex(): LiveIndex | undefined {
  return (globalThis as Slot)[SLOT];
}

/** The index of this build, or undefined when none was opened; empties the slot. */
export function takeLiveIndex<T extends LiveIndex>(): T | undefined {
  const slot = globalThis as Slot;
  const index = slot[SLOT];
  delete slot[SLOT];
  return index as T | undefined;
}

/** Hands the FAQ records of this build to its index (`/faq/` renders once, with every entry). */
export function collectFaqRecords(records: readonly SearchRecord[]): void {
  liveIndex()?.addRecords(records);
}
