/**
 * The plain-text report, for a terminal or a CI log: errors and warnings grouped by file, each
 * with its position, severity, rule id and target, the three parts of its message, and the
 * excerpt; acknowledged findings after them with `all` (`--tout`), else summed up in one line;
 * the counts at the end. Colours only when asked (see `useColour`).
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

/** Findings grouped by file, in the order given, with a blank line between findings. */
function formatGroups(findings: readonly Finding[], paint: (s: Style, t: string) => string): string[] {
  const out: string[] = [];
  let file: string | undefined;
  for (const f of findings) {
    if (f.file !== file) {
      file = f.file;
      out.push(paint('bold', f.file));
    }
    out.push(...formatFinding(f, paint), '');
  }
  return out;
}

/** The line that stands for the acknowledged findings when they are not shown. */
export function acknowledgedLine(n: number): string {
  const findings = n > 1 ? 'constats reconnus (acquittés)' : 'constat reconnu (acquitté)';
  return `${n} ${findings} : npm run check -- --tout pour ${n > 1 ? 'les' : 'le'} voir.`;
}

/**
 * The report: the author's errors and warnings first, grouped by file; then the acknowledged
 * findings, in full with `all` (`--tout`), or summed up in one line.
 */
export function formatText(findings: readonly Finding[], summary: Summary, colour = false, all = false): string {
  const paint = (style: Style, text: string) => (colour ? `\u001b[${codes[style]}m${text}\u001b[0m` : text);
  const open = findings.filter((f) => f.severity !== 'info');
  const acknowledged = findings.filter((f) => f.severity === 'info');
  const out = formatGroups(open, paint);
  if (acknowledged.length > 0 && all) {
    out.push(paint('cyan', 'Constats reconnus (acquittés) :'), '', ...formatGroups(acknowledged, paint));
  }
  if (out[out.length - 1] === '') out.pop();
  if (out.length > 0) out.push('');
  let shown = summary;
  if (acknowledged.length > 0 && !all) {
    out.push(paint('cyan', acknowledgedLine(acknowledged.length)));
    shown = { ...summary, acknowledged: 0, filesWithFindings: new Set(open.map((f) => f.file)).size };
  }
  out.push(paint(summary.errors > 0 ? 'red' : summary.warnings > 0 ? 'yellow' : 'bold', summaryLine(shown)));
  return `${out.join('\n')}\n`;
}
