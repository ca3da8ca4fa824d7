/**
 * Middleware the guichet integration adds for the build: every rendered HTML page goes to the
 * build's search index as Astro renders it (`src/lib/search/collected.ts`), so that Pagefind
 * parses it in its own process while Astro renders the next ones. The page itself is passed on
 * unchanged. Outside a build (`astro dev`) there is no index and this does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { liveIndex } from '../lib/search/collected';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const index = liveIndex();
  if (!index || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  index.addPage(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
