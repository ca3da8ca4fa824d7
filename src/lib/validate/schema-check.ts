/**
 * Checks each entry against its collection's schema. Valid entries get their parsed data
 * (`entry.data`), which the rules read; every zod issue becomes a finding at the line of
 * the offending value. Keys a schema would silently drop are reported as warnings.
 */
import type { z } from 'astro/zod';
import { layoutOf } from './collections';
import { DEFAULT_MESSAGE, describeIssue, markDefaults } from './schema-messages';
import { expectedShape, walkSchema } from './schema-walk';
import { formatPath } from './data-path';
import { closest } from './similarity';
import type { ContentEntry, Draft, PathSegment } from './types';

/** The raw value at `path`, or undefined. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

type Issue = z.core.$ZodIssue;

/** Zod issues of an invalid union are nested; a discriminated union's own issue is kept. */
function flatten(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'invalid_union' && issue.errors.length > 0 && !('discriminator' in issue)) {
      // No option matched: report the issues of the option that went furthest.
      const deepest = [...issue.errors].sort((a, b) => longest(b) - longest(a))[0] ?? [];
      return flatten(deepest.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
    }
    return [issue];
  });
}
const longest = (issues: readonly { path: readonly PropertyKey[] }[]) =>
  Math.max(0, ...issues.map((i) => i.path.length));

/** Validates `entry` in place (sets `entry.data`) and returns its findings. */
export function checkSchema(entry: ContentEntry): Draft[] {
  if (entry.raw === undefined) return [];
  const schema = layoutOf(entry.collection).schema;
  const drafts: Draft[] = [];
  const result = schema.safeParse(entry.raw, { error: markDefaults });
  if (result.success) entry.data = result.data;
  else {
    const seen = new Set<string>();
    for (const issue of flatten(result.error.issues)) {
      const path = issue.path as PathSegment[];
      // One value, one finding: a day written 22/09/2023 fails its form, not also "no such day".
      const key = formatPath(path);
      if (seen.has(key)) continue;
      seen.add(key);
      const value = valueAt(entry.raw, path);
      const shape =
        issue.code === 'invalid_type' && issue.expected === 'object'
          ? expectedShape(schema, entry.raw, path)
          : undefined;
      const text = describeIssue(issue, value, shape);
      const fullPath = [...path, ...(text.pathSuffix ?? [])];
      drafts.push({
        rule: text.rule,
        severity: 'error',
        entry,
        place: { path: fullPath, key: text.key ?? false },
        target: formatPath(fullPath),
        what: text.what.replace(DEFAULT_MESSAGE, 'valeur invalide'),
        why: text.why,
        fix: text.fix,
        calls: [],
      });
    }
  }
  walkSchema(schema, entry.raw, (objectSchema, _value, path, kind) => {
    if (kind !== 'extra-key') return;
    const where = formatPath(path);
    const known = Object.keys((objectSchema as unknown as { shape?: Record<string, unknown> }).shape ?? {});
    const guess = closest(String(path[path.length - 1]), known);
    drafts.push({
      rule: 'schema/cle-ignoree',
      severity: 'warning',
      entry,
      place: { path, key: true },
      target: where,
      what: `la clé « ${where} » n'existe pas dans le modèle de ce contenu.`,
      why: "elle est ignorée sans bruit : ce qu'elle contient ne sera publié nulle part.",
      fix: `${guess ? `vouliez-vous dire « ${guess} » ? Clés` : 'clés'} possibles ici : ${known.join(', ')}. Corrigez son orthographe ou retirez-la.`,
      calls: [],
    });
  });
  return drafts;
}
