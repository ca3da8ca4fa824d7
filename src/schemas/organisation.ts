/** `content/organisations/<id>.yaml`: an organisation that runs, funds or supports a call. */
import { z } from 'astro/zod';
import { text, url } from './common';

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

export const organisationSchema = z.object({
  /** Full name, as the organisation writes it ("Agence de Développement pour la Normandie"). */
  name: text,
  /** Acronym or short name, when one is in use ("AD Normandie"). */
  acronym: text.optional(),
  /** Kind of body, one of `organisationKinds`. */
  kind: z.enum(Object.keys(organisationKinds) as [keyof typeof organisationKinds]),
  /** Official website. */
  website: url.optional(),
  /** One sentence, in our own words, on what the organisation does. */
  description: text.optional(),
});

export type Organisation = z.infer<typeof organisationSchema>;
