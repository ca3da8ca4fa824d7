/**
 * French spacing in the Markdown and MDX pipeline: a HAST plugin for Sätteri (Astro's
 * Markdown processor, `markdown.processor` in astro.config.mjs; MDX uses the same one) that
 * gives every text a reader sees of a content file the spacing of `frenchSpacingText` (a
 * narrow no-break space before ; : ! ? » and after «, in place of an ordinary or no-break
 * space). Text inside `pre`, `code`, `kbd`, `samp`, `script`, `style` and `textarea` is left
 * as written. The site's own wording is written with these spaces in the components.
 */
import type { HastPluginDefinition } from 'satteri';
import { frenchSpacingText, RAW_ELEMENTS } from './french-html';

/** Whether a node sits inside an element whose text is never respaced. */
function insideRaw(node: object, parentOf: (n: object) => { type: string; tagName?: string } | undefined): boolean {
  for (let p = parentOf(node); p; p = p.type === 'root' ? undefined : parentOf(p)) {
    if (p.type === 'element' && p.tagName && RAW_ELEMENTS.has(p.tagName)) return true;
  }
  return false;
}

export const frenchSpacingPlugin: HastPluginDefinition = {
  name: 'guichet-french-spacing',
  text(node, ctx) {
    const spaced = frenchSpacingText(node.value);
    if (spaced === node.value || insideRaw(node, (n) => ctx.parent(n as never))) return;
    return { type: 'text', value: spaced };
  },
};
