/**
 * Shapes shared by the validator: content entries as loaded from disk, and findings.
 * Nothing here imports Astro, so `scripts/check.ts` and the tests run without it.
 */

/** How serious a finding is. `info` is what an acknowledged finding becomes. */
export type Severity = 'error' | 'warning' | 'info';

/** The content collections, plus the single `site.yaml` settings file. */
export type Collection = 'calls' | 'territories' | 'briefs' | 'faqs' | 'organisations' | 'site';

/** A step of a data path: an object key or an array index. */
export type PathSegment = string | number;

/** One content file, read and parsed (front matter and body kept apart). */
export interface ContentEntry {
  collection: Collection;
  /** The entry's id: file name without extension (for FAQs, the path under `faqs/`). */
  id: string;
  /** Absolute path of the file. */
  absPath: string;
  /** Path shown to authors, relative to the project, with `/` separators. */
  file: string;
  /** The whole file, as read. */
  source: string;
  /** Offset in `source` where the YAML (front matter or whole file) starts. */
  yamlStart: number;
  /**
   * The YAML text. Its document with node ranges (for a finding's line) is parsed again when
   * a finding needs it (`yamlDocument` in `./locate`), not kept: most entries have no finding.
   */
  yamlText: string;
  /** Offset in `source` where the Markdown body starts (undefined for YAML files). */
  bodyStart: number | undefined;
  /** The Markdown/MDX body. */
  body: string | undefined;
  /** The raw YAML value (before the schema). */
  raw: unknown;
  /** The schema's output when the entry is valid; undefined otherwise. */
  data: unknown;
}

/** Where a finding points: a data path in the YAML, or a span of the file's text. */
export type FindingPlace = { path: readonly PathSegment[]; key?: boolean } | { offset: number; length: number };

/** A finding as a rule produces it, before positions and excerpts are resolved. */
export interface Draft {
  /** Stable rule id, `domaine/regle` (kebab-case, French). */
  rule: string;
  severity: Exclude<Severity, 'info'>;
  entry: ContentEntry;
  place: FindingPlace;
  /** What an acknowledgement names: a data path (`pricing.brackets[3]`) or the text matched in prose. */
  target: string;
  /** What is wrong. */
  what: string;
  /** Why it matters. */
  why: string;
  /** How to fix it. */
  fix: string;
  /** Ids of the calls whose `acknowledgements` may acknowledge it (none: it cannot be acknowledged). */
  calls: readonly string[];
}

/** An acknowledgement that matched a finding. */
export interface AcknowledgedBy {
  /** The call whose front matter holds the acknowledgement. */
  call: string;
  reason: string;
}

/** A finding as reported. */
export interface Finding {
  rule: string;
  /** `info` when acknowledged (see `severityBefore`). */
  severity: Severity;
  /** Severity the rule gave, before any acknowledgement. */
  severityBefore: Exclude<Severity, 'info'>;
  /** File path relative to the project, `/` separators. */
  file: string;
  /** 1-based line and column of the offending value. */
  line: number;
  column: number;
  /** The data path or prose text an acknowledgement names, exactly as to copy. */
  target: string;
  what: string;
  why: string;
  fix: string;
  /** Two or three source lines with the spot marked by a caret line. */
  excerpt: string;
  /** Calls whose `acknowledgements` may acknowledge it. */
  calls: readonly string[];
  acknowledged?: AcknowledgedBy;
}
