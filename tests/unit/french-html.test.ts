import { describe, expect, it } from 'vitest';
import { frenchSpacingText, splitEmails } from '../../src/lib/french-html';

const N = '\u202F';

describe('frenchSpacingText', () => {
  it('turns the space before high punctuation into a narrow no-break space', () => {
    expect(frenchSpacingText('la liste ; voir ? oui ! non : »')).toBe(`la liste${N}; voir${N}? oui${N}! non${N}:${N}»`);
  });

  it('spaces French quotation marks on their inner side, no-break spaces included', () => {
    expect(frenchSpacingText('« foncier »')).toBe(`«${N}foncier${N}»`);
    expect(frenchSpacingText('«\u00A0foncier\u00A0»')).toBe(`«${N}foncier${N}»`);
  });

  it('adds no space where there was none, and keeps times and URLs', () => {
    const text = '10:00, https://www.adnormandie.fr, Oui: non';
    expect(frenchSpacingText(text)).toBe(text);
  });

  it('gives the same text when applied twice', () => {
    const once = frenchSpacingText('Date limite : 3 novembre ; « ok »');
    expect(frenchSpacingText(once)).toBe(once);
  });
});

describe('splitEmails', () => {
  it('cuts a text into plain runs and e-mail addresses, in order', () => {
    expect(splitEmails('Écrire à candidature-tri@indus-hub.org ou à a.b@c-d.fr.')).toEqual([
      { text: 'Écrire à ', email: false },
      { text: 'candidature-tri@indus-hub.org', email: true },
      { text: ' ou à ', email: false },
      { text: 'a.b@c-d.fr', email: true },
      { text: '.', email: false },
    ]);
  });

  it('gives one plain run for a text without address, and none for an empty text', () => {
    expect(splitEmails('Date limite : 3 novembre')).toEqual([{ text: 'Date limite : 3 novembre', email: false }]);
    expect(splitEmails('')).toEqual([]);
    expect(splitEmails('x@y.fr')).toEqual([{ text: 'x@y.fr', email: true }]);
  });
});

describe('frenchSpacingPlugin (Markdown and MDX)', () => {
  it('spaces the text of a Markdown document, and leaves code as written', async () => {
    const { markdownToHtml, mdxToJs } = await import('satteri');
    const { frenchSpacingPlugin } = await import('../../src/lib/french-rehype');
    const { html } = await markdownToHtml('Les **EPCI** : « oui » ; `a : b`\n\n```\nc : d\n```\n', { hastPlugins: [frenchSpacingPlugin] });
    expect(html).toContain(`<strong>EPCI</strong>${N}: «${N}oui${N}»${N}; <code>a : b</code>`);
    expect(html).toContain('c : d');
    const { code } = await mdxToJs('Question ?\n\n<Quote>Réponse : oui</Quote>\n', { hastPlugins: [frenchSpacingPlugin] });
    expect(code).toContain(`Question${N}?`);
    expect(code).toContain(`Réponse${N}: oui`);
  });

  it('wraps an e-mail address of the text in a span, and leaves links and code alone', async () => {
    const { markdownToHtml } = await import('satteri');
    const { frenchSpacingPlugin } = await import('../../src/lib/french-rehype');
    // Without GFM, an address stays text: the plugin wraps it (and spaces the text around it).
    const plain = await markdownToHtml('Écrire à candidature-tri@indus-hub.org : oui, `c@d.fr`\n', {
      hastPlugins: [frenchSpacingPlugin],
      features: { gfm: false },
    });
    expect(plain.html).toBe(`<p>Écrire à <span class="email">candidature-tri@indus-hub.org</span>${N}: oui, <code>c@d.fr</code></p>\n`);
    // With GFM (Astro's setting), an address becomes a link: no span inside it.
    const linked = await markdownToHtml('Écrire à x@y.org ou [à a@b.fr](https://b.fr)\n', { hastPlugins: [frenchSpacingPlugin] });
    expect(linked.html).not.toContain('class="email"');
    expect(linked.html).toContain('<a href="https://b.fr">à a@b.fr</a>');
  });
});
