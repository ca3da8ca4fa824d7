/** `/api/territoires.json`: every case study (`/schemas/territoires.schema.json`). */
import type { APIRoute } from 'astro';
import { prettyJson } from '../../lib/kit/canonical';
import { getTerritoryRecords } from '../../query';

export const GET: APIRoute = async () =>
  new Response(prettyJson(await getTerritoryRecords()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
