/**
 * Size budgets gate, on the built files, gzip-compressed (zlib level 6, as a web server
 * would send them). The figures and how they were chosen are in docs/budgets.md.
 *
 * - a call page's HTML, and all the CSS it loads;
 * - the CSS any page loads;
 * - zero executable JavaScript on pages without an interactive tool; on the pages that have
 *   one, a budget for the JavaScript they load at start (their scripts and static imports).
 *
 * JSON-LD and other data blocks (`<script type="application/ld+json">`) are not JavaScript.
 */
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { cssReferences } from './links';
import { openDist, urlOf, type Dist } from './dist';
import { tidy, type Problem } from './types';

export interface Budgets {
  /** Largest gzip size of a call page's HTML (`/appels/<slug>/`), in bytes. */
  callPageHtml: number;
  /** Largest gzip size of all the CSS one page loads (stylesheets, their imports, inline styles), in bytes. */
  pageCss: number;
  /** Largest gzip size of the JavaScript an interactive page loads at start, in bytes. */
  interactivePageJs: number;
  /**
   * Pages allowed to load JavaScript, those with an interactive tool: URL paths, where "*"
   * stands for one path segment (for call pages: "/appels/" + "*" + "/").
   */
  interactivePages: string[];
}

/** The budgets in force. Measured sizes and headroom: docs/budgets.md. */
export const BUDGETS: Budgets = {
  callPageHtml: 14_000,
  pageCss: 4_500,
  interactivePageJs: 8_000,
  // The search page, the eligibility page, and call pages, which carry the compact
  // eligibility check (src/components/call/EligibilityCheck.astro).
  interactivePages: ['/recherche/', '/eligibilite/', '/appels/*/'],
};

const SCRIPT_TYPES = /^(|module|(text|application)\/(x-)?(java|ecma)script|text\/jscript|text\/livescript)$/i;
const CALL_PAGE = /^\/appels\/[^/]+\/$/;

export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 6 }).length;
}

/** Sizes of one page, gzip, in bytes. */
export interface PageSizes {
  page: string;
  html: number;
  css: number;
  js: number;
  /** What makes the page run JavaScript, for the report. */
  scripts: string[];
}

export function measurePage(site: Dist, file: string, origin: string): PageSizes {
  const page = urlOf(file);
  const doc = site.html(file);
  const base = `${origin}${page}`;
  const local = (value: string, from: string): string | undefined => {
    try {
      const url = new URL(value, from);
      return url.origin === origin ? site.resolve(url.pathname) : undefined;
    } catch {
      return undefined;
    }
  };

  // CSS: linked stylesheets and their @imports (each file once), plus inline styles.
  const cssFiles = new Set<string>();
  const addCss = (file: string) => {
    if (cssFiles.has(file)) return;
    cssFiles.add(file);
    for (const ref of cssReferences(site.text(file))) {
      if (ref.where !== 'CSS @import') continue;
      const target = local(ref.value, `${origin}${urlOf(file)}`);
      if (target) addCss(target);
    }
  };
  for (const link of doc.querySelectorAll('link[rel~="stylesheet"]')) {
    const target = local(link.getAttribute('href') ?? '', base);
    if (target) addCss(target);
  }
  const inlineCss = doc
    .querySelectorAll('style')
    .map((s) => s.textContent)
    .join('\n');
  let css = [...cssFiles].reduce((sum, f) => sum + gzipSize(site.bytes(f)), 0);
  if (inlineCss) css += gzipSize(inlineCss);

  // JavaScript: what runs at page load.
  const { scripts, files: jsFiles, inline } = pageScripts(site, doc, base, local);
  let js = [...jsFiles].reduce((sum, f) => sum + gzipSize(site.bytes(f)), 0);
  if (inline) js += gzipSize(inline);

  return { page, html: gzipSize(site.bytes(file)), css, js, scripts };
}

function pageScripts(
  site: Dist,
  doc: HTMLElement,
  base: string,
  local: (value: string, from: string) => string | undefined,
): { scripts: string[]; files: Set<string>; inline: string } {
  const scripts: string[] = [];
  const files = new Set<string>();
  let inline = '';
  const addJs = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    // Static imports only: what loads before the code runs (dynamic imports load on demand).
    const code = site.text(file);
    const from = `${new URL(base).origin}${posix.dirname(`/${file}`)}/`;
    const imports = [
      ...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g),
      ...code.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g),
    ];
    for (const m of imports) {
      const target = local(m[1]!, from);
      if (target) addJs(target);
    }
  };
  for (const el of doc.querySelectorAll('script')) {
    if (!SCRIPT_TYPES.test((el.getAttribute('type') ?? '').trim())) continue;
    const src = el.getAttribute('src');
    if (src !== undefined) {
      scripts.push(`<script src="${src}">`);
      const target = local(src, base);
      if (target) addJs(target);
    } else if (el.textContent.trim()) {
      scripts.push('an inline <script>');
      inline += el.textContent;
    }
  }
  for (const el of doc.querySelectorAll('link[rel~="modulepreload"]')) {
    scripts.push(`<link rel="modulepreload" href="${el.getAttribute('href') ?? ''}">`);
    const target = local(el.getAttribute('href') ?? '', base);
    if (target) addJs(target);
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(el.attributes)) {
      if (/^on[a-z]+$/i.test(name)) scripts.push(`a ${name} attribute`);
      else if (/^\s*javascript:/i.test(value)) scripts.push(`a javascript: URL in ${name}`);
    }
  }
  return { scripts, files, inline };
}

export interface BudgetsOptions {
  siteUrl: string;
  budgets?: Budgets;
}

export function checkBudgets(dist: string | Dist, options: BudgetsOptions): Problem[] {
  const site = openDist(dist);
  const budgets = options.budgets ?? BUDGETS;
  const origin = new URL(options.siteUrl).origin;
  const problems: Problem[] = [];
  for (const file of site.htmlFiles) {
    const sizes = measurePage(site, file, origin);
    const { page } = sizes;
    if (CALL_PAGE.test(page) && sizes.html > budgets.callPageHtml) {
      problems.push({
        page,
        message: `call page HTML is ${kb(sizes.html)} gzip, over its budget of ${kb(budgets.callPageHtml)}`,
      });
    }
    if (sizes.css > budgets.pageCss) {
      problems.push({
        page,
        message: `the CSS this page loads is ${kb(sizes.css)} gzip, over its budget of ${kb(budgets.pageCss)}`,
      });
    }
    const interactive = budgets.interactivePages.some((pattern) => matchesPage(pattern, page));
    if (!interactive && sizes.scripts.length > 0) {
      problems.push({
        page,
        message: `runs JavaScript but has no interactive tool (allowed only on ${budgets.interactivePages.join(', ')}): ${[...new Set(sizes.scripts)].join(', ')}`,
      });
    }
    if (interactive && sizes.js > budgets.interactivePageJs) {
      problems.push({
        page,
        message: `loads ${kb(sizes.js)} of JavaScript gzip at start, over its budget of ${kb(budgets.interactivePageJs)}`,
      });
    }
  }
  return tidy(problems);
}

/** Every page's sizes, for docs/budgets.md and the benchmark. */
export function measureSite(dist: string | Dist, siteUrl: string): PageSizes[] {
  const site = openDist(dist);
  const origin = new URL(siteUrl).origin;
  return site.htmlFiles.map((file) => measurePage(site, file, origin));
}

/** Whether a URL path matches a pattern where "*" stands for one path segment. */
export function matchesPage(pattern: string, page: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}$`,
  );
  return re.test(page);
}

function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
