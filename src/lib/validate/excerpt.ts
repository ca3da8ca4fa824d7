/**
 * Line and column of an offset, and the excerpt shown under a finding: the line before,
 * the offending line, and a caret line under the offending text.
 */

/** Widest part of a line shown; longer lines (prose paragraphs) are cut around the spot. */
const WINDOW = 100;

export interface LineColumn {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

/** Offsets of the start of each line. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based line and column of `offset` in `source`. */
export function lineColumn(source: string, offset: number): LineColumn {
  const starts = lineStarts(source);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

const lineText = (source: string, starts: number[], index: number) =>
  source.slice(starts[index], (starts[index + 1] ?? source.length + 1) - 1).replace(/\r$/, '');

/** Where to start showing a long line (prose paragraph) so that `column` (0-based) is visible. */
const windowStart = (length: number, column: number) =>
  length <= WINDOW ? 0 : Math.max(0, Math.min(column - 40, length - WINDOW));

/** `text` from `start`, at most `WINDOW` characters, with "…" where it is cut. */
function cut(text: string, start: number): string {
  if (start === 0 && text.length <= WINDOW) return text;
  if (text.length <= start) return '';
  return (start > 0 ? '…' : '') + text.slice(start, start + WINDOW) + (start + WINDOW < text.length ? '…' : '');
}

/**
 * The excerpt: up to two source lines (the one before and the offending one), numbered,
 * then a caret line under the offending text (cut at the end of its line).
 */
export function excerpt(source: string, offset: number, length: number): string {
  if (source === '') return '';
  const starts = lineStarts(source);
  const { line, column } = lineColumn(source, offset);
  const width = String(line).length;
  const current = lineText(source, starts, line - 1);
  const start = windowStart(current.length, column - 1);
  const out: string[] = [];
  if (line > 1) {
    const before = cut(lineText(source, starts, line - 2), start);
    out.push(`  ${String(line - 1).padStart(width)} | ${before.replace(/\t/g, '  ')}`.trimEnd());
  }
  const shown = cut(current, start);
  const caretColumn = column - 1 - start + (start > 0 ? 1 : 0);
  const prefix = shown.slice(0, caretColumn).replace(/\t/g, '  ').replace(/[^ ]/g, ' ');
  const room = Math.min(current.length - (column - 1), WINDOW - (column - 1 - start));
  const span = Math.max(1, Math.min(length, room));
  out.push(`> ${String(line).padStart(width)} | ${shown.replace(/\t/g, '  ')}`);
  out.push(`  ${' '.repeat(width)} | ${prefix}${'^'.repeat(span)}`);
  return out.join('\n');
}
