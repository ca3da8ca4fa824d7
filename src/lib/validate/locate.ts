/**
 * Finds where a data path sits in an entry's YAML, following the `yaml` package's node
 * ranges key by key, so nested values (`calendar[3].date.month`) get their own line and
 * column. A path that stops early (a missing key) points at the start of the deepest node
 * that exists.
 */
import { type Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { parseYaml } from './load';
import type { ContentEntry, PathSegment } from './types';

export interface Span {
  /** Offset in the entry's whole file. */
  offset: number;
  length: number;
}

function spanOf(node: Node | null | undefined): [number, number] | undefined {
  const range = node?.range;
  if (!range) return undefined;
  return [range[0], Math.max(range[1] - range[0], 1)];
}

const documents = new WeakMap<ContentEntry, Document.Parsed>();

/**
 * The entry's YAML document with node ranges (offsets relative to `yamlStart`), parsed again
 * from `yamlText` the first time a finding needs it; undefined when there is no YAML text.
 */
export function yamlDocument(entry: ContentEntry): Document.Parsed | undefined {
  if (entry.yamlText === '') return undefined;
  let doc = documents.get(entry);
  if (!doc) {
    doc = parseYaml(entry.yamlText);
    documents.set(entry, doc);
  }
  return doc;
}

const keyText = (key: unknown): string | undefined =>
  isScalar(key) ? String(key.value) : typeof key === 'string' ? key : undefined;

const isEmptyValue = (node: unknown) => node == null || (isScalar(node) && node.value === null && !node.source);

/**
 * The span of the value at `path` (of its key when `key` is true, when the value is empty,
 * or when it is a block map or list), in offsets of the whole file.
 */
export function locatePath(entry: ContentEntry, path: readonly PathSegment[], key = false): Span {
  const doc = yamlDocument(entry);
  let best: [number, number] = [0, 1];
  let node: unknown = doc?.contents;
  const top = spanOf(node as Node | null);
  if (top) best = top;
  let found = true;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === String(segment));
      if (!pair) {
        found = false;
        break;
      }
      const last = i === path.length - 1;
      // A block map or list spans many lines: its key is the clearer spot.
      const block = (isMap(pair.value) || isSeq(pair.value)) && !pair.value.flow;
      if ((last && (key || block)) || isEmptyValue(pair.value)) {
        best = spanOf(pair.key as Node) ?? best;
        break;
      }
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) {
        found = false;
        break;
      }
      node = item;
    } else {
      found = false;
      break;
    }
    best = spanOf(node as Node) ?? best;
  }
  // A missing value is marked by a single caret at the start of where it belongs.
  return { offset: entry.yamlStart + best[0], length: found ? best[1] : 1 };
}
