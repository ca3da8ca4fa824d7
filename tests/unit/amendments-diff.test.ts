/** What changed between two states of a call: labels, values, matching by id, ignored fields. */
import { describe, expect, it } from 'vitest';
import { changeText, diffCalls, snapshotOf } from '../../src/lib/amendments';
import type { Call } from '../../src/schemas/call';
import { loadCall } from './kit-fixtures';

/** The fixture call with every field. */
const call = loadCall('atelier-foncier').data;
const clone = (call: Call): Call => structuredClone(call);

describe('diffCalls', () => {
  it('finds nothing between a call and itself', () => {
    expect(diffCalls(snapshotOf(call), snapshotOf(call))).toEqual([]);
  });

  it('names a moved deadline « Date limite » with both days written out', () => {
    const after = clone(call);
    after.calendar[1]!.date = { type: 'day-at', date: '2026-07-17', time: '17:00' };
    const changes = diffCalls(snapshotOf(call), snapshotOf(after));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      path: ['calendar', 1, 'date'],
      label: 'Date limite',
      before: 'vendredi 3 juillet 2026 à 17\u202Fh\u202F00',
      after: 'vendredi 17 juillet 2026 à 17\u202Fh\u202F00',
    });
    expect(changeText(changes[0]!)).toBe(
      'Date limite\u202F: vendredi 3 juillet 2026 à 17\u202Fh\u202F00 → vendredi 17 juillet 2026 à 17\u202Fh\u202F00',
    );
  });

  it('names a changed criterion by its title, at its path', () => {
    const after = clone(call);
    after.criteria[1]!.text = 'Un besoin démontré.';
    const [change, ...rest] = diffCalls(snapshotOf(call), snapshotOf(after));
    expect(rest).toEqual([]);
    expect(change!.path).toEqual(['criteria', 1, 'text']);
    expect(change!.label).toBe('Critère de sélection «\u202FUn besoin de foncier économique démontré\u202F»');
    expect(change!.before).toContain('chiffre les surfaces');
    expect(change!.after).toBe('Un besoin démontré.');
  });

  it('matches list items by id: an inserted criterion is one addition, not a shift of every later one', () => {
    const after = clone(call);
    after.criteria.splice(1, 0, { id: 'nouveau', title: 'Critère bis', text: 'Un critère ajouté.' });
    const changes = diffCalls(snapshotOf(call), snapshotOf(after));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ path: ['criteria', 1], after: 'Critère bis – Un critère ajouté.' });
    expect(changes[0]!.before).toBeUndefined();
  });

  it('reports a removed item with its old text, pointing at the list', () => {
    const after = clone(call);
    after.application.documents = after.application.documents.filter((d) => d.id !== 'complements');
    const changes = diffCalls(snapshotOf(call), snapshotOf(after));
    expect(changes).toHaveLength(1);
    expect(changes[0]!.label).toContain('Pièce à fournir');
    expect(changes[0]!.before).toContain('Toute pièce utile');
    expect(changes[0]!.after).toBeUndefined();
    expect(changes[0]!.where).toEqual(['application', 'documents']);
  });

  it('writes a moved information session with its hours, and numbers and vocabularies in French', () => {
    const after = clone(call);
    after.events[0]!.date = { type: 'day-time', date: '2026-06-02', start: '15:00', end: '16:30' };
    after.selection.count = { type: 'exact', value: 5 };
    after.application.mode = 'rolling';
    const byLabel = Object.fromEntries(diffCalls(snapshotOf(call), snapshotOf(after)).map((c) => [c.label, c]));
    expect(byLabel['Réunion d’information «\u202FRéunion d’information en ligne\u202F»']).toMatchObject({
      before: 'mardi 2 juin 2026 de 14\u202Fh\u202F00 à 15\u202Fh\u202F30',
      after: 'mardi 2 juin 2026 de 15\u202Fh\u202F00 à 16\u202Fh\u202F30',
    });
    expect(byLabel['Nombre de territoires retenus']).toMatchObject({ before: '3', after: '5' });
    expect(byLabel['Mode de candidature']).toMatchObject({ before: 'avec date limite', after: 'au fil de l’eau' });
  });

  it('ignores what the agency writes about the call: summary, updated, notices, amendments', () => {
    const after = clone(call);
    after.summary = 'Un autre résumé.';
    after.updated = '2026-12-01';
    after.acknowledgements = [];
    after.notices = [{ target: 'pricing', text: 'Une note du site.', alsoOn: [] }];
    after.amendments = [{ date: '2026-11-30', summary: 'x' }];
    expect(diffCalls(snapshotOf(call), snapshotOf(after))).toEqual([]);
  });

  it('labels the list headings, the action areas choice and the undated mode in French', () => {
    const before: Call = { ...clone(call), criteriaHeading: 'Critères de l’atelier' };
    const after = clone(before);
    after.criteriaHeading = 'Autres critères';
    after.actionAreas!.choice = 'Une autre phrase.';
    after.application.mode = 'undated';
    const labels = diffCalls(snapshotOf(before), snapshotOf(after)).map((c) => changeText(c));
    expect(labels).toContain('Titre de la liste des critères\u202F: Critères de l’atelier → Autres critères');
    expect(labels.some((l) => l.startsWith('Choix des domaines d’action\u202F: '))).toBe(true);
    expect(labels).toContain('Mode de candidature\u202F: avec date limite → dates non publiées');
  });

  it('takes a field missing from the older state and empty now as unchanged (a field added to the schema)', () => {
    const before = snapshotOf(call);
    delete before['publishedAs'];
    const after = snapshotOf({ ...clone(call), publishedAs: [] });
    expect(diffCalls(before, after)).toEqual([]);
    const filled = snapshotOf({ ...clone(call), publishedAs: ['Appel à candidatures de l’atelier'] });
    expect(diffCalls(before, filled).map((c) => c.path)).toEqual([['publishedAs']]);
  });

  it('gives organisation names when asked', () => {
    const after = clone(call);
    after.partners = ['autre-cabinet'];
    const [change] = diffCalls(snapshotOf(call), snapshotOf(after), { orgName: (id) => id.toUpperCase() });
    expect(change!.label).toBe('Partenaires');
    expect(change!.after).toBe('AUTRE-CABINET');
    expect(change!.before).toContain('ATELIER-CONSEIL');
  });
});
