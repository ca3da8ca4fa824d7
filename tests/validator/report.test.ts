import { describe, expect, it } from 'vitest';
import { fixturePatches } from './fixture-patches';
import { CALL, checkPatched, fixture } from './patch';
import { validateContent } from '../../src/lib/validate/index';
import { formatAnnotations } from '../../src/lib/validate/report/github';
import { formatReport, useColour } from '../../src/lib/validate/report/index';
import { summaryLine } from '../../src/lib/validate/report/french-counts';

const run = (name: string) => {
  const { root, dir } = fixture(name, fixturePatches);
  return validateContent(dir, { cwd: root });
};

describe('the report', () => {
  it('counts errors, warnings and files in French', () => {
    const base = { acknowledged: 0, filesChecked: 9 };
    expect(summaryLine({ ...base, errors: 2, warnings: 1, filesWithFindings: 2 })).toBe(
      '2 erreurs, 1 avertissement dans 2 fichiers',
    );
    expect(summaryLine({ ...base, errors: 1, warnings: 0, filesWithFindings: 1, acknowledged: 2 })).toBe(
      '1 erreur, 0 avertissement dans 1 fichier (2 constats acquittés)',
    );
    expect(summaryLine({ ...base, errors: 0, warnings: 0, filesWithFindings: 0 })).toBe(
      'Aucun problème dans 9 fichiers vérifiés.',
    );
  });

  it("puts the author's errors first and sums up acknowledged findings in one line", async () => {
    const { result } = await checkPatched([
      ...fixturePatches['acquittement-utilise']!,
      { file: CALL, append: '\nMoins de <3 ans.\n' },
    ]);
    const text = formatReport(result, { format: 'text', colour: false, annotations: true });
    expect(text.split('\n').slice(0, 2)).toEqual([CALL, '  132:10  erreur        contenu/mdx  cible : <3']);
    expect(text).not.toContain('tarifs/contiguite');
    expect(text.trimEnd().split('\n').slice(-3)).toEqual([
      '1 constat reconnu (acquitté) : npm run check -- --tout pour le voir.',
      '1 erreur, 0 avertissement dans 1 fichier',
      expect.stringMatching(/^::error file=calls\/appel\.mdx,line=132,col=10::contenu\/mdx /),
    ]);
    const all = formatReport(result, { format: 'text', colour: false, annotations: false, all: true });
    expect(all.indexOf('contenu/mdx')).toBeLessThan(all.indexOf('Constats reconnus (acquittés) :'));
    expect(all.indexOf('Constats reconnus (acquittés) :')).toBeLessThan(all.indexOf('tarifs/contiguite'));
    expect(all.trimEnd().split('\n').at(-1)).toBe('1 erreur, 0 avertissement dans 1 fichier (1 constat acquitté)');
  });

  it('is valid JSON with --format json', async () => {
    const result = await run('tarifs-contiguite');
    const parsed = JSON.parse(formatReport(result, { format: 'json', colour: false, annotations: false }));
    expect(parsed.ok).toBe(false);
    expect(parsed.summary.errors).toBe(1);
    expect(parsed.findings[0]).toMatchObject({
      rule: 'tarifs/contiguite',
      line: 107,
      column: 12,
      target: 'pricing.brackets[2]',
    });
  });

  it('prints GitHub annotations, escaped, when asked', async () => {
    // A warning fixture (eligibilite/epci-nom, used here before, became an error in issue 15).
    const result = await run('contacts-adresses-proches');
    const lines = formatAnnotations(result.findings).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^::warning file=tests\/validator\/fixtures\/contacts-adresses-proches\/calls\/appel\.mdx,line=113,col=12::contacts\/adresses-proches Les adresses /i,
    );
    expect(formatReport(result, { format: 'text', colour: false, annotations: true })).toContain('\n::warning file=');
  });

  it('uses colour only on a terminal without NO_COLOR or CI', () => {
    expect(useColour({ isTTY: true }, {})).toBe(true);
    expect(useColour({ isTTY: false }, {})).toBe(false);
    expect(useColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColour({ isTTY: true }, { CI: 'true' })).toBe(false);
  });

  it('shows the source lines with a caret under the value', async () => {
    const [finding] = (await run('calendrier-duree')).findings;
    expect(finding?.excerpt).toBe(
      ['  77 |         month: 2024-01', '> 78 |       days: 75', '     |             ^^'].join('\n'),
    );
  });

  it('cuts long prose lines around the spot', async () => {
    const [finding] = (await run('prose-date-hors-calendrier')).findings;
    const [, line, caret] = finding?.excerpt.split('\n') ?? [];
    expect(line).toMatch(/^> 122 \| …/);
    expect(line!.length).toBeLessThan(120);
    expect(line!.slice(caret!.indexOf('^'), caret!.lastIndexOf('^') + 1)).toBe('12 octobre 2023');
  });
});
