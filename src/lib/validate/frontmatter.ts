/** Splits a Markdown/MDX file into its YAML front matter and its body, keeping offsets. */

export interface FrontMatterSplit {
  /** Offset of the first character of the YAML text. */
  yamlStart: number;
  yamlText: string;
  /** Offset of the first character of the body. */
  bodyStart: number;
  body: string;
}

/**
 * Finds the front matter: a `---` line at the very start of the file and the next `---`
 * line. Returns undefined when the file does not start with one.
 */
export function splitFrontMatter(source: string): FrontMatterSplit | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(source);
  if (!open) return undefined;
  const yamlStart = open[0].length;
  const close = /^---[ \t]*(?:\r?\n|$)/m;
  close.lastIndex = 0;
  const rest = source.slice(yamlStart);
  const match = close.exec(rest);
  if (!match) return undefined;
  const yamlText = rest.slice(0, match.index);
  const bodyStart = yamlStart + match.index + match[0].length;
  return { yamlStart, yamlText, bodyStart, body: source.slice(bodyStart) };
}

/** A line that can belong to a YAML header: blank, indented, a list item, a `key:` or a comment. */
const YAML_LINE = /^(?:[ \t]|$|-(?:[ \t]|$)|#(?!#)|[^\s#:][^:]*:(?:[ \t]|$)|["'][^"']*["']\s*:)/;

/**
 * For a file that opens a front matter (`---`) but never closes it: the offset where the
 * closing `---` line belongs, i.e. the line after the last YAML line that comes before the
 * first line that cannot be YAML (a paragraph, or a heading after a blank line). Undefined when the
 * file does not open a front matter.
 */
export function unclosedFrontMatter(source: string): number | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(source);
  if (!open) return undefined;
  let offset = open[0].length;
  // Just after the last line that was YAML: blank lines before the text are not the header.
  let afterYaml = offset;
  let previousBlank = false;
  for (const line of source.slice(offset).split('\n')) {
    const text = line.replace(/\r$/, '');
    const heading = previousBlank && /^#{1,6}[ \t]/.test(text);
    if (heading || !YAML_LINE.test(text)) return Math.min(afterYaml, source.length);
    previousBlank = text.trim() === '';
    offset += line.length + 1;
    if (!previousBlank) afterYaml = offset;
  }
  return Math.min(afterYaml, source.length);
}
