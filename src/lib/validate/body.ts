/**
 * An entry's Markdown body, parsed once for every rule that reads it: the forbidden markup it
 * carries (`contenu/html-interdit`, `contenu/mdx`) and its text runs (prose dates, counts,
 * phases). Both are kept per entry; the syntax tree itself is not (it is large, and no rule
 * needs it once both are read).
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findUnsafeHtmlInTree, type UnsafeHtml } from '../markdown/raw-html';
import { textRuns, type TextRun } from './prose/markdown-text';
import type { ContentEntry } from './types';

interface BodyReading {
  unsafe: readonly UnsafeHtml[];
  runs: TextRun[];
}

const parser = unified().use(remarkParse);
const readings = new WeakMap<ContentEntry, BodyReading>();
const none: BodyReading = { unsafe: [], runs: [] };

function read(entry: ContentEntry): BodyReading {
  if (entry.body === undefined) return none;
  let reading = readings.get(entry);
  if (!reading) {
    const tree = parser.parse(entry.body) as Root;
    reading = {
      unsafe: findUnsafeHtmlInTree(tree, entry.body),
      runs: entry.bodyStart === undefined ? [] : textRuns(tree, entry.bodyStart),
    };
    readings.set(entry, reading);
  }
  return reading;
}

/** Forbidden markup in the body, in the order written (offsets relative to the body). */
export function unsafeHtmlOf(entry: ContentEntry): readonly UnsafeHtml[] {
  return read(entry).unsafe;
}

/** The text runs of an entry's body (empty for YAML entries). */
export function bodyRuns(entry: ContentEntry): TextRun[] {
  return read(entry).runs;
}
