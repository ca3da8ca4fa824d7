/**
 * Reading a built site (dist/) as a static host serves it: every file, the public URL of each
 * page, and each page's parsed HTML (parsed once, shared by the gates).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';

export class Dist {
  readonly root: string;
  /** Every file, as a path relative to the root with "/" separators, sorted. */
  readonly files: string[];
  private readonly fileSet: Set<string>;
  private readonly parsed = new Map<string, HTMLElement>();
  private readonly texts = new Map<string, string>();

  constructor(root: string) {
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      throw new Error(`No built site at ${root}: run \`npm run build\` first.`);
    }
    this.root = root;
    this.files = walk(root)
      .map((f) => relative(root, f).split(sep).join('/'))
      .sort();
    this.fileSet = new Set(this.files);
  }

  /** HTML files, relative paths. */
  get htmlFiles(): string[] {
    return this.files.filter((f) => f.endsWith('.html'));
  }

  has(file: string): boolean {
    return this.fileSet.has(file);
  }

  abs(file: string): string {
    return join(this.root, file);
  }

  text(file: string): string {
    let t = this.texts.get(file);
    if (t === undefined) {
      t = readFileSync(this.abs(file), 'utf8');
      this.texts.set(file, t);
    }
    return t;
  }

  bytes(file: string): Buffer {
    return readFileSync(this.abs(file));
  }

  html(file: string): HTMLElement {
    let doc = this.parsed.get(file);
    if (!doc) {
      doc = parse(this.text(file), { comment: false, blockTextElements: { script: true, style: true, pre: true } });
      this.parsed.set(file, doc);
    }
    return doc;
  }

  /**
   * The file a URL path resolves to on a static host, or undefined: "/a/" → "a/index.html",
   * "/a" → "a" (a file) or "a/index.html" (after the host's redirect to "/a/").
   */
  resolve(urlPath: string): string | undefined {
    let path: string;
    try {
      path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
    } catch {
      return undefined;
    }
    const clean = posix.normalize(`/${path}`).replace(/^\/+/, '');
    if (clean === '' || clean.endsWith('/')) {
      const index = `${clean}index.html`;
      return this.has(index) ? index : undefined;
    }
    if (this.has(clean)) return clean;
    return this.has(`${clean}/index.html`) ? `${clean}/index.html` : undefined;
  }
}

/** Accepts a folder or an already opened Dist, so several gates can share one. */
export function openDist(dist: string | Dist): Dist {
  return typeof dist === 'string' ? new Dist(dist) : dist;
}

/** The public URL path of a file: "appels/x/index.html" → "/appels/x/", "404.html" → "/404.html". */
export function urlOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** Reads the public site URL ("https://appels.example.fr") from the content's site.yaml. */
export function siteUrlFromContent(contentDir: string): string {
  const file = join(contentDir, 'site.yaml');
  const url = (parseYaml(readFileSync(file, 'utf8')) as { url?: unknown }).url;
  if (typeof url !== 'string') throw new Error(`No url: in ${file}`);
  return url;
}

/** Elements and attributes that make the browser fetch something when the page loads or is used. */
export const RESOURCE_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['script[src]', 'src'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['frame[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['input[src]', 'src'],
  ['form[action]', 'action'],
  ['[background]', 'background'],
];
