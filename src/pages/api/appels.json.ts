/** `/api/appels.json`: every call, each exactly as its kit's `appel.json` (`/schemas/appel.schema.json`). */
import type { APIRoute } from 'astro';
import { prettyJson } from '../../lib/kit/canonical';
import { getAppels } from '../../query';

export const GET: APIRoute = async () =>
  new Response(prettyJson(await getAppels()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
