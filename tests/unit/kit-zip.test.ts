/** The ZIP writer and the kit archive, read back with fflate. */
import { describe, expect, it } from 'vitest';
import { buildKit } from '../../src/lib/kit';
import { crc32 } from '../../src/lib/kit/crc32';
import { dosDateTime, writeZip } from '../../src/lib/kit/zip';
import { callSlugs, loadCall, loadContext } from './kit-fixtures';
import { unzip, utf8 } from './kit-readers';

const ctx = loadContext();
const enc = new TextEncoder();

/** Reads the date and name of every local file header. */
function headers(zip: Uint8Array): { name: string; date: number; time: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = [];
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const time = view.getUint16(at + 10, true);
    const date = view.getUint16(at + 12, true);
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    out.push({ name: utf8(zip.subarray(at + 30, at + 30 + nameLength)), date, time });
    at += 30 + nameLength + extra + size;
  }
  return out;
}

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(enc.encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('writeZip', () => {
  const entries = [
    { name: 'b.txt', bytes: enc.encode('bé'.repeat(500)) },
    { name: 'a.txt', bytes: enc.encode('x') },
  ];

  it('writes entries sorted by name, all dated the given day at 00:00, readable by fflate', () => {
    const zip = writeZip(entries, { day: '2026-11-23' });
    expect(headers(zip)).toEqual([
      { name: 'a.txt', ...dosDateTime('2026-11-23') },
      { name: 'b.txt', ...dosDateTime('2026-11-23') },
    ]);
    const back = unzip(zip);
    expect(utf8(back['a.txt']!)).toBe('x');
    expect(utf8(back['b.txt']!)).toBe('bé'.repeat(500));
  });

  it('gives the same bytes whatever the order of the entries', () => {
    expect(writeZip(entries, { day: '2026-11-23' })).toEqual(writeZip([...entries].reverse(), { day: '2026-11-23' }));
  });

  it('encodes the DOS date of 2026-11-23', () => {
    expect(dosDateTime('2026-11-23')).toEqual({ date: ((2026 - 1980) << 9) | (11 << 5) | 23, time: 0 });
  });
});

describe.each(callSlugs())('kit archive of %s', (slug) => {
  const kit = buildKit(loadCall(slug), ctx);

  it('holds every kit file, byte for byte, including LISEZMOI.txt', () => {
    const back = unzip(kit.zip);
    expect(Object.keys(back).sort()).toEqual(kit.files.map((f) => f.name).sort());
    for (const f of kit.files) expect(back[f.name]).toEqual(f.bytes);
    expect(Object.keys(back)).toContain('LISEZMOI.txt');
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
