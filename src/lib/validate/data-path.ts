/** Data paths as authors read them: `pricing.brackets[3].min`. */
import type { ContentEntry, PathSegment } from './types';

/** Formats a data path: keys joined by dots, indices in brackets (`calendar[2].date`). */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/**
 * The acknowledgement target of a finding in `entry`, about `local` (a data path or a text).
 * In the call's own file the target is `local` as is; in another file (a case study, a FAQ
 * entry, a brief) it is prefixed with that entry: `territories/bayeux-intercom:epcis[0].name`.
 */
export function targetIn(entry: ContentEntry, local: string): string {
  if (entry.collection === 'calls') return local;
  return `${entry.collection}/${entry.id}:${local}`;
}
