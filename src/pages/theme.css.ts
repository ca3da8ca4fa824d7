import type { APIRoute } from 'astro';
import { site } from '../query';

/** The agency's colours as CSS custom properties, from content/site.yaml. */
export const GET: APIRoute = () =>
  new Response(
    `:root{--primary:${site.colours.primary};--primary-dark:${site.colours.primaryDark};--accent:${site.colours.accent}}\n`,
    { headers: { 'Content-Type': 'text/css; charset=utf-8' } },
  );
