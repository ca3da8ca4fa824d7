/**
 * Where a call's application kit goes in the built site: each file at
 * `kits/<slug>/<file>`, and all of them in `kits/<slug>.zip` (the addresses `source.ts` gives
 * the page and the kit's own readme). The kit worker writes them there during a build; in
 * `astro dev` the guichet integration serves the same addresses. Pages show a kit's listing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kit, KitListing } from './types';

/** Extensions of the kit's files: DOCX documents, the calendar, the data, the readme. */
export const KIT_FILE_EXTENSIONS = ['docx', 'ics', 'json', 'txt'] as const;

/** Folder of the kits in the built site. */
export const KITS_DIR = 'kits';

/** Every file of a kit with its path in the built site, `/`-separated. */
export function kitOutputs(kit: Kit): { path: string; bytes: Uint8Array }[] {
  return [
    ...kit.files.map((file) => ({ path: `${KITS_DIR}/${kit.slug}/${file.name}`, bytes: file.bytes })),
    { path: `${KITS_DIR}/${kit.slug}.zip`, bytes: kit.zip },
  ];
}

/** Writes a kit's files into the built site at `outDir`. */
export function writeKit(outDir: string, kit: Kit): void {
  mkdirSync(join(outDir, KITS_DIR, kit.slug), { recursive: true });
  for (const output of kitOutputs(kit)) writeFileSync(join(outDir, ...output.path.split('/')), output.bytes);
}

/** What a page shows of a kit (`KitBlock`): names, labels, formats and sizes. */
export function kitListing(kit: Kit): KitListing {
  return {
    slug: kit.slug,
    version: kit.version,
    files: kit.files.map(({ bytes, ...file }) => ({ ...file, size: bytes.length })),
    zipSize: kit.zip.length,
    calendarEvents: kit.calendarEvents,
  };
}
