/** Where each kind of content lives under the content folder, and its schema. */
import type { z } from 'astro/zod';
import { briefSchema } from '../../schemas/brief';
import { callSchema } from '../../schemas/call';
import { faqSchema } from '../../schemas/faq';
import { organisationSchema } from '../../schemas/organisation';
import { siteSchema } from '../../schemas/site';
import { territorySchema } from '../../schemas/territory';
import type { Collection } from './types';

export interface CollectionLayout {
  collection: Collection;
  /** Folder under the content root ('' for `site.yaml`). */
  dir: string;
  /** File extension of its entries. */
  ext: '.mdx' | '.md' | '.yaml';
  /** Whether entries may sit in sub-folders (FAQs: `faqs/<call>/<id>.md`). */
  nested: boolean;
  /** Whether the file has a Markdown body after a front matter. */
  markdown: boolean;
  schema: z.ZodType;
}

/** Mirrors `src/content.config.ts` (which cannot be imported outside Astro). */
export const layouts: readonly CollectionLayout[] = [
  { collection: 'calls', dir: 'calls', ext: '.mdx', nested: false, markdown: true, schema: callSchema },
  {
    collection: 'territories',
    dir: 'territories',
    ext: '.mdx',
    nested: false,
    markdown: true,
    schema: territorySchema,
  },
  { collection: 'briefs', dir: 'briefs', ext: '.mdx', nested: false, markdown: true, schema: briefSchema },
  { collection: 'faqs', dir: 'faqs', ext: '.md', nested: true, markdown: true, schema: faqSchema },
  {
    collection: 'organisations',
    dir: 'organisations',
    ext: '.yaml',
    nested: false,
    markdown: false,
    schema: organisationSchema,
  },
];

/** `content/site.yaml`, checked when present. */
export const siteLayout: CollectionLayout = {
  collection: 'site',
  dir: '',
  ext: '.yaml',
  nested: false,
  markdown: false,
  schema: siteSchema,
};

export function layoutOf(collection: Collection): CollectionLayout {
  return collection === 'site' ? siteLayout : (layouts.find((l) => l.collection === collection) as CollectionLayout);
}
