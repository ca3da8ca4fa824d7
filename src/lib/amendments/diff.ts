/**
 * What changed between two states of a call's data (the published record and the content, or
 * two published versions), as a list of changes each with a French label and the old and new
 * values written for readers: « Date limite : vendredi 3 novembre 2023 → vendredi 17 novembre
 * 2023 ».
 *
 * Lists whose items have an `id` (criteria, documents, milestones…) are matched by id, so that
 * inserting a criterion reports one added criterion, not every later one as changed. Fields the
 * agency writes about the call rather than facts of the call (`EDITORIAL_FIELDS`) are not
 * compared. A field absent from the older state and empty in the newer one (a field added to
 * the schema since, with an empty default) is no change.
 */
import { applicantTypes, callKinds, contactPurposes, milestoneKinds } from '../../schemas/call';
import { fundingForms } from '../../schemas/funding';
import { applicationFormats, officialDocumentKinds } from '../../schemas/submission';
import type { FuzzyDate } from '../../schemas/date';
import { formatFuzzyDate } from '../shared/dates';
import { formatEuros, formatNumber } from '../shared/french';
import { ORG_FIELDS, fieldLabel, itemLabel, pattern, type PathSegment } from './labels';

export { pattern, type PathSegment } from './labels';

/** One change, as shown to readers and authors. */
export interface Change {
  /** Data path of the changed value in the newer state (in the older one for a removed value). */
  path: PathSegment[];
  /** A path that exists in the newer state, to point at (the list, for a removed item). */
  where: PathSegment[];
  /** French label: « Date limite », « Critère de sélection « Critère 5 » ». */
  label: string;
  /** The older value, for readers; absent when the value was added. */
  before?: string;
  /** The newer value, for readers; absent when the value was removed. */
  after?: string;
}

/**
 * Top-level fields that are not compared: the history itself, the day the page was last
 * checked, the agency's own summary, the validator's notices, the site's own notices to readers
 * (`notices`) and helper lists.
 */
export const EDITORIAL_FIELDS: readonly string[] = [
  'amendments',
  'updated',
  'summary',
  'acknowledgements',
  'notices',
  'nonMilestoneDates',
];

/** Options of `diffCalls`. */
export interface DiffOptions {
  /** Display name of an organisation id (defaults to the id). */
  orgName?: (id: string) => string;
}

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isEmpty = (v: Json) =>
  v === undefined ||
  v === false ||
  (Array.isArray(v) && v.length === 0) ||
  (isObject(v) && Object.keys(v).length === 0);
const DATE_TYPES = new Set(['day', 'day-time', 'day-at', 'month', 'month-part', 'season', 'range']);
const isFuzzyDate = (v: Json): v is FuzzyDate =>
  isObject(v) && typeof v['type'] === 'string' && DATE_TYPES.has(v['type']);
const hasId = (v: Json): v is Record<string, Json> & { id: string } => isObject(v) && typeof v['id'] === 'string';

/** Stable text of a JSON value, keys sorted, for equality. */
function same(a: Json, b: Json): boolean {
  const norm = (v: Json): Json =>
    Array.isArray(v)
      ? v.map(norm)
      : isObject(v)
        ? Object.fromEntries(
            Object.keys(v)
              .filter((k) => v[k] !== undefined)
              .sort()
              .map((k) => [k, norm(v[k])]),
          )
        : v;
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

const MONEY = new Set([
  'pricing.range.min',
  'pricing.range.max',
  'pricing.brackets[].amount',
  'funding.envelope.amount',
  'funding.envelope.breakdown[].amount',
  'funding.amount.min',
  'funding.amount.max',
  'selection.stages[].support.amount.max',
]);
const VOCABULARIES: Record<string, Record<string, string>> = {
  kind: callKinds,
  'eligibility.applicants[].type': applicantTypes,
  'application.format': applicationFormats,
  'officialDocuments[].kind': officialDocumentKinds,
  'funding.form': fundingForms,
  'calendar[].kind': milestoneKinds,
  'contacts[].purpose': contactPurposes,
};
const WORDS: Record<string, string> = {
  'application.mode:deadline': 'avec date limite',
  'application.mode:rolling': 'au fil de l’eau',
  'application.mode:undated': 'dates non publiées',
  'application.mode:waves': 'en plusieurs vagues',
  'application.mode:designation': 'sans candidature (désignation)',
  'application.submission[].channel:platform': 'en ligne',
  'application.submission[].channel:email': 'par courriel',
  'application.submission[].channel:post': 'par courrier',
  'selection.count.type:exact': 'nombre exact',
  'selection.count.type:at-most': 'au plus',
  'selection.count.type:range': 'fourchette',
  'selection.count.type:about': 'environ',
  'collective.strength:required': 'exigé',
  'collective.strength:recommended': 'recommandé',
  'duration.qualifier:exact': 'exacte',
  'duration.qualifier:average': 'moyenne',
  'duration.qualifier:initial': 'initiale',
  'pricing.per:year': 'par an',
  'pricing.per:total': 'au total',
  'eligibility.area.type:national': 'France entière',
  'eligibility.area.type:regions': 'régions',
};

/** A selection count (`{ type: exact, value: 4 }`…) in words; undefined for another object. */
function countText(v: Record<string, Json>): string | undefined {
  const n = (k: string) => (typeof v[k] === 'number' ? formatNumber(v[k]) : undefined);
  switch (v['type']) {
    case 'exact':
      return n('value');
    case 'at-most':
      return n('value') && `au plus ${n('value')}`;
    case 'about':
      return n('value') && `environ ${n('value')}`;
    case 'range':
      return n('min') && n('max') && `de ${n('min')} à ${n('max')}`;
    default:
      return undefined;
  }
}

/** A value written for readers. */
export function formatValue(value: Json, path: readonly PathSegment[], options: DiffOptions = {}): string {
  const p = pattern(path);
  if (value === undefined || value === null) return 'non précisé';
  if (isFuzzyDate(value)) return formatFuzzyDate(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') return MONEY.has(p) ? formatEuros(value) : formatNumber(value);
  if (typeof value === 'string') {
    if (ORG_FIELDS.has(p)) return options.orgName?.(value) ?? value;
    return VOCABULARIES[p]?.[value] ?? WORDS[`${p}:${value}`] ?? value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return 'aucun';
    return value.map((v, i) => formatValue(v, [...path, i], options)).join(' ; ');
  }
  if (isObject(value)) {
    if (typeof value['title'] === 'string') {
      const date = isFuzzyDate(value['date']) ? ` (${formatFuzzyDate(value['date'])})` : '';
      const text = typeof value['text'] === 'string' ? ` – ${value['text']}` : '';
      return `${value['title']}${text}${date}`;
    }
    if (typeof value['label'] === 'string') return value['label'];
    const count = countText(value);
    if (count) return count;
    if (typeof value['value'] === 'number' && 'inclusive' in value) {
      return `${formatNumber(value['value'])} habitants${value['inclusive'] === true ? ' (inclus)' : value['inclusive'] === false ? ' (exclu)' : ''}`;
    }
    return Object.keys(value)
      .sort()
      .filter((k) => value[k] !== undefined)
      .map((k) => `${fieldLabel([...path, k], undefined)}${'\u202F'}: ${formatValue(value[k], [...path, k], options)}`)
      .join(' ; ');
  }
  return String(value);
}

interface Walk {
  options: DiffOptions;
  out: Change[];
}

function push(w: Walk, path: PathSegment[], where: PathSegment[], label: string, a: Json, b: Json) {
  const change: Change = { path, where, label };
  if (a !== undefined) change.before = formatValue(a, path, w.options);
  if (b !== undefined) change.after = formatValue(b, path, w.options);
  w.out.push(change);
}

function walk(w: Walk, a: Json, b: Json, path: PathSegment[], label: string, where: PathSegment[]) {
  if (same(a, b)) return;
  if ((a === undefined && isEmpty(b)) || (b === undefined && isEmpty(a))) return;
  const primitive = (v: Json) => !isObject(v) && !Array.isArray(v);
  if (primitive(a) || primitive(b) || isFuzzyDate(a) || isFuzzyDate(b) || Array.isArray(a) !== Array.isArray(b)) {
    push(w, path, b === undefined ? where : path, label, a, b);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    walkList(w, a, b, path, label);
    return;
  }
  const ao = a as Record<string, Json>;
  const bo = b as Record<string, Json>;
  const keys = [...new Set([...Object.keys(bo), ...Object.keys(ao)])];
  for (const key of keys) {
    if (path.length === 0 && EDITORIAL_FIELDS.includes(key)) continue;
    const child = [...path, key];
    walk(w, ao[key], bo[key], child, fieldLabel(child, label), key in bo ? child : path);
  }
}

function walkList(w: Walk, a: Json[], b: Json[], path: PathSegment[], label: string) {
  const byId = [...a, ...b].length > 0 && [...a, ...b].every(hasId);
  if (!byId && [...a, ...b].every((v) => !isObject(v) && !Array.isArray(v))) {
    push(w, path, path, label, a, b);
    return;
  }
  if (byId) {
    const olds = new Map(a.map((v, i) => [(v as { id: string }).id, { v, i }]));
    const news = new Set(b.map((v) => (v as { id: string }).id));
    b.forEach((item, i) => {
      const old = olds.get((item as { id: string }).id);
      const child = [...path, i];
      walk(w, old?.v, item, child, itemLabel(child, item, old?.v, label), child);
    });
    for (const [id, { v, i }] of olds) {
      if (!news.has(id)) push(w, [...path, i], path, itemLabel([...path, i], undefined, v, label), v, undefined);
    }
    return;
  }
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const child = [...path, i];
    walk(w, a[i], b[i], child, itemLabel(child, b[i], a[i], label), i < b.length ? child : path);
  }
}

/** The changes from `before` to `after` (two states of a call's data), in the order of `after`'s fields. */
export function diffCalls(before: unknown, after: unknown, options: DiffOptions = {}): Change[] {
  const w: Walk = { options, out: [] };
  walk(w, before ?? {}, after ?? {}, [], '', []);
  return w.out;
}

/** One change as a line of plain text: « Date limite : avant → après ». */
export function changeText(change: Change): string {
  const nn = '\u202F';
  if (change.before === undefined) return `${change.label}${nn}: ajouté – ${change.after ?? ''}`;
  if (change.after === undefined) return `${change.label}${nn}: retiré – ${change.before}`;
  return `${change.label}${nn}: ${change.before} → ${change.after}`;
}
