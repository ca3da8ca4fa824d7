import { describe, expect, it } from 'vitest';
import { frenchSpacingHtml } from '../../src/lib/french-html';

const N = '\u202F';

describe('frenchSpacingHtml', () => {
  it('turns the space before high punctuation into a narrow no-break space, across elements', () => {
    expect(frenchSpacingHtml('<p><strong>Les EPCI</strong> : la liste ; voir ? oui !</p>')).toBe(
      `<p><strong>Les EPCI</strong>${N}: la liste${N}; voir${N}? oui${N}!</p>`,
    );
  });

  it('spaces French quotation marks on their inner side', () => {
    expect(frenchSpacingHtml('<p>« foncier »</p>')).toBe(`<p>«${N}foncier${N}»</p>`);
  });

  it('leaves attributes, scripts, styles, code and comments alone', () => {
    const html =
      '<a title="Pourquoi ?" href="/a?b">x</a><script>if (a < b) x = c ? d : e;</script>' +
      '<style>a::after { content: " :"; }</style><pre><code>a : b</code> c ; d</pre><!-- e : f -->';
    expect(frenchSpacingHtml(html)).toBe(html);
  });

  it('goes back to spacing text after a raw element closes', () => {
    expect(frenchSpacingHtml('<code>a : b</code> puis c : d')).toBe(`<code>a : b</code> puis c${N}: d`);
  });

  it('adds no space where there was none, and keeps times and URLs', () => {
    const html = '<p>10:00, https://www.adnormandie.fr, Oui: non</p>';
    expect(frenchSpacingHtml(html)).toBe(html);
  });

  it('gives the same page when applied twice', () => {
    const once = frenchSpacingHtml('<p>Date limite : <time>3 novembre</time> ; « ok »</p>');
    expect(frenchSpacingHtml(once)).toBe(once);
  });

  it('wraps e-mail addresses of the body text in a span that print keeps whole, not those of links, options or the title', () => {
    const page =
      '<html><head><title>x@y.fr</title></head><body><p>Écrire à candidature-tri@indus-hub.org ou à ' +
      '<a href="mailto:a@b.fr">a@b.fr</a>.</p><select><option>c@d.fr</option></select><span>e@f.org</span></body></html>';
    const once = frenchSpacingHtml(page);
    expect(once).toContain('<title>x@y.fr</title>');
    expect(once).toContain('Écrire à <span class="email">candidature-tri@indus-hub.org</span> ou à');
    expect(once).toContain('<a href="mailto:a@b.fr">a@b.fr</a>.');
    expect(once).toContain('<option>c@d.fr</option>');
    expect(once).toContain('<span><span class="email">e@f.org</span></span>');
    expect(frenchSpacingHtml(once)).toBe(once);
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
});
