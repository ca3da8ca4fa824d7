/**
 * The Markdown syntax tree of an entry's body, parsed once and shared by every rule that
 * reads it (forbidden markup, MDX problems, prose dates, counts, phases), and the forbidden
 * markup found in it. Both are kept per entry, for as long as the entry lives.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findUnsafeHtmlInTree, type UnsafeHtml } from '../markdown/raw-html';
import type { ContentEntry } from './types';

const parser = unified().use(remarkParse);
const trees = new WeakMap<ContentEntry, Root>();
const unsafe = new WeakMap<ContentEntry, UnsafeHtml[]>();

/** The body's tree (offsets relative to the body); undefined for a YAML entry. */
export function bodyTree(entry: ContentEntry): Root | undefined {
  if (entry.body === undefined) return undefined;
  let tree = trees.get(entry);
  if (!tree) {
    tree = parser.parse(entry.body) as Root;
    trees.set(entry, tree);
  }
  return tree;
}

/** Forbidden markup in the body, in the order written (offsets relative to the body). */
export function unsafeHtmlOf(entry: ContentEntry): readonly UnsafeHtml[] {
  const tree = bodyTree(entry);
  if (!tree || entry.body === undefined) return [];
  let found = unsafe.get(entry);
  if (!found) {
    found = findUnsafeHtmlInTree(tree, entry.body);
    unsafe.set(entry, found);
  }
  return found;
}
