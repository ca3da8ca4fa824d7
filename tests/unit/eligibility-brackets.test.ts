/** Population brackets: inclusive and exclusive bounds, gaps, open ends. */
import { describe, expect, it } from 'vitest';
import { boundsText, bracketFor, inBracket, type Bracket } from '../../src/lib/shared/eligibility';

const inc = (value: number) => ({ value, inclusive: true });
const exc = (value: number) => ({ value, inclusive: false });

/**
 * Brackets of the shape real calls publish: an open first and last bracket, upper bounds
 * sometimes inclusive, sometimes exclusive, and a gap between 200 000 and 250 000.
 */
const gapped: Bracket[] = [
  { id: 'moins-50000', label: '< 50 000 habitants', max: exc(50_000) },
  { id: '50000-100000', label: '50 000 à 100 000 habitants', min: inc(50_000), max: exc(100_000) },
  { id: '100000-200000', label: '100 000 à 200 000 habitants', min: inc(100_000), max: inc(200_000) },
  { id: '250000-500000', label: '250 000 à 500 000 habitants', min: inc(250_000), max: exc(500_000) },
  { id: '500000-1000000', label: '500 000 à 1 000 000 habitants', min: inc(500_000), max: inc(1_000_000) },
  { id: 'au-dela', label: 'Au-delà', min: exc(1_000_000) },
];

const idFor = (population: number, brackets = gapped) => {
  const r = bracketFor(population, brackets);
  return r.kind === 'bracket' ? r.bracket.id : r.kind;
};

describe('inBracket', () => {
  it('honours an inclusive lower bound and an exclusive upper bound', () => {
    const b: Bracket = { id: 'b', label: 'b', min: inc(50_000), max: exc(100_000) };
    expect(inBracket(49_999, b)).toBe(false);
    expect(inBracket(50_000, b)).toBe(true);
    expect(inBracket(99_999, b)).toBe(true);
    expect(inBracket(100_000, b)).toBe(false);
  });
  it('honours an exclusive lower bound and an inclusive upper bound', () => {
    const b: Bracket = { id: 'b', label: 'b', min: exc(50_000), max: inc(100_000) };
    expect(inBracket(50_000, b)).toBe(false);
    expect(inBracket(50_001, b)).toBe(true);
    expect(inBracket(100_000, b)).toBe(true);
    expect(inBracket(100_001, b)).toBe(false);
  });
  it('treats a missing bound as open', () => {
    expect(inBracket(0, { id: 'a', label: 'a', max: exc(1) })).toBe(true);
    expect(inBracket(10 ** 9, { id: 'a', label: 'a', min: inc(1) })).toBe(true);
    expect(inBracket(5, { id: 'a', label: 'a' })).toBe(true);
  });
});

describe('bracketFor with brackets around a gap', () => {
  it('keeps the brackets in order', () => {
    expect(gapped.map((b) => b.id)).toEqual([
      'moins-50000',
      '50000-100000',
      '100000-200000',
      '250000-500000',
      '500000-1000000',
      'au-dela',
    ]);
  });
  it('places each bound in the right bracket', () => {
    expect(idFor(0)).toBe('moins-50000');
    expect(idFor(49_999)).toBe('moins-50000');
    expect(idFor(50_000)).toBe('50000-100000');
    expect(idFor(99_999)).toBe('50000-100000');
    expect(idFor(100_000)).toBe('100000-200000');
    expect(idFor(199_999)).toBe('100000-200000');
    expect(idFor(250_000)).toBe('250000-500000');
    expect(idFor(499_999)).toBe('250000-500000');
    expect(idFor(500_000)).toBe('500000-1000000');
    expect(idFor(999_999)).toBe('500000-1000000');
    expect(idFor(1_000_000)).toBe('500000-1000000');
    expect(idFor(1_000_001)).toBe('au-dela');
    expect(idFor(2_500_000)).toBe('au-dela');
  });
  it('puts 200 000 in « 100 000 à 200 000 habitants », as its published label says', () => {
    expect(idFor(200_000)).toBe('100000-200000');
  });
  it('reports the gap between 200 000 and 250 000, with the brackets around it', () => {
    for (const population of [200_001, 230_314, 249_999]) {
      const r = bracketFor(population, gapped);
      expect(r.kind).toBe('gap');
      if (r.kind !== 'gap') continue;
      expect(r.below?.id).toBe('100000-200000');
      expect(r.above?.id).toBe('250000-500000');
    }
  });
  it('says when there is no bracket at all', () => {
    expect(bracketFor(1000, []).kind).toBe('none');
  });
  it('reports a population below the first bracket or above the last as a gap', () => {
    const brackets: Bracket[] = [{ id: 'mid', label: 'mid', min: inc(10), max: inc(20) }];
    expect(bracketFor(5, brackets)).toEqual({ kind: 'gap', below: undefined, above: brackets[0] });
    expect(bracketFor(21, brackets)).toEqual({ kind: 'gap', below: brackets[0], above: undefined });
  });
});

describe('boundsText', () => {
  it('states each bound in words', () => {
    expect(boundsText({ id: 'a', label: 'a', min: inc(50_000), max: exc(100_000) })).toBe(
      'à partir de 50\u202F000, moins de 100\u202F000 habitants',
    );
    expect(boundsText({ id: 'a', label: 'a', min: exc(1), max: inc(2) })).toBe('plus de 1, jusqu’à 2 habitants');
    expect(boundsText({ id: 'a', label: 'a' })).toBe('toutes populations');
  });
});
