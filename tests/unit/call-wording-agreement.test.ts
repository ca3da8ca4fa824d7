/** Sentences that name an author's label or agree with a kind without guessing an article or gender (issue 11). */
import { describe, expect, it } from 'vitest';
import { priceSentence, publishedAgreeing } from '../../src/lib/call-wording';
import { testCall } from './call-builder';

const pricing = (label: string, indicative: boolean) =>
  testCall({ pricing: { label, range: { min: 5000, max: 15000 }, tax: 'HT', per: 'year', indicative } }).pricing!;
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

describe('priceSentence', () => {
  it('leads with the label, capitalised, and writes no article before it', () => {
    const text = plain(priceSentence(pricing('participation annuelle', false)));
    expect(text).toBe('Participation annuelle : de 5 000 € HT à 15 000 € HT par an.');
    expect(text).not.toMatch(/\b(le|la|les|l’|du|au)\s+participation/i);
  });
  it('says « à titre indicatif » after the label when the price is indicative', () => {
    expect(plain(priceSentence(pricing('forfait global', true)))).toBe(
      'Forfait global, à titre indicatif : de 5 000 € HT à 15 000 € HT par an.',
    );
  });
});

describe('publishedAgreeing', () => {
  it('agrees « publié » with the official document kind it follows', () => {
    expect(publishedAgreeing('faq')).toBe('publiée');
    expect(publishedAgreeing('notice')).toBe('publiée');
    expect(publishedAgreeing('guide')).toBe('publié');
    expect(publishedAgreeing('reglement')).toBe('publié');
  });
});
