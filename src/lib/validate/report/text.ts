/**
 * The plain-text report, for a terminal or a CI log: findings grouped by file, each with
 * its position, severity, rule id and target, the three parts of its message, and the
 * excerpt; the counts at the end. Colours only when asked (see `useColour`).
 */
import type { Finding } from '../types';
import type { Summary } from '../index';
import { summaryLine } from './french-counts';
import { capitalise } from '../../shared/french';

const codes = { red: 31, yellow: 33, cyan: 36, grey: 90, bold: 1 } as const;
type Style = keyof typeof codes;

/** Colours on a TTY, unless `NO_COLOR` or `CI` is set. */
export function useColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env['NO_COLOR'] && !env['CI'];
}

const labels = { error: 'erreur', warning: 'avertissement', info: 'acquitté' } as const;
const styles: Record<Finding['severity'], Style> = { error: 'red', warning: 'yellow', info: 'cyan' };


function formatFinding(f: Finding, paint: (s: Style, t: string) => string): string[] {
  const label = labels[f.severity].padEnd(13);
  const lines = [
    `  ${paint('grey', `${f.line}:${f.column}`.padEnd(7))} ${paint(styles[f.severity], label)} ${paint('bold', f.rule)}${f.target ? `  cible : ${f.target}` : ''}`,
    `    ${capitalise(f.what)}`,
    `    Pourquoi : ${f.why}`,
    `    Correction : ${f.fix}`,
  ];
  if (f.acknowledged) lines.push(`    Acquitté dans « ${f.acknowledged.call} » : ${f.acknowledged.reason}`);
  if (f.excerpt) lines.push(...f.excerpt.split('\n').map((l) => `    ${paint('grey', l)}`));
  return lines;
}

export function formatText(findings: readonly Finding[], summary: Summary, colour = false): string {
  const paint = (style: Style, text: string) => (colour ? `\u001b[${codes[style]}m${text}\u001b[0m` : text);
  const out: string[] = [];
  let file: string | undefined;
  for (const f of findings) {
    if (f.file !== file) {
      file = f.file;
      out.push(paint('bold', f.file));
    }
    out.push(...formatFinding(f, paint), '');
  }
  if (findings.length > 0 && out[out.length - 1] === '') out.pop();
  if (findings.length > 0) out.push('');
  out.push(paint(summary.errors > 0 ? 'red' : summary.warnings > 0 ? 'yellow' : 'bold', summaryLine(summary)));
  return `${out.join('\n')}\n`;
}
