/**
 * Build-output tests of the application kits: run after `npm run build`, over dist/
 * (or the folder named by GUICHET_OUT_DIR). Skipped, with a message, when nothing is built.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIcs, unzip } from '../unit/kit-readers';
import { loadCall } from '../unit/kit-fixtures';
import { isExact } from '../../src/lib/shared/dates';

const root = join(import.meta.dirname, '..', '..');
const dist = process.env['GUICHET_OUT_DIR'] ?? join(root, 'dist');
const built = existsSync(join(dist, 'kits'));
const SLUGS = ['impulsion-ingenierie-territoires', 'terriens'];
const HOST = 'appels.adnormandie.fr';

if (!built)
  console.warn(`tests/build/kits.test.ts ignoré : ${join(dist, 'kits')} n’existe pas (lancez « npm run build »).`);

const read = (path: string) => new Uint8Array(readFileSync(join(dist, path)));
const text = (path: string) => readFileSync(join(dist, path), 'utf8');

describe.skipIf(!built)('kits in the built site', () => {
  it.each(SLUGS)('/kits/%s.zip unpacks into <slug>/ with exactly the files under /kits/<slug>/, byte for byte', (slug) => {
    const entries = unzip(read(`kits/${slug}.zip`));
    const names = Object.keys(entries).sort();
    // A call without any date published to the day has no calendar, in the ZIP or beside it.
    const call = loadCall(slug).data;
    const dated = [...call.calendar, ...call.events].some((m) => isExact(m.date));
    expect(existsSync(join(dist, `kits/${slug}/calendrier.ics`))).toBe(dated);
    // Letter templates only for a call that asks for a letter (I2T), none for TERRIENS.
    const letters = slug === 'terriens' ? [] : ['lettre-intention-groupement.docx', 'lettre-intention.docx'];
    expect(names).toEqual(
      ['LISEZMOI.txt', 'appel.json', ...(dated ? ['calendrier.ics'] : []), 'dossier-candidature.docx', ...letters]
        .map((name) => `${slug}/${name}`)
        .sort(),
    );
    for (const name of names) expect(entries[name], name).toEqual(read(`kits/${name}`));
  });

  it('gives the I2T calendar: opening and deadline all-day, the webinar 08:00–10:00 UTC, nothing for mi-novembre', () => {
    const { events } = parseIcs(text('kits/impulsion-ingenierie-territoires/calendrier.ics'));
    const uid = (id: string) => `${id}.impulsion-ingenierie-territoires@${HOST}`;
    expect(events.find((e) => e.uid === uid('lancement'))).toMatchObject({ allDay: true, day: '2023-10-02' });
    expect(events.find((e) => e.uid === uid('cloture'))).toMatchObject({ allDay: true, day: '2023-11-03' });
    expect(events.find((e) => e.uid === uid('webinaire'))).toMatchObject({
      startUtc: '2023-10-03T08:00:00.000Z',
      endUtc: '2023-10-03T10:00:00.000Z',
    });
    expect(events.find((e) => e.uid === uid('comite-selection'))).toBeUndefined();
    expect(events).toHaveLength(3);
  });

  it('has a site-wide /calendrier.ics with every exact milestone and event of every call', () => {
    const { events } = parseIcs(text('calendrier.ics'));
    const expected = SLUGS.flatMap((slug) => {
      const call = loadCall(slug).data;
      return [...call.calendar, ...call.events].filter((m) => isExact(m.date)).map((m) => `${m.id}.${slug}@${HOST}`);
    });
    expect(events.map((e) => e.uid).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
  });

  it.each(SLUGS)('shows on the page of %s the same version stamp as its appel.json', (slug) => {
    const json = JSON.parse(text(`kits/${slug}/appel.json`));
    expect(json.version).toMatch(/^\d{4}-\d{2}-\d{2}\+[0-9a-f]{7}$/);
    const html = text(`appels/${slug}/index.html`);
    const shown = /data-kit-version[^>]*>([^<]+)</.exec(html)?.[1];
    expect(shown).toBe(json.version);
    expect(html).toContain(`href="/kits/${slug}.zip"`);
    expect(html).toMatch(/DOCX, \d+\u202Fko/);
  });

  it('publishes the JSON Schema of appel.json, which every built appel.json follows', () => {
    const schema = JSON.parse(text('schemas/appel.schema.json'));
    expect(schema.$id).toBe(`https://${HOST}/schemas/appel.schema.json`);
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    for (const slug of SLUGS) {
      const json = JSON.parse(text(`kits/${slug}/appel.json`));
      expect(json.$schema).toBe(schema.$id);
      validate(json);
      expect(validate.errors ?? [], slug).toEqual([]);
    }
  });
});
