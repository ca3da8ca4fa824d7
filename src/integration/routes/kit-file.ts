/**
 * `/kits/<slug>/<name>.<extension>` in `astro dev`: each file of a call's application kit on its
 * own. A build does not render this route: the kit worker writes the files
 * (`src/lib/kit/files.ts`). The integration gives it one pattern per extension of the kit's
 * files (`KIT_FILE_EXTENSIONS`, `src/lib/kit/files.ts`): a pattern that ends with its extension is a file to Astro, so
 * the site's trailing slash is not asked of it (`/kits/x/appel.json`, as the pages link it).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCalls, getKit } from '../../query';

/** A file name without its extension. */
const stem = (name: string) => name.replace(/\.[^.]+$/, '');

export const getStaticPaths = (async () => {
  const paths = [];
  for (const { entry } of await getCalls()) {
    const kit = await getKit(entry.id);
    for (const file of kit.files) paths.push({ params: { slug: entry.id, name: stem(file.name) } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, url }) => {
  const kit = await getKit(params.slug as string);
  const requested = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  const file = kit.files.find((f) => f.name === requested);
  if (!file) return new Response('Fichier introuvable', { status: 404 });
  return new Response(file.bytes, { headers: { 'Content-Type': file.mime } });
};
