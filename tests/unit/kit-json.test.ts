/** appel.json against the JSON Schema generated from the zod schema, validated with Ajv. */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { appelJsonSchema, buildKit } from '../../src/lib/kit';
import { callSlugs, loadCall, loadContext, rawCall } from './kit-fixtures';

const ctx = loadContext();
const schema = appelJsonSchema(ctx.site.url);
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const appel = (slug: string) => {
  const kit = buildKit(loadCall(slug), ctx);
  const f = kit.files.find((x) => x.name === 'appel.json')!;
  return { kit, text: new TextDecoder().decode(f.bytes), json: JSON.parse(new TextDecoder().decode(f.bytes)) };
};

describe('the JSON Schema of appel.json', () => {
  it('is a draft 2020-12 schema with its public $id, that Ajv compiles in strict mode', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe('https://appels.val-d-ouve.example/schemas/appel.schema.json');
    expect(JSON.stringify(schema)).not.toContain('"ref":');
  });
});

describe.each(callSlugs())('appel.json of %s', (slug) => {
  const { kit, text, json } = appel(slug);
  const raw = rawCall(slug);

  it('validates against the generated schema', () => {
    const ok = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('carries the slug, the version stamp, the page address and the organisations’ names', () => {
    expect(json.slug).toBe(slug);
    expect(json.version).toBe(kit.version);
    expect(json.url).toBe(`https://appels.val-d-ouve.example/appels/${slug}/`);
    expect(json.$schema).toBe(schema['$id']);
    for (const id of raw['organisers'] as string[]) {
      const org = json.organisations.find((o: { id: string }) => o.id === id);
      expect(org?.name).toBe(ctx.organisations[id]!.name);
    }
  });

  it('holds the front matter’s facts as published', () => {
    expect(json.title).toBe(raw['title']);
    expect(json.updated).toBe(
      String(raw['updated'] instanceof Date ? (raw['updated'] as Date).toISOString().slice(0, 10) : raw['updated']),
    );
    expect(json.criteria).toEqual(raw['criteria'] ?? []);
    expect(json.contacts).toEqual(raw['contacts'] ?? []);
    expect(json.application.submission).toEqual((raw['application'] as Record<string, unknown>)['submission']);
  });

  it('is indented JSON with sorted keys and a final newline', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(json)).toEqual([...Object.keys(json)].sort());
  });

  it('is rejected by the schema when a required fact is missing or malformed', () => {
    expect(validate({ ...json, title: undefined })).toBe(false);
    expect(validate({ ...json, version: '2026-11-23' })).toBe(false);
    expect(
      validate({
        ...json,
        calendar: [{ id: 'x', title: 'X', kind: 'deadline', date: { type: 'day', date: '3 novembre' } }],
      }),
    ).toBe(false);
  });
});

describe('the dates of the fixture call with every field in appel.json', () => {
  it('keeps exact, timed and fuzzy dates in their published shapes', () => {
    const { json } = appel('atelier-foncier');
    const byId = (id: string) => json.calendar.find((m: { id: string }) => m.id === id);
    expect(byId('cloture').date).toEqual({ type: 'day-at', date: '2026-07-03', time: '17:00' });
    expect(byId('comite').date).toEqual({ type: 'month-part', month: '2026-07', part: 'late' });
    expect(json.events[0].date).toEqual({ type: 'day-time', date: '2026-06-02', start: '14:00', end: '15:30' });
  });
});
