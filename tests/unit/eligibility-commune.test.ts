/**
 * The commune field of the eligibility lookup (issue 11): a commune's region and population
 * municipale against a `commune` alternative, found by name or INSEE code. Every commune and
 * population comes from @etalab/decoupage-administratif, read in the test.
 */
import { describe, expect, it } from 'vitest';
import {
  checkCommune,
  decodeCommunes,
  encodeCommunes,
  matchCommunes,
  prepareCommunes,
  type CallFacts,
  type CommuneLite,
} from '../../src/lib/shared/eligibility';
import { callFacts, communeRegionsOf, epciSource, regionCommunes } from '../../src/lib/eligibility/shape';
import { regionNames } from '../../src/lib/epci';
import { statusOfCall } from '../../src/lib/shared/status';
import type { Applicant, Call } from '../../src/schemas/call';
import { loadCall, norm } from '../helpers/content';

const TODAY = '2026-06-15';
const SOURCE = epciSource();
const grandEst = regionCommunes('44', SOURCE);
const normandie = regionCommunes('28', SOURCE);

const under500: Applicant = {
  id: 'communes',
  type: 'commune',
  label: 'communes de la Région Grand Est de moins de 500 habitants',
  population: {
    max: { value: 500, inclusive: false },
    measure: 'municipale',
    asPublished: 'référence la dernière population légale publiée par l’INSEE',
  },
};

/** The fixture's atelier-foncier call, open in Grand Est to the applicants given. */
function callWith(applicants: Applicant[], area: Call['eligibility']['area'] = { type: 'regions', codes: ['44'] }): CallFacts {
  const base = loadCall('atelier-foncier');
  const call: Call = { ...base, eligibility: { ...base.eligibility, applicants, area } };
  return callFacts('test', call, statusOfCall(call, TODAY));
}
const check = (call: CallFacts, c: CommuneLite) => checkCommune(call, c, regionNames);
const reason = (v: ReturnType<typeof check>, topic: 'type' | 'region') => norm(v.reasons.find((r) => r.topic === topic)!.text);
const fmt = (n: number) => norm(new Intl.NumberFormat('fr-FR').format(n));

const small = grandEst.communes.find((c) => c.population < 500)!;
const large = grandEst.communes.find((c) => c.population >= 500)!;

describe('the communes of a region', () => {
  it('are the current communes of the official list, each with its population', () => {
    expect(grandEst.communes.length).toBeGreaterThan(4000);
    expect(grandEst.communes.every((c) => c.region === '44' && Number.isInteger(c.population))).toBe(true);
    expect(Object.keys(grandEst.departements)).toContain('54');
    expect(grandEst.departements['54']).toBe('Meurthe-et-Moselle');
  });

  it('cross the wire unchanged, in the same bytes every time', () => {
    const wire = JSON.stringify(encodeCommunes(grandEst));
    expect(decodeCommunes(JSON.parse(wire))).toEqual(grandEst);
    expect(JSON.stringify(encodeCommunes(regionCommunes('44', SOURCE)))).toBe(wire);
  });

  it('are refused when they are not the population municipale', () => {
    const wire = { ...encodeCommunes(grandEst), pop: 'totale' };
    expect(() => decodeCommunes(wire)).toThrow('illisible');
  });

  it('are published for the regions of calls open to communes only', () => {
    const all = Object.keys(regionNames);
    expect(communeRegionsOf([callWith([under500])], all)).toEqual(['44']);
    expect(communeRegionsOf([callWith([{ id: 'e', type: 'epci', label: 'EPCI' }])], all)).toEqual([]);
    expect(communeRegionsOf([callWith([under500], { type: 'national' })], all)).toEqual([...all].sort());
  });
});

describe('a commune under a population bound', () => {
  const call = callWith([under500]);

  it('is eligible under the bound, with its population and the call’s words', () => {
    const v = check(call, small);
    expect(v.eligible).toBe(true);
    expect(v.unchecked).toBe(false);
    const text = reason(v, 'type');
    expect(text).toContain("L'appel est ouvert aux communes (« communes de la Région Grand Est de moins de 500 habitants »).");
    expect(text).toContain(`Population municipale de ${fmt(small.population)} habitant`);
    expect(text).toContain("l'appel demande moins de 500 habitants (l'appel précise : « référence la dernière population légale publiée par l'INSEE »)");
    expect(reason(v, 'region')).toBe("La commune est en région Grand Est, et l'appel est ouvert en région Grand Est.");
  });

  it('is not eligible at or above the bound, and says why', () => {
    const v = check(call, large);
    expect(v.eligible).toBe(false);
    expect(reason(v, 'type')).toContain(`L'appel ne l'admet pas : population municipale de ${fmt(large.population)} habitants`);
  });

  it('meets an inclusive bound equal to its population, not an exclusive one', () => {
    const at = (inclusive: boolean) =>
      callWith([{ ...under500, population: { ...under500.population!, max: { value: large.population, inclusive } } }]);
    expect(check(at(true), large).eligible).toBe(true);
    expect(check(at(false), large).eligible).toBe(false);
  });

  it('is not eligible outside the call’s region', () => {
    const elsewhere = normandie.communes.find((c) => c.population < 500)!;
    const v = check(call, elsewhere);
    expect(v.eligible).toBe(false);
    expect(reason(v, 'region')).toBe("La commune est en région Normandie ; l'appel n'est ouvert qu'en région Grand Est.");
  });

  it('is not answered when the bound is on the population totale, which the list does not give', () => {
    const v = check(callWith([{ ...under500, population: { ...under500.population!, measure: 'totale' } }]), small);
    expect(v.unchecked).toBe(true);
    expect(v.eligible).toBe(false);
    expect(reason(v, 'type')).toContain("l'outil ne peut pas vérifier ce seuil");
  });
});

describe('a call with no commune alternative', () => {
  it('is not open to a commune when every applicant it names is checked', () => {
    const v = check(callWith([{ id: 'e', type: 'epci', label: 'les EPCI' }]), small);
    expect(v.eligible).toBe(false);
    expect(v.unchecked).toBe(false);
    expect(reason(v, 'type')).toBe("L'appel n'est pas ouvert aux communes : il s'adresse aux candidats suivants : « les EPCI ».");
  });

  it('is never answered when it names an applicant the tool cannot read', () => {
    const v = check(callWith([{ id: 'a', type: 'association', label: 'les associations' }]), small);
    expect(v.unchecked).toBe(true);
    expect(v.eligible).toBe(false);
    expect(reason(v, 'type')).toContain("L'outil ne vérifie pas ces candidats");
  });
});

describe('finding a commune', () => {
  const prepared = prepareCommunes(grandEst.communes);

  it('by its INSEE code', () => {
    expect(matchCommunes(large.code, prepared)[0]).toEqual(large);
  });

  it('by its name, homonyms told apart by their département', () => {
    const byName = new Map<string, CommuneLite[]>();
    for (const c of grandEst.communes) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
    const [name, homonyms] = [...byName].find(([, list]) => new Set(list.map((c) => c.departement)).size > 1)!;
    const found = matchCommunes(name, prepared, 20).filter((c) => c.name === name);
    expect(found.map((c) => c.code).sort()).toEqual(homonyms.map((c) => c.code).sort());
    const one = homonyms[0]!;
    const inDep = matchCommunes(`${name} ${one.departement}`, prepared, 20);
    expect(inDep.every((c) => c.departement === one.departement)).toBe(true);
    expect(inDep.map((c) => c.code)).toContain(one.code);
  });

  it('accents, case and hyphens aside', () => {
    const accented = grandEst.communes.find((c) => /[éè]/.test(c.name) && c.name.includes('-'))!;
    const plain = accented.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/-/g, ' ').toLowerCase();
    expect(matchCommunes(plain, prepared).map((c) => c.code)).toContain(accented.code);
  });
});
