/**
 * FAQ search records travel from the build's pages to the search index through here. The
 * `/faq/` page makes them from the parsed content collections as Astro renders it
 * (`collectFaqRecords`); the guichet integration takes them when the pages are written
 * (`takeFaqRecords`, at `astro:build:done`). Both run in the build's process but not in one
 * module graph (the page is bundled by Vite), hence a slot on `globalThis`.
 */
import type { SearchRecord } from './faq-records';

const SLOT = Symbol.for('guichet.faqSearchRecords');
type Slot = { [SLOT]?: SearchRecord[] };

/** Keeps the FAQ records of this build (the last call wins: `/faq/` is rendered once). */
export function collectFaqRecords(records: readonly SearchRecord[]): void {
  (globalThis as Slot)[SLOT] = [...records];
}

/** The FAQ records of this build, or undefined when no page has given them; empties the slot. */
export function takeFaqRecords(): SearchRecord[] | undefined {
  const slot = globalThis as Slot;
  const records = slot[SLOT];
  delete slot[SLOT];
  return records;
}
