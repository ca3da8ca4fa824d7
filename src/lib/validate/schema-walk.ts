/**
 * Walks a zod schema and a raw YAML value side by side, calling `visit` on every value with
 * the (unwrapped) schema that describes it. Used to find references (`ref()` fields,
 * read with `refTarget`) and keys that a schema would silently drop, without listing them
 * by hand: a field added to a schema tomorrow is checked too.
 */
import type { z } from 'astro/zod';
import type { PathSegment } from './types';

type AnySchema = z.ZodType;
interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
  catchall?: AnySchema;
  options?: AnySchema[];
  discriminator?: string;
  values?: unknown[];
  getter?: () => AnySchema;
}

const defOf = (schema: AnySchema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

export type Visitor = (
  schema: AnySchema,
  value: unknown,
  path: readonly PathSegment[],
  kind: 'value' | 'extra-key',
) => void;

/** Strips wrappers that do not change the value's shape (optional, default, preprocess…). */
function unwrap(schema: AnySchema, visit: (s: AnySchema) => void): AnySchema {
  let current = schema;
  for (let guard = 0; guard < 20; guard++) {
    visit(current);
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) current = defOf(def.out).type === 'transform' ? def.in : def.out;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else break;
  }
  return current;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The option of a union that describes `value`, if one can be told. */
function pickOption(def: Def, value: unknown): AnySchema | undefined {
  const options = def.options ?? [];
  if (def.discriminator && isRecord(value)) {
    const tag = value[def.discriminator];
    return options.find((option) => {
      const field = defOf(option).shape?.[def.discriminator as string];
      return field ? (defOf(field).values ?? []).includes(tag) : false;
    });
  }
  return options.find((option) => option.safeParse(value).success);
}

/** The schemas directly under `schema` that a walk may go into (wrappers, fields, items, options). */
function childSchemas(schema: AnySchema): AnySchema[] {
  const def = defOf(schema);
  const children: (AnySchema | undefined)[] = [def.innerType, def.in, def.out, def.element, ...(def.options ?? [])];
  if (def.shape) children.push(...Object.values(def.shape));
  if (def.type === 'lazy' && def.getter) children.push(def.getter());
  return children.filter((c): c is AnySchema => c !== undefined);
}

/**
 * A test on schemas, true for a schema when it or any schema a walk can reach from it passes
 * `test`; computed once per schema. A walk given it skips the parts of a value whose schema
 * holds nothing the visitor looks for (reference fields are a few among hundreds).
 */
export function reaching(test: (schema: AnySchema) => boolean): (schema: AnySchema) => boolean {
  const known = new Map<AnySchema, boolean>();
  const reaches = (schema: AnySchema): boolean => {
    const seen = known.get(schema);
    if (seen !== undefined) return seen;
    // A schema met again while being worked out (a lazy cycle) may reach anything.
    known.set(schema, true);
    const result = test(schema) || childSchemas(schema).some(reaches);
    known.set(schema, result);
    return result;
  };
  return reaches;
}

/**
 * Calls `visit` for every value reachable in `value` along `schema`. Every schema met while
 * unwrapping is passed (so `.meta()` set on an inner schema is seen). Keys of `value` that a
 * non-strict object schema does not declare are passed with kind `extra-key`. With `enter`,
 * a schema for which it is false is not walked at all (see `reaching`).
 */
export function walkSchema(
  schema: AnySchema,
  value: unknown,
  visit: Visitor,
  path: readonly PathSegment[] = [],
  enter?: (schema: AnySchema) => boolean,
): void {
  if (enter && !enter(schema)) return;
  const inner = unwrap(schema, (s) => visit(s, value, path, 'value'));
  const def = defOf(inner);
  if (value === undefined || value === null) return;
  if (def.type === 'object' && isRecord(value)) {
    const shape = def.shape ?? {};
    for (const [key, child] of Object.entries(shape)) {
      if (key in value) walkSchema(child, value[key], visit, [...path, key], enter);
    }
    const strict = def.catchall && defOf(def.catchall).type === 'never';
    if (!def.catchall && !strict) {
      for (const key of Object.keys(value)) if (!(key in shape)) visit(inner, value[key], [...path, key], 'extra-key');
    }
  } else if (def.type === 'array' && Array.isArray(value) && def.element) {
    value.forEach((item, index) => walkSchema(def.element as AnySchema, item, visit, [...path, index], enter));
  } else if (def.type === 'union') {
    const option = pickOption(def, value);
    if (option) walkSchema(option, value, visit, path, enter);
  }
}

/** The raw value at `path` of `value`. */
function valueAtPath(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

const isOptional = (schema: AnySchema) => {
  const type = defOf(schema).type;
  return type === 'optional' || type === 'default';
};

/**
 * The YAML shape the schema expects at `path` of `value`, as indented lines under the key
 * (`"  type: …\n  date: …"`), for messages like « devrait être un groupe de champs ».
 * Required keys first; undefined when the schema there is not an object or a union of objects.
 */
export function expectedShape(schema: AnySchema, value: unknown, path: readonly PathSegment[]): string | undefined {
  const same = (p: readonly PathSegment[]) => p.length === path.length && p.every((s, i) => s === path[i]);
  let found: AnySchema | undefined;
  walkSchema(schema, value, (s, _v, p, kind) => {
    if (kind === 'value' && same(p)) found = s;
  });
  if (!found) return undefined;
  const inner = unwrap(found, () => undefined);
  const def = defOf(inner);
  if (def.type === 'object' && def.shape) {
    const entries = Object.entries(def.shape);
    const required = entries.filter(([, s]) => !isOptional(s)).map(([k]) => `  ${k}: …`);
    const optional = entries.filter(([, s]) => isOptional(s)).map(([k]) => `  ${k}: … (facultatif)`);
    return [...required, ...optional].join('\n');
  }
  if (def.type === 'union') {
    const options = (def.options ?? []).map((o) => unwrap(o, () => undefined)).filter((o) => defOf(o).shape);
    // The option one of whose fields accepts the value as written: `2023-10-02` → `type: day` + `date: 2023-10-02`.
    const at = valueAtPath(value, path);
    for (const option of options) {
      const shape = defOf(option).shape ?? {};
      const tags = Object.entries(shape).filter(([, f]) => defOf(unwrap(f, () => undefined)).type === 'literal');
      const field = Object.entries(shape).find(
        ([k, f]) => !tags.some(([t]) => t === k) && at !== undefined && f.safeParse(at).success,
      );
      if (!field) continue;
      const tagLines = tags.map(([k, f]) => `  ${k}: ${String((defOf(unwrap(f, () => undefined)).values ?? [])[0])}`);
      return [...tagLines, `  ${field[0]}: ${String(at)}`].join('\n');
    }
    if (def.discriminator) {
      const tags = options.flatMap(
        (o) => defOf(defOf(o).shape?.[def.discriminator as string] as AnySchema).values ?? [],
      );
      return `  ${def.discriminator}: ${tags.join(' | ')}\n  … (les champs de cette forme)`;
    }
    return options
      .map((o) =>
        Object.keys(defOf(o).shape ?? {})
          .map((k) => `  ${k}: …`)
          .join('\n'),
      )
      .join('\nou\n');
  }
  return undefined;
}
