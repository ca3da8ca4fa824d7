/**
 * The data the eligibility lookup ships to the browser (`/eligibilite/epci.json`), and its
 * compact wire form: one short array per EPCI rather than an object with long keys.
 *
 * Browser-safe: types and pure functions only (the shaping from content and the official
 * list, which reads files, is in `shape.ts`).
 */
import type { Bracket } from './brackets';
import type { StatusKey } from '../status';

/** Which population the lookup uses for brackets and sums. */
export const POPULATION_KIND = 'totale' as const;

/**
 * Which INSEE population the commune list holds: `population` in
 * `@etalab/decoupage-administratif/data/communes.json` is the population municipale (the
 * package's build reads the `PMUN` column of INSEE's « populations légales » file; there is no
 * population totale per commune). Its vintage is that of the package's population file, which
 * may differ from the one of the populations in its EPCI records (`epci.json`, from the DGCL).
 */
export const COMMUNE_POPULATION_KIND = 'municipale' as const;

/** The part of an EPCI in one region (given for EPCIs that span several). */
export interface Share {
  region: string;
  communes: number;
  /** Municipal population of its communes in that region. */
  population: number;
}

/** An EPCI as the lookup needs it. */
export interface EpciLite {
  siren: string;
  /** Official name ("CC Coutances Mer et Bocage"). */
  name: string;
  /** CC, CA, CU, METRO or MET69. */
  type: string;
  /** Population totale (INSEE legal population: municipale + comptée à part). */
  population: number;
  populationMunicipale: number;
  /** INSEE region codes, the region holding most of its inhabitants first. */
  regions: string[];
  /** Its part in each region, when it spans several (largest first). */
  shares?: Share[] | undefined;
}

/** One applicant alternative of a call, as the lookup checks it (see `src/schemas/applicants.ts`). */
export interface AlternativeFacts {
  type: string;
  /** In the call's words. */
  label: string;
  /** The call's sentence when this door is open only « par exception ». */
  exception?: string | undefined;
  /** A condition the lookup cannot verify, in the call's words. */
  requires?: string | undefined;
  /** EPCI only: a bound on its most populated commune (shown, not checked: no commune data in the lookup). */
  largestCommune?: { max: { value: number; inclusive: boolean } } | undefined;
  /** How many EPCI a groupement gathers. */
  members?: { min?: number | undefined; max?: number | undefined } | undefined;
  population?:
    | {
        measure: 'municipale' | 'totale';
        min?: { value: number; inclusive: boolean } | undefined;
        max?: { value: number; inclusive: boolean } | undefined;
        /** The call's own words on the population meant. */
        asPublished?: string | undefined;
      }
    | undefined;
}

/** A call, reduced to what the lookup says about it. Every text is ready to show. */
export interface CallFacts {
  slug: string;
  title: string;
  shortName: string;
  /** Call page, site-relative ("/appels/terriens/"). */
  url: string;
  /** The whole application kit, site-relative ("/kits/terriens.zip"). */
  kitUrl: string;
  /** Applicant type keys (`epci`, `groupement-epci`, …). */
  applicantTypes: string[];
  /** Their French labels, in the same order. */
  applicantLabels: string[];
  /** The applicant alternatives, in the call's words. */
  alternatives: AlternativeFacts[];
  area: { type: 'national' } | { type: 'regions'; codes: string[] };
  status: { key: StatusKey; label: string; detail: string };
  /** The deadline as published; absent when the call publishes none (the status says so). */
  deadline?: string | undefined;
  brackets: Bracket[];
  /** The price range in words, when the call publishes one. */
  price?: string | undefined;
  free: boolean;
  /** Notices the call's page shows about its pricing (acknowledged inconsistencies). */
  pricingNotices: string[];
  /** What the call says about groupements, in its own words where it has them. */
  groupement: string[];
}

/** Everything the lookup needs. */
export interface EligibilityData {
  /** Where the list of EPCIs comes from ("@etalab/decoupage-administratif 6.0.0"). */
  source: string;
  /** Region names by INSEE code, for the regions of the EPCIs shipped. */
  regions: Record<string, string>;
  calls: CallFacts[];
  epcis: EpciLite[];
  /** Regions whose communes are published (`/eligibilite/communes/<code>.json`): those of the
   *  calls open to communes (every region as soon as one of them is national). */
  communeRegions?: string[] | undefined;
}

/** One EPCI on the wire: siren, name, type, population totale, population municipale,
 *  regions joined by commas (main first), then `[region, communes, population]` per region
 *  for an EPCI that spans several. */
export type WireEpci =
  | [string, string, string, number, number, string]
  | [string, string, string, number, number, string, [string, number, number][]];

/** `/eligibilite/epci.json`. */
export interface WireData {
  /** Format version. */
  v: 1;
  /** Population used: always the total population. */
  pop: typeof POPULATION_KIND;
  src: string;
  reg: Record<string, string>;
  calls: CallFacts[];
  e: WireEpci[];
  /** `communeRegions`, when some call is open to communes. */
  cr?: string[];
}

export function encodeData(data: EligibilityData): WireData {
  return {
    v: 1,
    pop: POPULATION_KIND,
    src: data.source,
    reg: data.regions,
    calls: data.calls,
    ...(data.communeRegions?.length ? { cr: data.communeRegions } : {}),
    e: data.epcis.map((x): WireEpci => {
      const base: [string, string, string, number, number, string] = [
        x.siren,
        x.name,
        x.type,
        x.population,
        x.populationMunicipale,
        x.regions.join(','),
      ];
      return x.shares
        ? [...base, x.shares.map((s): [string, number, number] => [s.region, s.communes, s.population])]
        : base;
    }),
  };
}

/** Reads `/eligibilite/epci.json`; throws on anything else. */
export function decodeData(wire: unknown): EligibilityData {
  const w = wire as Partial<WireData> | null;
  if (!w || w.v !== 1 || w.pop !== POPULATION_KIND || !Array.isArray(w.e) || !Array.isArray(w.calls) || !w.reg) {
    throw new Error('Données d’éligibilité illisibles');
  }
  return {
    source: String(w.src ?? ''),
    regions: w.reg,
    calls: w.calls,
    ...(Array.isArray(w.cr) ? { communeRegions: w.cr } : {}),
    epcis: w.e.map(([siren, name, type, population, populationMunicipale, regions, shares]) => ({
      siren,
      name,
      type,
      population,
      populationMunicipale,
      regions: regions.split(','),
      ...(shares ? { shares: shares.map(([region, communes, pop]) => ({ region, communes, population: pop })) } : {}),
    })),
  };
}
