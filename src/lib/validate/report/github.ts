/**
 * GitHub Actions annotations (`::error file=…,line=…,col=…::message`), printed when `CI` is
 * set so that findings show on the changed lines of a pull request.
 */
import type { Finding } from '../types';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const commands = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatAnnotations(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const props = `file=${escapeProperty(f.file)},line=${f.line},col=${f.column}`;
      const acknowledged = f.acknowledged ? ` (acquitté : ${f.acknowledged.reason})` : '';
      return `::${commands[f.severity]} ${props}::${escapeData(`${f.rule} ${f.what} Correction : ${f.fix}${acknowledged}`)}`;
    })
    .map((line) => `${line}\n`)
    .join('');
}
