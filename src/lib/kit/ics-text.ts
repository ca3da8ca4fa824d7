/** iCalendar (RFC 5545) text rules: TEXT escaping and line folding at 75 octets. */

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (§ 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so that no physical line exceeds 75 octets (CRLF excluded), each
 * continuation starting with one space (§ 3.1). Breaks fall between characters, never
 * inside a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = utf8Length(char.codePointAt(0) ?? 0);
    if (size + bytes > limit) {
      out.push(current);
      current = ' ';
      size = 1;
      limit = 75;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n');
}

/** Octets of one code point in UTF-8 (computed, not encoded: folding runs over every kit line). */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Joins content lines into an iCalendar stream: folded, CRLF after every line. */
export function icsStream(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}
