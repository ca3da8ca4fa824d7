import { describe, expect, it } from 'vitest';
import { findFrenchDates } from '../../src/lib/validate/prose/french-dates';

const found = (text: string) => findFrenchDates(text).map((e) => [e.text, e.dates.map((d) => d.iso ?? null)]);

describe('findFrenchDates', () => {
  it('reads a date with its weekday', () => {
    const [expr] = findFrenchDates('le lundi 2 octobre 2023 à 10 h');
    expect(expr?.text).toBe('lundi 2 octobre 2023');
    expect(expr?.dates[0]).toMatchObject({ iso: '2023-10-02', weekday: { index: 0, name: 'lundi' } });
  });

  it('reads "1er" and months without accents', () => {
    expect(found('le 1er octobre 2023 et le 3 fevrier 2024')).toEqual([
      ['1er octobre 2023', ['2023-10-01']],
      ['3 fevrier 2024', ['2024-02-03']],
    ]);
  });

  it('gives a bare first day the month and year of the second', () => {
    expect(found('du 2 au 3 novembre 2023')).toEqual([['du 2 au 3 novembre 2023', ['2023-11-02', '2023-11-03']]]);
  });

  it('gives a first date without year the year of the second, one earlier across new year', () => {
    expect(found('du 2 octobre au 3 novembre 2023')).toEqual([
      ['du 2 octobre au 3 novembre 2023', ['2023-10-02', '2023-11-03']],
    ]);
    expect(found('du 30 décembre au 2 janvier 2024')).toEqual([
      ['du 30 décembre au 2 janvier 2024', ['2023-12-30', '2024-01-02']],
    ]);
  });

  it('groups "entre le … et le …"', () => {
    expect(found('entre le lundi 2 octobre 2023 et le vendredi 3 novembre 2023')).toEqual([
      ['entre le lundi 2 octobre 2023 et le vendredi 3 novembre 2023', ['2023-10-02', '2023-11-03']],
    ]);
  });

  it('flags days that do not exist and leaves year-less dates without iso', () => {
    const [impossible, yearless] = findFrenchDates('le 31 novembre 2023 ; le 2 octobre');
    expect(impossible?.dates[0]).toMatchObject({ exists: false, iso: undefined });
    expect(yearless?.dates[0]).toMatchObject({ exists: true, iso: undefined, year: undefined });
  });

  it('ignores words that only start like a month and numbers that are not days', () => {
    expect(found('3 maisons, 12 mois, 45 jours, 200 000 habitants')).toEqual([]);
  });
});
