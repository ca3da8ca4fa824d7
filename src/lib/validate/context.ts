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

  constructor(entries: readonly ContentEntry[]) {
    this.entries = entries;
  }

  /** Every entry of a collection, valid or not. */
  all(collection: Collection): ContentEntry[] {
    return this.entries.filter((e) => e.collection === collection);
  }

  /** Ids of every entry of a collection (an invalid entry still exists). */
  ids(collection: Collection): string[] {
    return this.all(collection).map((e) => e.id);
  }

  get(collection: Collection, id: string): ContentEntry | undefined {
    return this.entries.find((e) => e.collection === collection && e.id === id);
  }

  /** Entries of a collection that passed their schema, with typed data. */
  valid<T>(collection: Collection): Valid<T>[] {
    return this.all(collection)
      .filter((e) => e.data !== undefined)
      .map((entry) => ({ entry, data: entry.data as T }));
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
