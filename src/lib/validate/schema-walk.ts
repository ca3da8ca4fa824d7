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

/**
 * Calls `visit` for every value reachable in `value` along `schema`. Every schema met while
 * unwrapping is passed (so `.meta()` set on an inner schema is seen). Keys of `value` that a
 * non-strict object schema does not declare are passed with kind `extra-key`.
 */
export function walkSchema(schema: AnySchema, value: unknown, visit: Visitor, path: readonly PathSegment[] = []): void {
  const inner = unwrap(schema, (s) => visit(s, value, path, 'value'));
  const def = defOf(inner);
  if (value === undefined || value === null) return;
  if (def.type === 'object' && isRecord(value)) {
    const shape = def.shape ?? {};
    for (const [key, child] of Object.entries(shape)) {
      if (key in value) walkSchema(child, value[key], visit, [...path, key]);
    }
    const strict = def.catchall && defOf(def.catchall).type === 'never';
    if (!def.catchall && !strict) {
      for (const key of Object.keys(value)) if (!(key in shape)) visit(inner, value[key], [...path, key], 'extra-key');
    }
  } else if (def.type === 'array' && Array.isArray(value) && def.element) {
    value.forEach((item, index) => walkSchema(def.element as AnySchema, item, visit, [...path, index]));
  } else if (def.type === 'union') {
    const option = pickOption(def, value);
    if (option) walkSchema(option, value, visit, path);
  }
}
