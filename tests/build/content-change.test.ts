/**
 * One fact, one place: a criterion's title changed in the call's content file changes, after a
 * real build (scripts/build.ts into a temporary folder, with its own cache), the call page, the
 * DOCX dossier (read back by mammoth), appel.json, and the version stamp in every kit file and
 * on the page. The change is declared by an amendment, as every change to a published call must be. Costs one build. Runs after the build of the fixture site (it compares with it, GUICHET_DIST).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { docxRawText, plain, unzip, utf8 } from '../unit/kit-readers';
import { contentDir, norm, root } from '../helpers/content';
import { dist as seededDist } from '../helpers/dist';

const SLUG = 'atelier-foncier';
const OLD_TITLE = 'L’engagement des élus du territoire';
const OLD = `title: "${OLD_TITLE}"`;
const NEW_TITLE = 'L’engagement des élus du territoire (titre modifié)';
const built = existsSync(join(seededDist, 'kits', SLUG, 'appel.json'));

interface Built {
  page: string;
  json: { version: string; criteria: { id: string; title: string }[] };
  docx: Uint8Array;
  ics: string;
  readme: string;
  zip: Record<string, Uint8Array>;
}

function readBuilt(dir: string): Built {
  const kit = (name: string) => readFileSync(join(dir, 'kits', SLUG, name));
  const zip = unzip(new Uint8Array(readFileSync(join(dir, 'kits', `${SLUG}.zip`))));
  return {
    page: readFileSync(join(dir, 'appels', SLUG, 'index.html'), 'utf8'),
    json: JSON.parse(kit('appel.json').toString('utf8')),
    docx: new Uint8Array(kit('dossier-candidature.docx')),
    ics: kit('calendrier.ics').toString('utf8'),
    // The archive unpacks into <slug>/ (issue 16).
    readme: utf8(zip[`${SLUG}/LISEZMOI.txt`]!),
    zip,
  };
}

const shownVersion = (html: string) => norm(parse(html).querySelector('[data-kit-version]')?.textContent ?? '');
const criterionOnPage = (html: string, id: string) => norm(parse(html).getElementById(`critere-${id}`)?.textContent ?? '');

describe.skipIf(!built)('a criterion title changed in the content', () => {
  const work = mkdtempSync(join(tmpdir(), 'guichet-change-'));
  const out = join(work, 'dist');
  let before: Built;
  let after: Built;

  beforeAll(() => {
    const content = join(work, 'content');
    cpSync(contentDir, content, { recursive: true });
    const file = join(content, 'calls', `${SLUG}.mdx`);
    const source = readFileSync(file, 'utf8');
    expect(source.split(OLD)).toHaveLength(2);
    // A published call's change must be declared (issue 14): an amendment on the record's day
    // keeps the version's day, so the stamp differs by its hash only.
    const amended = source
      .replace(OLD, `title: "${NEW_TITLE}"`)
      .replace('\ncontacts:\n', '\namendments:\n  - date: 2026-05-04\n    summary: "Le titre du critère 1 est précisé."\n\ncontacts:\n');
    expect(amended).toContain('amendments:');
    writeFileSync(file, amended);
    const run = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/build.ts'], {
      cwd: root,
      env: {
        ...process.env,
        GUICHET_CONTENT_DIR: content,
        GUICHET_DIST: out,
        GUICHET_CACHE_DIR: join(work, 'cache'),
        NO_COLOR: '1',
      },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
    before = readBuilt(seededDist);
    after = readBuilt(out);
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('shows the new title on the call page, in place of the old one', () => {
    const id = after.json.criteria[0]!.id;
    expect(criterionOnPage(before.page, id)).toContain(norm(OLD_TITLE));
    expect(criterionOnPage(before.page, id)).not.toContain('titre modifié');
    expect(criterionOnPage(after.page, id)).toContain(norm(NEW_TITLE));
  });

  it('puts the new title in appel.json and in the DOCX dossier', async () => {
    expect(after.json.criteria[0]!.title).toBe(NEW_TITLE);
    expect(before.json.criteria[0]!.title).toBe(OLD_TITLE);
    expect(plain(await docxRawText(after.docx))).toContain(plain(NEW_TITLE));
    expect(plain(await docxRawText(before.docx))).not.toContain(plain(NEW_TITLE));
  });

  it('changes the version stamp, the same in the page, the JSON, the ICS, LISEZMOI and the DOCX', async () => {
    expect(after.json.version).not.toBe(before.json.version);
    expect(after.json.version.slice(0, 11)).toBe(before.json.version.slice(0, 11)); // same updated day
    expect(shownVersion(after.page)).toBe(after.json.version);
    expect(after.ics).toContain(after.json.version);
    expect(after.readme).toContain(after.json.version);
    const footers = Object.entries(unzip(after.docx))
      .filter(([name]) => /^word\/footer\d*\.xml$/.test(name))
      .map(([, bytes]) => utf8(bytes));
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) expect(footer).toContain(after.json.version);
    expect(Object.keys(after.zip).sort()).toEqual(Object.keys(before.zip).sort());
  });
});
