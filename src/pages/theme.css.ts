import type { APIRoute } from 'astro';
import { site } from '../query';

/**
 * The agency's colours as CSS custom properties, from content/site.yaml, and the site's
 * address as a CSS string (printed before the internal links' paths, see global.css).
 */
export const GET: APIRoute = () =>
  new Response(
    `:root{--primary:${site.colours.primary};--primary-dark:${site.colours.primaryDark};--accent:${site.colours.accent};` +
      `--site-address:${JSON.stringify(site.url.replace(/\/$/, ''))}}\n`,
    { headers: { 'Content-Type': 'text/css; charset=utf-8' } },
  );
