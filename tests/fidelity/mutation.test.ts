/**
 * The fidelity suite can fail: a copy of the content with one seed fact changed (an I2T
 * appraisal point) and one forbidden claim put back (TERRIENS declared « au fil de l'eau »)
 * is built into a temporary folder (scripts/build.ts with GUICHET_CONTENT_DIR / GUICHET_DIST),
 * and the ledger and forbidden-claims checks must report exactly those. Costs one build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/content';

/** The seeded content: the fidelity suite is the one suite that reads it. */
const contentDir = join(root, 'content');
import { forbiddenHits, ledgerFailures } from './checks';
import { siteTexts } from './site-text';

function replaceOnce(file: string, from: string, to: string): void {
  const source = readFileSync(file, 'utf8');
  expect(source.split(from), `${file}: ${from}`).toHaveLength(2);
  writeFileSync(file, source.replace(from, to));
}

describe('the fidelity suite on a changed copy of the content', () => {
  const work = mkdtempSync(join(tmpdir(), 'guichet-fidelity-'));
  let texts: Map<string, string>;

  beforeAll(async () => {
    const content = join(work, 'content');
    cpSync(contentDir, content, { recursive: true });
    // Without the record of what was published (issue 14), so that these changes need no
    // amendment: this test is about the fidelity checks, not the modifications/ rules.
    rmSync(join(content, 'published'), { recursive: true, force: true });
    // One seed fact changed: « au moins une ZA » becomes « au moins deux ZA ».
    replaceOnce(
      join(content, 'calls', 'impulsion-ingenierie-territoires.mdx'),
      "La présence d'au moins une ZA",
      "La présence d'au moins deux ZA",
    );
    // One forbidden claim put back: TERRIENS said to take applications « au fil de l'eau ».
    replaceOnce(
      join(content, 'calls', 'terriens.mdx'),
      '  mode: undated\n',
      '  mode: rolling\n  rollingStatement: "Les candidatures sont reçues au fil de l\'eau."\n',
    );
    const out = join(work, 'dist');
    const run = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/build.ts'], {
      cwd: root,
      env: { ...process.env, GUICHET_CONTENT_DIR: content, GUICHET_DIST: out, GUICHET_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
    texts = await siteTexts(out);
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('reports the changed fact in the page, the DOCX dossier and appel.json', () => {
    const failures = ledgerFailures(texts);
    const about = failures.filter((f) => f.includes('au moins une ZA'));
    expect(about.map((f) => f.split(' : ')[0]).sort()).toEqual([
      'appels/impulsion-ingenierie-territoires/index.html',
      'kits/impulsion-ingenierie-territoires/appel.json',
      'kits/impulsion-ingenierie-territoires/dossier-candidature.docx',
    ]);
  });
  it('reports the forbidden claim wherever it was put back', () => {
    const hits = forbiddenHits(texts).filter((h) => h.includes("fil de l'eau"));
    const paths = hits.map((h) => h.split(' : ')[0]);
    expect(paths).toContain('appels/terriens/index.html');
    expect(paths).toContain('kits/terriens/LISEZMOI.txt');
    // The status « Ouvert » it brings back is reported too.
    expect(forbiddenHits(texts).some((h) => h.startsWith('appels/terriens/index.html') && h.includes('« Ouvert »'))).toBe(true);
  });
});
