/** French regions by INSEE code, read from the official list (`@etalab/decoupage-administratif`). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let cache: Record<string, string> | undefined;

/** INSEE region code → name ("28" → "Normandie"). */
export function regionNames(): Record<string, string> {
  if (!cache) {
    const path = require.resolve('@etalab/decoupage-administratif/data/regions.json');
    const regions = JSON.parse(readFileSync(path, 'utf8')) as { code: string; nom: string }[];
    cache = Object.fromEntries(regions.map((r) => [r.code, r.nom]));
  }
  return cache;
}
