/** Matching EPCI names and SIRENs: accents, case, hyphens and small words aside. */
import { describe, expect, it } from 'vitest';
import { matchEpcis, normalize, prepare, sirenDigits, words, type Searchable } from '../../src/lib/shared/eligibility';

const list: Searchable[] = [
  { siren: '200067023', name: 'CC Coutances Mer et Bocage', type: 'CC' },
  { siren: '200069516', name: 'CC Caux - Austreberthe', type: 'CC' },
  { siren: '200023414', name: 'Métropole Rouen Normandie', type: 'METRO' },
  { siren: '200068989', name: 'CU d’Alençon', type: 'CU' },
  { siren: '200069722', name: 'CC Interrégionale Aumale - Blangy-sur-Bresle', type: 'CC' },
  { siren: '241400555', name: 'CA Lisieux Normandie', type: 'CA' },
  { siren: '200066801', name: 'CC de Saint-Lô Agglo', type: 'CC' },
  { siren: '200070787', name: 'CC Cœur de Nacre', type: 'CC' },
];
const prepared = prepare(list);
const names = (query: string, limit?: number) => matchEpcis(query, prepared, limit).map((e) => e.name);

describe('normalize', () => {
  it('drops case, accents, hyphens, apostrophes and punctuation', () => {
    expect(normalize('CC Caux - Austreberthe')).toBe('cc caux austreberthe');
    expect(normalize('  Métropole   Rouen-Normandie ')).toBe('metropole rouen normandie');
    expect(normalize('CU d’Alençon')).toBe('cu d alencon');
    expect(normalize("CU d'Alençon")).toBe('cu d alencon');
  });
  it('spells out ligatures, "&" and "St"/"Ste"', () => {
    expect(normalize('Cœur de Nacre')).toBe('coeur de nacre');
    expect(normalize('Coutances Mer & Bocage')).toBe('coutances mer et bocage');
    expect(words('St-Lô Ste-Marie')).toEqual(['saint', 'lo', 'sainte', 'marie']);
  });
  it('gives nothing for blank text', () => {
    expect(words('  - ’ ')).toEqual([]);
  });
  it('reads a SIREN typed with spaces or dots', () => {
    expect(sirenDigits('200 067 023')).toBe('200067023');
    expect(sirenDigits('200.067.023')).toBe('200067023');
    expect(sirenDigits('2000a')).toBeUndefined();
  });
});

describe('matchEpcis', () => {
  it('finds "CC Caux - Austreberthe" from "caux austreberthe"', () => {
    expect(names('caux austreberthe')[0]).toBe('CC Caux - Austreberthe');
    expect(names('Caux-Austreberthe')[0]).toBe('CC Caux - Austreberthe');
    expect(names('CAUX AUSTREBERTHE')[0]).toBe('CC Caux - Austreberthe');
  });
  it('ignores accents in both directions', () => {
    expect(names('metropole rouen')).toEqual(['Métropole Rouen Normandie']);
    expect(names('alencon')).toEqual(['CU d’Alençon']);
    expect(names('Alençon')).toEqual(['CU d’Alençon']);
    expect(names('coeur nacre')).toEqual(['CC Cœur de Nacre']);
  });
  it('matches word starts, in any order, small words optional', () => {
    expect(names('blangy bresle')).toEqual(['CC Interrégionale Aumale - Blangy-sur-Bresle']);
    expect(names('bocage coutances')).toEqual(['CC Coutances Mer et Bocage']);
    expect(names('cout')).toEqual(['CC Coutances Mer et Bocage']);
    expect(names('coutances mer & bocage')).toEqual(['CC Coutances Mer et Bocage']);
    expect(names('st lo')).toEqual(['CC de Saint-Lô Agglo']);
    expect(names('tances')).toEqual([]);
  });
  it('matches the type spelt out', () => {
    expect(names("communauté urbaine d'Alençon")).toEqual(['CU d’Alençon']);
    expect(names("communauté d'agglomération lisieux")).toEqual(['CA Lisieux Normandie']);
    expect(names('communaute de communes coutances')).toEqual(['CC Coutances Mer et Bocage']);
  });
  it('ranks the name that starts with the query first', () => {
    expect(names('normandie')).toEqual(['CA Lisieux Normandie', 'Métropole Rouen Normandie']);
    expect(names('rouen normandie')[0]).toBe('Métropole Rouen Normandie');
    // Alphabetical order alone would put « CA Alpha Saint-Lô » first.
    const rivals = prepare([
      { siren: '200000001', name: 'CA Alpha Saint-Lô', type: 'CA' },
      { siren: '200000002', name: 'CC Saint-Lô Sud', type: 'CC' },
    ]);
    expect(matchEpcis('saint lo', rivals).map((e) => e.name)).toEqual(['CC Saint-Lô Sud', 'CA Alpha Saint-Lô']);
  });
  it('finds a SIREN from its first digits', () => {
    expect(names('200067023')).toEqual(['CC Coutances Mer et Bocage']);
    expect(names('200 067')).toEqual(['CC Coutances Mer et Bocage']);
    expect(names('2000')).toHaveLength(7);
    expect(names('2')).toEqual([]);
  });
  it('gives nothing for an empty or unknown query, and honours the limit', () => {
    expect(names('')).toEqual([]);
    expect(names('   ')).toEqual([]);
    expect(names('zzz')).toEqual([]);
    expect(names('cc', 2)).toHaveLength(2);
  });
});
