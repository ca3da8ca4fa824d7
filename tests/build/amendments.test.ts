/**
 * Issue 14 on a copy of the fixture site, with the real pipeline (scripts/check.ts and
 * scripts/build.ts with GUICHET_CONTENT_DIR and GUICHET_DIST, as content-change.test.ts does):
 * changing criterion 2 of the call with every field without an amendment fails `npm run check`
 * naming the criterion; with an amendment dated 2026-06-10 (which also moves the information
 * session by one hour) the build passes,
 * and the page, the RSS feed, the open data, the kit and the calendars show it. Costs one build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir, norm, root } from '../helpers/content';
import { docxRawText, plain, unzip, utf8 } from '../unit/kit-readers';

const SLUG = 'atelier-foncier';
const OLD_2 = `title: "Un besoin de foncier économique démontré"`;
const NEW_2 = `title: "Un besoin de foncier économique démontré et chiffré"`;
const SUMMARY = 'Le critère 2 est précisé et la réunion d’information commence une heure plus tard, à 15 h.';
const UID = `reunion.${SLUG}@appels.val-d-ouve.example`;

const work = mkdtempSync(join(tmpdir(), 'guichet-amend-build-'));
const content = join(work, 'content');
const out = join(work, 'dist');
const env = {
  ...process.env,
  GUICHET_CONTENT_DIR: content,
  GUICHET_DIST: out,
  GUICHET_CACHE_DIR: join(work, 'cache'),
  NO_COLOR: '1',
  CI: '',
};
const tsx = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), script, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  });

function replaceOnce(file: string, from: string, to: string) {
  const source = readFileSync(file, 'utf8');
  expect(source.split(from)).toHaveLength(2);
  writeFileSync(file, source.replace(from, to));
}

const read = (...parts: string[]) => readFileSync(join(out, ...parts), 'utf8');
const vevent = (ics: string, uid: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === uid);

describe('an amended call, built', () => {
  let check: ReturnType<typeof tsx>;

  beforeAll(() => {
    cpSync(contentDir, content, { recursive: true });
    const file = join(content, 'calls', `${SLUG}.mdx`);
    replaceOnce(file, OLD_2, NEW_2);
    check = tsx('scripts/check.ts', '--content', content);
    replaceOnce(file, 'start: "14:00"\n      end: "15:30"', 'start: "15:00"\n      end: "16:30"');
    replaceOnce(file, '\ncontacts:\n', `\namendments:\n  - date: 2026-06-10\n    summary: "${SUMMARY}"\n\ncontacts:\n`);
    const build = tsx('scripts/build.ts');
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  }, 400_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('fails npm run check without an amendment, naming criterion 2, its line and old → new', () => {
    expect(check.status).toBe(1);
    const report = norm(check.stdout);
    expect(report).toContain('modifications/non-declaree');
    expect(report).toContain('cible : criteria[1].title');
    expect(report).toContain('« Un besoin de foncier économique démontré » → « Un besoin de foncier économique démontré et chiffré »');
    const line =
      readFileSync(join(content, 'calls', `${SLUG}.mdx`), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('démontré et chiffré')) + 1;
    expect(report).toMatch(new RegExp(`\\b${line}:\\d+ +erreur +modifications/non-declaree`));
  });

  it('shows « Modifié le 10 juin 2026 » under the title and the history with old → new', () => {
    const page = parse(read('appels', SLUG, 'index.html'));
    expect(norm(page.querySelector('.amended')?.textContent ?? '')).toBe('Modifié le 10 juin 2026');
    const history = page.getElementById('historique')?.parentNode;
    const entry = page.getElementById('modification-1');
    expect(history).toBeTruthy();
    expect(norm(entry?.textContent ?? '')).toContain(`10 juin 2026 : ${norm(SUMMARY)}`);
    const changes = entry!.querySelectorAll('.changes li').map((li) => li);
    const criterion = changes.find((li) => norm(li.textContent).startsWith('Critère de sélection'));
    expect(norm(criterion?.querySelector('del')?.textContent ?? '')).toBe('avant : Un besoin de foncier économique démontré');
    expect(norm(criterion?.querySelector('ins')?.textContent ?? '')).toBe(
      'après : Un besoin de foncier économique démontré et chiffré',
    );
    const webinar = changes.find((li) =>
      norm(li.textContent).startsWith("Réunion d'information « Réunion d'information en ligne »"),
    );
    expect(norm(webinar?.querySelector('ins')?.textContent ?? '')).toBe(
      'après : mardi 2 juin 2026 de 15 h 00 à 16 h 30',
    );
  });

  it('puts one RSS item dated by the amendment, linking to its entry in the history', () => {
    const rss = new DOMParser().parseFromString(read('rss.xml'), 'text/xml');
    const text = (el: Element, tag: string) => el.getElementsByTagName(tag)[0]?.textContent ?? '';
    const items = Array.from(rss.getElementsByTagName('item') as unknown as ArrayLike<Element>);
    const mine = items.filter((i) => text(i, 'link').includes('#modification-'));
    expect(mine.map((i) => text(i, 'link'))).toEqual([`https://appels.val-d-ouve.example/appels/${SLUG}/#modification-1`]);
    const item = mine[0]!;
    expect(text(item, 'pubDate')).toBe('Wed, 10 Jun 2026 00:00:00 GMT');
    expect(norm(text(item, 'description'))).toContain(norm(SUMMARY));
    expect(norm(text(item, 'description'))).toContain('Critère de sélection');
    expect(norm(text(item, 'description'))).toContain('démontré et chiffré');
    const categories = Array.from(item.getElementsByTagName('category') as unknown as ArrayLike<Element>);
    expect(categories.map((c) => c.textContent)).toContain('Modification');
  });

  it('carries the amendment in appel.json and /api/appels.json, with a version of the amendment day', () => {
    const json = JSON.parse(read('kits', SLUG, 'appel.json'));
    expect(json.amendments).toEqual([{ date: '2026-06-10', summary: SUMMARY }]);
    expect(json.version).toMatch(/^2026-06-10\+[0-9a-f]{7}$/);
    const api = JSON.parse(read('api', 'appels.json')).find((c: { slug: string }) => c.slug === SLUG);
    expect(api.amendments).toEqual(json.amendments);
    const page = parse(read('appels', SLUG, 'index.html'));
    expect(norm(page.querySelector('[data-kit-version]')?.textContent ?? '')).toBe(json.version);
  });

  it('lists the amendment in LISEZMOI and stamps the new version in the dossier footer', async () => {
    const json = JSON.parse(read('kits', SLUG, 'appel.json'));
    const zip = unzip(new Uint8Array(readFileSync(join(out, 'kits', `${SLUG}.zip`))));
    // The archive unpacks into <slug>/ (issue 16).
    const readme = plain(utf8(zip[`${SLUG}/LISEZMOI.txt`]!));
    expect(readme).toContain(`– 10 juin 2026 : ${plain(SUMMARY)}`);
    expect(readme).toContain('Critère de sélection');
    expect(readme).toContain('démontré et chiffré');
    const docx = zip[`${SLUG}/dossier-candidature.docx`]!;
    const footers = Object.entries(unzip(docx)).filter(([n]) => /^word\/footer\d*\.xml$/.test(n));
    expect(footers.length).toBeGreaterThan(0);
    for (const [, bytes] of footers) expect(utf8(bytes)).toContain(json.version);
    expect(plain(await docxRawText(docx))).toContain('Un besoin de foncier économique démontré et chiffré');
  });

  it('updates the information session in both calendars: same UID, SEQUENCE 1, LAST-MODIFIED the amendment day', () => {
    for (const ics of [read('kits', SLUG, 'calendrier.ics'), read('calendrier.ics')]) {
      const event = vevent(ics, UID);
      expect(event).toBeTruthy();
      expect(event!.getFirstPropertyValue('sequence')).toBe(1);
      expect(event!.getFirstPropertyValue('last-modified')?.toString()).toBe('2026-06-10T00:00:00Z');
      expect((event!.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(
        '2026-06-02T13:00:00.000Z',
      );
      expect(event!.getFirstPropertyValue('status')).toBe('CONFIRMED');
      const others = new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents('vevent')
        .filter((v) => v.getFirstPropertyValue('uid') !== UID);
      expect(others.length).toBeGreaterThan(0);
      for (const other of others) expect(other.getFirstPropertyValue('sequence')).toBeNull();
    }
  });
});
