/**
 * Reads a built corpus site as text a reviewer can follow: the call page (one line per block),
 * the kit files (LISEZMOI, every DOCX through mammoth, the ICS summaries), and what the
 * generator wrote as opposed to the call's own words.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parse, type HTMLElement } from 'node-html-parser';
import { frontMatter } from '../helpers/content';

/** Spaces made plain, typographic apostrophes kept apart: for matching, never for snapshots. */
export const normalise = (text: string): string =>
  text.replace(/[\u00A0\u202F]/g, ' ').replace(/[’]/g, "'").replace(/[ \t]+/g, ' ');

/** The call article of a built page, one line per block, without the scripted lookup widget. */
export function pageText(dist: string, slug: string): string {
  const html = readFileSync(join(dist, 'appels', slug, 'index.html'), 'utf8');
  const article = parse(html).querySelector('article.call') as HTMLElement | null;
  if (!article) throw new Error(`no article in /appels/${slug}/`);
  for (const el of article.querySelectorAll('script, style, template')) el.remove();
  return article.structuredText
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The no-JavaScript list of /eligibilite/, one line per row. */
export function lookupListText(dist: string): string {
  const html = readFileSync(join(dist, 'eligibilite', 'index.html'), 'utf8');
  const list = parse(html).querySelector('section.elig-regions');
  return list ? list.structuredText.replace(/[ \t]+/g, ' ') : '';
}

export interface KitText {
  /** File names in the kit folder. */
  files: string[];
  /** Each text file: LISEZMOI as is, DOCX through mammoth, ICS as its SUMMARY and DESCRIPTION lines. */
  texts: Record<string, string>;
}

/**
 * The DOCX with each line break (`w:br`) written as a newline character: mammoth's raw text drops
 * line breaks, and the lines a reader sees apart would run together in the snapshot.
 */
function withLineBreaks(docx: Buffer): Buffer {
  const parts = unzipSync(docx);
  const xml = strFromU8(parts['word/document.xml']!);
  parts['word/document.xml'] = strToU8(xml.replaceAll('<w:br/>', '<w:t xml:space="preserve">\n</w:t>'));
  return Buffer.from(zipSync(parts));
}

/** The kit of a call, read back as text. */
export async function kitText(dist: string, slug: string): Promise<KitText> {
  const dir = join(dist, 'kits', slug);
  const files = readdirSync(dir).sort();
  const texts: Record<string, string> = {};
  for (const name of files) {
    const bytes = readFileSync(join(dir, name));
    if (name.endsWith('.txt')) texts[name] = bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    if (name.endsWith('.docx')) texts[name] = (await mammoth.extractRawText({ buffer: withLineBreaks(bytes) })).value.replace(/\n{2,}/g, '\n');
    if (name.endsWith('.ics')) {
      // Unfold, then keep what a reader sees in an agenda.
      const unfolded = bytes.toString('utf8').replace(/\r\n[ \t]/g, '');
      texts[name] = unfolded
        .split('\r\n')
        .filter((l) => /^(SUMMARY|DESCRIPTION|DTSTART)/.test(l))
        .join('\n');
    }
  }
  return { files, texts };
}

/** Every string the author wrote in a call's front matter and body: the call's own words. */
export function authorWords(callFile: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(frontMatter(callFile));
  const body = readFileSync(callFile, 'utf8').replace(/^---\n[\s\S]*?\n---/, '');
  for (const line of body.split('\n')) {
    const text = line.replace(/^#+\s*/, '').replace(/[*_]/g, '').trim();
    if (text) out.push(text);
  }
  return out.filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
}

/** `text` with every author's string cut out: what remains is the generator's wording. */
export function generatedOnly(text: string, words: readonly string[]): string {
  let out = normalise(text);
  for (const w of words) out = out.split(normalise(w)).join(' ⟨…⟩ ');
  return out;
}

/** The corpus folders (each a complete content folder). */
export function corpusSlugs(corpusDir: string): string[] {
  return readdirSync(corpusDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(corpusDir, d.name, 'site.yaml')))
    .map((d) => d.name)
    .sort();
}
