/**
 * The commune side of the eligibility lookup: the compact list of a region's communes
 * (`/eligibilite/communes/<region>.json`, fetched only when a reader uses the commune field),
 * finding a commune by name or INSEE code, and the answer for a call with a `commune`
 * alternative: the commune's region against the call's area, its population against the
 * alternative's bounds.
 *
 * Population: the official list gives each commune its population municipale only
 * (`COMMUNE_POPULATION_KIND`). A bound on the population totale is therefore not checked:
 * the answer says so and gives no verdict.
 *
 * Browser-safe: types and pure functions only.
 */
import { frenchList, NNBSP, quoted } from '../french';
import { boundText, fitText, inhabitants, type Reason } from './check';
import { COMMUNE_POPULATION_KIND, type AlternativeFacts, type CallFacts } from './data';
import { normalize, words } from './normalize';

/** A commune as the lookup needs it. */
export interface CommuneLite {
  /** INSEE code ("14118"; "2A004" in Corsica). */
  code: string;
  name: string;
  /** Département code ("14"). */
  departement: string;
  /** INSEE region code. */
  region: string;
  /** Population municipale (`COMMUNE_POPULATION_KIND`). */
  population: number;
}

/** One commune on the wire: INSEE code, name, département code, population municipale. */
export type WireCommune = [string, string, string, number];

/** `/eligibilite/communes/<region>.json`. */
export interface WireCommunes {
  v: 1;
  /** Population given: always the population municipale. */
  pop: typeof COMMUNE_POPULATION_KIND;
  /** "@etalab/decoupage-administratif 6.0.0". */
  src: string;
  /** The region's INSEE code. */
  reg: string;
  /** Département names by code, for the départements of the region. */
  dep: Record<string, string>;
  /** Its current communes, by INSEE code. */
  c: WireCommune[];
}

/** The communes of one region, as the lookup reads them. */
export interface RegionCommunes {
  source: string;
  region: string;
  departements: Record<string, string>;
  communes: CommuneLite[];
}

export function encodeCommunes(data: RegionCommunes): WireCommunes {
  return {
    v: 1,
    pop: COMMUNE_POPULATION_KIND,
    src: data.source,
    reg: data.region,
    dep: data.departements,
    c: data.communes.map((c): WireCommune => [c.code, c.name, c.departement, c.population]),
  };
}

/** Reads `/eligibilite/communes/<region>.json`; throws on anything else. */
export function decodeCommunes(wire: unknown): RegionCommunes {
  const w = wire as Partial<WireCommunes> | null;
  if (!w || w.v !== 1 || w.pop !== COMMUNE_POPULATION_KIND || typeof w.reg !== 'string' || !Array.isArray(w.c) || !w.dep) {
    throw new Error('Liste des communes illisible');
  }
  const region = w.reg;
  return {
    source: String(w.src ?? ''),
    region,
    departements: w.dep,
    communes: w.c.map(([code, name, departement, population]) => ({ code, name, departement, region, population })),
  };
}

/** A commune prepared for matching (built once per list). */
export interface PreparedCommune {
  item: CommuneLite;
  key: string;
  words: string[];
}

export function prepareCommunes(list: readonly CommuneLite[]): PreparedCommune[] {
  return list.map((item) => {
    const w = words(item.name);
    return { item, key: w.join(' '), words: w };
  });
}

/** An INSEE code, or its start: digits, or 2A / 2B then digits (Corsica). */
const CODE = /^(?:\d+|2[ab]\d*)$/i;

function rankCommune(entry: PreparedCommune, query: string, tokens: readonly string[]): number | undefined {
  if (entry.key === query) return 0;
  if (entry.key.startsWith(query)) return 1;
  let inOrder = true;
  let cursor = 0;
  for (const token of tokens) {
    const at = entry.words.findIndex((w, i) => i >= cursor && w.startsWith(token));
    if (at >= 0) {
      cursor = at + 1;
      continue;
    }
    inOrder = false;
    if (!entry.words.some((w) => w.startsWith(token))) return undefined;
  }
  return inOrder ? 2 : 3;
}

/**
 * The communes matching `query`, best first, at most `limit`: by the start of their INSEE
 * code, or by name (every word of the query starts a word of the name; accents, case and
 * hyphens aside). A département code typed after a name ("Saint-Martin 54") keeps the
 * communes of that département, to tell homonyms apart.
 */
export function matchCommunes(query: string, list: readonly PreparedCommune[], limit = 10): CommuneLite[] {
  const compact = query.replace(/[\s.\u00a0\u202f]/g, '');
  if (CODE.test(compact)) {
    if (compact.length < 2) return [];
    const code = compact.toUpperCase();
    return list
      .filter((e) => e.item.code.startsWith(code))
      .map((e) => e.item)
      .sort((a, b) => a.code.localeCompare(b.code))
      .slice(0, limit);
  }
  const all = words(query);
  const departement = all.find((w, i) => i > 0 && /^(?:\d{2,3}|2[ab])$/.test(w))?.toUpperCase();
  const tokens = departement ? all.filter((w) => w.toUpperCase() !== departement) : all;
  if (tokens.length === 0) return [];
  const normalized = normalize(tokens.join(' '));
  const found: { item: CommuneLite; key: string; rank: number }[] = [];
  for (const entry of list) {
    if (departement && entry.item.departement !== departement) continue;
    const r = rankCommune(entry, normalized, tokens);
    if (r !== undefined) found.push({ item: entry.item, key: entry.key, rank: r });
  }
  found.sort((a, b) => a.rank - b.rank || a.key.localeCompare(b.key) || a.item.code.localeCompare(b.item.code));
  return found.slice(0, limit).map((f) => f.item);
}

/** What the lookup says about one call for the commune picked. */
export interface CommuneVerdict {
  call: CallFacts;
  eligible: boolean;
  /** True when the lookup cannot answer: never shown as « éligible » or « non éligible ». */
  unchecked: boolean;
  /** Applicant type and population, then area. */
  reasons: Reason[];
}

const colon = `${NNBSP}:`;
const semi = `${NNBSP};`;

/** Applicant types the lookup can answer for; a call also open to any other type (« collectivité »,
 *  association…) may admit a commune under a label the tool cannot read. */
const CHECKED = ['epci', 'groupement-epci', 'commune', 'departement', 'region', 'petr', 'territoire-industrie', 'pays'];

type Names = Readonly<Record<string, string>>;

const regionName = (code: string, names: Names) => names[code] ?? `région ${code}`;

/** « (l’appel précise : « … ») » when the call words the population it means. */
function asPublished(alt: AlternativeFacts): string {
  return alt.population?.asPublished ? ` (l’appel précise${colon} ${quoted(alt.population.asPublished)})` : '';
}

/** How a commune's population stands against an alternative: fits, breaks, or cannot be checked. */
function populationStand(
  alt: AlternativeFacts,
  commune: CommuneLite,
): { kind: 'none' } | { kind: 'fits' | 'breaks' | 'unknown'; text: string } {
  const p = alt.population;
  if (!p || (!p.min && !p.max)) return { kind: 'none' };
  const n = commune.population;
  const asked = [p.min ? boundText(p.min, 'min') : '', p.max ? boundText(p.max, 'max') : ''].filter(Boolean).join(' et ');
  if (p.measure !== COMMUNE_POPULATION_KIND) {
    return {
      kind: 'unknown',
      text:
        `L’appel demande ${asked} en population totale${asPublished(alt)}${semi} la liste officielle ne donne, par commune, ` +
        `que la population municipale (${inhabitants(n)})${colon} l’outil ne peut pas vérifier ce seuil.`,
    };
  }
  const over = p.max && (p.max.inclusive ? n > p.max.value : n >= p.max.value);
  const under = p.min && (p.min.inclusive ? n < p.min.value : n <= p.min.value);
  return {
    kind: over || under ? 'breaks' : 'fits',
    text: `Population municipale de ${inhabitants(n)}${semi} l’appel demande ${asked}${asPublished(alt)}.`,
  };
}

function typeReason(call: CallFacts, commune: CommuneLite): Reason & { unchecked?: boolean } {
  const alternatives = call.alternatives ?? [];
  const labels = frenchList(alternatives.map((a) => quoted(a.label)));
  const doors = alternatives.filter((a) => a.type === 'commune');
  if (alternatives.length === 0) {
    return { topic: 'type', ok: false, unchecked: true, text: `L’appel ne dit pas qui peut candidater${colon} l’outil ne peut pas répondre.` };
  }
  if (doors.length === 0) {
    return alternatives.every((a) => CHECKED.includes(a.type))
      ? { topic: 'type', ok: false, text: `L’appel n’est pas ouvert aux communes${colon} il s’adresse aux candidats suivants${colon} ${labels}.` }
      : {
          topic: 'type',
          ok: false,
          unchecked: true,
          text: `L’appel ne cite pas les communes${colon} il s’adresse aux candidats suivants${colon} ${labels}. L’outil ne vérifie pas ces candidats.`,
        };
  }
  const stands = doors.map((alt) => ({ alt, stand: populationStand(alt, commune) }));
  // A door open in the ordinary way is preferred to one open « par exception ».
  const fits = stands.filter((s) => s.stand.kind === 'none' || s.stand.kind === 'fits');
  const fit = fits.find((s) => !s.alt.exception) ?? fits[0];
  if (fit) {
    const population = fit.stand.kind === 'fits' ? ` ${fit.stand.text}` : '';
    return { topic: 'type', ok: true, text: `${fitText(fit.alt, 'L’appel est ouvert aux communes')}${population}` };
  }
  const unknown = stands.find((s) => s.stand.kind === 'unknown');
  if (unknown && unknown.stand.kind === 'unknown') {
    return { topic: 'type', ok: false, unchecked: true, text: unknown.stand.text };
  }
  const breaks = stands
    .map((s) => (s.stand.kind === 'breaks' ? s.stand.text.charAt(0).toLowerCase() + s.stand.text.slice(1) : ''))
    .filter(Boolean);
  return { topic: 'type', ok: false, text: `L’appel ne l’admet pas${colon} ${breaks.join(' ')}` };
}

function regionReason(call: CallFacts, commune: CommuneLite, names: Names): Reason {
  const where = `en région ${regionName(commune.region, names)}`;
  if (call.area.type === 'national') {
    return { topic: 'region', ok: true, text: `L’appel est ouvert dans toute la France${semi} la commune est ${where}.` };
  }
  const codes = call.area.codes;
  const open = `en région${codes.length > 1 ? 's' : ''} ${frenchList(codes.map((c) => regionName(c, names)))}`;
  return codes.includes(commune.region)
    ? { topic: 'region', ok: true, text: `La commune est ${where}, et l’appel est ouvert ${open}.` }
    : { topic: 'region', ok: false, text: `La commune est ${where}${semi} l’appel n’est ouvert qu’${open}.` };
}

/** What the lookup says about `call` for `commune`. */
export function checkCommune(call: CallFacts, commune: CommuneLite, regionNames: Names): CommuneVerdict {
  const type = typeReason(call, commune);
  const reasons: Reason[] = [{ topic: type.topic, ok: type.ok, text: type.text }, regionReason(call, commune, regionNames)];
  const unchecked = type.unchecked === true;
  return { call, eligible: !unchecked && reasons.every((r) => r.ok), unchecked, reasons };
}

/** Whether a call has an alternative open to communes (only then is the commune field offered). */
export function opensToCommunes(call: Pick<CallFacts, 'alternatives'>): boolean {
  return (call.alternatives ?? []).some((a) => a.type === 'commune');
}

/** "Bayeux (Calvados, 14), code INSEE 14047, population municipale : 12 876 habitants". */
export function communeText(commune: CommuneLite, departements: Readonly<Record<string, string>>): string {
  const dep = departements[commune.departement];
  return (
    `${commune.name} (${dep ? `${dep}, ` : ''}${commune.departement}), code INSEE ${commune.code}, ` +
    `population municipale${colon} ${inhabitants(commune.population)}`
  );
}
