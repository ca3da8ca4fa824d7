/**
 * Content collections. Each kind has one schema file in `src/schemas/`; this file only says
 * which collections exist. Every collection is loaded by guichet's loader
 * (`src/integration/collection-loader.ts`, whose work is `src/integration/loader.ts`): each file is read and parsed once, the validator checks that
 * parse (a build with an error stops here with its French report), and the entries go to the
 * store from it. Cross-references are plain ids checked by the validator. `published/` beside
 * the collections holds what `npm run publish` recorded of each call
 * (`src/lib/amendments/record.ts`); it is no collection. Astro keys its content cache on this
 * file's text only: edit this comment when a schema in `src/schemas/` changes, so that cached
 * entries are parsed again.
 */
import { defineCollection } from 'astro:content';
import { guichetLoader } from './integration/collection-loader';
import { briefSchema } from './schemas/brief';
import { callSchema } from './schemas/call';
import { faqSchema } from './schemas/faq';
import { organisationSchema } from './schemas/organisation';
import { territorySchema } from './schemas/territory';

export const collections = {
  calls: defineCollection({ loader: guichetLoader('calls'), schema: callSchema }),
  territories: defineCollection({ loader: guichetLoader('territories'), schema: territorySchema }),
  briefs: defineCollection({ loader: guichetLoader('briefs'), schema: briefSchema }),
  faqs: defineCollection({ loader: guichetLoader('faqs'), schema: faqSchema }),
  organisations: defineCollection({ loader: guichetLoader('organisations'), schema: organisationSchema }),
};
