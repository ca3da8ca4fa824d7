/** Shared types of the application kit. */
import type { Call } from '../../schemas/call';
import type { CallRecord } from '../amendments/record';
import type { CallHistory } from '../amendments/history';
import type { CallStatus } from '../shared/status';
import type { ArticleKey } from '../french-names';

/** A call as the kit needs it: its public slug and its validated front matter. */
export interface KitCall {
  slug: string;
  data: Call;
  /** What was published of it (`published/<slug>.json`), for its amendments' changes. */
  record?: CallRecord | undefined;
  /**
   * The call's amendments and its status on the build's day, as the query module computed
   * them for the pages (`src/query.ts`), so that the kit says the same; computed from the
   * call when absent (tests, benchmark).
   */
  history?: CallHistory | undefined;
  status?: CallStatus | undefined;
}

/** An organisation's names, as the kit prints them. */
export interface OrganisationName {
  name: string;
  acronym?: string | undefined;
  /** Article before the name in a sentence (see `src/lib/french-names.ts`). */
  article: ArticleKey;
  acronymArticle?: ArticleKey | undefined;
  elides?: boolean | undefined;
}

/**
 * What the kit needs besides the call. Nothing reads the clock: `today` is the build's day
 * (`site.yaml`, or `GUICHET_TODAY`), so the kit carries the call's status on that day.
 */
export interface KitContext {
  /** The build's day (AAAA-MM-JJ): the kit states the call's status on that day. */
  today: string;
  /** Names of the organisations, by id (at least every one the call refers to). */
  organisations: Readonly<Record<string, OrganisationName>>;
  site: {
    /** Public address of the site, e.g. `https://appels.adnormandie.fr`. */
    url: string;
    /** Name of the publishing agency ("Agence de Développement pour la Normandie"). */
    agencyName: string;
    /** Short name of the agency ("AD Normandie"). */
    agencyShortName?: string | undefined;
  };
}

/** One file of the kit. */
export interface KitFile {
  /** File name under `/kits/<slug>/` and in the ZIP. */
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  mime: string;
  /** What the file is, in French ("Dossier de candidature à compléter"). */
  label: string;
  /** Short format name shown to readers ("DOCX", "ICS", "JSON", "TXT"). */
  format: string;
}

/** A call's whole kit. */
export interface Kit {
  slug: string;
  /** Version stamp, `<updated>+<7 hex>`. */
  version: string;
  files: KitFile[];
  /** All the files in one ZIP, byte for byte. */
  zip: Uint8Array<ArrayBuffer>;
  /** Number of events in the call's calendar file (0 when the call publishes no exact date). */
  calendarEvents: number;
}

/** What a page shows of a kit: its files and their sizes, without their bytes. */
export interface KitListing {
  slug: string;
  version: string;
  files: (Omit<KitFile, 'bytes'> & { size: number })[];
  /** Size of the ZIP, in bytes. */
  zipSize: number;
  calendarEvents: number;
}
