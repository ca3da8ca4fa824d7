/** The kit context of a build: the organisations' names by id and the site's identity. */
import type { Site } from '../../schemas/site';
import type { KitContext, OrganisationName } from './types';

/** An organisation entry as the content collection holds it. */
interface OrganisationEntry {
  id: string;
  data: OrganisationName;
}

/** What the application kits need besides a call, from the organisations and the site's settings. */
export function kitContext(organisations: readonly OrganisationEntry[], site: Pick<Site, 'today' | 'url' | 'agency'>): KitContext {
  return {
    today: site.today,
    organisations: Object.fromEntries(
      organisations.map((o) => [
        o.id,
        {
          name: o.data.name,
          acronym: o.data.acronym,
          article: o.data.article,
          acronymArticle: o.data.acronymArticle,
          elides: o.data.elides,
        },
      ]),
    ),
    site: { url: site.url, agencyName: site.agency.name, agencyShortName: site.agency.shortName },
  };
}
