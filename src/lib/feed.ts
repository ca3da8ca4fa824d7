/**
 * The items of `/rss.xml`, from content only. A call is dated by its published opening, a
 * brief by its date. An item whose content gives no date has no day, so no `pubDate` (RSS 2.0
 * makes it optional), and its description says the date is not given: no date comes from a
 * default, another item, the day the fiche was checked or the clock. Each amendment of a call is
 * an item dated by the amendment, leading to its entry in the call's history; the last
 * amendment of a group also lists what the group changed.
 */
import type { Brief } from '../schemas/brief';
import type { Call } from '../schemas/call';
import { changeText } from './amendments/diff';
import type { CallHistory } from './amendments/history';
import { formatDay, interval } from './shared/dates';
import { openingOf, type CallStatus } from './shared/status';

/** One item of the RSS feed. */
export interface FeedItem {
  title: string;
  link: string;
  /** ISO day the item is dated by; absent when the content gives none. */
  day?: string | undefined;
  description: string;
  categories: string[];
}

/** A call as the feed needs it; `history` gives one item per amendment. */
export interface FeedCall {
  id: string;
  data: Pick<Call, 'title' | 'shortName' | 'summary' | 'calendar'>;
  status: CallStatus;
  history?: CallHistory | undefined;
}

/** One item per amendment of a call, dated by the amendment. */
function amendmentItems({ id, data, history }: FeedCall): FeedItem[] {
  return (history?.groups ?? []).flatMap((group) =>
    group.amendments.map((a) => ({
      title: `${data.title} (${data.shortName}) – modification du ${formatDay(a.date, { weekday: false })}`,
      link: `/appels/${id}/#modification-${a.number}`,
      day: a.date,
      description: [a.summary, ...(a === group.amendments.at(-1) ? group.changes.map((c) => `${changeText(c)}.`) : [])].join(
        ' ',
      ),
      categories: ['Appel', 'Modification'],
    })),
  );
}

export function feedItems(
  calls: readonly FeedCall[],
  briefs: readonly { id: string; data: Pick<Brief, 'title' | 'summary' | 'date'> }[],
): FeedItem[] {
  const items: FeedItem[] = calls.map(({ id, data, status }) => {
    const opening = openingOf(data);
    return {
      title: `${data.title} (${data.shortName})`,
      link: `/appels/${id}/`,
      day: opening ? interval(opening.date).earliest : undefined,
      description:
        `${status.label} – ${status.detail}. ${data.summary}` + (opening ? '' : ' (Date d’ouverture non publiée par l’appel.)'),
      categories: ['Appel', status.label],
    };
  });
  items.push(...calls.flatMap(amendmentItems));
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
