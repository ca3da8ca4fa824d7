/**
 * Build-output tests of the application kits: run over the build of the fixture site
 * (GUICHET_DIST, dist-fixture/ in scripts/test.sh). Skipped, with a message, when nothing is built.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist } from '../helpers/dist';
import { describe, expect, it } from 'vitest';
import { parseIcs, unzip } from '../unit/kit-readers';
import { callSlugs, loadCall } from '../unit/kit-fixtures';
import { isExact } from '../../src/lib/shared/dates';

const built = existsSync(join(dist, 'kits'));
const SLUGS = callSlugs();
const HOST = 'appels.val-d-ouve.example';

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
    // Letter templates only for a call that asks for a letter, the groupement one only when
    // groupements may apply (only atelier-foncier asks for a letter).
    const asksLetter = call.application.documents.some((d) => /lettre/i.test(`${d.id} ${d.title}`));
    expect(asksLetter).toBe(slug === 'atelier-foncier');
    const groupements = call.eligibility.applicants.some((a) => a.type === 'groupement-epci');
    // An online form gets a sheet to prepare its answers instead of a dossier to fill in.
    const dossierName = call.application.format === 'online-form' ? 'preparer-reponses.docx' : 'dossier-candidature.docx';
    expect(dossierName === 'preparer-reponses.docx').toBe(slug === 'pass-numerique');
    const letters = asksLetter ? [...(groupements ? ['lettre-intention-groupement.docx'] : []), 'lettre-intention.docx'] : [];
    expect(names).toEqual(
      ['LISEZMOI.txt', 'appel.json', ...(dated ? ['calendrier.ics'] : []), dossierName, ...letters]
        .map((name) => `${slug}/${name}`)
        .sort(),
    );
    for (const name of names) expect(entries[name], name).toEqual(read(`kits/${name}`));
  });

  it('gives the calendar of the call with every field: opening all-day, deadline at 17:00, the session 12:00–13:30 UTC, nothing for fin juillet', () => {
    const { events } = parseIcs(text('kits/atelier-foncier/calendrier.ics'));
    const uid = (id: string) => `${id}.atelier-foncier@${HOST}`;
    expect(events.find((e) => e.uid === uid('ouverture'))).toMatchObject({ allDay: true, day: '2026-05-04' });
    expect(events.find((e) => e.uid === uid('cloture'))).toMatchObject({ allDay: false, startUtc: '2026-07-03T15:00:00.000Z' });
    expect(events.find((e) => e.uid === uid('reunion'))).toMatchObject({
      startUtc: '2026-06-02T12:00:00.000Z',
      endUtc: '2026-06-02T13:30:00.000Z',
    });
    expect(events.find((e) => e.uid === uid('comite'))).toBeUndefined();
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
