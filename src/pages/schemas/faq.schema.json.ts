/** `/schemas/faq.schema.json`: the JSON Schema of `/api/faq.json`, generated from the zod schema. */
import type { APIRoute } from 'astro';
import { prettyJson } from '../../lib/kit/canonical';
import { faqJsonSchema } from '../../lib/opendata';
import { site } from '../../query';

export const GET: APIRoute = () =>
  new Response(prettyJson(faqJsonSchema(site.url)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
