/**
 * A small, reproducible ZIP writer (PKWARE APPNOTE, no ZIP64): entries sorted by name,
 * every entry dated the same fixed day at 00:00 (computed from the ISO day, never from the
 * clock or the machine's time zone), no extra fields, deflate from `fflate` (pure
 * JavaScript, so the bytes do not depend on the Node build's zlib).
 *
 * Used for the kit archive and for the DOCX packages, which are ZIP files too.
 */
import { deflateSync } from 'fflate';
import { crc32 } from './crc32';

export interface ZipEntry {
  /** Path inside the archive, with `/` separators. */
  name: string;
  bytes: Uint8Array;
}

export interface ZipOptions {
  /** Date given to every entry, `YYYY-MM-DD` (1980 to 2107). */
  day: string;
  /** Archive comment (ASCII). */
  comment?: string;
}

const encoder = new TextEncoder();

/** MS-DOS date and time words for 00:00 on an ISO day. */
export function dosDateTime(day: string): { date: number; time: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`Jour invalide pour une archive ZIP : « ${day} »`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1980 || year > 2107) throw new RangeError(`Année hors de la plage ZIP (1980–2107) : ${year}`);
  return { date: ((year - 1980) << 9) | (month << 5) | date, time: 0 };
}

/** Byte order of ZIP names: plain code-unit order, so the result never depends on a locale. */
const byName = (a: ZipEntry, b: ZipEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

class ByteWriter {
  private chunks: Uint8Array[] = [];
  length = 0;
  bytes(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  u16(n: number): void {
    this.bytes(new Uint8Array([n & 0xff, (n >>> 8) & 0xff]));
  }
  u32(n: number): void {
    this.bytes(new Uint8Array([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]));
  }
  concat(): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

interface Written {
  name: Uint8Array;
  utf8: boolean;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Writes a ZIP archive; the same entries and options always give the same bytes. */
export function writeZip(entries: readonly ZipEntry[], options: ZipOptions): Uint8Array<ArrayBuffer> {
  const { date, time } = dosDateTime(options.day);
  const sorted = [...entries].sort(byName);
  const names = new Set<string>();
  const out = new ByteWriter();
  const written: Written[] = [];

  for (const entry of sorted) {
    if (names.has(entry.name)) throw new Error(`Entrée ZIP en double : ${entry.name}`);
    names.add(entry.name);
    const name = encoder.encode(entry.name);
    const deflated = deflateSync(entry.bytes, { level: 6 });
    const stored = deflated.length >= entry.bytes.length;
    const data = stored ? entry.bytes : deflated;
    const w: Written = {
      name,
      // Bit 11: the name is UTF-8.
      utf8: /[^\x20-\x7e]/.test(entry.name),
      method: stored ? 0 : 8,
      crc: crc32(entry.bytes),
      compressedSize: data.length,
      size: entry.bytes.length,
      offset: out.length,
    };
    out.u32(0x04034b50);
    out.u16(20); // version needed: 2.0
    out.u16(w.utf8 ? 0x0800 : 0);
    out.u16(w.method);
    out.u16(time);
    out.u16(date);
    out.u32(w.crc);
    out.u32(w.compressedSize);
    out.u32(w.size);
    out.u16(name.length);
    out.u16(0); // no extra field
    out.bytes(name);
    out.bytes(data);
    written.push(w);
  }

  const centralStart = out.length;
  for (const w of written) {
    out.u32(0x02014b50);
    out.u16(20); // made by: MS-DOS attributes, version 2.0
    out.u16(20);
    out.u16(w.utf8 ? 0x0800 : 0);
    out.u16(w.method);
    out.u16(time);
    out.u16(date);
    out.u32(w.crc);
    out.u32(w.compressedSize);
    out.u32(w.size);
    out.u16(w.name.length);
    out.u16(0); // extra
    out.u16(0); // comment
    out.u16(0); // disk
    out.u16(0); // internal attributes
    out.u32(0); // external attributes
    out.u32(w.offset);
    out.bytes(w.name);
  }
  const centralSize = out.length - centralStart;
  const comment = encoder.encode(options.comment ?? '');
  if (/[^\x20-\x7e]/.test(options.comment ?? '')) throw new Error('Le commentaire ZIP doit être en ASCII');
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(written.length);
  out.u16(written.length);
  out.u32(centralSize);
  out.u32(centralStart);
  out.u16(comment.length);
  out.bytes(comment);
  return out.concat();
}
