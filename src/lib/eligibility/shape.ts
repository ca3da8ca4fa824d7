/**
 * Builds the data of the eligibility lookup at build time: the site's calls reduced to
 * what the lookup says about them, and the EPCIs of the official list that lie in a
 * region some call accepts (every EPCI of France as soon as one call is national).
 *
 * Server-only: it reads the official list (`../epci`). The browser gets the result as JSON.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { applicantTypes, applicantTypesOf, type Applicant, type Call } from '../../schemas/call';
import { deadlineAheadText, deadlineText, priceRangeText, pricingAcknowledgements, rangeText } from '../call-wording';
import type { EpciRecord } from '../epci';
import { NNBSP, quoted } from '../shared/french';
import type { CallStatus } from '../shared/status';
import type { AlternativeFacts, CallFacts, EligibilityData, EpciLite } from '../shared/eligibility/data';
import type { CommuneLite, RegionCommunes } from '../shared/eligibility/commune';


/** "@etalab/decoupage-administratif 6.0.0". */
export function epciSource(): string {
  const require = createRequire(import.meta.url);
  const pkg = require('@etalab/decoupage-administratif/package.json') as { name: string; version: string };
  return `${pkg.name} ${pkg.version}`;
}

/** What the call says about groupements of EPCIs: whether they may apply, then every item
 *  of its lists that mentions them, in the call's words. */
export function groupementStatements(call: Call): string[] {
  const out: string[] = [
    applicantTypesOf(call).includes('groupement-epci')
      ? 'L’appel cite les groupements d’EPCI parmi les candidats admis.'
      : 'L’appel ne cite pas les groupements d’EPCI parmi les candidats admis.',
  ];
  const mentions = (s: string | undefined) => s !== undefined && /groupement/i.test(s);
  const lists: [string, { title: string; text?: string | undefined; signedBy?: string | undefined }[]][] = [
    ['Condition', call.eligibility.conditions],
    ['Critère', call.criteria],
    ['Point apprécié', call.appraisal],
    ['Pièce à fournir', call.application.documents],
    ['Rubrique du dossier', call.application.sections],
  ];
  for (const [kind, items] of lists) {
    for (const item of items) {
      if (!mentions(item.title) && !mentions(item.text) && !mentions(item.signedBy)) continue;
      const detail = [item.text, item.signedBy ? `signée par ${item.signedBy}` : undefined].filter(Boolean).join(', ');
      out.push(`${kind}${NNBSP}: ${quoted(item.title)}${detail ? ` – ${detail}` : ''}.`);
    }
  }
  const referents = call.application.referents;
  if (referents?.perEpci) {
    const count = rangeText(referents.min, referents.max);
    out.push(`Référents${NNBSP}: ${count} pour chaque EPCI du groupement (${referents.role}).`);
  }
  return out;
}

/** One applicant alternative as the lookup checks it. */
function alternativeFacts(a: Applicant): AlternativeFacts {
  return {
    type: a.type,
    label: a.label,
    ...(a.exception ? { exception: a.exception.text } : {}),
    ...(a.requires ? { requires: a.requires } : {}),
    ...(a.members ? { members: { ...a.members } } : {}),
    ...(a.largestCommune ? { largestCommune: { max: { ...a.largestCommune.max } } } : {}),
    ...(a.population
      ? {
          population: {
            measure: a.population.measure,
            ...(a.population.min ? { min: { ...a.population.min } } : {}),
            ...(a.population.max ? { max: { ...a.population.max } } : {}),
            ...(a.population.asPublished ? { asPublished: a.population.asPublished } : {}),
          },
        }
      : {}),
  };
}

/** A call as the lookup shows it. With `today`, the deadline shown is the one ahead (see
 *  `deadlineAheadText`); without, the call's first deadline. */
export function callFacts(slug: string, call: Call, status: CallStatus, today?: string): CallFacts {
  const deadline = today ? deadlineAheadText(call, today) : deadlineText(call);
  const pricing = call.pricing;
  const price = pricing ? priceRangeText(pricing) : undefined;
  return {
    slug,
    title: call.title,
    shortName: call.shortName,
    url: `/appels/${slug}/`,
    kitUrl: `/kits/${slug}.zip`,
    applicantTypes: applicantTypesOf(call),
    applicantLabels: applicantTypesOf(call).map((t) => applicantTypes[t]),
    alternatives: call.eligibility.applicants.map(alternativeFacts),
    area:
      call.eligibility.area.type === 'national'
        ? { type: 'national' }
        : { type: 'regions', codes: [...call.eligibility.area.codes] },
    status: { key: status.key, label: status.label, detail: status.detail },
    ...(deadline ? { deadline } : {}),
    brackets: (pricing?.brackets ?? []).map((b) => ({
      id: b.id,
      label: b.label,
      ...(b.min ? { min: { ...b.min } } : {}),
      ...(b.max ? { max: { ...b.max } } : {}),
      ...(b.amount !== undefined ? { amount: b.amount } : {}),
    })),
    ...(price ? { price } : {}),
    free: call.free,
    pricingNotices: pricingAcknowledgements(call).map((a) => a.reason),
    groupement: groupementStatements(call),
  };
}

/** An EPCI of the official list as the lookup ships it. */
export function epciLite(record: EpciRecord): EpciLite {
  const regions = [record.mainRegion, ...record.regions.filter((r) => r !== record.mainRegion)].filter(Boolean);
  return {
    siren: record.siren,
    name: record.name,
    type: record.type,
    population: record.populationTotale,
    populationMunicipale: record.populationMunicipale,
    regions,
    ...(regions.length > 1
      ? {
          shares: record.regionShares.map((s) => ({
            region: s.region,
            communes: s.communes,
            population: s.populationMunicipale,
          })),
        }
      : {}),
  };
}

/** Whether any region of `record` is in the area of some call. */
function inScope(record: EpciRecord, calls: readonly CallFacts[]): boolean {
  return calls.some(
    (c) =>
      c.area.type === 'national' || record.regions.some((r) => c.area.type === 'regions' && c.area.codes.includes(r)),
  );
}

/** The whole data of the lookup, EPCIs by SIREN. */
export function eligibilityData(
  calls: readonly CallFacts[],
  index: ReadonlyMap<string, EpciRecord>,
  regionNames: Readonly<Record<string, string>>,
  source: string,
): EligibilityData {
  const epcis = [...index.values()]
    .filter((r) => inScope(r, calls))
    .sort((a, b) => a.siren.localeCompare(b.siren))
    .map(epciLite);
  const used = new Set(epcis.flatMap((e) => e.regions));
  for (const c of calls) if (c.area.type === 'regions') for (const code of c.area.codes) used.add(code);
  const communeRegions = communeRegionsOf(calls, Object.keys(regionNames));
  for (const code of communeRegions) used.add(code);
  const regions = Object.fromEntries([...used].sort().map((code) => [code, regionNames[code] ?? code]));
  return { source, regions, calls: [...calls], epcis, ...(communeRegions.length ? { communeRegions } : {}) };
}

/** The regions whose communes the lookup publishes: the areas of the calls with a `commune`
 *  alternative (every region in `allRegions` as soon as one of them is national), sorted. */
export function communeRegionsOf(calls: readonly CallFacts[], allRegions: readonly string[]): string[] {
  const out = new Set<string>();
  for (const c of calls) {
    if (!c.alternatives.some((a) => a.type === 'commune')) continue;
    for (const code of c.area.type === 'national' ? allRegions : c.area.codes) out.add(code);
  }
  return [...out].sort();
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  population?: number;
}

/** A data file of the official list, read once per process. */
const officialFiles = new Map<string, unknown>();
function officialData<T>(name: string): T {
  if (!officialFiles.has(name)) {
    const file = createRequire(import.meta.url).resolve(`@etalab/decoupage-administratif/data/${name}`);
    officialFiles.set(name, JSON.parse(readFileSync(file, 'utf8')));
  }
  return officialFiles.get(name) as T;
}

let communeCache: RawCommune[] | undefined;

/** Current communes of the official list (`communes.json`: no délégué or associated commune,
 *  no municipal arrondissement), once per process. */
function currentCommunes(): RawCommune[] {
  communeCache ??= officialData<RawCommune[]>('communes.json').filter((c) => c.type === 'commune-actuelle');
  return communeCache;
}

/** The communes of one region as the lookup ships them, by INSEE code, with the names of their départements. */
export function regionCommunes(region: string, source: string): RegionCommunes {
  const departementNames = new Map(officialData<{ code: string; nom: string }[]>('departements.json').map((d) => [d.code, d.nom]));
  const communes: CommuneLite[] = currentCommunes()
    // A commune without a population in the list is left out rather than given one.
    .filter((c) => c.region === region && c.departement !== undefined && c.population !== undefined)
    .map((c) => ({ code: c.code, name: c.nom, departement: c.departement!, region, population: c.population! }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const departements = Object.fromEntries(
    [...new Set(communes.map((c) => c.departement))].sort().map((d) => [d, departementNames.get(d) ?? d]),
  );
  return { source, region, departements, communes };
}
