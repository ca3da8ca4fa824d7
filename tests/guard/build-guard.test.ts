/**
 * `npm run build` — and the plain `astro build`, through the guichet integration — refuse bad
 * content before touching the output folder. Each case copies the fixture site
 * (tests/fixtures/site/), breaks one fact, runs the real build, and checks the report and that the previous output is untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/content';
import { fixtureDir } from '../helpers/fixture';

const CALL = 'calls/atelier-foncier.mdx';

function breakAndBuild(file: string, edit: (source: string) => string, command: 'npm run build' | 'astro build' = 'npm run build') {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-guard-'));
  const content = join(dir, 'site');
  cpSync(fixtureDir, content, { recursive: true });
  const target = join(content, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(target, after);
  const dist = join(dir, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'previous build');
  const args =
    command === 'npm run build'
      ? ['--experimental-strip-types', 'scripts/build.ts']
      : [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      GUICHET_CONTENT_DIR: content,
      GUICHET_DIST: dist,
      GUICHET_OUT_DIR: dist,
      GUICHET_CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      CI: '',
    },
    encoding: 'utf8',
  });
  return {
    status: run.status,
    output: run.stdout + run.stderr,
    dist: readdirSync(dist),
    index: readFileSync(join(dist, 'index.html'), 'utf8'),
    lineOf: (needle: string) => after.split('\n').findIndex((l) => l.includes(needle)) + 1,
  };
}

const moveDeadline = (s: string) => {
  const at = s.indexOf('id: cloture');
  const date = s.indexOf('date: 2026-07-03', at);
  return `${s.slice(0, date)}date: 2026-04-01 ${s.slice(date + 'date: 2026-07-03'.length)}`;
};

describe('the build stops on invalid content and keeps the previous output', () => {
  it('the plain `astro build` fails with the validator’s report, before writing any file', () => {
    const r = breakAndBuild(CALL, moveDeadline, 'astro build');
    expect(r.status).toBe(1);
    expect(r.output).toContain(`site/${CALL}`);
    // One fault, one finding, at the moved date (issue 15).
    expect(r.output).toMatch(new RegExp(`\\b${r.lineOf('date: 2026-04-01')}:13\\s+erreur\\s+calendrier/ordre`));
    expect(r.output).not.toMatch(/calendrier\/ouverture/);
    expect(r.output).toMatch(/la construction est arrêtée avant d’écrire le moindre fichier/);
    expect(r.dist).toEqual(['index.html']);
    expect(r.index).toBe('previous build');
  });

  it('a deadline moved before the opening fails on the line of that date', () => {
    const r = breakAndBuild(CALL, moveDeadline);
    expect(r.status).toBe(1);
    // Issue 15: the deadline, now before the opening listed above it, is the milestone out of
    // order; it is reported once, at its value (not at the `date:` key two lines above).
    expect(r.output).toMatch(/calendrier\/ordre/);
    expect(r.output).not.toMatch(/calendrier\/ouverture/);
    const dateLine = r.lineOf('date: 2026-04-01');
    expect(r.output).toContain(`site/${CALL}`);
    expect(r.output).toMatch(new RegExp(`\\b${dateLine}:13\\s+erreur\\s+calendrier/ordre`));
    expect(r.dist).toEqual(['index.html']);
    expect(r.index).toBe('previous build');
  });

  it('a wrong weekday in the call prose fails on the weekday', () => {
    const r = breakAndBuild(CALL, (s) => s.replace('lundi 4 mai 2026', 'mardi 4 mai 2026'));
    expect(r.status).toBe(1);
    expect(r.output).toMatch(new RegExp(`${r.lineOf('mardi 4 mai 2026')}:\\d+\\s+erreur\\s+prose/jour-semaine`));
    expect(r.index).toBe('previous build');
  });

  it('a case study naming an EPCI outside Normandie fails on eligibility', () => {
    // 200046977 is the SIREN of Métropole de Lyon in the official list.
    const r = breakAndBuild('territories/vire-au-noireau.mdx', (s) =>
      s.replace(/siren: "\d{9}"\n(\s+)name: "[^"]+"/, 'siren: "200046977"\n$1name: "Métropole de Lyon"'),
    );
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/territories\/vire-au-noireau\.mdx/);
    expect(r.output).toMatch(/eligibilite\/hors-zone/);
    expect(r.index).toBe('previous build');
  });
});

/**
 * Raw HTML in a body (issue 15): the validator refuses it first, in `npm run check`, in
 * `npm run build` and in the plain `astro build` (the guichet integration runs it before Astro
 * writes anything). Behind it, the Sätteri plugin and `failOnRefusals()` (wired in
 * astro.config.mjs and the integration) refuse it while rendering, which matters in `astro dev`
 * after an edit; tests/unit/no-raw-html-plugin.test.ts covers that layer. The Astro runs write
 * into a temporary folder, with their own cache, and must stop before writing anything.
 */
describe('raw HTML in content never reaches a page', () => {
  const FAQ = 'faqs/atelier-foncier/cout.md';
  const IFRAME = '<iframe src="https://exemple.fr/"></iframe>';

  function astroBuild(file: string, edit: (source: string) => string) {
    const dir = mkdtempSync(join(tmpdir(), 'guichet-raw-html-'));
    const content = join(dir, 'site');
    cpSync(fixtureDir, content, { recursive: true });
    const target = join(content, file);
    const before = readFileSync(target, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(target, after);
    const out = join(dir, 'out');
    const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: {
        ...process.env,
        GUICHET_CONTENT_DIR: content,
        GUICHET_OUT_DIR: out,
        GUICHET_CACHE_DIR: join(dir, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      encoding: 'utf8',
    });
    return {
      status: run.status,
      output: run.stdout + run.stderr,
      target,
      built: readdirSync(dir).includes('out'),
      lineOf: (needle: string) => after.split('\n').findIndex((l) => l.includes(needle)) + 1,
    };
  }

  it('npm run build: an <iframe> in a FAQ answer stops at the check, at its line', () => {
    const r = breakAndBuild(FAQ, (s) => `${s}\n${IFRAME}\n`);
    expect(r.status).toBe(1);
    expect(r.output).toContain(`site/${FAQ}`);
    expect(r.output).toMatch(new RegExp(`\\b${r.lineOf('<iframe')}:1\\s+erreur\\s+contenu/html-interdit`));
    expect(r.index).toBe('previous build');
  });

  it('astro build: an <iframe> in a FAQ answer (.md) fails with the French report, at its line', () => {
    const r = astroBuild(FAQ, (s) => `${s}\n${IFRAME}\n`);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(`site/${FAQ}`);
    expect(r.output).toMatch(new RegExp(`\\b${r.lineOf('<iframe')}:1\\s+erreur\\s+contenu/html-interdit`));
    expect(r.output).toMatch(/la construction est arrêtée avant d’écrire le moindre fichier/);
    expect(r.built).toBe(false);
  });

  it('astro build: a javascript: link in a call (.mdx) fails with the French report, at its line', () => {
    const r = astroBuild(CALL, (s) => `${s}\nVoir [la fiche](javascript:alert(1)).\n`);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(`site/${CALL}`);
    expect(r.output).toMatch(new RegExp(`\\b${r.lineOf('javascript:')}:\\d+\\s+erreur\\s+contenu/html-interdit`));
    expect(r.built).toBe(false);
  });
});
