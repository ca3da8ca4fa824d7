/**
 * French spacing over a whole HTML page: in the text the reader sees, the ordinary space
 * before « ; : ! ? » and « » », and after « « », becomes a narrow no-break space, so that a
 * mark never starts a line. Content strings already go through `frenchSpacing`; this also
 * catches the site's own wording and the spaces that sit between two elements
 * (`<strong>EPCI</strong> : …`).
 *
 * Left alone: tags and their attributes, comments, and the text of `script`, `style`, `pre`,
 * `code`, `kbd`, `samp` and `textarea`. Only existing spaces change: no space is added, none
 * removed. Applying it twice gives the same page.
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

export function frenchSpacingHtml(html: string): string {
  const tag = new RegExp(TAG_SOURCE, 'g');
  const lower = html.toLowerCase();
  let out = '';
  let last = 0;
  /** The raw elements we are inside (a `code` inside a `pre`). */
  const raw: string[] = [];
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const text = html.slice(last, m.index);
    out += raw.length ? text : frenchSpacingText(text);
    out += m[0];
    last = m.index + m[0].length;
    const name = m[1]?.toLowerCase();
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
  out += raw.length ? html.slice(last) : frenchSpacingText(html.slice(last));
  return out;
}
