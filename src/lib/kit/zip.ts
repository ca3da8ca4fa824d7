/**
 * Reproducible ZIP archives, written here field by field: entries sorted by name, every entry
 * dated the same day at 12:00 (MS-DOS date and time words computed from the `YYYY-MM-DD`
 * string, so the machine's time zone plays no part), no extra fields, no data descriptors,
 * and an optional archive comment.
 *
 * Entries are deflated by Node's zlib (native code, level 6): about ten times faster than a
 * JavaScript deflate on the kits' XML, and allocating nothing on the JavaScript heap, which
 * matters in a build that renders thousands of pages in the same process. The same entries
 * give the same bytes on every run of the same Node version (zlib's output depends only on
 * its input, its level and its own version).
 *
 * Used for the kit archive and for the DOCX packages, which are ZIP files too.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, with `/` separators. */
  name: string;
  bytes: Uint8Array;
  /**
   * Bytes already compressed (a DOCX package is itself a ZIP of deflated parts): stored as they
   * are (method 0). Deflating them again costs time and saves little (about 7 % of a DOCX).
   */
  stored?: boolean;
}

export interface ZipOptions {
  /** Date given to every entry, `YYYY-MM-DD` (1980 to 2099). */
  day: string;
  /** Archive comment (ASCII). */
  comment?: string;
}

/** Hour of the day every entry is dated at. */
export const ZIP_ENTRY_HOUR = 12;

/** Deflate level of every compressed entry (zlib's default). */
const DEFLATE_LEVEL = 6;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_RECORD = 0x06054b50;
/** Version 2.0 of the format: deflate, folders. */
const VERSION = 20;
/** General-purpose flag bit 11: the entry's name is UTF-8. */
const UTF8_NAME = 1 << 11;

/** The MS-DOS date and time words of the day at noon. */
export function dosDateTime(day: string): { date: number; time: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`Jour invalide pour une archive ZIP : « ${day} »`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1980 || year > 2099) throw new RangeError(`Année hors de la plage ZIP (1980–2099) : ${year}`);
  if (month < 1 || month > 12 || date < 1 || date > 31) throw new RangeError(`Jour invalide pour une archive ZIP : « ${day} »`);
  return { date: ((year - 1980) << 9) | (month << 5) | date, time: ZIP_ENTRY_HOUR << 11 };
}

/** Byte order of ZIP names: plain code-unit order, so the result never depends on a locale. */
const byName = (a: ZipEntry, b: ZipEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const encoder = new TextEncoder();

interface Packed {
  name: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
  offset: number;
}

/** The fields a local header and its central-directory header share, from "version needed" on. */
function sharedFields(view: DataView, at: number, entry: Packed, when: { date: number; time: number }): void {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, entry.flags, true);
  view.setUint16(at + 4, entry.method, true);
  view.setUint16(at + 6, when.time, true);
  view.setUint16(at + 8, when.date, true);
  view.setUint32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.data.length, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, entry.name.length, true);
  view.setUint16(at + 24, 0, true); // no extra field
}

/** Writes a ZIP archive; the same entries and options always give the same bytes. */
export function writeZip(entries: readonly ZipEntry[], options: ZipOptions): Uint8Array<ArrayBuffer> {
  const when = dosDateTime(options.day);
  const comment = options.comment ?? '';
  if (/[^\x20-\x7e]/.test(comment)) throw new Error('Le commentaire ZIP doit être en ASCII');
  const seen = new Set<string>();
  let offset = 0;
  const packed: Packed[] = [...entries].sort(byName).map((entry) => {
    if (seen.has(entry.name)) throw new Error(`Entrée ZIP en double : ${entry.name}`);
    seen.add(entry.name);
    const name = encoder.encode(entry.name);
    const data = entry.stored ? entry.bytes : deflateRawSync(entry.bytes, { level: DEFLATE_LEVEL });
    const item = {
      name,
      flags: /[^\x20-\x7e]/.test(entry.name) ? UTF8_NAME : 0,
      method: entry.stored ? 0 : 8,
      crc: crc32(entry.bytes),
      size: entry.bytes.length,
      data,
      offset,
    };
    offset += 30 + name.length + data.length;
    return item;
  });
  const directorySize = packed.reduce((sum, e) => sum + 46 + e.name.length, 0);
  const out = new Uint8Array(offset + directorySize + 22 + comment.length);
  const view = new DataView(out.buffer);
  for (const entry of packed) {
    view.setUint32(entry.offset, LOCAL_HEADER, true);
    sharedFields(view, entry.offset + 4, entry, when);
    out.set(entry.name, entry.offset + 30);
    out.set(entry.data, entry.offset + 30 + entry.name.length);
  }
  let at = offset;
  for (const entry of packed) {
    view.setUint32(at, CENTRAL_HEADER, true);
    view.setUint16(at + 4, VERSION, true); // version made by: MS-DOS attributes, format 2.0
    sharedFields(view, at + 6, entry, when);
    // comment length, disk number, internal and external attributes: all zero (already).
    view.setUint32(at + 42, entry.offset, true);
    out.set(entry.name, at + 46);
    at += 46 + entry.name.length;
  }
  view.setUint32(at, END_RECORD, true);
  view.setUint16(at + 8, packed.length, true);
  view.setUint16(at + 10, packed.length, true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, offset, true);
  view.setUint16(at + 20, comment.length, true);
  out.set(encoder.encode(comment), at + 22);
  return out;
}
