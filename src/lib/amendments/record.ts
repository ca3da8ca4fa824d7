/**
 * The record of what was published: `published/<slug>.json` in the content folder, written by
 * `npm run publish` and committed with the content. It keeps every published version of the
 * call's data (its front matter as validated, without `amendments`), each dated from the
 * content (the later of `updated` and the last amendment's date, never the clock), with the
 * number of amendments it included, and the amendments as published.
 *
 * The validator compares the content with the last version (`modifications/…` rules); the call
 * page, the RSS feed and the calendar compute each amendment's changes from the versions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Call } from '../../schemas/call';
import { prettyJson, sortKeys } from '../kit/canonical';
import { diffCalls } from './diff';

/** Folder of the records, under the content folder. */
export const RECORD_DIR = 'published';

/** Version of the record's layout. */
export const RECORD_FORMAT = 1;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const recordSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  slug: z.string(),
  /** The amendments as last published, oldest first. */
  amendments: z.array(z.object({ date: day, summary: z.string() })),
  /** Every published version, oldest first. */
  versions: z
    .array(
      z.object({
        /** Day of the version: the later of `updated` and the last amendment's date. */
        date: day,
        /** How many of the call's amendments this version includes. */
        amendments: z.number().int().nonnegative(),
        /** The call's data as published, without `amendments`. */
        call: z.record(z.string(), z.unknown()),
      }),
    )
    .min(1),
});

export type CallRecord = z.infer<typeof recordSchema>;
export type RecordVersion = CallRecord['versions'][number];

/** Path of a call's record. */
export function recordPath(contentDir: string, slug: string): string {
  return join(contentDir, RECORD_DIR, `${slug}.json`);
}

/** Reads a record's text: the record, or a French description of what is wrong with it. */
export function parseRecord(text: string): { record: CallRecord } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `le fichier n'est pas du JSON valide (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = recordSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      error: `le fichier ne suit pas le format attendu (${issue?.path.join('.') || 'racine'} : ${issue?.message ?? ''})`,
    };
  }
  return { record: parsed.data };
}

/** The record of a call, or undefined when the call was never published. Throws on a bad record. */
export function loadRecord(contentDir: string, slug: string): CallRecord | undefined {
  const path = recordPath(contentDir, slug);
  if (!existsSync(path)) return undefined;
  const result = parseRecord(readFileSync(path, 'utf8'));
  if ('error' in result) throw new Error(`Enregistrement de publication ${path} : ${result.error}.`);
  return result.record;
}

/** The day of the call's latest change: the later of `updated` and the last amendment's date. */
export function lastChangeDay(call: Pick<Call, 'updated' | 'amendments'>): string {
  const last = call.amendments.at(-1)?.date;
  return last && last > call.updated ? last : call.updated;
}

/** The call's data as a record keeps it: plain JSON, keys sorted, without `amendments`. */
export function snapshotOf(call: Call): Record<string, unknown> {
  const data = JSON.parse(JSON.stringify(call)) as Record<string, unknown>;
  delete data['amendments'];
  return sortKeys(data) as Record<string, unknown>;
}

/** The last published version. */
export function lastVersion(record: CallRecord): RecordVersion {
  return record.versions[record.versions.length - 1] as RecordVersion;
}

/**
 * The record after publishing `call`: a new version when its data differs from the last one
 * (fields compared as the validator does) or when it has new amendments; otherwise `previous`
 * as is. With `refresh`, the last version's data is replaced instead (after a change of the
 * data's format, never of the call).
 */
export function publishRecord(
  previous: CallRecord | undefined,
  slug: string,
  call: Call,
  options: { refresh?: boolean } = {},
): CallRecord {
  const version: RecordVersion = {
    date: lastChangeDay(call),
    amendments: call.amendments.length,
    call: snapshotOf(call),
  };
  const amendments = call.amendments.map((a) => ({ date: a.date, summary: a.summary }));
  if (!previous) return { format: RECORD_FORMAT, slug, amendments, versions: [version] };
  const last = lastVersion(previous);
  if (options.refresh) {
    return { ...previous, versions: [...previous.versions.slice(0, -1), { ...last, call: version.call }] };
  }
  const unchanged = last.amendments === version.amendments && diffCalls(last.call, version.call).length === 0;
  if (unchanged) return previous;
  return { format: RECORD_FORMAT, slug, amendments, versions: [...previous.versions, version] };
}

/** The text of a record file (indented, keys sorted, final newline). */
export function recordText(record: CallRecord): string {
  return prettyJson(record);
}
