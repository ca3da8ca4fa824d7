/**
 * The static list of `/eligibilite/` (shown without JavaScript): EPCIs grouped by region,
 * each under the region holding most of its inhabitants, with the calls it may apply to.
 */
import { quoted } from '../french';
import { acceptedRegions, checkEligibility } from './check';
import type { CallFacts, EligibilityData, EpciLite } from './data';
import { applicationsOver } from '../status';

export interface RegionGroup {
  code: string;
  name: string;
  /** EPCIs whose main region is this one, by name. */
  epcis: EpciLite[];
  /** EPCIs counted in another region that also have communes here, by name. */
  partly: EpciLite[];
}

const byName = (a: EpciLite, b: EpciLite) => a.name.localeCompare(b.name, 'fr') || a.siren.localeCompare(b.siren);

/**
 * Regions with their EPCIs: first the regions named by the calls' areas (in the calls'
 * order), then the others by name. Each EPCI is counted once, in its main region, and
 * listed as "partly here" in its other regions.
 */
export function regionGroups(data: EligibilityData): RegionGroup[] {
  const groups = new Map<string, RegionGroup>();
  const group = (code: string) => {
    let g = groups.get(code);
    if (!g) {
      g = { code, name: data.regions[code] ?? code, epcis: [], partly: [] };
      groups.set(code, g);
    }
    return g;
  };
  for (const e of data.epcis) {
    const [main, ...others] = e.regions;
    if (main === undefined) continue;
    group(main).epcis.push(e);
    for (const o of others) group(o).partly.push(e);
  }
  const named = data.calls.flatMap((c) => (c.area.type === 'regions' ? c.area.codes : []));
  const rank = (code: string) => {
    const i = named.indexOf(code);
    return i < 0 ? Infinity : i;
  };
  const list = [...groups.values()];
  for (const g of list) {
    g.epcis.sort(byName);
    g.partly.sort(byName);
  }
  return list.sort((a, b) => rank(a.code) - rank(b.code) || a.name.localeCompare(b.name, 'fr'));
}

/** One call an EPCI may apply to, for the static list. */
export interface OpenCall {
  call: CallFacts;
  /** The bracket label, "aucune tranche publiée", or undefined when the call has no bracket. */
  bracket?: string | undefined;
  /** When it is eligible only through a part of its territory: the accepted regions of
   *  that part (empty otherwise). */
  partly: string[];
}

/** The calls `epci` may apply to alone now or later (never a closed one), with the bracket that applies. */
export function openCalls(epci: EpciLite, data: EligibilityData): OpenCall[] {
  return data.calls.flatMap((call) => {
    // A call that no longer takes applications, or takes none, is never listed as one to apply to.
    if (applicationsOver(call.status.key) || call.status.key === 'sans-candidature') return [];
    const verdict = checkEligibility(call, [epci], data.regions);
    // An EPCI is never listed as a PETR or a pays: only its own doors count here.
    if (!verdict.eligible || verdict.unchecked || verdict.declared) return [];
    const bracket =
      verdict.bracket.kind === 'bracket'
        ? quoted(verdict.bracket.bracket.label)
        : verdict.bracket.kind === 'gap'
          ? 'aucune tranche publiée'
          : undefined;
    const accepted = acceptedRegions(call, epci);
    const partly = accepted.length < epci.regions.length ? accepted : [];
    return [{ call, bracket, partly }];
  });
}
