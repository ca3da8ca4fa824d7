/**
 * Finds where a data path sits in an entry's YAML, following the `yaml` package's node
 * ranges key by key, so nested values (`calendar[3].date.month`) get their own line and
 * column. A path that stops early (a missing key) points at the deepest node that exists.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
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

const keyText = (key: unknown): string | undefined =>
  isScalar(key) ? String(key.value) : typeof key === 'string' ? key : undefined;

const isEmptyValue = (node: unknown) => node == null || (isScalar(node) && node.value === null && !node.source);

/**
 * The span of the value at `path` (of its key when `key` is true, or when the value is
 * empty), in offsets of the whole file.
 */
export function locatePath(entry: ContentEntry, path: readonly PathSegment[], key = false): Span {
  const doc = entry.doc;
  let best: [number, number] = [0, 1];
  let node: unknown = doc?.contents;
  const top = spanOf(node as Node | null);
  if (top) best = top;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === String(segment));
      if (!pair) break;
      const last = i === path.length - 1;
      if ((last && key) || isEmptyValue(pair.value)) {
        best = spanOf(pair.key as Node) ?? best;
        break;
      }
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      node = item;
    } else {
      break;
    }
    best = spanOf(node as Node) ?? best;
  }
  return { offset: entry.yamlStart + best[0], length: best[1] };
}
