/** Test helpers: read the built site in dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { norm, root } from './content';

/** The built site: dist/, or the folder `GUICHET_DIST` names (as `npm run build` does). */
export const dist = resolve(process.env['GUICHET_DIST'] ?? join(root, 'dist'));
export const built = existsSync(join(dist, 'index.html'));

/** Parses the page at a public URL path ("/appels/atelier-foncier/"). */
export function page(urlPath: string): HTMLElement {
  const file = urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
  return parse(readFileSync(file, 'utf8'));
}

/** The normalised text of an element. */
export function textOf(el: HTMLElement | null): string {
  if (!el) throw new Error('element not found');
  return norm(el.textContent);
}
