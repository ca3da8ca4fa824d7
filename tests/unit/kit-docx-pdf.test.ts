/**
 * Word compatibility check: LibreOffice opens every generated DOCX and converts it to PDF.
 * Skipped when `soffice` is not installed (it is not by default: `apt-get install -y
 * libreoffice-writer-nogui`); CI does not depend on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildKit } from '../../src/lib/kit';
import { callSlugs, loadCall, loadContext } from './kit-fixtures';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasSoffice)('DOCX files open in LibreOffice (skipped without soffice)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-kit-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ctx = loadContext();

  it.each(callSlugs())(
    'converts every DOCX of %s to a PDF',
    (slug) => {
      const kit = buildKit(loadCall(slug), ctx);
      const docs = kit.files.filter((f) => f.name.endsWith('.docx'));
      const out = join(dir, slug);
      const inputs = docs.map((f) => {
        const path = join(dir, `${slug}-${f.name}`);
        writeFileSync(path, f.bytes);
        return path;
      });
      const run = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          ...inputs,
        ],
        { encoding: 'utf8', timeout: 180_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      for (const f of docs) {
        const pdf = join(out, `${slug}-${f.name.replace(/\.docx$/, '.pdf')}`);
        expect(existsSync(pdf), pdf).toBe(true);
        expect(statSync(pdf).size).toBeGreaterThan(5000);
        expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
        if (hasPdftotext) {
          const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
          expect(text).toContain(kit.version);
        }
      }
    },
    240_000,
  );
});
