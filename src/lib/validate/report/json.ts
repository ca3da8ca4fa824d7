/** The JSON report, for tools: `{ ok, summary, findings }`. */
import type { ValidationResult } from '../index';

export function formatJson(result: ValidationResult): string {
  const findings = result.findings.map(({ calls, ...finding }) => ({ ...finding, calls: [...calls] }));
  return `${JSON.stringify({ ok: result.ok, summary: result.summary, findings }, null, 2)}\n`;
}
