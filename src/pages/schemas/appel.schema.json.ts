/** `/schemas/appel.schema.json`: the JSON Schema of the kits' `appel.json`, generated from the zod schema. */
import type { APIRoute } from 'astro';
import { appelJsonSchema } from '../../lib/kit';
import { prettyJson } from '../../lib/kit/canonical';
import { site } from '../../query';

export const GET: APIRoute = () =>
  new Response(prettyJson(appelJsonSchema(site.url)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
