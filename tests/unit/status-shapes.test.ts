/** Statuses of the call shapes of issue 11: waves, designation, a selection in two stages. */
import { describe, expect, it } from 'vitest';
import { deadlineSentence } from '../../src/lib/call-wording';
import { NNBSP } from '../../src/lib/shared/french';
import { callStatus, waveStates, type StatusInput } from '../../src/lib/shared/status';

const show = (s: string) => s.replaceAll(NNBSP, '_');

const waves: StatusInput = {
  mode: 'waves',
  calendar: [
    { kind: 'deadline', wave: '1re date de dépôt', date: { type: 'day', date: '2023-03-16' } },
    { kind: 'deadline', wave: '2e date de dépôt', date: { type: 'day', date: '2023-05-25' } },
    { kind: 'announcement', date: { type: 'month', month: '2023-09' } },
  ],
};

describe('a call in waves', () => {
  it('is open between its waves, and names the next one', () => {
    const s = callStatus(waves, '2023-04-01');
    expect(s.key).toBe('ouvert');
    expect(show(s.detail)).toBe('Prochaine date de dépôt_: 2e date de dépôt, jeudi 25 mai 2023');
  });

  it('gives each wave its own state', () => {
    expect(waveStates(waves, '2023-04-01').map((w) => w.state)).toEqual(['close', 'ouverte']);
    expect(waveStates(waves, '2023-01-01').map((w) => w.state)).toEqual(['ouverte', 'a-venir']);
  });

  it('is under way after its last wave, then closed', () => {
    expect(callStatus(waves, '2023-06-01').key).toBe('en-cours');
    expect(callStatus(waves, '2023-10-01').key).toBe('clos');
  });

  it('lists every wave where a single deadline would be', () => {
    const call = {
      application: { mode: 'waves' as const, documents: [], sections: [], submission: [] },
      calendar: waves.calendar.map((m, i) => ({ ...m, id: `m${i}`, title: 'Dépôt' })),
    };
    expect(show(deadlineSentence(call as never))).toBe(
      'Dates de dépôt_: 1re date de dépôt_: jeudi 16 mars 2023_; 2e date de dépôt_: jeudi 25 mai 2023.',
    );
  });
});

describe('a programme by designation', () => {
  it('has its own status, with who designates, and never « Ouvert »', () => {
    const s = callStatus({ mode: 'designation', designationBy: 'les préfets', calendar: [] }, '2021-01-15');
    expect(s.key).toBe('sans-candidature');
    expect(s.label).toBe('Sans appel à candidatures');
    expect(show(s.detail)).toBe('Désignation_: les préfets');
  });
});

describe('a selection in two stages', () => {
  const stages: StatusInput = {
    mode: 'deadline',
    calendar: [
      { kind: 'opening', stage: 'ami', date: { type: 'month', month: '2017-03' } },
      { kind: 'deadline', stage: 'ami', date: { type: 'day', date: '2017-09-29' } },
      { kind: 'opening', stage: 'aap', date: { type: 'day', date: '2018-11-23' } },
      { kind: 'deadline', stage: 'aap', date: { type: 'day-at', date: '2019-04-26', time: '17:00' } },
    ],
  };

  it('is open during the first stage', () => {
    expect(show(callStatus(stages, '2017-06-01').detail)).toBe('Date limite_: vendredi 29 septembre 2017');
  });

  it('is to come between the stages, with the second stage’s opening', () => {
    const s = callStatus(stages, '2018-06-01');
    expect(s.key).toBe('a-venir');
    expect(show(s.detail)).toBe('Ouverture des candidatures_: vendredi 23 novembre 2018');
  });

  it('is open in the second stage, with its deadline and hour', () => {
    expect(show(callStatus(stages, '2019-01-10').detail)).toBe('Date limite_: vendredi 26 avril 2019 à 17_h_00');
  });
});
