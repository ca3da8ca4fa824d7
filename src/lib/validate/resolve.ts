/** Turns drafts into reported findings: line, column and excerpt, acknowledgement applied. */
import { excerpt, lineColumn } from './excerpt';
import { locatePath } from './locate';
import type { AcknowledgedBy, Draft, Finding } from './types';

export function resolveDraft(draft: Draft, acknowledged: AcknowledgedBy | undefined): Finding {
  const { entry, place } = draft;
  const span = 'path' in place ? locatePath(entry, place.path, place.key) : place;
  const { line, column } = entry.source === '' ? { line: 1, column: 1 } : lineColumn(entry.source, span.offset);
  const finding: Finding = {
    rule: draft.rule,
    severity: acknowledged ? 'info' : draft.severity,
    severityBefore: draft.severity,
    file: entry.file,
    line,
    column,
    target: draft.target,
    what: draft.what,
    why: draft.why,
    fix: draft.fix,
    excerpt: excerpt(entry.source, span.offset, span.length),
    calls: draft.calls,
  };
  if (acknowledged) finding.acknowledged = acknowledged;
  return finding;
}

/** Report order: by file, then line, then column, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
