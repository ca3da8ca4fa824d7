/**
 * Validate and report, in one call: what `npm run check`, `npm run publish` and the build's
 * integration all do. The content is read once; the entries come back with the findings for a
 * caller that goes on with them (`npm run publish`).
 */
import { validateFolder, type ValidateOptions, type ValidationResult } from './index';
import { formatReport, type ReportOptions } from './report/index';
import type { ContentEntry } from './types';

export interface RunOptions extends ValidateOptions, ReportOptions {
  /** An empty report when there is no finding at all (the build prints nothing then). */
  quietWhenClean?: boolean;
}

export interface ValidationRun {
  result: ValidationResult;
  /** Every entry read, valid or not. */
  entries: readonly ContentEntry[];
  /** The report in the format asked for (empty when quiet and clean). */
  report: string;
  /** The same findings in another format or with other options. */
  format: (options: ReportOptions) => string;
}

/** Validates the content folder `root` and formats its report. */
export async function validateAndReport(root: string, options: RunOptions): Promise<ValidationRun> {
  const { result, entries } = await validateFolder(root, options);
  const format = (report: ReportOptions) =>
    options.quietWhenClean && result.findings.length === 0 ? '' : formatReport(result, report);
  return { result, entries, report: format(options), format };
}
