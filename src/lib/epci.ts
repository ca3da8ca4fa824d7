/**
 * The official list of EPCIs (intercommunalités à fiscalité propre), from
 * `@etalab/decoupage-administratif`, indexed by SIREN. EPCI records carry no region: each
 * EPCI's regions are derived from its member communes (current communes only). Loaded once
 * and cached; used by the validator and the eligibility lookup page.
 *
 * The package's JSON files are read directly (not its `index.js`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** An EPCI of the official list. */
export interface EpciRecord {
  siren: string;
  /** Official name ("CC Coutances Mer et Bocage"). */
  name: string;
  /** CC, CA, CU, METRO or MET69. */
  type: string;
  populationTotale: number;
  populationMunicipale: number;
  /** INSEE codes of the regions of its member communes, sorted (several for a few EPCIs). */
  regions: string[];
  /** Its member communes and their municipal population in each of its regions, largest population first. */
  regionShares: RegionShare[];
  /**
   * The region holding the largest share of its municipal population (the data gives no
   * seat): where an EPCI that crosses a regional border is counted in per-region lists.
   */
  mainRegion: string;
}

/** The part of an EPCI lying in one region. */
export interface RegionShare {
  region: string;
  communes: number;
  populationMunicipale: number;
}

interface RawEpci {
  code: string;
  nom: string;
  type: string;
  populationTotale: number;
  populationMunicipale: number;
  membres: { code: string; populationMunicipale?: number }[];
}

interface RawCommune {
  code: string;
  type: string;
  region?: string;
}

interface RawRegion {
  code: string;
  nom: string;
}

function readData<T>(file: string): T {
  return JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8')) as T;
}

/** Region names by INSEE code ("28" → "Normandie"). */
export const regionNames: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(readData<RawRegion[]>('regions.json').map((r) => [r.code, r.nom])),
);

/**
 * The index is kept on `globalThis`: `npm run build` validates then builds in one process, and
 * Astro bundles its own copy of this module, so a module variable would read the 12 MB of
 * official data twice.
 */
const INDEX_KEY = Symbol.for('guichet.epciIndex');
const shared = globalThis as { [INDEX_KEY]?: ReadonlyMap<string, EpciRecord> };

/** SIREN → EPCI, built on first call and cached for the process. */
export function loadEpciIndex(): ReadonlyMap<string, EpciRecord> {
  const cached = shared[INDEX_KEY];
  if (cached) return cached;
  const regionOfCommune = new Map<string, string>();
  for (const commune of readData<RawCommune[]>('communes.json')) {
    if (commune.type === 'commune-actuelle' && commune.region) regionOfCommune.set(commune.code, commune.region);
  }
  const built = new Map<string, EpciRecord>();
  for (const epci of readData<RawEpci[]>('epci.json')) {
    const shares = new Map<string, RegionShare>();
    for (const member of epci.membres) {
      const region = regionOfCommune.get(member.code);
      if (!region) continue;
      const share = shares.get(region) ?? { region, communes: 0, populationMunicipale: 0 };
      share.communes += 1;
      share.populationMunicipale += member.populationMunicipale ?? 0;
      shares.set(region, share);
    }
    const regionShares = [...shares.values()].sort(
      (a, b) => b.populationMunicipale - a.populationMunicipale || a.region.localeCompare(b.region),
    );
    built.set(epci.code, {
      siren: epci.code,
      name: epci.nom,
      type: epci.type,
      populationTotale: epci.populationTotale,
      populationMunicipale: epci.populationMunicipale,
      regions: [...shares.keys()].sort(),
      regionShares,
      mainRegion: regionShares[0]?.region ?? '',
    });
  }
  shared[INDEX_KEY] = built;
  return built;
}
