import { describe, expect, it } from 'vitest';
import { NBSP, NNBSP, foldAccents, formatEuros, formatNumber, formatTime, frenchSpacing, ordinalDay } from '../../src/lib/shared/french';
import { normalize } from '../../src/lib/shared/eligibility/normalize';
import { looseIncludes } from '../../src/lib/kit/wording';

/** Writes NNBSP as `_` so expectations stay readable. */
const show = (s: string) => s.replaceAll(NNBSP, '_');

describe('constants', () => {
  it('are the narrow and ordinary no-break spaces', () => {
    expect(NNBSP).toBe('\u202F');
    expect(NBSP).toBe('\u00A0');
  });
});

describe('formatNumber', () => {
  it('groups thousands with NNBSP', () => {
    expect(formatNumber(200000)).toBe(`200${NNBSP}000`);
    expect(show(formatNumber(1234567))).toBe('1_234_567');
    expect(show(formatNumber(1000))).toBe('1_000');
  });
  it('leaves small numbers alone', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(7)).toBe('7');
    expect(formatNumber(999)).toBe('999');
  });
  it('uses a decimal comma', () => {
    expect(formatNumber(10.5)).toBe('10,5');
    expect(show(formatNumber(12345.25))).toBe('12_345,25');
    expect(formatNumber(2.5, 2)).toBe('2,50');
    expect(formatNumber(2.456, 1)).toBe('2,5');
  });
  it('writes negatives with a minus sign and ignores negative zero', () => {
    expect(show(formatNumber(-1500))).toBe('\u22121_500');
    expect(formatNumber(-0)).toBe('0');
  });
  it('never falls back to exponent notation', () => {
    expect(show(formatNumber(1e21))).toBe('1_000_000_000_000_000_000_000');
    expect(formatNumber(1e-7)).toBe('0,0000001');
    expect(formatNumber(1.5e-7)).toBe('0,00000015');
    expect(show(formatNumber(1.2345e25))).toBe('12_345_000_000_000_000_000_000_000');
  });
  it('rejects non-finite numbers', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Infinity)).toThrow(RangeError);
  });
});

describe('formatEuros', () => {
  it('puts NNBSP before the euro sign', () => {
    expect(formatEuros(25000)).toBe(`25${NNBSP}000${NNBSP}€`);
    expect(show(formatEuros(5))).toBe('5_€');
  });
});

describe('frenchSpacing', () => {
  it('replaces the space before high punctuation', () => {
    expect(show(frenchSpacing('Attention : voici ; enfin ! Vraiment ?'))).toBe(
      'Attention_: voici_; enfin_! Vraiment_?',
    );
  });
  it('inserts a missing space before punctuation that ends a word', () => {
    expect(show(frenchSpacing('Attention: voici; enfin! Vraiment?'))).toBe('Attention_: voici_; enfin_! Vraiment_?');
    expect(show(frenchSpacing('Quoi?!'))).toBe('Quoi_?!');
    expect(show(frenchSpacing('**Note:** texte'))).toBe('**Note_:** texte');
  });
  it('collapses several spaces into one NNBSP', () => {
    expect(show(frenchSpacing('Note   : ok'))).toBe('Note_: ok');
  });
  it('handles guillemets on both sides', () => {
    expect(show(frenchSpacing('« Territoires »'))).toBe('«_Territoires_»');
    expect(show(frenchSpacing('«Territoires»'))).toBe('«_Territoires_»');
    expect(show(frenchSpacing('dit « oui ».'))).toBe('dit «_oui_».');
  });
  it('leaves URLs alone', () => {
    const text = 'Voir https://example.fr/appel?id=3&x=1:2;y et http://a.fr:8080/p!';
    expect(frenchSpacing(text)).toBe(text);
    expect(show(frenchSpacing('Site : https://example.fr/a?b=c ; fin'))).toBe('Site_: https://example.fr/a?b=c_; fin');
  });
  it('leaves times, ratios and entities alone', () => {
    expect(frenchSpacing('de 10:00 à 12:30')).toBe('de 10:00 à 12:30');
    expect(frenchSpacing('ratio 1:2, style="color:red"')).toBe('ratio 1:2, style="color:red"');
    expect(frenchSpacing('A &amp; B &#160; C')).toBe('A &amp; B &#160; C');
  });
  it('leaves already-correct text alone, including NBSP', () => {
    const correct = `Date limite${NNBSP}: lundi${NNBSP}; «${NNBSP}oui${NNBSP}» ok${NNBSP}?`;
    expect(frenchSpacing(correct)).toBe(correct);
    const withNbsp = `Note${NBSP}: texte`;
    expect(frenchSpacing(withNbsp)).toBe(withNbsp);
  });
  it('leaves marks at the start of a line alone', () => {
    expect(frenchSpacing(': début\n; suite')).toBe(': début\n; suite');
  });
  it('is idempotent', () => {
    const samples = [
      'Attention: voici « ça »; et ça?! https://x.fr/?q=1 10:00',
      '«a» b : c ;d !',
      'Quoi ? ! Non !!!',
      '« »',
    ];
    for (const sample of samples) {
      const once = frenchSpacing(sample);
      expect(frenchSpacing(once)).toBe(once);
    }
  });
});

describe('ordinalDay', () => {
  it('writes 1er for the first day only', () => {
    expect(ordinalDay(1)).toBe('1er');
    expect(ordinalDay(2)).toBe('2');
    expect(ordinalDay(21)).toBe('21');
    expect(ordinalDay(31)).toBe('31');
  });
});

describe('formatTime', () => {
  it('writes hours with h between NNBSPs', () => {
    expect(formatTime('10:00')).toBe(`10${NNBSP}h${NNBSP}00`);
    expect(show(formatTime('09:30'))).toBe('9_h_30');
    expect(show(formatTime('00:05'))).toBe('0_h_05');
  });
  it('rejects malformed times', () => {
    expect(() => formatTime('10h00')).toThrow(RangeError);
  });
});

describe('foldAccents (the one comparable form, shared by lookup, search, kits and validator)', () => {
  it('drops case and accents, ligatures kept', () => {
    expect(foldAccents('Été ÉCRÊTÉ Cœur')).toBe('ete ecrete cœur');
  });

  it('reads every apostrophe-like character as the ASCII one', () => {
    expect(foldAccents('l’EPCI l‘a dʼabord l`a')).toBe("l'epci l'a d'abord l'a");
  });

  it('is what the kit and the EPCI names compare with', () => {
    expect(looseIncludes('Les ZONES d’intervention', "zones d'intervention")).toBe(true);
    expect(looseIncludes('Les zones', 'zone d’activité')).toBe(false);
    expect(normalize('Communauté de communes Caux – Austreberthe')).toBe(normalize('communaute de communes caux austreberthe'));
  });
});
