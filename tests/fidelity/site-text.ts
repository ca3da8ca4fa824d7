/**
 * The text of everything the built site publishes, by path under dist/: pages (visible text
 * and JSON-LD), feeds, JSON, calendars, LISEZMOI and the DOCX files read back with mammoth.
 * Scripts, styles, images and the search index are left out (they publish no sentence).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import mammoth from 'mammoth';
import { parse } from 'node-html-parser';

/** Text as compared: NFC, one kind of apostrophe and space, runs of spaces collapsed. */
export function flat(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/[\u202f\u00a0\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === 'pagefind' || name === '_astro' ? [] : files(path)) : [path];
  });
}

function htmlText(html: string): string {
  const doc = parse(html);
  const ld = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => s.textContent);
  for (const el of doc.querySelectorAll('script, style')) el.remove();
  // Block elements end with a space so that words of two paragraphs do not run together.
  return `${doc.querySelector('body')?.structuredText ?? doc.textContent}\n${ld.join('\n')}`;
}

/** Path under dist/ (with `/`) → flattened text. */
export async function siteTexts(dist: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const path of files(dist).sort()) {
    const rel = relative(dist, path).split('\\').join('/');
    if (rel.endsWith('.html')) out.set(rel, flat(htmlText(readFileSync(path, 'utf8'))));
    else if (/\.(xml|json|ics|txt)$/.test(rel)) out.set(rel, flat(readFileSync(path, 'utf8').replace(/\r?\n[ \t]/g, '')));
    else if (rel.endsWith('.docx')) out.set(rel, flat((await mammoth.extractRawText({ path })).value));
  }
  return out;
}
