/**
 * Links gate: every internal link, fragment and file reference in dist/ resolves.
 *
 * - HTML pages: links, images, stylesheets, scripts, forms, canonical and Open Graph URLs.
 *   A fragment (`#x`) must name an element of the target page.
 * - CSS: `url(…)` and `@import`.
 * - Text files (ICS, JSON, XML, TXT): absolute URLs of the site itself.
 * - ZIP and DOCX files (kits): the same, inside each archive entry.
 *
 * Links to other sites are not followed (no network); the third-party gate checks that no
 * page loads anything from them.
 */
import { unzipSync } from 'fflate';
import type { HTMLElement } from 'node-html-parser';
import { openDist, RESOURCE_ATTRIBUTES, urlOf, type Dist } from './dist';
import { tidy, type Problem } from './types';

export interface LinksOptions {
  /** Public URL of the site ("https://appels.example.fr"): absolute links to it are internal. */
  siteUrl: string;
}

/** Elements and attributes that hold a URL: links, and everything the browser fetches. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ...RESOURCE_ATTRIBUTES,
];
const SRCSET_ELEMENTS = ['img[srcset]', 'source[srcset]'];
const META_URL_PROPERTIES = ['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image'];
const TEXT_FILE = /\.(ics|json|txt|xml|webmanifest|csv|md)$/i;
const ARCHIVE_FILE = /\.(zip|docx|xlsx|pptx|odt|ods)$/i;
const ARCHIVE_TEXT_ENTRY = /\.(xml|rels|txt|json|ics|md|html|csv)$/i;

/** One reference found in a file. */
interface Reference {
  /** The URL as written. */
  value: string;
  /** Where it was found, to help fixing it ('<a href>', 'CSS url()'…). */
  where: string;
}

export function checkLinks(dist: string | Dist, options: LinksOptions): Problem[] {
  const site = openDist(dist);
  const origin = new URL(options.siteUrl).origin;
  const problems: Problem[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      set = anchorsOf(site.text(file));
      ids.set(file, set);
    }
    return set;
  };

  const check = (from: string, ref: Reference) => {
    const value = ref.value.trim();
    if (value === '' || value === '#') return;
    let url: URL;
    try {
      url = new URL(value, `${origin}${urlOf(from)}`);
    } catch {
      problems.push({ page: urlOf(from), message: `unreadable URL ${quote(value)} in ${ref.where}` });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    if (url.origin !== origin) return;
    const target = site.resolve(url.pathname);
    if (!target) {
      problems.push({
        page: urlOf(from),
        message: `broken link ${quote(value)} in ${ref.where}: no ${url.pathname} in dist/`,
      });
      return;
    }
    const fragment = decodeFragment(url.hash);
    if (!fragment || fragment === 'top' || fragment.startsWith(':~:') || !target.endsWith('.html')) return;
    if (!idsOf(target).has(fragment)) {
      problems.push({
        page: urlOf(from),
        message: `broken anchor ${quote(value)} in ${ref.where}: ${urlOf(target)} has no element with id="${fragment}"`,
      });
    }
  };

  for (const file of site.files) {
    if (file.endsWith('.html')) for (const ref of htmlReferences(site.html(file))) check(file, ref);
    else if (file.endsWith('.css')) for (const ref of cssReferences(site.text(file))) check(file, ref);
    else if (TEXT_FILE.test(file)) for (const ref of textReferences(site.text(file), origin, file)) check(file, ref);
    else if (ARCHIVE_FILE.test(file)) {
      try {
        for (const ref of archiveReferences(site.bytes(file), origin, 2)) check(file, ref);
      } catch (error) {
        problems.push({ page: urlOf(file), message: `unreadable archive: ${(error as Error).message}` });
      }
    }
  }
  return tidy(problems);
}

/** Every URL an HTML page refers to. */
export function htmlReferences(doc: HTMLElement): Reference[] {
  const refs: Reference[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of doc.querySelectorAll(selector)) {
      const value = el.getAttribute(attribute);
      if (value === undefined) continue;
      const rel = el.tagName === 'LINK' ? ` rel="${el.getAttribute('rel') ?? ''}"` : '';
      // Hints to other origins are not resources of this site.
      if (/\b(dns-prefetch|preconnect)\b/.test(rel)) continue;
      refs.push({ value, where: `<${el.tagName.toLowerCase()}${rel} ${attribute}>` });
    }
  }
  for (const selector of SRCSET_ELEMENTS) {
    for (const el of doc.querySelectorAll(selector)) {
      for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
        const value = candidate.trim().split(/\s+/)[0];
        if (value) refs.push({ value, where: `<${el.tagName.toLowerCase()} srcset>` });
      }
    }
  }
  for (const el of doc.querySelectorAll('meta[property], meta[name]')) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
    const value = el.getAttribute('content');
    if (META_URL_PROPERTIES.includes(key) && value) refs.push({ value, where: `<meta property="${key}">` });
  }
  for (const el of doc.querySelectorAll('[style]')) {
    for (const ref of cssReferences(el.getAttribute('style') ?? '')) refs.push({ ...ref, where: 'a style attribute' });
  }
  for (const el of doc.querySelectorAll('style')) {
    for (const ref of cssReferences(el.textContent)) refs.push({ ...ref, where: 'a <style> element' });
  }
  return refs;
}

/** `url(…)` and `@import "…"` in a stylesheet. */
export function cssReferences(css: string): Reference[] {
  const refs: Reference[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of withoutComments.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/gi)) {
    const value = m[2]!.trim();
    if (!value.startsWith('data:') && !value.startsWith('#')) refs.push({ value, where: 'CSS url()' });
  }
  for (const m of withoutComments.matchAll(/@import\s+(["'])([^"']+)\1/gi))
    refs.push({ value: m[2]!, where: 'CSS @import' });
  return refs;
}

/** Absolute URLs of the site written in a text file (ICS lines are unfolded first). */
export function textReferences(text: string, origin: string, name: string): Reference[] {
  const unfolded = name.toLowerCase().endsWith('.ics') ? text.replace(/\r?\n[ \t]/g, '') : text;
  const pattern = new RegExp(`${escapeRegExp(origin)}(?:[/?#][^\\s"'<>\\\\\`]*)?`, 'g');
  const refs: Reference[] = [];
  for (const m of unfolded.matchAll(pattern)) {
    const value = m[0].replace(/&amp;/g, '&').replace(/[.,;:!?)\]}]+$/, '');
    refs.push({ value, where: `the text of ${name}` });
  }
  return refs;
}

/**
 * Site URLs inside the text entries of a ZIP-based file, nested archives included up to
 * `depth`. Throws when an archive cannot be read.
 */
export function archiveReferences(bytes: Uint8Array, origin: string, depth: number, label = 'archive'): Reference[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    throw new Error(`${label}: ${(error as Error).message}`, { cause: error });
  }
  const refs: Reference[] = [];
  const decoder = new TextDecoder();
  for (const [name, data] of Object.entries(entries)) {
    if (ARCHIVE_TEXT_ENTRY.test(name)) {
      for (const ref of textReferences(decoder.decode(data), origin, name))
        refs.push({ ...ref, where: `${name} inside the ${label}` });
    } else if (depth > 1 && ARCHIVE_FILE.test(name)) {
      refs.push(...archiveReferences(data, origin, depth - 1, `${name} inside the ${label}`));
    }
  }
  return refs;
}

/**
 * The ids (and `<a name>`) of a page, read from its markup rather than a DOM, so that a
 * malformed page (which the HTML gate reports) does not make its anchors look missing too.
 */
export function anchorsOf(html: string): Set<string> {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  const set = new Set<string>();
  for (const tag of markup.matchAll(/<[a-z][\w-]*\b[^>]*>/gi)) {
    const isAnchor = /^<a\b/i.test(tag[0]);
    for (const m of tag[0].matchAll(/\s(id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
      if (m[1]!.toLowerCase() === 'name' && !isAnchor) continue;
      set.add(decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
    }
  }
  return set;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (all, code: string) => {
    const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
    if (code[0] !== '#') return named[code.toLowerCase()] ?? all;
    const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(n) ? String.fromCodePoint(n) : all;
  });
}

function decodeFragment(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function quote(value: string): string {
  return `"${value.length > 120 ? `${value.slice(0, 117)}…` : value}"`;
}
