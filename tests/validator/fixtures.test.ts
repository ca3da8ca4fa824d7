/**
 * One test per fixture (the valid fixture plus a patch, `fixture-patches.ts`): the validator
 * reports exactly the expected findings (rule, file, line, column, severity), and the text
 * report is pinned by a snapshot.
 */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/index';
import { formatText } from '../../src/lib/validate/report/text';
import { cases } from './cases';
import { fixturePatches } from './fixture-patches';
import { fixture } from './patch';

async function check(name: string) {
  const { root, dir } = fixture(name, fixturePatches);
  const result = await validateContent(dir, { cwd: root });
  const found = result.findings.map((f) => ({
    rule: f.rule,
    file: f.file.slice(dir.length + 1),
    line: f.line,
    column: f.column,
    severity: f.severity,
  }));
  return { result, found };
}

describe('the valid fixture', () => {
  it('passes clean', async () => {
    const { result } = await check('valide');
    expect(result.findings).toEqual([]);
    expect(result.ok).toBe(true);
    expect(formatText(result.findings, result.summary)).toBe('Aucun problème dans 5 fichiers vérifiés.\n');
  });
});

describe('invalid fixtures', () => {
  it('each have a patch, and each patch a case', () => {
    expect(Object.keys(fixturePatches).sort()).toEqual(cases.map(([name]) => name).sort());
  });

  it('are at least thirty', () => {
    expect(cases.filter(([, , expected]) => expected.some((f) => f.severity !== 'info')).length).toBeGreaterThanOrEqual(
      30,
    );
  });

  it.each(cases)('%s: %s', async (name, _sentence, expected) => {
    const { result, found } = await check(name);
    expect(found).toEqual(expected);
    expect(result.ok).toBe(!expected.some((f) => f.severity === 'error'));
    expect(formatText(result.findings, result.summary, false, true)).toMatchSnapshot();
  });
});
