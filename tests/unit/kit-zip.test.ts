/** The ZIP writer and the kit archive, read back with fflate. */
import { describe, expect, it } from 'vitest';
import { buildKit } from '../../src/lib/kit';
import { crc32 } from 'node:zlib';
import { writeZip } from '../../src/lib/kit/zip';
import { callSlugs, loadCall, loadContext } from './kit-fixtures';
import { unzip, utf8 } from './kit-readers';

const ctx = loadContext();
const enc = new TextEncoder();

/** Reads the name, date, CRC and extra-field length of every local file header. */
function headers(zip: Uint8Array): { name: string; date: number; time: number; crc: number; extra: number }[] {
  return localHeaders(zip).map(({ name, date, time, crc, extra }) => ({ name, date, time, crc, extra }));
}

/** Every local file header, with its compression method (0 stored, 8 deflated). */
function localHeaders(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = [];
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const method = view.getUint16(at + 8, true);
    const time = view.getUint16(at + 10, true);
    const date = view.getUint16(at + 12, true);
    const crc = view.getUint32(at + 14, true);
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    out.push({ name: utf8(zip.subarray(at + 30, at + 30 + nameLength)), method, date, time, crc, extra });
    at += 30 + nameLength + extra + size;
  }
  return out;
}

/** The archive comment, read from the end-of-central-directory record. */
function archiveComment(zip: Uint8Array): string {
  for (let at = zip.length - 22; at >= 0; at--) {
    const view = new DataView(zip.buffer, zip.byteOffset + at, 22);
    if (view.getUint32(0, true) === 0x06054b50) {
      const length = view.getUint16(20, true);
      expect(at + 22 + length).toBe(zip.length);
      return utf8(zip.subarray(at + 22, at + 22 + length));
    }
  }
  throw new Error('no end record');
}

/** MS-DOS date and time words, computed by hand: 2026-11-23 at 12:00:00. */
const DOS_DATE = ((2026 - 1980) << 9) | (11 << 5) | 23;
const DOS_NOON = 12 << 11;

describe('writeZip', () => {
  const entries = [
    { name: 'b.txt', bytes: enc.encode('bé'.repeat(500)) },
    { name: 'a.txt', bytes: enc.encode('x') },
  ];

  it('writes entries sorted by name, all dated the given day at 12:00, with CRCs and no extra field', () => {
    const zip = writeZip(entries, { day: '2026-11-23' });
    expect(headers(zip)).toEqual([
      { name: 'a.txt', date: DOS_DATE, time: DOS_NOON, crc: crc32(enc.encode('x')), extra: 0 },
      { name: 'b.txt', date: DOS_DATE, time: DOS_NOON, crc: crc32(enc.encode('bé'.repeat(500))), extra: 0 },
    ]);
    const back = unzip(zip);
    expect(utf8(back['a.txt']!)).toBe('x');
    expect(utf8(back['b.txt']!)).toBe('bé'.repeat(500));
  });

  it('stores an already-compressed entry as it is, and deflates the others', () => {
    const zip = writeZip([{ ...entries[0]!, stored: true }, entries[1]!], { day: '2026-11-23' });
    expect(localHeaders(zip).map((h) => [h.name, h.method])).toEqual([
      ['a.txt', 8],
      ['b.txt', 0],
    ]);
    expect(utf8(unzip(zip)['b.txt']!)).toBe('bé'.repeat(500));
    expect(writeZip([{ ...entries[0]!, stored: true }, entries[1]!], { day: '2026-11-23' })).toEqual(zip);
  });

  it('gives the same bytes whatever the order of the entries', () => {
    expect(writeZip(entries, { day: '2026-11-23' })).toEqual(writeZip([...entries].reverse(), { day: '2026-11-23' }));
  });

  it('writes the archive comment after the end record, and refuses a duplicate entry', () => {
    expect(archiveComment(writeZip(entries, { day: '2026-11-23', comment: 'afe 2026-11-23+abc' }))).toBe(
      'afe 2026-11-23+abc',
    );
    expect(archiveComment(writeZip(entries, { day: '2026-11-23' }))).toBe('');
    expect(() => writeZip([...entries, entries[0]!], { day: '2026-11-23' })).toThrow(/double/);
  });

  it('gives the same bytes twice, and the same bytes whatever TZ says', () => {
    const saved = process.env['TZ'];
    try {
      process.env['TZ'] = 'Pacific/Kiritimati';
      const a = writeZip(entries, { day: '2026-03-29', comment: 'x' });
      process.env['TZ'] = 'America/Santiago';
      const b = writeZip(entries, { day: '2026-09-06', comment: 'x' });
      const c = writeZip(entries, { day: '2026-03-29', comment: 'x' });
      process.env['TZ'] = 'UTC';
      expect(writeZip(entries, { day: '2026-03-29', comment: 'x' })).toEqual(a);
      expect(c).toEqual(a);
      // 2026-09-06 starts at 01:00 in Santiago (clocks move at midnight): noon still exists.
      expect(headers(b)[0]!.time).toBe(DOS_NOON);
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });
});

describe.each(callSlugs())('kit archive of %s', (slug) => {
  const kit = buildKit(loadCall(slug), ctx);

  it('unpacks into one folder named after the call, holding every kit file byte for byte', () => {
    const back = unzip(kit.zip);
    expect(Object.keys(back).sort()).toEqual(kit.files.map((f) => `${slug}/${f.name}`).sort());
    for (const f of kit.files) expect(back[`${slug}/${f.name}`]).toEqual(f.bytes);
    expect(Object.keys(back)).toContain(`${slug}/LISEZMOI.txt`);
    expect(archiveComment(kit.zip)).toBe(`${slug} ${kit.version}`);
  });

  it('stores the DOCX files (already deflated) as they are and deflates the text files', () => {
    const methods = new Map(localHeaders(kit.zip).map((h) => [h.name, h.method]));
    for (const f of kit.files) expect([f.name, methods.get(`${slug}/${f.name}`)]).toEqual([f.name, f.format === 'DOCX' ? 0 : 8]);
  });

  it('has a French LISEZMOI that names every file and the version', () => {
    const bytes = kit.files.find((f) => f.name === 'LISEZMOI.txt')!.bytes;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark
    const text = utf8(bytes);
    expect(text).toContain('\r\n');
    for (const f of kit.files) expect(text).toContain(f.name);
    expect(text).toContain(`Version du dossier\u202F: ${kit.version}`);
    expect(text).toContain('Contenu du dossier');
  });
});
