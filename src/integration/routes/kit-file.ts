/**
 * `/kits/<slug>/<file>` in `astro dev`: each file of a call's application kit on its own. A build
 * does not render this route: the kit worker writes the files (`src/lib/kit/files.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCalls, getKit } from '../../query';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const { entry } of await getCalls()) {
    const kit = await getKit(entry.id);
    for (const file of kit.files) paths.push({ params: { slug: entry.id, file: file.name } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const kit = await getKit(params.slug as string);
  const file = kit.files.find((f) => f.name === params.file);
  if (!file) return new Response('Fichier introuvable', { status: 404 });
  return new Response(file.bytes, { headers: { 'Content-Type': file.mime } });
};
