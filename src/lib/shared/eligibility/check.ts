/**
 * Whether an EPCI, or a groupement of EPCIs, may apply to a call, and why; and which
 * population bracket applies to it. Every reason is a French sentence ready to show.
 *
 * Rules:
 * - applicant alternatives: an EPCI alone needs an `epci` alternative whose population bounds
 *   it meets; several EPCIs together need a `groupement-epci` alternative whose `members`
 *   min/max they meet. An alternative open « par exception » answers « seulement par
 *   exception » with the call's sentence; `requires` is quoted as « À condition de … ».
 *   A call open to a declared perimeter (`petr`, `territoire-industrie`, `pays`) and to no
 *   EPCI door that fits is answered on the EPCI the reader declares as its members: each is
 *   checked (it exists, its region), the membership itself is not (`declared`). A call open to
 *   none of these is not answered (`unchecked`): communes are checked by `./commune`,
 *   associations, GIP and other applicants by nobody;
 * - area: a national call accepts every EPCI. A regional call accepts an EPCI when at least
 *   one of its regions is accepted (an EPCI that crosses a regional border is eligible
 *   through its part in the accepted region, and the reason says so); a groupement when
 *   every member is accepted;
 * - population: the total population (population totale) of the EPCI, or the sum over
 *   the members of a groupement (a commune belongs to one EPCI only, so nothing is counted
 *   twice). When the municipal population would fall in another bracket, a note says so.
 */
import { formatNumber, frenchList, NNBSP, quoted } from '../french';
import { bracketFor, type Bracket, type BracketResult } from './brackets';
import type { AlternativeFacts, CallFacts, EpciLite } from './data';

/** One reason of a verdict. */
export interface Reason {
  topic: 'type' | 'region';
  ok: boolean;
  text: string;
}

/** What the lookup says about one call for the EPCI or groupement picked. */
export interface Verdict {
  call: CallFacts;
  /** Whether several EPCIs were picked (a groupement). */
  groupement: boolean;
  eligible: boolean;
  /** True when the lookup cannot answer (the call is not open to EPCI, or does not say who may apply). */
  unchecked: boolean;
  /** True when the answer rests on EPCI declared as members of a perimeter (PETR, pays,
   *  territoire d'industrie) whose membership the lookup does not check. */
  declared: boolean;
  /** Applicant type, then area. */
  reasons: Reason[];
  /** Population totale (summed for a groupement). */
  population: number;
  populationMunicipale: number;
  /** The bracket for `population`. */
  bracket: BracketResult;
  /** Sentences about the cost: the bracket, or why none applies, and any caveat. */
  cost: string[];
  /** Whether `cost` holds a notice the reader must not miss (no bracket covers the population). */
  costNotice: boolean;
}

const colon = `${NNBSP}:`;
const semi = `${NNBSP};`;

export { frenchList };

/** "1 habitant", "47 755 habitants". */
export function inhabitants(n: number): string {
  return `${formatNumber(n)} habitant${n > 1 ? 's' : ''}`;
}

type Names = Readonly<Record<string, string>>;

const regionName = (code: string, names: Names) => names[code] ?? `région ${code}`;

/** "en région Normandie", "en régions Normandie et Hauts-de-France". */
function inRegions(codes: readonly string[], names: Names): string {
  return `en région${codes.length > 1 ? 's' : ''} ${frenchList(codes.map((c) => regionName(c, names)))}`;
}

/** Where an EPCI lies, with its share in each region when it spans several. */
export function whereText(epci: EpciLite, names: Names): string {
  if (epci.regions.length <= 1) return `en région ${regionName(epci.regions[0] ?? '', names)}`;
  const parts = (epci.shares ?? epci.regions.map((region) => ({ region, communes: 0, population: 0 }))).map((s) =>
    s.communes > 0
      ? `${regionName(s.region, names)} (${formatNumber(s.communes)} commune${s.communes > 1 ? 's' : ''}, ${inhabitants(s.population)})`
      : regionName(s.region, names),
  );
  return `sur ${epci.regions.length} régions${colon} ${frenchList(parts)}`;
}

/** The regions of `epci` the call accepts (all of them for a national call). */
export function acceptedRegions(call: CallFacts, epci: EpciLite): string[] {
  const { area } = call;
  return area.type === 'national' ? epci.regions : epci.regions.filter((r) => area.codes.includes(r));
}

const EPCI_TYPES = ['epci', 'groupement-epci'];

/** Perimeters whose member EPCI the reader declares: the lookup checks each EPCI, not the membership. */
export const PERIMETER_TYPES: readonly string[] = ['petr', 'territoire-industrie', 'pays'];

/** "moins de 250 000 habitants", "500 habitants ou plus" (what a bound admits, or what breaks it). */
export function boundText(bound: { value: number; inclusive: boolean }, side: 'min' | 'max'): string {
  if (side === 'max') return bound.inclusive ? `au plus ${inhabitants(bound.value)}` : `moins de ${inhabitants(bound.value)}`;
  return bound.inclusive ? `au moins ${inhabitants(bound.value)}` : `plus de ${inhabitants(bound.value)}`;
}

/** Why a population breaks an alternative's bounds, or undefined when it fits. */
function populationBreak(alt: AlternativeFacts, epci: { population: number; populationMunicipale: number }): string | undefined {
  const p = alt.population;
  if (!p) return undefined;
  const n = p.measure === 'municipale' ? epci.populationMunicipale : epci.population;
  const measure = p.measure === 'municipale' ? 'population municipale' : 'population totale';
  if (p.max && (p.max.inclusive ? n > p.max.value : n >= p.max.value)) {
    return `${measure} de ${inhabitants(n)}${semi} l’appel demande ${boundText(p.max, 'max')}`;
  }
  if (p.min && (p.min.inclusive ? n < p.min.value : n <= p.min.value)) {
    return `${measure} de ${inhabitants(n)}${semi} l’appel demande ${boundText(p.min, 'min')}`;
  }
  return undefined;
}

/** Why a number of EPCI breaks a groupement alternative, or undefined when it fits. */
export function membersBreak(alt: AlternativeFacts, count: number): string | undefined {
  const m = alt.members;
  if (m?.max !== undefined && count > m.max) return `${count} EPCI${colon} au-delà des ${m.max} que l’appel admet par groupement`;
  if (m?.min !== undefined && count < m.min) return `${count} EPCI${colon} un groupement en réunit au moins ${m.min}`;
  return undefined;
}

/** The sentence for an alternative that fits: its label, « seulement par exception », « à condition de ». */
export function fitText(alt: AlternativeFacts, opening: string): string {
  const largest = alt.largestCommune
    ? ` L’appel fixe aussi un plafond pour la commune la plus peuplée de l’EPCI (${boundText(alt.largestCommune.max, 'max')})${colon} l’outil ne le vérifie pas.`
    : '';
  const condition = (alt.requires ? ` À condition de ${alt.requires}.` : '') + largest;
  if (alt.exception) return `${opening}, mais seulement par exception${colon} ${quoted(alt.exception)}${condition}`;
  return `${opening} (${quoted(alt.label)}).${condition}`;
}

type TypeReason = Reason & { unchecked?: boolean; declared?: boolean };

/** The answer through a declared perimeter: the EPCI picked are taken as its members. */
function perimeterReason(alt: AlternativeFacts, members: readonly EpciLite[]): TypeReason {
  const opening =
    members.length > 1
      ? `L’appel est ouvert à un périmètre dont vos ${members.length} EPCI sont déclarés membres`
      : 'L’appel est ouvert à un périmètre dont votre EPCI est déclaré membre';
  return {
    topic: 'type',
    ok: true,
    declared: true,
    text: `${fitText(alt, opening)} L’outil vérifie chaque EPCI déclaré (il existe, sa région), pas son appartenance au périmètre.`,
  };
}

function typeReason(call: CallFacts, members: readonly EpciLite[]): TypeReason {
  const alternatives = call.alternatives ?? [];
  const perimeter = alternatives.find((a) => PERIMETER_TYPES.includes(a.type) && !a.exception) ??
    alternatives.find((a) => PERIMETER_TYPES.includes(a.type));
  const epci = epciTypeReason(call, members);
  if (perimeter && (!epci.ok || epci.unchecked)) return perimeterReason(perimeter, members);
  return epci;
}

function epciTypeReason(call: CallFacts, members: readonly EpciLite[]): TypeReason {
  const groupement = members.length > 1;
  const alternatives = call.alternatives ?? [];
  const labels = frenchList(alternatives.map((a) => quoted(a.label)));
  if (!alternatives.some((a) => EPCI_TYPES.includes(a.type))) {
    const communes = alternatives.some((a) => a.type === 'commune')
      ? ' Pour une commune, utilisez la recherche par commune.'
      : ' L’outil ne vérifie pas ces candidats.';
    return alternatives.length === 0
      ? { topic: 'type', ok: false, unchecked: true, text: `L’appel ne dit pas qui peut candidater${colon} l’outil ne peut pas répondre.` }
      : {
          topic: 'type',
          ok: false,
          unchecked: true,
          text: `L’appel ne cite pas les EPCI${colon} il s’adresse aux candidats suivants${colon} ${labels}.${communes}`,
        };
  }
  const kind = groupement ? 'groupement-epci' : 'epci';
  const doors = alternatives.filter((a) => a.type === kind);
  const breaks: string[] = [];
  const fits = doors.filter((a) => {
    const broken = groupement ? membersBreak(a, members.length) : populationBreak(a, members[0]!);
    if (broken) breaks.push(broken);
    return !broken;
  });
  // A door open in the ordinary way is preferred to one open « par exception ».
  const fit = fits.find((a) => !a.exception) ?? fits[0];
  if (fit) {
    return {
      topic: 'type',
      ok: true,
      text: fitText(fit, groupement ? 'L’appel est ouvert aux groupements d’EPCI' : 'L’appel est ouvert à un EPCI seul'),
    };
  }
  if (doors.length > 0) {
    return { topic: 'type', ok: false, text: `L’appel ne l’admet pas${colon} ${frenchList(breaks)}.` };
  }
  const other = alternatives.some((a) => a.type === (groupement ? 'epci' : 'groupement-epci'));
  const hint = groupement
    ? other
      ? ' Chaque EPCI peut en revanche candidater seul.'
      : ''
    : other
      ? ` Il accepte les groupements d’EPCI${colon} choisissez les autres EPCI du groupement pour le vérifier.`
      : '';
  return {
    topic: 'type',
    ok: false,
    text: groupement
      ? `L’appel ne cite pas les groupements d’EPCI parmi les candidats admis${colon} ${labels}.${hint}`
      : `L’appel n’est pas ouvert à un EPCI seul${colon} il s’adresse aux candidats suivants${colon} ${labels}.${hint}`,
  };
}

function epciRegionReason(call: CallFacts, epci: EpciLite, names: Names): Reason {
  const where = whereText(epci, names);
  if (call.area.type === 'national') {
    return { topic: 'region', ok: true, text: `L’appel est ouvert dans toute la France${semi} l’EPCI est ${where}.` };
  }
  const open = inRegions(call.area.codes, names);
  const accepted = acceptedRegions(call, epci);
  if (accepted.length === 0) {
    return { topic: 'region', ok: false, text: `L’EPCI est ${where}${semi} l’appel n’est ouvert qu’${open}.` };
  }
  if (accepted.length === epci.regions.length) {
    return { topic: 'region', ok: true, text: `L’EPCI est ${where}, et l’appel est ouvert ${open}.` };
  }
  return {
    topic: 'region',
    ok: true,
    text:
      `L’EPCI s’étend ${where}. L’appel est ouvert ${open}${colon} une partie de son territoire s’y trouve, ` +
      `il est donc compté comme éligible. L’appel ne dit rien des EPCI à cheval sur plusieurs régions${colon} ` +
      'faites confirmer votre éligibilité par les organisateurs.',
  };
}

function groupementRegionReason(call: CallFacts, members: readonly EpciLite[], names: Names): Reason {
  if (call.area.type === 'national') {
    return { topic: 'region', ok: true, text: 'L’appel est ouvert dans toute la France.' };
  }
  const open = inRegions(call.area.codes, names);
  const outside = members.filter((m) => acceptedRegions(call, m).length === 0);
  if (outside.length > 0) {
    const list = frenchList(outside.map((m) => `${m.name} (${whereText(m, names).replace(/^en /, '')})`));
    return {
      topic: 'region',
      ok: false,
      text: `L’appel n’est ouvert qu’${open}${colon} chaque EPCI du groupement doit s’y trouver, ce qui n’est pas le cas de ${list}.`,
    };
  }
  const partial = members.filter((m) => acceptedRegions(call, m).length < m.regions.length);
  const note =
    partial.length > 0
      ? ` ${frenchList(partial.map((m) => m.name))} ${partial.length > 1 ? 's’étendent' : 's’étend'} aussi hors de cette zone${colon} ` +
        'faites confirmer votre éligibilité par les organisateurs.'
      : '';
  return {
    topic: 'region',
    ok: true,
    text: `Les ${members.length} EPCI du groupement ont leur territoire, au moins en partie, ${open}, où l’appel est ouvert.${note}`,
  };
}

function sameBracket(a: BracketResult, b: BracketResult): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'bracket' && b.kind === 'bracket') return a.bracket.id === b.bracket.id;
  return true;
}

function bracketName(result: BracketResult): string {
  if (result.kind === 'bracket') return `la tranche ${quoted(result.bracket.label)}`;
  if (result.kind === 'gap') return 'aucune tranche publiée';
  return 'aucune tranche';
}

/** The sentences about cost, and whether one is a notice the reader must not miss. */
function costText(
  call: CallFacts,
  population: number,
  populationMunicipale: number,
  bracket: BracketResult,
): { cost: string[]; costNotice: boolean } {
  if (call.free) return { cost: ['La participation est gratuite.'], costNotice: false };
  if (bracket.kind === 'none') {
    // No price published: nothing is said about a cost (a funding call costs the applicant nothing it states).
    return { cost: call.price ? [`Coût${colon} ${call.price}.`] : [], costNotice: false };
  }
  const lines: string[] = [];
  let notice = false;
  if (bracket.kind === 'bracket') {
    const amount = bracket.bracket.amount;
    lines.push(
      `Tranche de population${colon} ${quoted(bracket.bracket.label)} (${inhabitants(population)}).` +
        (amount !== undefined ? ` Montant publié${colon} ${formatNumber(amount)}${NNBSP}€.` : '') +
        (call.price && amount === undefined ? ` Coût publié pour l’ensemble des tranches${colon} ${call.price}.` : ''),
    );
  } else {
    notice = true;
    const around = [
      bracket.below ? `la tranche ${quoted(bracket.below.label)}` : '',
      bracket.above ? `la tranche ${quoted(bracket.above.label)}` : '',
    ].filter(Boolean);
    const between =
      around.length === 2
        ? ` L’appel passe de ${around[0]} à ${around[1]}.`
        : around.length === 1
          ? ` La plus proche est ${around[0]}.`
          : '';
    lines.push(
      `Aucune tranche publiée ne couvre ${inhabitants(population)}.${between} ` +
        `Le coût pour ce territoire n’est donc pas publié${colon} demandez-le aux organisateurs.`,
      ...call.pricingNotices,
    );
  }
  const municipal = bracketFor(populationMunicipale, call.brackets as Bracket[]);
  if (!sameBracket(bracket, municipal)) {
    lines.push(
      `Avec la population municipale (${inhabitants(populationMunicipale)}), ce serait ${bracketName(municipal)}. ` +
        `L’appel ne précise pas quelle population compte${colon} faites confirmer la tranche par les organisateurs.`,
    );
  }
  return { cost: lines, costNotice: notice };
}

/**
 * What the lookup says about `call` for the EPCIs picked: one EPCI, or several forming a
 * groupement (duplicates are counted once).
 */
export function checkEligibility(call: CallFacts, picked: readonly EpciLite[], regionNames: Names): Verdict {
  const members = [...new Map(picked.map((e) => [e.siren, e])).values()];
  if (members.length === 0) throw new RangeError('Aucun EPCI choisi');
  const groupement = members.length > 1;
  const type = typeReason(call, members);
  const reasons: Reason[] = [
    { topic: type.topic, ok: type.ok, text: type.text },
    groupement ? groupementRegionReason(call, members, regionNames) : epciRegionReason(call, members[0]!, regionNames),
  ];
  const population = members.reduce((sum, m) => sum + m.population, 0);
  const populationMunicipale = members.reduce((sum, m) => sum + m.populationMunicipale, 0);
  const bracket = bracketFor(population, call.brackets);
  return {
    call,
    groupement,
    eligible: reasons.every((r) => r.ok),
    unchecked: type.unchecked === true,
    declared: type.declared === true,
    reasons,
    population,
    populationMunicipale,
    bracket,
    ...costText(call, population, populationMunicipale, bracket),
  };
}
