/**
 * Declared perimeters in the eligibility lookup (issue 11): a call open to PETR, pays or
 * territoires d'industrie is answered on the member EPCI the reader declares. Each EPCI is
 * checked (it exists in the official list, its region); the membership is not, and the answer
 * says so. An EPCI is never listed in the no-JavaScript list through such a door.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility, openCalls, type CallFacts, type EpciLite } from '../../src/lib/shared/eligibility';
import { callFacts, epciLite } from '../../src/lib/eligibility/shape';
import { loadEpciIndex, regionNames } from '../../src/lib/epci';
import { statusOfCall } from '../../src/lib/shared/status';
import type { Applicant, Call } from '../../src/schemas/call';
import { join } from 'node:path';
import { formatFuzzyDate } from '../../src/lib/shared/dates';
import { callSchema } from '../../src/schemas/call';
import { frontMatter, loadCall, norm, root } from '../helpers/content';

const TODAY = '2026-06-15';
const index = loadEpciIndex();
const records = [...index.values()];
// EPCI taken from the official list: three wholly in Normandie, one wholly elsewhere.
const NORMANDIE = records.filter((r) => r.regions.length === 1 && r.regions[0] === '28').slice(0, 3).map(epciLite);
const OUTSIDE = epciLite(records.find((r) => r.regions.length === 1 && r.regions[0] === '44')!);

/** The fixture's atelier-foncier call (open in Normandie), with the applicants given. */
function callWith(applicants: Applicant[]): CallFacts {
  const base = loadCall('atelier-foncier');
  const call: Call = { ...base, eligibility: { ...base.eligibility, applicants } };
  return callFacts('test', call, statusOfCall(call, TODAY));
}
const check = (call: CallFacts, picked: EpciLite[]) => checkEligibility(call, picked, regionNames);
const reason = (v: ReturnType<typeof check>, topic: 'type' | 'region') => norm(v.reasons.find((r) => r.topic === topic)!.text);

const petr: Applicant = { id: 'petr', type: 'petr', label: 'les pôles d’équilibre territorial et rural' };

describe.each([
  ['petr', petr],
  ['territoire-industrie', { id: 'ti', type: 'territoire-industrie', label: 'les Territoires d’industrie labellisés' } as Applicant],
  ['pays', { id: 'pays', type: 'pays', label: 'les pays' } as Applicant],
])('a call open to %s', (_type, alternative) => {
  const call = callWith([alternative]);

  it('checks the declared EPCI, and says the membership is not checked', () => {
    const v = check(call, NORMANDIE.slice(0, 1));
    expect(v.eligible).toBe(true);
    expect(v.declared).toBe(true);
    expect(v.unchecked).toBe(false);
    expect(reason(v, 'type')).toBe(
      `L'appel est ouvert à un périmètre dont votre EPCI est déclaré membre (« ${norm(alternative.label)} »). ` +
        "L'outil vérifie chaque EPCI déclaré (il existe, sa région), pas son appartenance au périmètre.",
    );
  });

  it('counts several declared EPCI, each in the call’s region', () => {
    const v = check(call, NORMANDIE);
    expect(v.eligible).toBe(true);
    expect(reason(v, 'type')).toContain('dont vos 3 EPCI sont déclarés membres');
  });

  it('refuses a declared EPCI outside the call’s region, and names it', () => {
    const v = check(call, [...NORMANDIE.slice(0, 1), OUTSIDE]);
    expect(v.eligible).toBe(false);
    expect(reason(v, 'region')).toContain(norm(OUTSIDE.name));
  });

  it('never lists an EPCI under « Peut candidater à » through the perimeter', () => {
    expect(openCalls(NORMANDIE[0]!, { source: '', regions: regionNames, calls: [call], epcis: [] })).toEqual([]);
  });
});

describe('a call open to EPCI and to a PETR', () => {
  it('answers an EPCI through its own door first', () => {
    const v = check(callWith([{ id: 'epci', type: 'epci', label: 'les EPCI' }, petr]), NORMANDIE.slice(0, 1));
    expect(v.eligible).toBe(true);
    expect(v.declared).toBe(false);
    expect(reason(v, 'type')).toContain('ouvert à un EPCI seul');
  });
});

describe('applicants the tool cannot read', () => {
  it.each(['association', 'gip', 'cias', 'consortium'] as const)('%s: listed with its label, never answered', (type) => {
    const v = check(callWith([{ id: 'x', type, label: `libellé ${type}` }]), NORMANDIE.slice(0, 1));
    expect(v.unchecked).toBe(true);
    expect(v.eligible).toBe(false);
    expect(reason(v, 'type')).toContain(`« libellé ${type} »`);
  });
});

// MODEL.md §12: the lookup showed the first deposit date of a call in waves even once it was past.
describe('the deadline the lookup shows for a call in waves', () => {
  const file = join(root, 'tests/corpus/aact-air-2023/calls/aact-air-2023.mdx');
  const call = callSchema.parse(frontMatter(file));
  const [first, second] = call.calendar.filter((m) => m.kind === 'deadline');
  const day = (m: typeof first) => (m!.date.type === 'day' ? m!.date.date : '');

  it('is the next wave’s, between the two deposit dates', () => {
    const between = '2023-04-01';
    expect(day(first) < between && between < day(second)).toBe(true);
    const facts = callFacts('aact-air-2023', call, statusOfCall(call, between), between);
    expect(facts.deadline).toBe(formatFuzzyDate(second!.date));
  });

  it('is the first wave’s before it', () => {
    const before = '2023-01-15';
    expect(callFacts('aact-air-2023', call, statusOfCall(call, before), before).deadline).toBe(formatFuzzyDate(first!.date));
  });
});
