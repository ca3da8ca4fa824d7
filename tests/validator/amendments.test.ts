/**
 * `modifications/…` rules on a copy of the fixture site and its records: an undeclared change
 * is an error at the changed field with old → new; an amendment dated after the record makes it
 * pass; a deadline moved earlier after opening needs an acknowledgement; the history cannot be
 * rewritten; a broken record is reported at its own file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateContent, type Finding } from '../../src/lib/validate/index';
import { contentDir, norm } from '../helpers/content';

const SLUG = 'atelier-foncier';
let root: string;
let content: string;
const callFile = () => join(content, 'calls', `${SLUG}.mdx`);

/** Edits the call's file: replaces `from` (found exactly once) with `to`. */
function edit(from: string, to: string) {
  const source = readFileSync(callFile(), 'utf8');
  expect(source.split(from)).toHaveLength(2);
  writeFileSync(callFile(), source.replace(from, to));
}

/** Adds `amendments` at the end of the call's front matter. */
function amend(...items: [string, string][]) {
  const yaml = `amendments:\n${items.map(([date, summary]) => `  - date: ${date}\n    summary: "${summary}"\n`).join('')}`;
  const source = readFileSync(callFile(), 'utf8');
  const end = source.indexOf('\n---\n', 4);
  writeFileSync(callFile(), `${source.slice(0, end + 1)}${yaml}${source.slice(end + 1)}`);
}

const CRITERION_2 = `title: "Un besoin de foncier économique démontré"`;
const CRITERION_2_NEW = `title: "Un besoin de foncier économique démontré et chiffré"`;

async function modifications(): Promise<{ findings: Finding[]; ok: boolean }> {
  const result = await validateContent(content, { cwd: root });
  return { findings: result.findings.filter((f) => f.rule.startsWith('modifications/')), ok: result.ok };
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'guichet-amend-'));
  content = join(root, 'site');
  cpSync(contentDir, content, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('modifications/ rules', () => {
  it('find nothing on the fixture site, whose records match it', async () => {
    expect(await modifications()).toEqual({ findings: [], ok: true });
  });

  it('report an undeclared change of criterion 2 once, at its line, with old → new', async () => {
    edit(CRITERION_2, CRITERION_2_NEW);
    const { findings, ok } = await modifications();
    expect(ok).toBe(false);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'modifications/non-declaree', severity: 'error', target: 'criteria[1].title' });
    expect(f!.file).toBe(`site/calls/${SLUG}.mdx`);
    const lines = readFileSync(callFile(), 'utf8').split('\n');
    expect(lines[f!.line - 1]).toContain('démontré et chiffré');
    expect(norm(f!.what)).toContain('Critère de sélection');
    expect(f!.what).toContain('« Un besoin de foncier économique démontré » → « Un besoin de foncier économique démontré et chiffré »');
    expect(f!.what).toContain('4 mai 2026');
  });

  it('pass when an amendment dated after the record declares the change', async () => {
    edit(CRITERION_2, CRITERION_2_NEW);
    amend(['2026-06-10', 'Le critère 2 est précisé.']);
    expect(await modifications()).toEqual({ findings: [], ok: true });
  });

  it('refuse an amendment dated before the recorded version, or after today, or out of order', async () => {
    edit(CRITERION_2, CRITERION_2_NEW);
    amend(['2026-05-01', 'Trop tôt.'], ['2026-06-20', 'Trop tard.'], ['2026-06-05', 'Dans le désordre.']);
    const rules = (await modifications()).findings.map((f) => [f.rule, f.target]);
    expect(rules).toEqual([
      ['modifications/date-amendement', 'amendments[0].date'],
      ['modifications/date-future', 'amendments[1].date'],
      ['modifications/ordre', 'amendments[2].date'],
    ]);
  });

  it('refuse a deadline moved earlier after the call opened, unless acknowledged', async () => {
    edit('date: 2026-07-03', 'date: 2026-06-26');
    amend(['2026-06-10', 'La date limite est avancée.']);
    const { findings } = await modifications();
    expect(findings.map((f) => [f.rule, f.target, f.severity])).toEqual([
      ['modifications/date-limite-avancee', 'calendar[1].date', 'error'],
    ]);
    expect(findings[0]!.what).toContain('vendredi 3 juillet 2026');
    expect(findings[0]!.what).toContain('vendredi 26 juin 2026');
    edit(
      '\ncontacts:\n',
      '\nacknowledgements:\n  - rule: modifications/date-limite-avancee\n    target: "calendar[1].date"\n    reason: "L’appel avance sa date limite."\ncontacts:\n',
    );
    const after = await modifications();
    expect(after.findings.map((f) => [f.rule, f.severity])).toEqual([['modifications/date-limite-avancee', 'info']]);
  });

  it('accept a deadline moved later without anything but the amendment', async () => {
    edit('date: 2026-07-03', 'date: 2026-07-17');
    amend(['2026-06-10', 'La date limite est reportée.']);
    expect((await modifications()).findings).toEqual([]);
  });

  it('refuse rewriting a recorded amendment', async () => {
    const record = join(content, 'published', `${SLUG}.json`);
    const json = JSON.parse(readFileSync(record, 'utf8'));
    json.amendments = [{ date: '2026-05-10', summary: 'Déjà publiée.' }];
    json.versions[0].amendments = 1;
    writeFileSync(record, JSON.stringify(json));
    amend(['2026-05-11', 'Réécrite.']);
    const { findings } = await modifications();
    expect(findings.map((f) => [f.rule, f.target])).toEqual([['modifications/historique', 'amendments[0].date']]);
    expect(findings[0]!.what).toContain('10 mai 2026');
  });

  it('warn about a record left without its call', async () => {
    cpSync(join(content, 'published', `${SLUG}.json`), join(content, 'published', 'ancien-nom.json'));
    const { findings, ok } = await modifications();
    expect(ok).toBe(true);
    expect(findings.map((f) => [f.rule, f.severity, f.file])).toEqual([
      ['modifications/enregistrement', 'warning', 'site/published/ancien-nom.json'],
    ]);
  });

  it('report an unreadable record at its own file', async () => {
    writeFileSync(join(content, 'published', `${SLUG}.json`), '{ "format": 1,');
    const { findings, ok } = await modifications();
    expect(ok).toBe(false);
    expect(findings.map((f) => [f.rule, f.file])).toEqual([
      ['modifications/enregistrement', `site/published/${SLUG}.json`],
    ]);
  });
});
