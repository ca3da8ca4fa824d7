/**
 * `appel.json`: the call's complete data (its front matter as validated, its slug, the kit
 * version, its page address and the names of the organisations it refers to), and the JSON
 * Schema it follows, published at `/schemas/appel.schema.json`. The JSON Schema is generated
 * from the zod schema (`z.toJSONSchema`, output side: what parsing gives), never written by hand.
 */
import { z } from 'astro/zod';
import { callSchema } from '../../schemas/call';
import { jsonSchemaOf } from '../json-schema';
import { slug, text, url } from '../../schemas/common';
import { prettyJson } from './canonical';
import type { KitSource } from './source';
import { statusLabels, type StatusKey } from '../shared/status';

export const JSON_MIME = 'application/json; charset=utf-8';

/** Public path of the JSON Schema. */
export const SCHEMA_PATH = '/schemas/appel.schema.json';

/** The shape of `appel.json`: a call's data plus what the kit adds. */
export const appelSchema = callSchema.extend({
  $schema: url.describe('Adresse du schéma JSON de ce fichier'),
  slug: slug.describe('Identifiant public de l’appel : /appels/<slug>/'),
  version: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}\+[0-9a-f]{7}$/)
    .describe('Version du dossier : date de mise à jour et empreinte des données (AAAA-MM-JJ+7 chiffres hexadécimaux)'),
  url: url.describe('Page de l’appel'),
  organisations: z
    .array(z.object({ id: slug, name: text, acronym: text.optional() }))
    .describe('Organisations citées par l’appel, dans l’ordre de leur première mention'),
  statut: z
    .object({
      jour: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Jour de la construction du site (AAAA-MM-JJ)'),
      cle: z.enum(Object.keys(statusLabels) as [StatusKey, ...StatusKey[]]),
      libelle: text,
      detail: text,
    })
    .describe('Statut de l’appel au jour de la construction du site'),
});

export type Appel = z.infer<typeof appelSchema>;

/** The JSON Schema of `appel.json`, with its public `$id`. */
export function appelJsonSchema(siteUrl: string): Record<string, unknown> {
  return jsonSchemaOf(
    appelSchema,
    {
      path: SCHEMA_PATH,
      title: 'Appel à candidatures (appel.json)',
      description:
        'Données complètes d’un appel telles que publiées dans son dossier de candidature ' +
        '(fichier appel.json). Généré à partir du schéma de contenu du site.',
    },
    siteUrl,
  );
}

/** The data written to `appel.json`. */
export function appelData(source: KitSource): Appel {
  const data = {
    ...source.call,
    $schema: `${source.siteUrl}${SCHEMA_PATH}`,
    slug: source.slug,
    version: source.version,
    url: source.pageUrl,
    organisations: source.organisations,
    statut: { jour: source.today, cle: source.status.key, libelle: source.status.label, detail: source.status.detail },
  };
  // The file must follow its own schema: check it here rather than publish a wrong file.
  return appelSchema.parse(data);
}

/** `appel.json` text. */
export function appelJson(source: KitSource): string {
  return prettyJson(appelData(source));
}
