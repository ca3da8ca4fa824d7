/**
 * Reproducibility: the same content gives byte-identical kit files and ZIPs on every build,
 * in any time zone (in-process with TZ changed, and in child processes started with
 * TZ=Pacific/Kiritimati, UTC+14, and TZ=America/Los_Angeles).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kitDigests } from './kit-digest';

const root = join(import.meta.dirname, '..', '..');
const originalTz = process.env['TZ'];

function digestsIn(tz: string): { tz: string; digests: Record<string, string> } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'tests/unit/kit-digest.ts')], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

describe('reproducible kits', () => {
  afterAll(() => {
    if (originalTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = originalTz;
  });

  const reference = kitDigests();

  it('covers every file of the fixture calls and the site calendar', () => {
    expect(Object.keys(reference)).toEqual(
      expect.arrayContaining([
        'atelier-foncier/dossier-candidature.docx',
        'atelier-foncier/lettre-intention.docx',
        'atelier-foncier.zip',
        'atelier-foncier/calendrier.ics',
        'pass-numerique/calendrier.ics',
        'club-des-maires/dossier-candidature.docx',
        'club-des-maires.zip',
        'calendrier.ics',
      ]),
    );
  });

  it('gives the same bytes when built twice in the same process, whatever TZ says', () => {
    process.env['TZ'] = 'Pacific/Kiritimati';
    expect(kitDigests()).toEqual(reference);
    process.env['TZ'] = 'America/Los_Angeles';
    expect(kitDigests()).toEqual(reference);
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles'])(
    'gives the same bytes in a fresh process with TZ=%s',
    (tz) => {
      const child = digestsIn(tz);
      expect(child.tz).toBe(tz);
      expect(child.digests).toEqual(reference);
    },
    60_000,
  );
});
