/**
 * `/rss.xml`: new calls, their amendments and news briefs, newest first (RSS 2.0, `@astrojs/rss`). Linked from
 * every page's head. Dates come from content only (see `getFeedItems`), never from the clock or
 * a default: an item without a published date has no `pubDate`.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getFeedItems, site } from '../query';
import { siteBase } from '../lib/site';
import { escapeXml as xml } from '../lib/kit/xml';

export const GET: APIRoute = async () => {
  const base = siteBase(site.url);
  const items = await getFeedItems();
  return rss({
    title: site.title,
    description: `Nouveaux appels et actualités – ${site.agency.name}`,
    site: base,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>fr-fr</language><atom:link href="${xml(`${base}/rss.xml`)}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      // Absolute, so that @astrojs/rss adds no trailing slash after an anchor (`#modification-1`).
      link: new URL(item.link, `${base}/`).href,
      ...(item.day ? { pubDate: new Date(`${item.day}T00:00:00Z`) } : {}),
      description: item.description,
      categories: item.categories,
    })),
  });
};
