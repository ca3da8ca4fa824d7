/**
 * Content collections. Each kind has one schema file in `src/schemas/`; this file only says
 * where its files live. Cross-references are plain ids checked by the validator
 * (`npm run check`), which `npm run build` runs first. `published/` beside the collections holds
 * what `npm run publish` recorded of each call (`src/lib/amendments/record.ts`); it is no
 * collection. Astro keys its content cache on this file's text only: edit this comment when a
 * schema in `src/schemas/` changes, so that cached entries are parsed again.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { briefSchema } from './schemas/brief';
import { callSchema } from './schemas/call';
import { faqSchema } from './schemas/faq';
import { organisationSchema } from './schemas/organisation';
import { territorySchema } from './schemas/territory';

const base = process.env['GUICHET_CONTENT_DIR'] ?? './content';

export const collections = {
  calls: defineCollection({ loader: glob({ base: `${base}/calls`, pattern: '*.mdx' }), schema: callSchema }),
  territories: defineCollection({
    loader: glob({ base: `${base}/territories`, pattern: '*.mdx' }),
    schema: territorySchema,
  }),
  briefs: defineCollection({ loader: glob({ base: `${base}/briefs`, pattern: '*.mdx' }), schema: briefSchema }),
  faqs: defineCollection({ loader: glob({ base: `${base}/faqs`, pattern: '**/*.md' }), schema: faqSchema }),
  organisations: defineCollection({
    loader: glob({ base: `${base}/organisations`, pattern: '*.yaml' }),
    schema: organisationSchema,
  }),
};
