/**
 * Reproducible ZIP archives, written by `fflate.zipSync` (pure JavaScript, so the bytes do
 * not depend on Node's zlib): entries sorted by name, every entry dated the same day, no
 * extra fields, and an optional archive comment.
 *
 * The date: fflate encodes an entry's time from a `Date` read in the machine's local time
 * zone, so the entry time is given as that day at 12:00 *local* time, which gives the same
 * MS-DOS date and time words in every zone (noon, unlike midnight, exists on every day of
 * every zone, even on days when the clocks change).
 *
 * Used for the kit archive and for the DOCX packages, which are ZIP files too.
 */
import { zipSync, type Zippable } from 'fflate';

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

/** The entries' modification time: the day at noon, local time (see above). */
export function entryTime(day: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`Jour invalide pour une archive ZIP : « ${day} »`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1980 || year > 2099) throw new RangeError(`Année hors de la plage ZIP (1980–2099) : ${year}`);
  return new Date(year, month - 1, date, ZIP_ENTRY_HOUR, 0, 0);
}

/** Byte order of ZIP names: plain code-unit order, so the result never depends on a locale. */
const byName = (a: ZipEntry, b: ZipEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Writes a ZIP archive; the same entries and options always give the same bytes. */
export function writeZip(entries: readonly ZipEntry[], options: ZipOptions): Uint8Array<ArrayBuffer> {
  const mtime = entryTime(options.day);
  const comment = options.comment ?? '';
  if (/[^\x20-\x7e]/.test(comment)) throw new Error('Le commentaire ZIP doit être en ASCII');
  const data: Zippable = {};
  for (const entry of [...entries].sort(byName)) {
    // An integer-like key would be moved to the front of the object, out of name order.
    if (/^\d+$/.test(entry.name)) throw new Error(`Nom d’entrée ZIP purement numérique : ${entry.name}`);
    if (Object.hasOwn(data, entry.name)) throw new Error(`Entrée ZIP en double : ${entry.name}`);
    data[entry.name] = [entry.bytes, { level: entry.stored ? 0 : 6, mtime }];
  }
  const zip = zipSync(data);
  if (!comment) return zip as Uint8Array<ArrayBuffer>;
  // fflate writes no archive comment: append it, and its length in the end record's last field.
  const out = new Uint8Array(zip.length + comment.length);
  out.set(zip);
  out.set(new TextEncoder().encode(comment), zip.length);
  out[zip.length - 2] = comment.length & 0xff;
  out[zip.length - 1] = comment.length >>> 8;
  return out;
}
