/**
 * One test per fixture folder: the validator reports exactly the expected findings (rule,
 * file, line, column, severity), and the text report is pinned by a snapshot.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/index';
import { formatText } from '../../src/lib/validate/report/text';
import { cases } from './cases';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtureDir = (name: string) => `tests/validator/fixtures/${name}`;

async function check(name: string) {
  const result = await validateContent(fixtureDir(name), { cwd: projectRoot });
  const found = result.findings.map((f) => ({
    rule: f.rule,
    file: f.file.slice(fixtureDir(name).length + 1),
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
  it('are at least thirty', () => {
    expect(cases.filter(([, , expected]) => expected.some((f) => f.severity !== 'info')).length).toBeGreaterThanOrEqual(
      30,
    );
  });

  it.each(cases)('%s: %s', async (name, _sentence, expected) => {
    const { result, found } = await check(name);
    expect(found).toEqual(expected);
    expect(result.ok).toBe(!expected.some((f) => f.severity === 'error'));
    expect(formatText(result.findings, result.summary)).toMatchSnapshot();
  });
});
