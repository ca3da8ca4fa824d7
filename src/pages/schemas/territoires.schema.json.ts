/** `/schemas/territoires.schema.json`: the JSON Schema of `/api/territoires.json`, generated from the zod schema. */
import type { APIRoute } from 'astro';
import { prettyJson } from '../../lib/kit/canonical';
import { territoriesJsonSchema } from '../../lib/opendata';
import { site } from '../../query';

export const GET: APIRoute = () =>
  new Response(prettyJson(territoriesJsonSchema(site.url)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
