/** JSON Schemas generated from zod schemas, published under the site's address. */
import { z } from 'astro/zod';
import { siteBase } from './site';

/** The JSON Schema of a zod schema, with its public `$id`, a title and a description. */
export function jsonSchemaOf(
  schema: z.ZodType,
  meta: { path: string; title: string; description: string },
  siteUrl: string,
): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, {
    io: 'output',
    target: 'draft-2020-12',
    // `ref()` tags a reference with the collection it points to; that tag is not a JSON Schema
    // keyword, so it is dropped (the description already says it).
    override: (ctx) => {
      delete (ctx.jsonSchema as Record<string, unknown>)['ref'];
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${siteBase(siteUrl)}${meta.path}`, title: meta.title, description: meta.description, ...rest };
}
