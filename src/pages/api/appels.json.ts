/** `/api/appels.json`: every call, each exactly as its kit's `appel.json` (`/schemas/appel.schema.json`). */
import type { APIRoute } from 'astro';
import { prettyJson } from '../../lib/kit/canonical';
import { getCallsOpenData } from '../../query';

export const GET: APIRoute = async () =>
  new Response(prettyJson(await getCallsOpenData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
