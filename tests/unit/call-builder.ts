/** Small calls written in the test, parsed by the content schema: no test here reads the seeded content. */
import { callSchema, type Call } from '../../src/schemas/call';

/** A valid call with nothing but what the schema requires (and a deadline on 1 April 2024), and what the test changes. */
export function testCall(over: Record<string, unknown> = {}): Call {
  return callSchema.parse({
    title: 'Appel de test',
    shortName: 'AT',
    kind: 'appel-a-candidatures',
    summary: 'Un appel de test.',
    updated: '2024-01-01',
    organisers: ['agence'],
    application: { mode: 'deadline' },
    calendar: [deadline('2024-04-01')],
    eligibility: { applicants: [{ id: 'epci', type: 'epci', label: 'Les EPCI' }], area: { type: 'national' } },
    ...over,
  });
}

/** Milestones of a calendar, dated to the day. */
export const day = (date: string) => ({ type: 'day', date });
export const deadline = (date: string, more: Record<string, unknown> = {}) => ({ id: 'limite', kind: 'deadline', title: 'Date limite', date: day(date), ...more });
export const opening = (date: string, more: Record<string, unknown> = {}) => ({ id: 'ouverture', kind: 'opening', title: 'Ouverture', date: day(date), ...more });
