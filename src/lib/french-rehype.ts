/**
 * French spacing in the Markdown and MDX pipeline: a HAST plugin for Sätteri (Astro's
 * Markdown processor, `markdown.processor` in astro.config.mjs; MDX uses the same one) that
 * gives every text a reader sees of a content file the spacing of `frenchSpacingText` (a
 * narrow no-break space before ; : ! ? » and after «, in place of an ordinary or no-break
 * space), and wraps each e-mail address of the text in `<span class="email">` (not inside a
 * link). Text inside `pre`, `code`, `kbd`, `samp`, `script`, `style` and `textarea` is left
 * as written. The site's own wording is written with these spaces in the components.
 */
import type { HastPluginDefinition } from 'satteri';
import { frenchSpacingText, NO_EMAIL_SPAN, RAW_ELEMENTS, splitEmails } from './french-html';

type Parent = { type: string; tagName?: string; properties?: Record<string, unknown> };

/** Whether a node sits inside an element the test accepts. */
function inside(node: object, parentOf: (n: object) => Parent | undefined, test: (p: Parent) => boolean): boolean {
  for (let p = parentOf(node); p; p = p.type === 'root' ? undefined : parentOf(p)) {
    if (p.type === 'element' && test(p)) return true;
  }
  return false;
}

const isEmailSpan = (p: Parent) => {
  const cls = p.properties?.['className'];
  return p.tagName === 'span' && Array.isArray(cls) && cls.includes('email');
};

export const frenchSpacingPlugin: HastPluginDefinition = {
  name: 'guichet-french-spacing',
  text(node, ctx) {
    const spaced = frenchSpacingText(node.value);
    const parts = splitEmails(spaced);
    // Most text nodes need nothing: no walk up their ancestors then.
    if (spaced === node.value && !parts.some((p) => p.email)) return;
    const parentOf = (n: object) => ctx.parent(n as never) as Parent | undefined;
    if (inside(node, parentOf, (p) => Boolean(p.tagName && RAW_ELEMENTS.has(p.tagName)))) return;
    const wrap =
      parts.some((p) => p.email) &&
      !inside(node, parentOf, (p) => Boolean(p.tagName && NO_EMAIL_SPAN.has(p.tagName)) || isEmailSpan(p));
    if (wrap) {
      ctx.replaceNode(
        node,
        parts.map((p) =>
          p.email
            ? { type: 'element', tagName: 'span', properties: { className: ['email'] }, children: [{ type: 'text', value: p.text }] }
            : { type: 'text', value: p.text },
        ),
      );
      return;
    }
    return spaced === node.value ? undefined : { type: 'text', value: spaced };
  },
};
