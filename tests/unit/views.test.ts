/**
 * The call page's view (`src/lib/views/call.ts`) on calls lacking each field: no section, heading
 * or sentence appears without the field that holds it.
 */
import { describe, expect, it } from 'vitest';
import { callView, type CallViewContext } from '../../src/lib/views/call';
import { callCard, homeGroups } from '../../src/lib/views/lists';
import { pageNotices } from '../../src/lib/views/notices';
import { faqPageView } from '../../src/lib/views/faq';
import { statusOfCall } from '../../src/lib/shared/status';
import type { Call } from '../../src/schemas/call';
import { deadline, opening, testCall } from './call-builder';

const TODAY = '2024-03-15';
const plain = (s: string) => s.replace(/[\u202F\u00A0]/g, ' ');

function view(call: Call, more: Partial<CallViewContext> = {}) {
  return callView(call, {
    today: TODAY,
    status: statusOfCall(call, TODAY),
    history: { groups: [] } as unknown as CallViewContext['history'],
    faqCount: 0,
    laureateCount: 0,
    ...more,
  });
}

const ids = (v: ReturnType<typeof view>) => v.sections.map((s) => s.id);

describe('a call that publishes nothing but what the schema requires', () => {
  const bare = view(testCall({ application: { mode: 'undated' }, calendar: [] }));

  it('has only the sections every call has', () => {
    expect(ids(bare)).toEqual(['presentation', 'eligibilite', 'calendrier', 'candidater']);
  });

  it('says the deadline is not given, and invents no date, duration, count or notice', () => {
    expect(bare.glanceDeadline).toEqual({ label: 'Date limite', text: 'Non précisée par l’appel' });
    expect(bare.calendarIntro).toBe('L’appel ne publie aucune date, ni d’ouverture ni de date limite.');
    expect(bare.durationSentence).toBeUndefined();
    expect(bare.keptCount).toBeUndefined();
    expect(bare.actionAreasSentences).toEqual([]);
    expect(bare.funding).toEqual([]);
    expect(bare.topNotices).toEqual([]);
    expect(bare.pricingNotices).toEqual([]);
  });
});

describe('sections follow the fields that hold them', () => {
  it('shows criteria under a neutral heading, or the call’s own', () => {
    const criteria = [{ id: 'c1', title: 'Un critère' }];
    expect(view(testCall({ criteria })).heading('criteres')).toBe('Critères publiés par l’appel');
    expect(view(testCall({ criteria, criteriaHeading: 'Critères de sélection' })).heading('criteres')).toBe('Critères de sélection');
    expect(view(testCall()).has('criteres')).toBe(false);
  });

  it('shows the history, the FAQ and the laureates only when there are some', () => {
    const v = view(testCall(), { faqCount: 2, laureateCount: 1, history: { groups: [{}] } as unknown as CallViewContext['history'] });
    expect(ids(v)).toEqual(expect.arrayContaining(['laureats', 'questions', 'historique']));
  });

  it('gives the duration its own sentence, and a section', () => {
    const v = view(testCall({ duration: { months: 12, qualifier: 'initial', renewals: 1 } }));
    expect(v.has('deroulement')).toBe(true);
    expect(plain(v.durationSentence ?? '')).toBe('Durée initiale : 12 mois, renouvelable une fois.');
  });
});

describe('application modes', () => {
  it('a call with a deadline shows its date', () => {
    expect(view(testCall()).glanceDeadline).toEqual({
      label: 'Date limite',
      date: { type: 'day', date: '2024-04-01' },
    });
  });

  it('a call in waves lists every wave where a single deadline would be', () => {
    const v = view(
      testCall({
        application: { mode: 'waves' },
        calendar: [
          deadline('2024-03-01', { id: 'v1', wave: '1re date de dépôt' }),
          deadline('2024-05-01', { id: 'v2', wave: '2e date de dépôt' }),
        ],
      }),
    );
    expect(v.glanceDeadline?.label).toBe('Dates de dépôt');
    expect(plain('text' in v.glanceDeadline! ? v.glanceDeadline.text : '')).toBe(
      'Dates de dépôt : 1re date de dépôt : vendredi 1er mars 2024 ; 2e date de dépôt : mercredi 1er mai 2024.',
    );
  });

  it('a programme by designation has no deadline, no « Comment candidater », and speaks of who may be retained', () => {
    const v = view(testCall({ application: { mode: 'designation', designation: { by: 'les préfets' } } }));
    expect(v.glanceDeadline).toBeUndefined();
    expect(v.has('candidater')).toBe(false);
    expect(v.heading('eligibilite')).toBe('Qui peut être retenu');
    expect(v.designation).toBe(true);
  });

  it('a selection in stages shows the deadline of the stage running or coming next', () => {
    const v = view(
      testCall({
        selection: {
          stages: [
            { id: 'ami', title: 'AMI', kind: 'preselection', outcome: 'présélectionnés' },
            { id: 'aap', title: 'Appel à projets', kind: 'selection', outcome: 'lauréats' },
          ],
        },
        calendar: [
          deadline('2024-01-10', { id: 'ami-limite', stage: 'ami' }),
          opening('2024-03-01', { id: 'aap-ouverture', stage: 'aap' }),
          deadline('2024-06-30', { id: 'aap-limite', stage: 'aap' }),
        ],
      }),
    );
    expect(v.glanceDeadline).toEqual({ label: 'Date limite', date: { type: 'day', date: '2024-06-30' } });
  });

  it('an online form still has its « Comment candidater » section, and no official documents section without documents', () => {
    const v = view(testCall({ application: { mode: 'deadline', format: 'online-form' } }));
    expect(v.has('candidater')).toBe(true);
    expect(v.has('documents')).toBe(false);
  });
});

describe('applicants', () => {
  it('names the applications kept after the applicant types, and offers the EPCI lookup only to EPCIs', () => {
    const communes = view(testCall({ eligibility: { applicants: [{ id: 'c', type: 'commune', label: 'Les communes' }], area: { type: 'national' } } }));
    expect(communes.keptNoun).toBe('Communes retenues');
    expect(communes.epciCheck).toBe(false);
    const epci = view(testCall());
    expect(epci.keptNoun).toBe('Territoires retenus');
    expect(epci.epciCheck).toBe(true);
    const none = view(testCall({ eligibility: { applicants: [], area: { type: 'national' } } }));
    expect(none.keptNoun).toBe('Candidatures retenues');
  });
});

describe('notices', () => {
  const ack = { rule: 'tarifs/contiguite', target: 'pricing.brackets[1]', reason: 'Les tranches se chevauchent.' };
  const pricing = { label: 'forfait', tax: 'HT', per: 'total', indicative: false, range: { min: 1000, max: 2000 }, brackets: [] };

  it('shows a finding about the price with the price, and at the top when the price is not shown', () => {
    const priced = view(testCall({ pricing, acknowledgements: [ack] }));
    expect(priced.pricingNotices).toEqual([ack]);
    expect(priced.topNotices).toEqual([]);
    const unpriced = view(testCall({ acknowledgements: [ack] }));
    expect(unpriced.topNotices).toEqual([ack]);
  });

  it('shows a content notice with its fact, and a notice about no shown fact at the top', () => {
    const v = view(
      testCall({
        criteria: [{ id: 'c1', title: 'Un critère' }],
        notices: [
          { target: 'criteria[0]', text: 'Critère ambigu.' },
          { target: 'summary', text: 'Résumé repris tel quel.' },
        ],
      }),
    );
    expect(v.noticesAbout('criteria').map((n) => n.reason)).toEqual(['Critère ambigu.']);
    expect(v.topNotices.map((n) => n.reason)).toEqual(['Résumé repris tel quel.']);
  });
});

describe('cards and the home page groups', () => {
  it('a card gives the date of a single deadline, a sentence otherwise', () => {
    const dated = testCall();
    expect(callCard('a', dated, statusOfCall(dated, TODAY)).deadline).toEqual({ date: { type: 'day', date: '2024-04-01' } });
    const undated = testCall({ application: { mode: 'undated' }, calendar: [] });
    expect(callCard('b', undated, statusOfCall(undated, TODAY)).deadline).toEqual({ text: 'Date limite non précisée par l’appel' });
    const designated = testCall({ application: { mode: 'designation' }, calendar: [] });
    expect(callCard('c', designated, statusOfCall(designated, TODAY))).toMatchObject({ href: '/appels/c/', deadline: { text: 'Sans candidature' } });
  });

  it('groups calls by status, keeping their order', () => {
    const keys = ['clos', 'ouvert', 'dates-non-publiees', 'a-venir', 'sans-candidature', 'en-cours'] as const;
    const groups = homeGroups(keys.map((key, i) => ({ i, status: { key } })));
    expect(groups.current.map((c) => c.i)).toEqual([1, 3]);
    expect(groups.undated.map((c) => c.i)).toEqual([2]);
    expect(groups.designated.map((c) => c.i)).toEqual([4]);
    expect(groups.past.map((c) => c.i)).toEqual([0, 5]);
  });
});

describe('notices on a brief or a case study page', () => {
  it('shows the findings about the page and the call’s notices that name it, and no other', () => {
    const call = testCall({
      acknowledgements: [
        { rule: 'prose/chiffre', target: 'briefs/lancement: figures[0]', reason: 'Chiffre repris de la source.' },
        { rule: 'prose/chiffre', target: 'briefs/lancement-2: figures[0]', reason: 'Autre page.' },
      ],
      notices: [
        { target: 'pricing', text: 'Montant ambigu.', alsoOn: ['briefs/lancement', 'territories/pays-a'] },
        { target: 'criteria', text: 'Critère ambigu.' },
      ],
    });
    expect(pageNotices([call], 'briefs/lancement').map((n) => n.reason)).toEqual(['Chiffre repris de la source.', 'Montant ambigu.']);
    expect(pageNotices([call], 'territories/pays-a').map((n) => n.reason)).toEqual(['Montant ambigu.']);
    expect(pageNotices([call], 'territories/pays-b')).toEqual([]);
  });
});

describe('a call’s FAQ page', () => {
  const faq = (id: string, theme: string) => ({ id, data: { theme } as { theme: 'cout' } });
  it('groups entries by theme in the themes’ order, keeping only themes with entries', () => {
    const call = testCall();
    const v = faqPageView(call, statusOfCall(call, TODAY), [faq('a', 'cout'), faq('b', 'eligibilite'), faq('c', 'cout')]);
    expect(v.themes.map((t) => [t.theme, t.faqs.map((f) => f.id)])).toEqual([
      ['eligibilite', ['b']],
      ['cout', ['a', 'c']],
    ]);
    expect(v.asPublished).toBeUndefined();
  });

  it('says the answers describe the call as published once applications are over', () => {
    const call = testCall({ calendar: [deadline('2024-01-10')] });
    expect(faqPageView(call, statusOfCall(call, TODAY), []).asPublished).toBe('Les réponses décrivent l’appel tel qu’il a été publié.');
  });
});
