/**
 * French spacing and e-mail addresses in the text a reader sees, for the two places that print
 * text: the Markdown and MDX pipeline (`src/lib/french-rehype.ts`) and the components
 * (`src/components/Text.astro`). The site's own wording is written with its narrow no-break
 * spaces in the components (`NNBSP` of `src/lib/shared/french.ts`); no step rewrites a page
 * once it is rendered.
 *
 * French spacing: the ordinary space before « ; : ! ? » and « » », and after « « », becomes a
 * narrow no-break space, so that a mark never starts a line. Only existing spaces change: no
 * space is added, none removed. Text inside `script`, `style`, `pre`, `code`, `kbd`, `samp` and
 * `textarea` is left as written.
 *
 * E-mail addresses: an address in the text is wrapped in `<span class="email">`, so that print
 * can keep it on one line (global.css): a browser would otherwise break
 * « candidature-tri@indus-hub.org » at its hyphens, the very place where two published
 * addresses differ. Not inside a link (print styles links directly), nor in `option` or
 * `title`.
 */
import { NNBSP } from './shared/french';

/** Elements whose text is never respaced. */
export const RAW_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'pre', 'code', 'kbd', 'samp', 'textarea']);
/** Elements whose text gets no e-mail span: links, options, the title. */
export const NO_EMAIL_SPAN: ReadonlySet<string> = new Set(['a', 'option', 'title']);

/** French spacing of one run of text (no markup): only existing spaces change. */
export function frenchSpacingText(text: string): string {
  return text.replace(/[ \u00A0]([;:!?»])/g, `${NNBSP}$1`).replace(/«[ \u00A0]/g, `«${NNBSP}`);
}

/** An e-mail address in text. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** One piece of a text: plain text, or an e-mail address. */
export interface TextPart { text: string; email: boolean }

/** Splits a text into plain runs and e-mail addresses, in order; empty runs are left out. */
export function splitEmails(text: string): TextPart[] {
  // Most texts hold no address: skip the scan (the pattern tries every word start).
  if (!text.includes('@')) return text ? [{ text, email: false }] : [];
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(EMAIL)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), email: false });
    parts.push({ text: m[0], email: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), email: false });
  return parts;
}
