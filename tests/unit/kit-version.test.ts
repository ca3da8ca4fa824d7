/** The version stamp: the same in every file, and it moves when the call's data moves. */
import { describe, expect, it } from 'vitest';
import { buildKit, type Kit } from '../../src/lib/kit';
import { canonicalJson } from '../../src/lib/kit/canonical';
import { kitVersion } from '../../src/lib/kit/version';
import { loadCall, loadContext } from './kit-fixtures';
import { docxRawText, unzip, utf8 } from './kit-readers';

const ctx = loadContext();
const call = loadCall('atelier-foncier');
const bytesOf = (kit: Kit, name: string) => kit.files.find((f) => f.name === name)!.bytes;

describe('canonical JSON', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined, x: 0 }], c: 'é' } })).toBe(
      '{"a":{"c":"é","d":[2,{"x":0,"z":1}]},"b":1}',
    );
  });
});

describe('version stamp', () => {
  const kit = buildKit(call, ctx);

  it('is the updated day, a plus sign and 7 hex digits', () => {
    expect(kit.version).toMatch(/^2026-05-04\+[0-9a-f]{7}$/);
  });

  it('does not depend on the order of the keys', () => {
    const reversed = Object.fromEntries(Object.entries(call.data).reverse());
    const a = kitVersion({ slug: 'x', updated: '2026-11-23', data: call.data, organisations: [] });
    const b = kitVersion({ slug: 'x', updated: '2026-11-23', data: reversed, organisations: [] });
    expect(a).toBe(b);
  });

  it('is carried by every file: DOCX footers and properties, ICS, JSON, LISEZMOI', async () => {
    for (const f of kit.files.filter((x) => x.name.endsWith('.docx'))) {
      const parts = unzip(f.bytes);
      expect(utf8(parts['word/footer1.xml']!)).toContain(`version ${kit.version}`);
      expect(utf8(parts['docProps/core.xml']!)).toContain(kit.version);
      expect(await docxRawText(f.bytes)).toBeTruthy();
    }
    expect(utf8(bytesOf(kit, 'calendrier.ics'))).toContain(`X-GUICHET-VERSION:${kit.version}`);
    expect(JSON.parse(utf8(bytesOf(kit, 'appel.json'))).version).toBe(kit.version);
    expect(utf8(bytesOf(kit, 'LISEZMOI.txt'))).toContain(kit.version);
  });

  it('changes, with the DOCX and the JSON, when a criterion’s title changes', async () => {
    const criteria = call.data.criteria.map((c, i) => (i === 0 ? { ...c, title: 'Critère premier' } : c));
    const changed = buildKit({ slug: call.slug, data: { ...call.data, criteria } }, ctx);
    expect(changed.version).not.toBe(kit.version);
    expect(changed.version.slice(0, 10)).toBe(kit.version.slice(0, 10));
    const docx = bytesOf(changed, 'dossier-candidature.docx');
    expect(Buffer.compare(Buffer.from(docx), Buffer.from(bytesOf(kit, 'dossier-candidature.docx')))).not.toBe(0);
    expect(await docxRawText(docx)).toContain('Critère premier');
    const json = JSON.parse(utf8(bytesOf(changed, 'appel.json')));
    expect(json.criteria[0].title).toBe('Critère premier');
    expect(json.version).toBe(changed.version);
  });

  it('changes when the organisation names the kit prints change', () => {
    const renamed = {
      ...ctx,
      organisations: { ...ctx.organisations, 'advo': { name: 'Agence renommée', acronym: 'AR', article: 'l' as const } },
    };
    expect(buildKit(call, renamed).version).not.toBe(kit.version);
  });
});
