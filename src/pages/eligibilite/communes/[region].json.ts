/**
 * `/eligibilite/communes/<region>.json`: the communes of one region (INSEE code, name,
 * département, population municipale), for the commune field of the eligibility lookup.
 * Built only for the regions of calls open to communes; fetched by the lookup the first time
 * a reader uses that field, never with the page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { encodeCommunes } from '../../../lib/shared/eligibility/commune';
import { regionCommunes } from '../../../lib/eligibility/shape';
import { getEligibilityData } from '../../../query';

export const getStaticPaths = (async () =>
  ((await getEligibilityData()).communeRegions ?? []).map((region) => ({ params: { region } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await getEligibilityData();
  const region = String(params['region']);
  return new Response(JSON.stringify(encodeCommunes(regionCommunes(region, data.source))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
