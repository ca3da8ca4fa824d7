/**
 * The build-time guard against raw HTML (src/lib/markdown/remark-no-raw-html.ts): the
 * Sätteri plugin (Astro 7's Markdown and MDX processor) and the remark plugin both stop on
 * forbidden markup with a French message naming the rule, the file and the line, and let
 * ordinary text and code through.
 */
import remarkParse from 'remark-parse';
import { markdownToHtml, mdxToJs } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkNoRawHtml, {
  failOnRefusals,
  refusals,
  satteriNoRawHtml,
} from '../../src/lib/markdown/remark-no-raw-html';
import guichet from '../../src/integration/index';

const fileURL = new URL('file:///site/content/faqs/appel/question.md');
const plugins = { mdastPlugins: [satteriNoRawHtml as never], fileURL };

describe('Sätteri plugin', () => {
  it('stops Markdown with a <script> block, naming rule, file and line', () => {
    expect(() => markdownToHtml('Bonjour.\n\n<script>alert(1)</script>\n', plugins)).toThrow(
      /^contenu\/html-interdit — \/site\/content\/faqs\/appel\/question\.md, ligne 3 : l'élément HTML <script>/,
    );
  });

  it('stops an event attribute and a javascript: link', () => {
    expect(() => markdownToHtml('Une <img src="a.png" onerror="x()"> image.\n', plugins)).toThrow(
      /l'attribut « onerror »/,
    );
    expect(() => markdownToHtml('Un [lien](javascript:alert(1)).\n', plugins)).toThrow(
      /une adresse « javascript: » .* n'est pas admise/,
    );
  });

  it('stops MDX JSX: an <iframe> element and a javascript: href, with its line', () => {
    expect(() => mdxToJs('Texte\n\n<iframe src="https://exemple.fr/" />\n', plugins)).toThrow(
      /ligne 3 : l'élément HTML <iframe>/,
    );
    expect(() => mdxToJs('Texte <a href="javascript:x()">a</a>\n', plugins)).toThrow(/javascript:/);
  });

  it('lets text, https links and code through', async () => {
    const { html } = await markdownToHtml(
      'Un [lien](https://exemple.fr/) et `<script>`.\n\n```html\n<script>x</script>\n```\n',
      plugins,
    );
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
  });
});

describe('remark plugin', () => {
  const run = (text: string) => {
    const processor = unified().use(remarkParse).use(remarkNoRawHtml);
    const file = { path: 'content/calls/appel.mdx', value: text };
    return () => processor.runSync(processor.parse(text), file as never);
  };

  it('stops a <style> element with its line', () => {
    expect(run('Titre\n\nTexte.\n\n<style>p{}</style>\n')).toThrow(
      /content\/calls\/appel\.mdx, ligne 5 : l'élément HTML <style>/,
    );
  });

  it('lets plain text through', () => {
    expect(run('Texte ordinaire, [lien](https://exemple.fr/).\n')).not.toThrow();
  });
});

describe('integration', () => {
  it('fails the build once a body was refused, even when the renderer swallowed the error', () => {
    expect(() => markdownToHtml('<script>x()</script>\n', plugins)).toThrow();
    expect(refusals().length).toBeGreaterThan(0);
    expect(() => failOnRefusals()).toThrow(/Du HTML interdit a été refusé[\s\S]*contenu\/html-interdit/);
  });

  it('is called by the guichet integration once the content is synced and before the search index', async () => {
    const hooks = guichet().hooks;
    // build:start refuses before it starts Pagefind or the kit worker.
    expect(() => markdownToHtml('<iframe src="x"></iframe>\n', plugins)).toThrow();
    const start = hooks['astro:build:start'] as (options: unknown) => Promise<void>;
    await expect(start({ logger: { info() {} } })).rejects.toThrow(/question\.md/);
    // build:done refuses before it looks for the FAQ records or writes the index.
    expect(() => markdownToHtml('<iframe src="x"></iframe>\n', plugins)).toThrow();
    const done = hooks['astro:build:done'] as (options: unknown) => Promise<void>;
    await expect(done({ dir: new URL('file:///nonexistent/'), logger: { info() {} } })).rejects.toThrow(/question\.md/);
  });
});
