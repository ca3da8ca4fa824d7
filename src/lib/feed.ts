/**
 * The items of `/rss.xml`, from content only. A call is dated by its published opening, a
 * brief by its date. An item whose content gives no date has no day, so no `pubDate` (RSS 2.0
 * makes it optional), and its description says the date is not given: no date comes from a
 * default, another item, the day the fiche was checked or the clock.
 */
import type { Brief } from '../schemas/brief';
import type { Call } from '../schemas/call';
import { interval } from './dates';
import type { CallStatus } from './status';

/** One item of the RSS feed. */
export interface FeedItem {
  title: string;
  link: string;
  /** ISO day the item is dated by; absent when the content gives none. */
  day?: string | undefined;
  description: string;
  categories: string[];
}

export function feedItems(
  calls: readonly { id: string; data: Pick<Call, 'title' | 'shortName' | 'summary' | 'calendar'>; status: CallStatus }[],
  briefs: readonly { id: string; data: Pick<Brief, 'title' | 'summary' | 'date'> }[],
): FeedItem[] {
  const items: FeedItem[] = calls.map(({ id, data, status }) => {
    const opening = data.calendar.find((m) => m.kind === 'opening');
    return {
      title: `${data.title} (${data.shortName})`,
      link: `/appels/${id}/`,
      day: opening ? interval(opening.date).earliest : undefined,
      description:
        `${status.label} – ${status.detail}. ${data.summary}` + (opening ? '' : ' (Date d’ouverture non publiée par l’appel.)'),
      categories: ['Appel', status.label],
    };
  });
  for (const brief of briefs) {
    items.push({
      title: brief.data.title,
      link: `/actualites/${brief.id}/`,
      day: brief.data.date,
      description: brief.data.date ? brief.data.summary : `${brief.data.summary} (Date de publication non précisée.)`,
      categories: ['Actualité'],
    });
  }
  return items.sort(
    (a, b) =>
      Number(!a.day) - Number(!b.day) || (b.day ?? '').localeCompare(a.day ?? '') || a.link.localeCompare(b.link),
  );
}
