/** `content/organisations/<id>.yaml`: an organisation that runs, funds or supports a call. */
import { z } from 'astro/zod';
import { text, url } from './common';
import { articles, type ArticleKey } from '../lib/french-names';

/** What kind of body an organisation is. */
export const organisationKinds = {
  'agence': 'Agence de développement',
  'collectivite': 'Collectivité territoriale',
  'etat': "Service ou opérateur de l'État",
  'etablissement-public': 'Établissement public',
  'entreprise': 'Entreprise',
  'cabinet': 'Cabinet de conseil',
  'association': 'Association',
  'source': 'Source statistique',
} as const;

/** The article French puts before a name: `le`, `la`, `l` (l’), `les` or `aucun`. */
const article = z.enum(Object.keys(articles) as [ArticleKey, ...ArticleKey[]]);

export const organisationSchema = z.object({
  /** Full name, as the organisation writes it ("Agence de Développement pour la Normandie"). */
  name: text,
  /**
   * Article before `name` in a sentence: `la` (« la Région Normandie »), `l` (« l’Agence… »),
   * `le` (« le SGPI »), `les`, or `aucun` (« Business France »). Required: no sentence guesses it.
   */
  article,
  /** Acronym or short name, when one is in use ("AD Normandie"). */
  acronym: text.optional(),
  /** Article before `acronym` when it differs from `article` (« Normandie Attractivité », no article). */
  acronymArticle: article.optional(),
  /** With `article: aucun`: whether « de » elides before the name (« d’Orange »). Default: it starts with a vowel or h. */
  elides: z.boolean().optional(),
  /** Kind of body, one of `organisationKinds`. */
  kind: z.enum(Object.keys(organisationKinds) as [keyof typeof organisationKinds]),
  /** Official website. */
  website: url.optional(),
  /** One sentence, in our own words, on what the organisation does. */
  description: text.optional(),
});

export type Organisation = z.infer<typeof organisationSchema>;
