/**
 * What every rule receives: the loaded entries, indexed by collection and id, and helpers
 * that turn a problem into a draft finding with its target and the calls that may
 * acknowledge it.
 */
import type { Brief } from '../../schemas/brief';
import type { Call } from '../../schemas/call';
import type { Faq } from '../../schemas/faq';
import type { Territory } from '../../schemas/territory';
import { formatPath, targetIn } from './data-path';
import type { Collection, ContentEntry, Draft, FindingPlace, PathSegment } from './types';

/** A valid entry with its typed data. */
export interface Valid<T> {
  entry: ContentEntry;
  data: T;
}

/** The three parts of every message. */
export interface Wording {
  what: string;
  why: string;
  fix: string;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export class ValidationContext {
  readonly entries: readonly ContentEntry[];
  /** Entries by collection, in the order read (built once: rules ask for them again and again). */
  private readonly byCollection = new Map<Collection, ContentEntry[]>();
  /** The first entry of each id, by collection (as `entries.find` would return). */
  private readonly byId = new Map<Collection, Map<string, ContentEntry>>();
  private readonly idLists = new Map<Collection, string[]>();
  private readonly validLists = new Map<Collection, Valid<unknown>[]>();

  constructor(entries: readonly ContentEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      const list = this.byCollection.get(entry.collection);
      if (list) list.push(entry);
      else this.byCollection.set(entry.collection, [entry]);
      const ids = this.byId.get(entry.collection) ?? new Map<string, ContentEntry>();
      this.byId.set(entry.collection, ids);
      if (!ids.has(entry.id)) ids.set(entry.id, entry);
    }
  }

  /** Every entry of a collection, valid or not. */
  all(collection: Collection): ContentEntry[] {
    return [...(this.byCollection.get(collection) ?? [])];
  }

  /** Ids of every entry of a collection (an invalid entry still exists). */
  ids(collection: Collection): readonly string[] {
    let ids = this.idLists.get(collection);
    if (!ids) {
      ids = (this.byCollection.get(collection) ?? []).map((e) => e.id);
      this.idLists.set(collection, ids);
    }
    return ids;
  }

  /** True when the collection has an entry with this id. */
  has(collection: Collection, id: string): boolean {
    return this.byId.get(collection)?.has(id) ?? false;
  }

  get(collection: Collection, id: string): ContentEntry | undefined {
    return this.byId.get(collection)?.get(id);
  }

  /**
   * Entries of a collection that passed their schema, with typed data. Each entry's data is
   * set once, before any rule runs (`checkSchema`), so the list is built once.
   */
  valid<T>(collection: Collection): Valid<T>[] {
    let list = this.validLists.get(collection);
    if (!list) {
      list = (this.byCollection.get(collection) ?? [])
        .filter((e) => e.data !== undefined)
        .map((entry) => ({ entry, data: entry.data }));
      this.validLists.set(collection, list);
    }
    return [...list] as Valid<T>[];
  }

  calls(): Valid<Call>[] {
    return this.valid<Call>('calls');
  }

  territories(): Valid<Territory>[] {
    return this.valid<Territory>('territories');
  }

  faqs(): Valid<Faq>[] {
    return this.valid<Faq>('faqs');
  }

  briefs(): Valid<Brief>[] {
    return this.valid<Brief>('briefs');
  }

  /** A valid call by id. */
  call(id: string): Valid<Call> | undefined {
    const entry = this.get('calls', id);
    return entry?.data === undefined ? undefined : { entry, data: entry.data as Call };
  }

  /**
   * The calls an entry is about: itself for a call; `call` for a case study or a FAQ entry;
   * `calls`, plus the calls of its `territories`, for a brief. Read from the raw YAML, so it
   * works for entries that failed their schema.
   */
  callsOf(entry: ContentEntry): string[] {
    const raw = (entry.raw ?? {}) as Record<string, unknown>;
    switch (entry.collection) {
      case 'calls':
        return [entry.id];
      case 'territories':
      case 'faqs':
        return typeof raw['call'] === 'string' ? [raw['call']] : [];
      case 'briefs': {
        const viaTerritories = strings(raw['territories']).flatMap((id) => {
          const territory = this.get('territories', id);
          return territory ? this.callsOf(territory) : [];
        });
        return [...new Set([...strings(raw['calls']), ...viaTerritories])];
      }
      default:
        return [];
    }
  }

  /** A finding about the data at `path` (target: that path, or `targetPath` when given). */
  atPath(
    rule: string,
    severity: Draft['severity'],
    entry: ContentEntry,
    path: readonly PathSegment[],
    wording: Wording,
    options: { targetPath?: readonly PathSegment[]; key?: boolean } = {},
  ): Draft {
    return this.draft(
      rule,
      severity,
      entry,
      { path, key: options.key ?? false },
      formatPath(options.targetPath ?? path),
      wording,
    );
  }

  /**
   * A finding about text of the body at `span` (offsets in the file); its target is `text`,
   * the expression as written, with runs of spaces as one space.
   */
  atText(
    rule: string,
    severity: Draft['severity'],
    entry: ContentEntry,
    span: { offset: number; length: number },
    text: string,
    wording: Wording,
  ): Draft {
    return this.draft(rule, severity, entry, span, text.replace(/\s+/g, ' ').trim(), wording);
  }

  private draft(
    rule: string,
    severity: Draft['severity'],
    entry: ContentEntry,
    place: FindingPlace,
    local: string,
    wording: Wording,
  ): Draft {
    return { rule, severity, entry, place, target: targetIn(entry, local), ...wording, calls: this.callsOf(entry) };
  }
}

/** A rule: reads the context, returns its findings. */
export type Rule = (ctx: ValidationContext) => Draft[];
