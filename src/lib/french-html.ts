/**
 * French spacing over a whole HTML page: in the text the reader sees, the ordinary space
 * before « ; : ! ? » and « » », and after « « », becomes a narrow no-break space, so that a
 * mark never starts a line. Content strings already go through `frenchSpacing`; this also
 * catches the site's own wording and the spaces that sit between two elements
 * (`<strong>EPCI</strong> : …`).
 *
 * Left alone: tags and their attributes, comments, and the text of `script`, `style`, `pre`,
 * `code`, `kbd`, `samp` and `textarea`. Only existing spaces change: no space is added, none
 * removed.
 *
 * In the body's text, an e-mail address is also wrapped in `<span class="email">`, so that
 * print can keep it on one line (global.css): a browser would otherwise break
 * « candidature-tri@indus-hub.org » at its hyphens, the very place where two published
 * addresses differ. Not inside a link (print styles links directly), nor in `option` or
 * `title`. Applying it twice gives the same page.
 */
const NNBSP = '\u202F';
/** Elements whose text is never respaced. */
export const RAW_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'pre', 'code', 'kbd', 'samp', 'textarea']);
const RAW = RAW_ELEMENTS;
const TAG_SOURCE = String.raw`<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>`;

/** French spacing of one run of text (no markup): only existing spaces change. */
export function frenchSpacingText(text: string): string {
  return text.replace(/[ \u00A0]([;:!?»])/g, `${NNBSP}$1`).replace(/«[ \u00A0]/g, `«${NNBSP}`);
}

/** An e-mail address in text (HTML-escaped text: no `<`, `&` only in entities). */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const EMAIL_OPEN = '<span class="email">';
/** Elements whose text must not get a span: links, options, the title, an address already wrapped. */
const NO_SPAN = new Set(['a', 'option', 'title', 'span-email']);

function wrapEmails(text: string): string {
  return text.replace(EMAIL, (address) => `${EMAIL_OPEN}${address}</span>`);
}

export function frenchSpacingHtml(html: string): string {
  const tag = new RegExp(TAG_SOURCE, 'g');
  const lower = html.toLowerCase();
  let out = '';
  let last = 0;
  /** The raw elements we are inside (a `code` inside a `pre`). */
  const raw: string[] = [];
  let inBody = false;
  /** How deep we are inside elements whose text gets no e-mail span. */
  const noSpan = new Map<string, number>();
  const spanAllowed = () => inBody && [...noSpan.values()].every((n) => n === 0);
  /** Open `span` elements, marked when they are e-mail spans (to know which `</span>` closes one). */
  const spans: boolean[] = [];
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const text = html.slice(last, m.index);
    out += raw.length ? text : spanAllowed() ? wrapEmails(frenchSpacingText(text)) : frenchSpacingText(text);
    out += m[0];
    last = m.index + m[0].length;
    const name = m[1]?.toLowerCase();
    if (name === 'body' && !m[0].startsWith('</')) inBody = true;
    if (name === 'span' && !m[0].endsWith('/>')) {
      const email = m[0] === EMAIL_OPEN;
      if (m[0].startsWith('</')) {
        if (spans.pop()) noSpan.set('span-email', (noSpan.get('span-email') ?? 1) - 1);
      } else {
        spans.push(email);
        if (email) noSpan.set('span-email', (noSpan.get('span-email') ?? 0) + 1);
      }
    }
    if (name && NO_SPAN.has(name) && !m[0].endsWith('/>')) {
      noSpan.set(name, Math.max(0, (noSpan.get(name) ?? 0) + (m[0].startsWith('</') ? -1 : 1)));
    }
    if (!name || !RAW.has(name) || m[0].endsWith('/>')) continue;
    if (m[0].startsWith('</')) {
      if (raw[raw.length - 1] === name) raw.pop();
    } else if (name === 'script' || name === 'style' || name === 'textarea') {
      // Their text may hold « < »: copy it as is, up to the closing tag.
      const close = lower.indexOf(`</${name}`, last);
      const end = close < 0 ? html.length : close;
      out += html.slice(last, end);
      last = end;
      tag.lastIndex = end;
    } else {
      raw.push(name);
    }
  }
  const rest = html.slice(last);
  out += raw.length ? rest : spanAllowed() ? wrapEmails(frenchSpacingText(rest)) : frenchSpacingText(rest);
  return out;
}
