/**
 * "Nothing leaves the site" gate, on the files (the browser test `tests/e2e/offline.spec.ts`
 * checks the same on the live pages):
 *
 * - every page carries a Content-Security-Policy meta tag whose sources are this site only
 *   ('self', data:, blob:, hashes…): no other origin, no scheme-wide or `*` source, no report
 *   endpoint elsewhere;
 * - no page, stylesheet or script refers to a resource of another origin (scripts, styles,
 *   fonts, images, frames, forms, preconnect hints), nor to a known tracker or CDN;
 * - nothing inline that this CSP would block (the feature would silently break): inline
 *   scripts, event-handler attributes, `<style>` elements and `style` attributes, unless the
 *   policy allows them.
 */
import { createHash } from 'node:crypto';
import type { HTMLElement } from 'node-html-parser';
import { cssReferences } from './links';
import { openDist, RESOURCE_ATTRIBUTES, urlOf, type Dist } from './dist';
import { tidy, type Problem } from './types';

export interface ThirdPartyOptions {
  /** Public URL of the site: its own origin is not a third party. */
  siteUrl: string;
}

/** Hosts of trackers, analytics, font services and public CDNs, named when found in a file. */
export const KNOWN_THIRD_PARTIES = [
  'google-analytics.com',
  'googletagmanager.com',
  'doubleclick.net',
  'googlesyndication.com',
  'fonts.googleapis.com',
  'fonts.gstatic.com',
  'ajax.googleapis.com',
  'use.typekit.net',
  'use.fontawesome.com',
  'kit.fontawesome.com',
  'cdn.jsdelivr.net',
  'unpkg.com',
  'cdnjs.cloudflare.com',
  'code.jquery.com',
  'stackpath.bootstrapcdn.com',
  'connect.facebook.net',
  'platform.twitter.com',
  'static.hotjar.com',
  'script.hotjar.com',
  'clarity.ms',
  'plausible.io',
  'matomo.cloud',
  'cdn.matomo.cloud',
  'stats.wp.com',
  'cdn.segment.com',
  'mixpanel.com',
  'browser.sentry-cdn.com',
  'js.hs-scripts.com',
  'tarteaucitron.io',
  'youtube.com/embed',
  'player.vimeo.com',
  'xiti.com',
  'atinternet.com',
  'eulerian.net',
];

/** Source keywords and schemes that stay on this site. */
const LOCAL_SOURCES = new Set([
  "'self'",
  "'none'",
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'wasm-unsafe-eval'",
  "'unsafe-hashes'",
  "'strict-dynamic'",
  "'report-sample'",
  "'inline-speculation-rules'",
  'data:',
  'blob:',
]);
/** Directives whose value is not a source list. */
const NON_SOURCE_DIRECTIVES = new Set([
  'sandbox',
  'upgrade-insecure-requests',
  'block-all-mixed-content',
  'require-trusted-types-for',
  'trusted-types',
  'plugin-types',
]);

/** `<link rel>` values that are navigation metadata, not a fetch. */
const NON_FETCH_RELS =
  /^(canonical|alternate|author|license|help|me|next|prev|search|bookmark|external|nofollow|noopener|noreferrer|tag)$/;
const SCRIPT_TYPES = /^(|module|(text|application)\/(x-)?(java|ecma)script|text\/jscript|text\/livescript)$/i;

export type Csp = Map<string, string[]>;

/** Parses a policy: directive name → sources, lower-cased names. */
export function parseCsp(policy: string): Csp {
  const csp: Csp = new Map();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !csp.has(name.toLowerCase())) csp.set(name.toLowerCase(), values);
  }
  return csp;
}

/** The sources that apply to a directive, following CSP's fallback chain. */
export function effectiveSources(csp: Csp, directive: string): string[] | undefined {
  const chain: Record<string, string[]> = {
    'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
    'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
    'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
    'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
  };
  for (const name of chain[directive] ?? [directive, 'default-src']) {
    const sources = csp.get(name);
    if (sources) return sources;
  }
  return undefined;
}

/** Whether inline content is allowed by these sources (a hash or nonce disables 'unsafe-inline'). */
function allowsInline(sources: string[] | undefined, content?: string): boolean {
  if (!sources) return true;
  const lower = sources.map((s) => s.toLowerCase());
  if (content !== undefined) {
    const hash = `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
    if (sources.includes(hash)) return true;
  }
  const hashOrNonce = lower.some((s) => /^'(sha256|sha384|sha512|nonce)-/.test(s));
  return lower.includes("'unsafe-inline'") && !hashOrNonce;
}

/** Problems with a policy's sources, for a site whose own origin is `origin`. */
export function cspProblems(policy: string, origin: string): string[] {
  const csp = parseCsp(policy);
  const out: string[] = [];
  if (!csp.has('default-src')) out.push(`the Content-Security-Policy has no default-src: "${policy}"`);
  for (const [name, sources] of csp) {
    if (NON_SOURCE_DIRECTIVES.has(name)) continue;
    if (name === 'report-uri' || name === 'report-to') {
      out.push(`the Content-Security-Policy sends reports elsewhere (${name} ${sources.join(' ')})`);
      continue;
    }
    for (const source of sources) {
      const lower = source.toLowerCase();
      if (LOCAL_SOURCES.has(lower) || /^'(sha256|sha384|sha512|nonce)-/.test(lower)) continue;
      if (!isOrigin(source, origin)) out.push(`the Content-Security-Policy allows another origin: ${name} ${source}`);
    }
  }
  return out;
}

function isOrigin(source: string, origin: string): boolean {
  try {
    return new URL(source).origin === origin;
  } catch {
    return false;
  }
}

export function checkThirdParty(dist: string | Dist, options: ThirdPartyOptions): Problem[] {
  const site = openDist(dist);
  const origin = new URL(options.siteUrl).origin;
  const problems: Problem[] = [];
  const isForeign = (value: string, base: string): string | undefined => {
    try {
      const url = new URL(value.trim(), base);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) return url.origin;
    } catch {
      return undefined;
    }
    return undefined;
  };

  for (const file of site.htmlFiles) {
    const page = urlOf(file);
    const base = `${origin}${page}`;
    const doc = site.html(file);
    const metas = doc
      .querySelectorAll('meta[http-equiv]')
      .filter((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
    if (metas.length === 0) problems.push({ page, message: 'no Content-Security-Policy meta tag' });
    const csp = parseCsp(metas[0]?.getAttribute('content') ?? '');
    for (const meta of metas) {
      for (const message of cspProblems(meta.getAttribute('content') ?? '', origin)) problems.push({ page, message });
    }
    for (const { element, value, where } of resourceReferences(doc)) {
      const foreign = isForeign(value, base);
      if (foreign) problems.push({ page, message: `${where} loads from another origin (${foreign}): ${element}` });
    }
    problems.push(...inlineProblems(doc, csp, metas.length > 0).map((message) => ({ page, message })));
    // Inline code that injects a tracker names its host in a string.
    const inline = doc
      .querySelectorAll('script, style')
      .filter((el) => el.getAttribute('src') === undefined)
      .map((el) => el.textContent)
      .join('\n');
    problems.push(
      ...knownHosts(inline).map((host) => ({
        page,
        message: `inline code refers to ${host} (tracker, font service or CDN)`,
      })),
    );
  }

  for (const file of site.files) {
    const page = urlOf(file);
    if (file.endsWith('.css')) {
      for (const ref of cssReferences(site.text(file))) {
        const foreign = isForeign(ref.value, `${origin}${page}`);
        if (foreign)
          problems.push({ page, message: `${ref.where} loads from another origin (${foreign}): ${ref.value}` });
      }
      problems.push(
        ...knownHosts(site.text(file)).map((host) => ({
          page,
          message: `refers to ${host} (tracker, font service or CDN)`,
        })),
      );
    } else if (/\.(m?js)$/.test(file)) {
      const js = site.text(file);
      for (const m of js.matchAll(
        /(?:\bimport\s*\(|\bfrom|\bimport|\bimportScripts\s*\(|\bfetch\s*\(|\bsendBeacon\s*\(|\bnew\s+(?:WebSocket|EventSource|Worker)\s*\()\s*["'`]((?:https?:)?\/\/[^"'`\s]+)/g,
      )) {
        const foreign = isForeign(m[1]!, `${origin}${page}`);
        if (foreign) problems.push({ page, message: `script requests another origin (${foreign}): ${m[1]}` });
      }
      problems.push(
        ...knownHosts(js).map((host) => ({ page, message: `refers to ${host} (tracker, font service or CDN)` })),
      );
    }
  }
  return tidy(problems);
}

interface ResourceReference {
  element: string;
  value: string;
  where: string;
}

function resourceReferences(doc: HTMLElement): ResourceReference[] {
  const out: ResourceReference[] = [];
  for (const [selector, attribute] of RESOURCE_ATTRIBUTES) {
    for (const el of doc.querySelectorAll(selector)) {
      const tag = el.tagName.toLowerCase();
      if (tag === 'link') {
        const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
        if (rels.length > 0 && rels.every((r) => NON_FETCH_RELS.test(r))) continue;
      }
      const value = el.getAttribute(attribute) ?? '';
      out.push({ element: shortTag(el), value, where: tag === 'form' ? 'a form sends its data and' : `<${tag}>` });
    }
  }
  for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
      const value = candidate.trim().split(/\s+/)[0];
      if (value) out.push({ element: shortTag(el), value, where: `<${el.tagName.toLowerCase()} srcset>` });
    }
  }
  for (const el of doc.querySelectorAll('[style]')) {
    for (const ref of cssReferences(el.getAttribute('style') ?? ''))
      out.push({ element: shortTag(el), value: ref.value, where: 'a style attribute' });
  }
  for (const el of doc.querySelectorAll('style')) {
    for (const ref of cssReferences(el.textContent))
      out.push({ element: '<style>', value: ref.value, where: `<style> ${ref.where}` });
  }
  return out;
}

/** Inline code the page's own CSP would block. */
function inlineProblems(doc: HTMLElement, csp: Csp, hasCsp: boolean): string[] {
  if (!hasCsp) return [];
  const out: string[] = [];
  for (const el of doc.querySelectorAll('script')) {
    if (el.getAttribute('src') !== undefined) continue;
    if (!SCRIPT_TYPES.test((el.getAttribute('type') ?? '').trim())) continue;
    if (!allowsInline(effectiveSources(csp, 'script-src-elem'), el.textContent)) {
      out.push(
        `inline <script> is blocked by the page's Content-Security-Policy: move it to a file (${snippet(el.textContent)})`,
      );
    }
  }
  const handlers = doc.querySelectorAll('*').flatMap((el) =>
    Object.keys(el.attributes)
      .filter((name) => /^on[a-z]+$/i.test(name))
      .map((name) => `${name} on ${shortTag(el)}`),
  );
  if (handlers.length > 0 && !allowsInline(effectiveSources(csp, 'script-src-attr'))) {
    out.push(
      `event-handler attributes are blocked by the page's Content-Security-Policy: ${handlers.slice(0, 5).join(', ')}`,
    );
  }
  for (const el of doc.querySelectorAll('style')) {
    if (!allowsInline(effectiveSources(csp, 'style-src-elem'), el.textContent)) {
      out.push(
        `inline <style> is blocked by the page's Content-Security-Policy: move it to a stylesheet (${snippet(el.textContent)})`,
      );
    }
  }
  const styled = doc.querySelectorAll('[style]');
  if (styled.length > 0 && !allowsInline(effectiveSources(csp, 'style-src-attr'))) {
    out.push(
      `style attributes are blocked by the page's Content-Security-Policy: ${styled
        .slice(0, 5)
        .map(shortTag)
        .join(', ')}`,
    );
  }
  return out;
}

/** Known third-party hosts named in a text. */
export function knownHosts(text: string): string[] {
  const lower = text.toLowerCase();
  return KNOWN_THIRD_PARTIES.filter((host) => {
    let i = lower.indexOf(host);
    while (i >= 0) {
      const before = i === 0 ? '' : lower[i - 1]!;
      // A whole host name ("plausible.io"), not a part of a longer one or of a word.
      if (before === '' || /[/.\s"'(=@]/.test(before)) return true;
      i = lower.indexOf(host, i + 1);
    }
    return false;
  });
}

function shortTag(el: HTMLElement): string {
  const attrs = Object.entries(el.attributes)
    .slice(0, 3)
    .map(([k, v]) => `${k}="${v.length > 60 ? `${v.slice(0, 57)}…` : v}"`)
    .join(' ');
  return `<${el.tagName.toLowerCase()}${attrs ? ` ${attrs}` : ''}>`;
}

function snippet(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > 60 ? `${t.slice(0, 57)}…` : t}"`;
}
