/**
 * Verdicts: applicant type, region (one, several, none), groupements, brackets by
 * population, with the seeded calls and the official list of EPCIs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkEligibility,
  decodeData,
  encodeData,
  openCalls,
  regionGroups,
  type CallFacts,
  type EligibilityData,
  type EpciLite,
} from '../../src/lib/shared/eligibility';
import { callFacts, eligibilityData, epciLite, epciSource } from '../../src/lib/eligibility/shape';
import { loadEpciIndex, regionNames } from '../../src/lib/epci';
import { NNBSP } from '../../src/lib/shared/french';
import { statusOfCall } from '../../src/lib/shared/status';
import type { Call } from '../../src/schemas/call';
import { loadCall, norm } from '../helpers/content';

const TODAY = '2026-06-15';
/** A day after the deadline of the regional fixture call. */
const LATER = '2026-09-01';
const facts = (slug: string, patch: (c: Call) => Call = (c) => c): CallFacts => {
  const call = patch(loadCall(slug));
  return callFacts(slug, call, statusOfCall(call, TODAY));
};

/** The regional fixture call (Normandie, EPCI or groupement, brackets with amounts). */
let regional: CallFacts;
/** The national fixture call (brackets around a published gap, acknowledged). */
let national: CallFacts;
let data: EligibilityData;
const epci = (siren: string): EpciLite => {
  const record = loadEpciIndex().get(siren);
  if (!record) throw new Error(`unknown SIREN ${siren}`);
  return epciLite(record);
};
const check = (call: CallFacts, ...sirens: string[]) => checkEligibility(call, sirens.map(epci), regionNames);
const bracketId = (v: ReturnType<typeof check>) =>
  v.bracket.kind === 'bracket' ? v.bracket.bracket.id : v.bracket.kind;
const text = (lines: string[]) => norm(lines.join(' '));

const COUTANCES = '200067023';
const ROUEN = '200023414';
const BAYEUX = '241400555';
const DREUX = '200040277'; // Centre-Val de Loire, 6 communes in Normandie
const ALENCON = '246100663'; // Normandie, 5 communes in Pays de la Loire
const TOULOUSE = '243100518'; // Occitanie
const METZ = '200039865'; // Grand Est, 234 112 inhabitants (total): in the national call's gap

beforeAll(() => {
  regional = facts('atelier-foncier');
  national = facts('reseau-industrie');
  data = eligibilityData([national, regional], loadEpciIndex(), regionNames, epciSource());
});

describe('a single EPCI', () => {
  it('Coutances Mer et Bocage may apply to the regional call and falls in the national call’s “< 50 000 habitants”', () => {
    const v = check(regional, COUTANCES);
    expect(v.eligible).toBe(true);
    expect(v.reasons.map((r) => r.ok)).toEqual([true, true]);
    expect(norm(v.reasons[1]!.text)).toContain('en région Normandie');
    const t = check(national, COUTANCES);
    expect(t.eligible).toBe(true);
    expect(bracketId(t)).toBe('moins-50000');
    expect(t.bracket.kind === 'bracket' && t.bracket.bracket.label).toBe('< 50 000 habitants');
    expect(t.population).toBe(49_869);
    expect(t.costNotice).toBe(false);
  });

  it('Métropole Rouen Normandie falls in “500 000 à 1 000 000 habitants”', () => {
    const t = check(national, ROUEN);
    expect(bracketId(t)).toBe('500000-1000000');
    expect(t.bracket.kind === 'bracket' && t.bracket.bracket.label).toBe('500 000 à 1 000 000 habitants');
  });

  it('an EPCI outside Normandie is not eligible to the regional call, and the reason names the regions', () => {
    const v = check(regional, TOULOUSE);
    expect(v.eligible).toBe(false);
    expect(v.reasons[0]!.ok).toBe(true);
    expect(v.reasons[1]!.ok).toBe(false);
    expect(norm(v.reasons[1]!.text)).toBe(
      'L’EPCI est en région Occitanie ; l’appel n’est ouvert qu’en région Normandie.'.replace(/’/g, "'"),
    );
    expect(check(national, TOULOUSE).eligible).toBe(true);
  });

  it('an EPCI mostly outside Normandie but with communes there is eligible to the regional call, with an explanation', () => {
    const v = check(regional, DREUX);
    expect(v.eligible).toBe(true);
    const reason = norm(v.reasons[1]!.text);
    expect(reason).toContain('Centre-Val de Loire (75 communes');
    expect(reason).toContain('Normandie (6 communes');
    expect(reason).toContain('confirmer');
    // Closed (after its deadline), the call is never offered by the no-JavaScript list (issue 11);
    // open, it lists both EPCI through their part in Normandie.
    const closed = callFacts('atelier-foncier', loadCall('atelier-foncier'), statusOfCall(loadCall('atelier-foncier'), LATER));
    expect(closed.status.key).toBe('clos');
    expect(openCalls(epci(DREUX), { ...data, calls: [closed] }).find((o) => o.call.slug === regional.slug)).toBeUndefined();
    expect(openCalls(epci(DREUX), data).find((o) => o.call.slug === regional.slug)?.partly).toEqual(['28']);
    expect(openCalls(epci(ALENCON), data).find((o) => o.call.slug === regional.slug)?.partly).toEqual(['28']);
  });

  it('gives a clear notice when the population falls in no published bracket', () => {
    const v = check(national, METZ);
    expect(v.eligible).toBe(true);
    expect(v.bracket.kind).toBe('gap');
    expect(v.costNotice).toBe(true);
    const cost = text(v.cost);
    expect(cost).toContain('Aucune tranche publiée ne couvre 234 112 habitants');
    expect(cost).toContain('« 100 000 à 200 000 habitants » à « 250 000 à 499 999 habitants »');
    // The call's own acknowledgement of the gap is shown too.
    expect(cost).toContain('aucune tranche n');
  });

  it('says when the municipal population would fall in another bracket', () => {
    // Grand Poitiers: 196 849 municipal, 201 413 total.
    const poitiers = [...loadEpciIndex().values()].find((e) => e.name === 'CU du Grand Poitiers');
    expect(poitiers).toBeDefined();
    const v = checkEligibility(national, [epciLite(poitiers!)], regionNames);
    expect(v.bracket.kind).toBe('gap');
    expect(text(v.cost)).toContain(
      'Avec la population municipale (196 849 habitants), ce serait la tranche « 100 000 à 200 000 habitants »',
    );
  });

  it('says an EPCI alone may not apply where the call only takes groupements', () => {
    const only = facts('reseau-industrie', (c) => ({
      ...c,
      eligibility: { ...c.eligibility, applicants: c.eligibility.applicants.filter((a) => a.type === 'groupement-epci') },
    }));
    const v = check(only, COUTANCES);
    expect(v.eligible).toBe(false);
    expect(v.reasons[0]!.ok).toBe(false);
    expect(norm(v.reasons[0]!.text)).toContain('choisissez les autres EPCI du groupement');
  });

  it('reports the cost of a call without brackets', () => {
    // No price published: the lookup says nothing about a cost (issue 11: no « coût » for a call without one).
    expect(check(facts('pass-numerique'), COUTANCES).cost).toEqual([]);
    const free = facts('pass-numerique', (c) => ({ ...c, free: true }));
    expect(check(free, COUTANCES).cost).toEqual(['La participation est gratuite.']);
  });
});

describe('a groupement', () => {
  it('sums the populations of its EPCIs and places the sum in a bracket', () => {
    const v = check(national, COUTANCES, BAYEUX);
    const index = loadEpciIndex();
    const sum = index.get(COUTANCES)!.populationTotale + index.get(BAYEUX)!.populationTotale;
    expect(v.groupement).toBe(true);
    expect(v.population).toBe(sum);
    expect(v.populationMunicipale).toBe(
      index.get(COUTANCES)!.populationMunicipale + index.get(BAYEUX)!.populationMunicipale,
    );
    expect(bracketId(v)).toBe('50000-100000');
  });

  it('counts an EPCI picked twice once', () => {
    const v = check(national, COUTANCES, COUTANCES);
    expect(v.groupement).toBe(false);
    expect(v.population).toBe(49_869);
  });

  it('is eligible to the regional call when every EPCI is in Normandie', () => {
    const v = check(regional, COUTANCES, BAYEUX);
    expect(v.eligible).toBe(true);
    // The alternative that admits it, in the call's words (issue 11).
    expect(norm(v.reasons[0]!.text)).toBe("L'appel est ouvert aux groupements d'EPCI (« un groupement d'intercommunalités »).");
    expect(norm(v.call.groupement.join(' '))).toContain("Un groupement d'intercommunalités normandes");
  });

  it('is not eligible to the regional call when one EPCI is outside Normandie, and names it', () => {
    const v = check(regional, COUTANCES, TOULOUSE);
    expect(v.eligible).toBe(false);
    expect(norm(v.reasons[1]!.text)).toContain('Toulouse');
    expect(norm(v.reasons[1]!.text)).toContain('Occitanie');
  });

  it('is not eligible where the call does not take groupements', () => {
    const alone = facts('atelier-foncier', (c) => ({
      ...c,
      eligibility: { ...c.eligibility, applicants: c.eligibility.applicants.filter((a) => a.type === 'epci') },
    }));
    const v = check(alone, COUTANCES, BAYEUX);
    expect(v.eligible).toBe(false);
    expect(norm(v.reasons[0]!.text)).toContain('Chaque EPCI peut en revanche candidater seul');
  });

  it('states what the call says about groupements, in its words', () => {
    const said = regional.groupement.map(norm);
    expect(said[0]).toBe("L'appel cite les groupements d'EPCI parmi les candidats admis.");
    expect(said).toContain("Condition : « Un groupement d'intercommunalités normandes ».");
    expect(said.some((s) => s.includes('de chaque intercommunalité en cas de groupement'))).toBe(true);
    expect(said.some((s) => s.startsWith('Référents : de 1 à 2 pour chaque EPCI du groupement'))).toBe(true);
    expect(national.groupement.map(norm).some((s) => s.includes('Périmètre local'))).toBe(true);
  });

  it('throws when nothing is picked', () => {
    expect(() => checkEligibility(regional, [], regionNames)).toThrow();
  });
});

describe('the shipped data', () => {
  it('holds every EPCI of France when a call is national, and only the accepted regions otherwise', () => {
    expect(data.epcis).toHaveLength(loadEpciIndex().size);
    const regionalData = eligibilityData([regional], loadEpciIndex(), regionNames, epciSource());
    expect(regionalData.epcis).toHaveLength(71);
    expect(regionalData.epcis.every((e) => e.regions.includes('28'))).toBe(true);
  });

  it('counts 69 EPCIs in Normandie, each EPCI once in its main region, and lists 2 more partly there', () => {
    const normandie = regionGroups(data).find((g) => g.code === '28');
    expect(regionGroups(data)[0]?.code).toBe('28');
    expect(normandie?.epcis).toHaveLength(69);
    expect(normandie?.partly.map((e) => e.name).sort()).toEqual(['CA Agglo du Pays de Dreux', 'CC Maine Saosnois']);
    const counted = regionGroups(data).reduce((n, g) => n + g.epcis.length, 0);
    expect(counted).toBe(data.epcis.length);
  });

  it('survives its compact wire form unchanged', () => {
    const wire = encodeData(data);
    expect(decodeData(JSON.parse(JSON.stringify(wire)))).toEqual(data);
    expect(() => decodeData({ v: 2 })).toThrow();
  });

  it('puts the main region first and gives the shares of cross-border EPCIs', () => {
    const dreux = epci(DREUX);
    expect(dreux.regions).toEqual(['24', '28']);
    expect(dreux.shares?.map((s) => s.region)).toEqual(['24', '28']);
    expect(epci(COUTANCES).shares).toBeUndefined();
  });

  it('writes French typography in its sentences', () => {
    const v = check(regional, TOULOUSE);
    expect(v.reasons[1]!.text).toContain(`${NNBSP};`);
    expect(regional.deadline).toBe(`vendredi 3 juillet 2026 à 17${NNBSP}h${NNBSP}00`);
    expect(national.deadline).toBeUndefined();
    expect(facts('club-des-maires').status.detail).toContain('ni date d’ouverture ni date limite');
  });
});
