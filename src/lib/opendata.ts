/**
 * The open data feeds under `/api/` and their JSON Schemas under `/schemas/`, generated from
 * the content schemas (`z.toJSONSchema`), never written by hand:
 *
 * | feed                      | schema                              | what                        |
 * | ------------------------- | ----------------------------------- | --------------------------- |
 * | `/api/appels.json`        | `/schemas/appels.schema.json`       | every call, as its kit's `appel.json` (`/schemas/appel.schema.json`) |
 * | `/api/faq.json`           | `/schemas/faq.schema.json`          | every FAQ entry             |
 * | `/api/territoires.json`   | `/schemas/territoires.schema.json`  | every case study            |
 */
import { z } from 'astro/zod';
import { faqSchema } from '../schemas/faq';
import { territorySchema } from '../schemas/territory';
import { text, url } from '../schemas/common';
import { SCHEMA_PATH as APPEL_SCHEMA_PATH } from './kit/json';
import { jsonSchemaOf } from './json-schema';
import { siteBase as base } from './site';
import { faqEntryPath } from './faq-url';

/** One entry of `/api/faq.json`. */
export const faqRecordSchema = faqSchema.extend({
  id: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)
    .describe('Identifiant de la question : <appel>/<question>'),
  answer: text.describe('La réponse, en Markdown, telle qu’écrite'),
  url: url.describe('Adresse de la question sur la page de questions de son appel (avec son ancre)'),
});
export type FaqRecord = z.infer<typeof faqRecordSchema>;

/** One entry of `/api/territoires.json`. */
export const territoryRecordSchema = territorySchema.extend({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .describe('Identifiant public : /territoires/<slug>/'),
  url: url.describe('Page du territoire'),
});
export type TerritoryRecord = z.infer<typeof territoryRecordSchema>;

export const faqFeedSchema = z.array(faqRecordSchema);
export const territoriesFeedSchema = z.array(territoryRecordSchema);

/** A FAQ entry as the collection holds it. */
interface FaqEntryLike {
  id: string;
  body?: string | undefined;
  data: Omit<FaqRecord, 'id' | 'answer' | 'url'>;
}

/** `/api/faq.json`: every FAQ entry, in the order given, checked against its own schema. */
export function faqFeed(faqs: readonly FaqEntryLike[], siteUrl: string): FaqRecord[] {
  const records = faqs.map((f) => ({
    id: f.id,
    call: f.data.call,
    question: f.data.question,
    theme: f.data.theme,
    order: f.data.order,
    answer: (f.body ?? '').trim(),
    url: `${base(siteUrl)}${faqEntryPath(f.data.call, f.id)}`,
  }));
  return faqFeedSchema.parse(records);
}

/** `/api/territoires.json`: every case study's data with its slug and address, checked against its own schema. */
export function territoriesFeed(
  territories: readonly { id: string; data: Omit<TerritoryRecord, 'slug' | 'url'> }[],
  siteUrl: string,
): TerritoryRecord[] {
  const records = territories.map((t) => ({ slug: t.id, url: `${base(siteUrl)}/territoires/${t.id}/`, ...t.data }));
  return territoriesFeedSchema.parse(records);
}

/** Public paths. */
export const FEED_PATHS = {
  appels: { feed: '/api/appels.json', schema: '/schemas/appels.schema.json' },
  faq: { feed: '/api/faq.json', schema: '/schemas/faq.schema.json' },
  territoires: { feed: '/api/territoires.json', schema: '/schemas/territoires.schema.json' },
} as const;


export const faqJsonSchema = (siteUrl: string) =>
  jsonSchemaOf(
    faqFeedSchema,
    {
      path: FEED_PATHS.faq.schema,
      title: 'Questions fréquentes (api/faq.json)',
      description:
        'Toutes les questions fréquentes du site, par appel puis dans leur ordre. Généré à partir du schéma de contenu.',
    },
    siteUrl,
  );

export const territoriesJsonSchema = (siteUrl: string) =>
  jsonSchemaOf(
    territoriesFeedSchema,
    {
      path: FEED_PATHS.territoires.schema,
      title: 'Territoires lauréats (api/territoires.json)',
      description:
        'Toutes les études de cas de territoires, avec les EPCI qui les composent. Généré à partir du schéma de contenu.',
    },
    siteUrl,
  );

/** `/schemas/appels.schema.json`: a list of calls, each following `/schemas/appel.schema.json`. */
export function appelsJsonSchema(siteUrl: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${base(siteUrl)}${FEED_PATHS.appels.schema}`,
    title: 'Appels (api/appels.json)',
    description:
      'Tous les appels du site, dans l’ordre de la page /appels/. Chaque élément suit le schéma du fichier appel.json des dossiers de candidature.',
    type: 'array',
    items: { $ref: `${base(siteUrl)}${APPEL_SCHEMA_PATH}` },
  };
}
