/**
 * `npm run publish` as a child process on a copy of the fixture site: it refuses to record an
 * undeclared change, records a declared one as a new version dated by the amendment, and then
 * leaves the record alone; `--refresh` rewrites the last version without adding one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDir, root } from '../helpers/content';

const SLUG = 'atelier-foncier';
const work = mkdtempSync(join(tmpdir(), 'guichet-publish-'));
const content = join(work, 'site');
cpSync(contentDir, content, { recursive: true });
const callFile = join(content, 'calls', `${SLUG}.mdx`);
const recordFile = join(content, 'published', `${SLUG}.json`);
const publish = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/publish.ts', '--content', content, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: '', NO_COLOR: '1', GUICHET_TODAY: '' },
  });
const versions = () => JSON.parse(readFileSync(recordFile, 'utf8')).versions as { date: string; amendments: number }[];

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run publish', () => {
  it('leaves the seeded records as they are', () => {
    const before = readFileSync(recordFile, 'utf8');
    const run = publish();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${SLUG} : inchangé`);
    expect(readFileSync(recordFile, 'utf8')).toBe(before);
  });

  it('refuses to record an undeclared change', () => {
    const source = readFileSync(callFile, 'utf8');
    writeFileSync(callFile, source.replace('    max: 2\n', '    max: 3\n'));
    const before = readFileSync(recordFile, 'utf8');
    const run = publish();
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('modifications/non-declaree');
    expect(run.stderr).toContain('Rien n’est enregistré');
    expect(readFileSync(recordFile, 'utf8')).toBe(before);
  });

  it('records a declared change as a new version dated by the amendment, once', () => {
    const source = readFileSync(callFile, 'utf8');
    writeFileSync(
      callFile,
      source.replace(
        '\ncontacts:\n',
        '\namendments:\n  - date: 2026-06-10\n    summary: "Chaque EPCI peut désigner jusqu’à trois référents."\n\ncontacts:\n',
      ),
    );
    const run = publish(SLUG);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${SLUG} : version 2 enregistrée, datée du 10 juin 2026`);
    expect(versions().map((v) => [v.date, v.amendments])).toEqual([
      ['2026-05-04', 0],
      ['2026-06-10', 1],
    ]);
    const again = publish(SLUG);
    expect(again.stdout).toContain(`${SLUG} : inchangé`);
    expect(versions()).toHaveLength(2);
  }, 30_000);

  it('rewrites the last version with --refresh, for a change of data format', () => {
    const record = JSON.parse(readFileSync(recordFile, 'utf8'));
    delete record.versions[1].call.partners;
    record.versions[1].call.title = 'Ancien titre';
    writeFileSync(recordFile, JSON.stringify(record));
    expect(publish().status).toBe(1);
    const run = publish('--refresh');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('dernière version réécrite');
    const after = JSON.parse(readFileSync(recordFile, 'utf8'));
    expect(after.versions).toHaveLength(2);
    expect(after.versions[1].call.title).toBe('Atelier du foncier économique');
    expect(after.versions[1].call.partners).toEqual(['atelier-conseil']);
  }, 30_000);
});
