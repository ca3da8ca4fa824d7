/** `/schemas/appels.schema.json`: the JSON Schema of `/api/appels.json` (a list of `appel.json`). */
import type { APIRoute } from 'astro';
import { prettyJson } from '../../lib/kit/canonical';
import { appelsJsonSchema } from '../../lib/opendata';
import { site } from '../../query';

export const GET: APIRoute = () =>
  new Response(prettyJson(appelsJsonSchema(site.url)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
