/**
 * Applicant alternatives in the lookup (issue 11): a groupement's minimum and maximum number of
 * EPCI, a door open only « par exception », a population bound, a condition the lookup cannot
 * verify, calls open to no EPCI, and closed calls kept out of the no-JavaScript list.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility, openCalls, type CallFacts, type EpciLite } from '../../src/lib/shared/eligibility';
import { callFacts, epciLite } from '../../src/lib/eligibility/shape';
import { loadEpciIndex, regionNames } from '../../src/lib/epci';
import { statusOfCall } from '../../src/lib/shared/status';
import type { Applicant, Call } from '../../src/schemas/call';
import { loadCall, norm } from '../helpers/content';

const TODAY = '2026-06-15';
const epci = (siren: string): EpciLite => epciLite(loadEpciIndex().get(siren)!);
// Five EPCI of Normandie.
const FIVE = ['200067023', '200023414', '241400555', '246100663', '200066389'];

/** The fixture call with every field, with other applicants and the day chosen (open on TODAY). */
function callWith(applicants: Applicant[], patch: Partial<Call> = {}): CallFacts {
  const base = loadCall('atelier-foncier');
  const call: Call = { ...base, ...patch, eligibility: { ...base.eligibility, applicants } };
  return callFacts('test', call, statusOfCall(call, TODAY));
}
const check = (call: CallFacts, sirens: string[]) => checkEligibility(call, sirens.map(epci), regionNames);
const typeReason = (v: ReturnType<typeof check>) => norm(v.reasons.find((r) => r.topic === 'type')!.text);

const groupement = (members: Applicant['members']): Applicant => ({
  id: 'groupement',
  type: 'groupement-epci',
  label: 'groupements de deux à quatre EPCI',
  members,
});

describe('a groupement capped at four EPCI', () => {
  const capped = callWith([groupement({ min: 2, max: 4 })]);

  it('admits four EPCI', () => {
    expect(check(capped, FIVE.slice(0, 4)).eligible).toBe(true);
  });

  it('refuses five, and says why', () => {
    const v = check(capped, FIVE);
    expect(v.eligible).toBe(false);
    expect(typeReason(v)).toContain('5 EPCI : au-delà des 4 que l’appel admet par groupement'.replace(/’/g, "'"));
  });

  it('refuses one EPCI alone when no single-EPCI door exists', () => {
    const v = check(capped, FIVE.slice(0, 1));
    expect(v.eligible).toBe(false);
    expect(typeReason(v)).toContain("n'est pas ouvert à un EPCI seul");
  });
});

describe('a groupement of at least three', () => {
  it('refuses two EPCI with the minimum in the reason', () => {
    const v = check(callWith([groupement({ min: 3 })]), FIVE.slice(0, 2));
    expect(v.eligible).toBe(false);
    expect(typeReason(v)).toContain('2 EPCI : un groupement en réunit au moins 3');
  });
});

describe('a single EPCI only « par exception »', () => {
  const call = callWith([
    groupement({ min: 2 }),
    {
      id: 'seul',
      type: 'epci',
      label: 'une seule intercommunalité',
      exception: { text: 'Par exception, une seule intercommunalité de taille critique.' },
      requires: 'justifier de la taille critique de ce périmètre',
    },
  ]);

  it('answers « seulement par exception », quotes the call and its condition', () => {
    const v = check(call, FIVE.slice(0, 1));
    expect(v.eligible).toBe(true);
    expect(typeReason(v)).toContain('EPCI seul, mais seulement par exception : « Par exception, une seule intercommunalité de taille critique. »');
    expect(typeReason(v)).toContain('À condition de justifier de la taille critique de ce périmètre.');
  });

  it('admits two EPCI as a groupement, without the exception', () => {
    const v = check(call, FIVE.slice(0, 2));
    expect(v.eligible).toBe(true);
    expect(typeReason(v)).not.toContain('exception');
  });
});

describe('an EPCI population bound', () => {
  const rouen = epci('200023414');
  const bound = (max: number): Applicant => ({
    id: 'epci',
    type: 'epci',
    label: 'les EPCI de moins de X habitants',
    population: { max: { value: max, inclusive: false }, measure: 'municipale' },
  });

  it('admits an EPCI under the bound and refuses one at it, on the measure the call names', () => {
    expect(check(callWith([bound(rouen.populationMunicipale + 1)]), ['200023414']).eligible).toBe(true);
    const v = check(callWith([bound(rouen.populationMunicipale)]), ['200023414']);
    expect(v.eligible).toBe(false);
    expect(typeReason(v)).toContain('population municipale');
  });
});

describe('a bound on the largest commune of an EPCI', () => {
  it('is said to be unchecked, never silently passed', () => {
    const v = check(
      callWith([
        {
          id: 'epci',
          type: 'epci',
          label: 'les EPCI dont la ville la plus peuplée fait moins de 100 000 habitants',
          largestCommune: { max: { value: 100000, inclusive: false } },
        },
      ]),
      FIVE.slice(0, 1),
    );
    expect(typeReason(v)).toContain("commune la plus peuplée de l'EPCI (moins de 100 000 habitants) : l'outil ne le vérifie pas");
  });
});

describe('a call open to no EPCI', () => {
  it('is not answered yes or no', () => {
    const v = check(callWith([{ id: 'c', type: 'collectivite', label: 'collectivité territoriale' }]), FIVE.slice(0, 1));
    expect(v.unchecked).toBe(true);
    expect(typeReason(v)).toContain("L'outil ne vérifie pas ces candidats");
  });

  it('says nothing about a cost it does not publish', () => {
    const v = check(callWith([{ id: 'e', type: 'epci', label: 'EPCI' }], { pricing: undefined, free: false }), FIVE.slice(0, 1));
    expect(v.cost).toEqual([]);
  });
});

describe('the no-JavaScript list', () => {
  const alone: Applicant = { id: 'epci', type: 'epci', label: 'EPCI' };
  const data = (call: CallFacts) => ({ source: '', regions: regionNames, calls: [call], epcis: [] });

  it('lists an open call an EPCI may apply to', () => {
    expect(openCalls(epci(FIVE[0]!), data(callWith([alone]))).map((o) => o.call.slug)).toEqual(['test']);
  });

  it('never lists a closed call under « Peut candidater à »', () => {
    const base = loadCall('atelier-foncier');
    const call: Call = { ...base, eligibility: { ...base.eligibility, applicants: [alone] } };
    const closed = callFacts('test', call, statusOfCall(call, '2030-01-01'));
    expect(closed.status.key).toBe('clos');
    expect(openCalls(epci(FIVE[0]!), data(closed))).toEqual([]);
  });
});
