/**
 * Issue 14 on a copy of the seeded site, with the real pipeline (scripts/check.ts and
 * scripts/build.ts with GUICHET_CONTENT_DIR and GUICHET_DIST, as content-change.test.ts does):
 * changing criterion 5 of I2T without an amendment fails `npm run check` naming the criterion;
 * with an amendment dated 2026-11-30 (which also moves the webinar by one hour) the build passes,
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

const SLUG = 'impulsion-ingenierie-territoires';
const OLD_5 = `text: "Un besoin avéré d'accompagnement du territoire en termes de moyens humains et d'ingénierie."`;
const NEW_5 = `text: "Un besoin avéré et démontré d'accompagnement du territoire en moyens humains et d'ingénierie."`;
const SUMMARY = 'Le critère 5 est précisé et le webinaire de présentation commence une heure plus tard, à 11 h.';
const UID = `webinaire.${SLUG}@appels.adnormandie.fr`;

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
    replaceOnce(file, OLD_5, NEW_5);
    check = tsx('scripts/check.ts', '--content', content);
    replaceOnce(file, 'start: "10:00"\n      end: "12:00"', 'start: "11:00"\n      end: "13:00"');
    replaceOnce(file, '\ncontacts:\n', `\namendments:\n  - date: 2026-11-30\n    summary: "${SUMMARY}"\n\ncontacts:\n`);
    const build = tsx('scripts/build.ts');
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  }, 400_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('fails npm run check without an amendment, naming criterion 5, its line and old → new', () => {
    expect(check.status).toBe(1);
    const report = norm(check.stdout);
    expect(report).toContain('modifications/non-declaree');
    expect(report).toContain('cible : criteria[4].text');
    expect(report).toContain('Critère de sélection « Critère 5 »');
    expect(report).toContain(
      "« Un besoin avéré d'accompagnement du territoire en termes de moyens humains et d'ingénierie. » →",
    );
    const line =
      readFileSync(join(content, 'calls', `${SLUG}.mdx`), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('et démontré')) + 1;
    expect(report).toMatch(new RegExp(`\\b${line}:\\d+ +erreur +modifications/non-declaree`));
  });

  it('shows « Modifié le 30 novembre 2026 » under the title and the history with old → new', () => {
    const page = parse(read('appels', SLUG, 'index.html'));
    expect(norm(page.querySelector('.amended')?.textContent ?? '')).toBe('Modifié le 30 novembre 2026');
    const history = page.getElementById('historique')?.parentNode;
    const entry = page.getElementById('modification-1');
    expect(history).toBeTruthy();
    expect(norm(entry?.textContent ?? '')).toContain(`30 novembre 2026 : ${norm(SUMMARY)}`);
    const changes = entry!.querySelectorAll('.changes li').map((li) => li);
    const criterion = changes.find((li) => norm(li.textContent).startsWith('Critère de sélection « Critère 5 »'));
    expect(norm(criterion?.querySelector('del')?.textContent ?? '')).toBe(
      "avant : Un besoin avéré d'accompagnement du territoire en termes de moyens humains et d'ingénierie.",
    );
    expect(norm(criterion?.querySelector('ins')?.textContent ?? '')).toBe(
      "après : Un besoin avéré et démontré d'accompagnement du territoire en moyens humains et d'ingénierie.",
    );
    const webinar = changes.find((li) =>
      norm(li.textContent).startsWith('Réunion d’information « Webinaire de présentation »'.replace(/’/g, "'")),
    );
    expect(norm(webinar?.querySelector('ins')?.textContent ?? '')).toBe(
      'après : mardi 3 octobre 2023 de 11 h 00 à 13 h 00',
    );
  });

  it('puts one RSS item dated by the amendment, linking to its entry in the history', () => {
    const rss = new DOMParser().parseFromString(read('rss.xml'), 'text/xml');
    const text = (el: Element, tag: string) => el.getElementsByTagName(tag)[0]?.textContent ?? '';
    const items = Array.from(rss.getElementsByTagName('item') as unknown as ArrayLike<Element>);
    const mine = items.filter((i) => text(i, 'link').includes('#modification-'));
    expect(mine.map((i) => text(i, 'link'))).toEqual([`https://appels.adnormandie.fr/appels/${SLUG}/#modification-1`]);
    const item = mine[0]!;
    expect(text(item, 'pubDate')).toBe('Mon, 30 Nov 2026 00:00:00 GMT');
    expect(norm(text(item, 'description'))).toContain(norm(SUMMARY));
    expect(norm(text(item, 'description'))).toContain('Critère de sélection « Critère 5 »');
    const categories = Array.from(item.getElementsByTagName('category') as unknown as ArrayLike<Element>);
    expect(categories.map((c) => c.textContent)).toContain('Modification');
  });

  it('carries the amendment in appel.json and /api/appels.json, with a version of the amendment day', () => {
    const json = JSON.parse(read('kits', SLUG, 'appel.json'));
    expect(json.amendments).toEqual([{ date: '2026-11-30', summary: SUMMARY }]);
    expect(json.version).toMatch(/^2026-11-30\+[0-9a-f]{7}$/);
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
    expect(readme).toContain(`– 30 novembre 2026 : ${plain(SUMMARY)}`);
    expect(readme).toContain('Critère de sélection « Critère 5 »');
    const docx = zip[`${SLUG}/dossier-candidature.docx`]!;
    const footers = Object.entries(unzip(docx)).filter(([n]) => /^word\/footer\d*\.xml$/.test(n));
    expect(footers.length).toBeGreaterThan(0);
    for (const [, bytes] of footers) expect(utf8(bytes)).toContain(json.version);
    expect(plain(await docxRawText(docx))).toContain('Un besoin avéré et démontré');
  });

  it('updates the webinar in both calendars: same UID, SEQUENCE 1, LAST-MODIFIED the amendment day', () => {
    for (const ics of [read('kits', SLUG, 'calendrier.ics'), read('calendrier.ics')]) {
      const event = vevent(ics, UID);
      expect(event).toBeTruthy();
      expect(event!.getFirstPropertyValue('sequence')).toBe(1);
      expect(event!.getFirstPropertyValue('last-modified')?.toString()).toBe('2026-11-30T00:00:00Z');
      expect((event!.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(
        '2023-10-03T09:00:00.000Z',
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
