/**
 * `/eligibilite/epci.json`: the data of the eligibility lookup (calls and EPCIs in the compact
 * form of `src/lib/shared/eligibility/data.ts`), fetched once by the lookup's script.
 */
import type { APIRoute } from 'astro';
import { encodeData } from '../../lib/shared/eligibility/data';
import { getEligibilityData } from '../../query';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(encodeData(await getEligibilityData())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
