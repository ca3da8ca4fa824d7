/** What changed between two states of a call: labels, values, matching by id, ignored fields. */
import { describe, expect, it } from 'vitest';
import { changeText, diffCalls, snapshotOf } from '../../src/lib/amendments';
import type { Call } from '../../src/schemas/call';
import { loadCall } from './kit-fixtures';

const i2t = loadCall('impulsion-ingenierie-territoires').data;
const clone = (call: Call): Call => structuredClone(call);

describe('diffCalls', () => {
  it('finds nothing between a call and itself', () => {
    expect(diffCalls(snapshotOf(i2t), snapshotOf(i2t))).toEqual([]);
  });

  it('names a moved deadline « Date limite » with both days written out', () => {
    const after = clone(i2t);
    after.calendar[1]!.date = { type: 'day', date: '2023-11-17' };
    const changes = diffCalls(snapshotOf(i2t), snapshotOf(after));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      path: ['calendar', 1, 'date'],
      label: 'Date limite',
      before: 'vendredi 3 novembre 2023',
      after: 'vendredi 17 novembre 2023',
    });
    expect(changeText(changes[0]!)).toBe('Date limite\u202F: vendredi 3 novembre 2023 → vendredi 17 novembre 2023');
  });

  it('names a changed criterion by its title, at its path', () => {
    const after = clone(i2t);
    after.criteria[4]!.text = 'Un besoin démontré.';
    const [change, ...rest] = diffCalls(snapshotOf(i2t), snapshotOf(after));
    expect(rest).toEqual([]);
    expect(change!.path).toEqual(['criteria', 4, 'text']);
    expect(change!.label).toBe('Critère de sélection «\u202FCritère 5\u202F»');
    expect(change!.before).toContain('Un besoin avéré');
    expect(change!.after).toBe('Un besoin démontré.');
  });

  it('matches list items by id: an inserted criterion is one addition, not a shift of every later one', () => {
    const after = clone(i2t);
    after.criteria.splice(1, 0, { id: 'nouveau', title: 'Critère bis', text: 'Un critère ajouté.' });
    const changes = diffCalls(snapshotOf(i2t), snapshotOf(after));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ path: ['criteria', 1], after: 'Critère bis – Un critère ajouté.' });
    expect(changes[0]!.before).toBeUndefined();
  });

  it('reports a removed item with its old text, pointing at the list', () => {
    const after = clone(i2t);
    after.application.documents = after.application.documents.filter((d) => d.id !== 'autres-documents');
    const changes = diffCalls(snapshotOf(i2t), snapshotOf(after));
    expect(changes).toHaveLength(1);
    expect(changes[0]!.label).toContain('Pièce à fournir');
    expect(changes[0]!.before).toContain('Autres documents');
    expect(changes[0]!.after).toBeUndefined();
    expect(changes[0]!.where).toEqual(['application', 'documents']);
  });

  it('writes a moved webinar with its hours, and numbers and vocabularies in French', () => {
    const after = clone(i2t);
    after.events[0]!.date = { type: 'day-time', date: '2023-10-03', start: '11:00', end: '13:00' };
    after.selection.count = { type: 'exact', value: 5 };
    after.application.mode = 'rolling';
    const byLabel = Object.fromEntries(diffCalls(snapshotOf(i2t), snapshotOf(after)).map((c) => [c.label, c]));
    expect(byLabel['Réunion d’information «\u202FWebinaire de présentation\u202F»']).toMatchObject({
      before: 'mardi 3 octobre 2023 de 10\u202Fh\u202F00 à 12\u202Fh\u202F00',
      after: 'mardi 3 octobre 2023 de 11\u202Fh\u202F00 à 13\u202Fh\u202F00',
    });
    expect(byLabel['Nombre de territoires retenus']).toMatchObject({ before: '4', after: '5' });
    expect(byLabel['Mode de candidature']).toMatchObject({ before: 'avec date limite', after: 'au fil de l’eau' });
  });

  it('ignores what the agency writes about the call: summary, updated, notices, amendments', () => {
    const after = clone(i2t);
    after.summary = 'Un autre résumé.';
    after.updated = '2026-12-01';
    after.acknowledgements = [];
    after.notices = [{ target: 'pricing', text: 'Une note du site.', alsoOn: [] }];
    after.amendments = [{ date: '2026-11-30', summary: 'x' }];
    expect(diffCalls(snapshotOf(i2t), snapshotOf(after))).toEqual([]);
  });

  it('labels the list headings, the action areas choice and the undated mode in French', () => {
    const after = clone(i2t);
    after.criteriaHeading = 'Autres critères';
    after.actionAreas!.choice = 'Une autre phrase.';
    after.application.mode = 'undated';
    const labels = diffCalls(snapshotOf(i2t), snapshotOf(after)).map((c) => changeText(c));
    expect(labels).toContain(`Titre de la liste des critères\u202F: ${i2t.criteriaHeading} → Autres critères`);
    expect(labels.some((l) => l.startsWith('Choix des domaines d’action\u202F: '))).toBe(true);
    expect(labels).toContain('Mode de candidature\u202F: avec date limite → dates non publiées');
  });

  it('takes a field missing from the older state and empty now as unchanged (a field added to the schema)', () => {
    const before = snapshotOf(i2t);
    delete before['publishedAs'];
    const after = snapshotOf({ ...clone(i2t), publishedAs: [] });
    expect(diffCalls(before, after)).toEqual([]);
    const filled = snapshotOf(i2t);
    expect(diffCalls(before, filled).map((c) => c.path)).toEqual([['publishedAs']]);
  });

  it('gives organisation names when asked', () => {
    const after = clone(i2t);
    after.partners = ['business-france'];
    const [change] = diffCalls(snapshotOf(i2t), snapshotOf(after), { orgName: (id) => id.toUpperCase() });
    expect(change!.label).toBe('Partenaires');
    expect(change!.after).toBe('BUSINESS-FRANCE');
    expect(change!.before).toContain('ANCT');
  });
});
