/** Chooses the report format: text (with GitHub annotations when `CI` is set) or JSON. */
import type { ValidationResult } from '../index';
import { formatAnnotations } from './github';
import { formatJson } from './json';
import { formatText } from './text';

export { useColour } from './text';

export interface ReportOptions {
  format: 'text' | 'json';
  colour: boolean;
  /** Append GitHub annotations to the text report. */
  annotations: boolean;
  /** Show acknowledged findings in full (`--tout`); otherwise one line sums them up. */
  all?: boolean;
}

export function formatReport(result: ValidationResult, options: ReportOptions): string {
  if (options.format === 'json') return formatJson(result);
  const all = options.all ?? false;
  const text = formatText(result.findings, result.summary, options.colour, all);
  const annotated = all ? result.findings : result.findings.filter((f) => f.severity !== 'info');
  return options.annotations ? text + formatAnnotations(annotated) : text;
}
