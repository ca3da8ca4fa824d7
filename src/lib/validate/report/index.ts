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
}

export function formatReport(result: ValidationResult, options: ReportOptions): string {
  if (options.format === 'json') return formatJson(result);
  const text = formatText(result.findings, result.summary, options.colour);
  return options.annotations ? text + formatAnnotations(result.findings) : text;
}
