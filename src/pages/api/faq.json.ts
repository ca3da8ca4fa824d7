/** `/api/faq.json`: every FAQ entry (`/schemas/faq.schema.json`). */
import type { APIRoute } from 'astro';
import { prettyJson } from '../../lib/kit/canonical';
import { getFaqRecords } from '../../query';

export const GET: APIRoute = async () =>
  new Response(prettyJson(await getFaqRecords()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
