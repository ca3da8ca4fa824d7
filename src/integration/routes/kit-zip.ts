/**
 * `/kits/<slug>.zip` in `astro dev`: every file of a call's application kit in one archive. A
 * build does not render this route: the kit worker writes the archive (`src/lib/kit/files.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCalls, getKit } from '../../query';

export const getStaticPaths = (async () =>
  (await getCalls()).map(({ entry }) => ({ params: { slug: entry.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const kit = await getKit(params.slug as string);
  return new Response(kit.zip, { headers: { 'Content-Type': 'application/zip' } });
};
