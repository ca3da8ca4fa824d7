/**
 * The Word files as LibreOffice lays them out: every kit DOCX is converted to PDF by
 * LibreOffice headless, and the PDF is read back with poppler (pdfinfo, pdftotext), so the
 * checks are made by software independent of ours, on the pages a reader would print:
 * A4 pages; no table header broken inside a word (« Obligatoir / e »); the dossier ends
 * with its date and signature block; the letters end at their signature; no page holds
 * only a heading and no page ends with a heading or a table caption; the single letter fits
 * on one page.
 *
 * Needs `soffice` (Debian: libreoffice-writer-nogui) and `pdftotext`/`pdfinfo` (poppler-utils);
 * `.ci/run` installs both. Skipped without them, except in CI (`CI` set), where it fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKit, type Kit } from '../../src/lib/kit';
import { callSlugs, loadCall, loadContext } from './kit-fixtures';
import { docxPart, plain, styleOf, wAll, wText } from './kit-readers';

const runs = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;
const hasTools = runs('soffice', ['--version']) && runs('pdftotext', ['-v']) && runs('pdfinfo', ['-v']);

if (!hasTools && process.env['CI']) {
  throw new Error(
    'CI : soffice, pdftotext et pdfinfo sont requis pour tests/unit/kit-docx-pdf.test.ts (voir .ci/run).',
  );
}

interface Rendered {
  slug: string;
  name: string;
  docx: Uint8Array;
  pages: string[];
  /** The whole text, footers included. */
  text: string;
  pageSize: string;
  version: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text of each page, without the footer (its left part and « Page n sur m »). */
function pageTexts(pdf: string, pageCount: number, footer: string): string[] {
  return Array.from({ length: pageCount }, (_, i) => {
    const text = spawnSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
      encoding: 'utf8',
    }).stdout;
    return plain(text.replace(footer, ' ').replace(/Page \d+ sur \d+/g, ' '));
  });
}

/** Texts of the paragraphs that must never end a page: headings and table captions. */
function leadIns(docx: Uint8Array): string[] {
  return wAll(docxPart(docx, 'word/document.xml'), 'p')
    .filter((p) => /^(Heading\d|Title|Caption)$/.test(styleOf(p) ?? ''))
    .map((p) => plain(wText(p)))
    .filter(Boolean);
}

/** Every word of every table header row. */
function headerWords(docx: Uint8Array): string[] {
  const rows = wAll(docxPart(docx, 'word/document.xml'), 'tr').filter((tr) => wAll(tr, 'tblHeader').length > 0);
  const words = rows.flatMap((tr) => wAll(tr, 'tc').flatMap((tc) => plain(wText(tc)).split(' ')));
  return [...new Set(words.map((w) => w.replace(/^[(«]+|[)»:,.]+$/g, '')).filter((w) => [...w].length > 1))];
}

describe.skipIf(!hasTools)('kit DOCX files as LibreOffice lays them out (skipped without soffice and poppler)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-kit-pdf-'));
  const rendered: Rendered[] = [];
  const ctx = loadContext();
  const kits: Kit[] = callSlugs().map((slug) => buildKit(loadCall(slug), ctx));

  beforeAll(() => {
    const inputs: { slug: string; name: string; path: string; docx: Uint8Array; version: string }[] = [];
    for (const kit of kits) {
      for (const f of kit.files.filter((x) => x.name.endsWith('.docx'))) {
        const path = join(dir, `${kit.slug}--${f.name}`);
        writeFileSync(path, f.bytes);
        inputs.push({ slug: kit.slug, name: f.name, path, docx: f.bytes, version: kit.version });
      }
    }
    // One LibreOffice start for every file: it is the slow part.
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...inputs.map((i) => i.path),
      ],
      { encoding: 'utf8', timeout: 240_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    for (const input of inputs) {
      const pdf = input.path.replace(/\.docx$/, '.pdf');
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      const pageCount = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      const footerXml = docxPart(input.docx, 'word/footer1.xml');
      const footer = plain(wText(wAll(footerXml, 'p')[0]!))
        .replace(/Page.*$/, '')
        .trim();
      rendered.push({
        slug: input.slug,
        name: input.name,
        docx: input.docx,
        pages: pageTexts(pdf, pageCount, footer),
        text: plain(spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout),
        pageSize: /Page size:\s+(.*)/.exec(info)?.[1] ?? '',
        version: input.version,
      });
    }
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const each = (check: (r: Rendered) => void) => () => {
    expect(rendered.length).toBe(kits.reduce((n, k) => n + k.files.filter((f) => f.name.endsWith('.docx')).length, 0));
    for (const r of rendered) check(r);
  };

  it(
    'prints every file on A4 pages, with the version stamp',
    each((r) => {
      expect(r.pageSize, `${r.slug}/${r.name}`).toMatch(/^595(\.\d+)? x 841(\.\d+)? pts/);
      expect(r.pages.length).toBeGreaterThan(0);
      expect(r.text).toContain(`version ${r.version}`);
      expect(r.text).toContain(`Page ${r.pages.length} sur ${r.pages.length}`);
    }),
  );

  it(
    'never breaks a table header inside a word',
    each((r) => {
      const words = headerWords(r.docx);
      if (r.name !== 'lettre-intention.docx') expect(words.length, `${r.slug}/${r.name}`).toBeGreaterThan(0);
      const raw = r.pages.join('\n');
      for (const word of words) {
        const chars = [...word];
        for (let k = 1; k < chars.length; k++) {
          // A word broken over two lines: its two parts separated by a line end (plain() made it a space).
          const broken = new RegExp(
            `(^|\\s)${escapeRe(chars.slice(0, k).join(''))}-? ${escapeRe(chars.slice(k).join(''))}(\\s|$)`,
          );
          expect(broken.test(raw), `« ${word} » coupé dans ${r.slug}/${r.name}`).toBe(false);
        }
      }
    }),
  );

  it(
    'leaves no page holding only a heading, and ends no page with a heading or a table caption',
    each((r) => {
      const leads = leadIns(r.docx);
      r.pages.forEach((page, i) => {
        const where = `${r.slug}/${r.name}, page ${i + 1}`;
        expect(page.length, where).toBeGreaterThan(0);
        for (const lead of leads) {
          expect(page === lead, `${where} ne contient que « ${lead} »`).toBe(false);
          if (i < r.pages.length - 1) expect(page.endsWith(lead), `${where} finit par « ${lead} »`).toBe(false);
        }
      });
    }),
  );

  it(
    'ends the dossier with its date and signature block, all on its last page',
    each((r) => {
      if (r.name !== 'dossier-candidature.docx') return;
      const last = r.pages[r.pages.length - 1]!;
      for (const part of [
        'Date et signature',
        'Fait à',
        'Nom et prénom du signataire',
        'Qualité',
        'Signature et cachet',
      ]) {
        expect(last, `${r.slug}: ${part}`).toContain(part);
      }
      expect(last.endsWith('Signature et cachet :')).toBe(true);
    }),
  );

  it(
    'ends each letter at its signature, with nothing for the addressee after it',
    each((r) => {
      if (!r.name.startsWith('lettre-intention')) return;
      const text = r.pages.join(' ');
      const after = text.slice(text.lastIndexOf('Signature et cachet'));
      expect(after).not.toMatch(/date limite/i);
      if (r.name === 'lettre-intention.docx') {
        expect(text.endsWith('[Signature et cachet]'), r.slug).toBe(true);
        expect(r.pages, `${r.slug}: la lettre tient sur une page`).toHaveLength(1);
      } else {
        // The groupement's signature table is kept whole on one page, after the letter's closing.
        const last = r.pages[r.pages.length - 1]!;
        expect(last).toContain('Signature et cachet');
        expect(last).toMatch(/EPCI 1 : \[nom\][\s\S]*EPCI 4 : \[nom\]$/);
      }
    }),
  );
});
