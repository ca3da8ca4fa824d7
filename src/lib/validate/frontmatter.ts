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
