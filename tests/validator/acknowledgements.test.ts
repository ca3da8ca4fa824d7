import { describe, expect, it } from 'vitest';
import { fixturePatches } from './fixture-patches';
import { fixture } from './patch';
import { acknowledgedFindings, validateContent } from '../../src/lib/validate/index';

const run = (name: string) => {
  const { root, dir } = fixture(name, fixturePatches);
  return validateContent(dir, { cwd: root });
};

describe('acknowledgements', () => {
  it('a used acknowledgement turns the finding into info and lets the build pass', async () => {
    const result = await run('acquittement-utilise');
    expect(result.ok).toBe(true);
    expect(result.summary).toMatchObject({ errors: 0, warnings: 0, acknowledged: 1 });
    const [finding] = acknowledgedFindings(result.findings);
    expect(finding).toMatchObject({
      rule: 'tarifs/contiguite',
      target: 'pricing.brackets[2]',
      severity: 'info',
      severityBefore: 'error',
      acknowledged: {
        call: 'appel',
        reason: 'Le règlement ne publie aucune tranche entre 100 000 et 120 000 habitants.',
      },
    });
  });

  it('an acknowledgement that matches nothing is an error', async () => {
    const result = await run('acquittement-sans-objet');
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.rule, f.target])).toEqual([
      ['acquittement/sans-objet', 'acknowledgements[0]'],
    ]);
    expect(result.findings[0]?.fix).toContain('Aucun constat de cette règle ne concerne cet appel.');
  });

  it('a finding in a case study is acknowledged by its call with a prefixed target', async () => {
    const result = await run('acquittement-autre-fichier');
    expect(result.ok).toBe(true);
    expect(acknowledgedFindings(result.findings).map((f) => f.target)).toEqual(['territories/laureat:epcis[0].name']);
  });

  it('the same finding without acknowledgement fails or warns as usual', async () => {
    const result = await run('tarifs-contiguite');
    expect(result.ok).toBe(false);
    expect(acknowledgedFindings(result.findings)).toEqual([]);
  });
});
