/** The command line, run as a child process: exit codes and the JSON format. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePatches } from './fixture-patches';
import { fixture } from './patch';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
/** A fixture's folder, absolute (materialised from its patch). */
const folder = (name: string) => {
  const { root, dir } = fixture(name, fixturePatches);
  return join(root, dir);
};

function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '', NO_COLOR: '1' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run check', () => {
  it('exits 0 on clean content', () => {
    const { code, stdout } = check('--content', folder('valide'));
    expect(stdout).toBe('Aucun problème dans 5 fichiers vérifiés.\n');
    expect(code).toBe(0);
  });

  it('exits 1 on errors and prints valid JSON with --format json', () => {
    const { code, stdout } = check('--content', folder('tarifs-contiguite'), '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['tarifs/contiguite']);
  });

  it('exits 0 when there are only warnings', () => {
    const { code, stdout } = check('--content', folder('contacts-adresses-proches'));
    expect(stdout).toContain('0 erreur, 1 avertissement dans 1 fichier');
    expect(code).toBe(0);
  }, 20_000);

  it('exits 1 on an invalid GUICHET_TODAY, naming the variable and the expected form', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--content', folder('valide')], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, CI: '', NO_COLOR: '1', GUICHET_TODAY: '2026-13-45' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("variable d'environnement GUICHET_TODAY");
    expect(run.stdout).toContain('configuration/variable');
    expect(run.stdout).toContain('AAAA-MM-JJ');
  });

  it('sums up acknowledged findings in one line, shown in full with --tout', () => {
    const short = check('--content', folder('acquittement-utilise'));
    expect(short.stdout).toBe(
      '1 constat reconnu (acquitté) : npm run check -- --tout pour le voir.\nAucun problème dans 2 fichiers vérifiés.\n',
    );
    const all = check('--content', folder('acquittement-utilise'), '--tout');
    expect(all.stdout).toContain('Constats reconnus (acquittés) :');
    expect(all.stdout).toContain('tarifs/contiguite');
    expect(all.code).toBe(0);
  }, 20_000);

  it('exits 2 on an unknown option', () => {
    const { code, stderr } = check('--formt', 'json');
    expect(code).toBe(2);
    expect(stderr).toContain('Usage');
  });
});
