/**
 * Every HTML page goes through French spacing (`src/lib/french-html.ts`) as it is built, so the
 * site's own wording follows the same typography as the content. Other files pass unchanged.
 */
import { defineMiddleware } from 'astro:middleware';
import { frenchSpacingHtml } from './lib/french-html';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = frenchSpacingHtml(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
