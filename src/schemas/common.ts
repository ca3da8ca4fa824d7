/**
 * Building blocks shared by every content schema.
 *
 * This file, like every schema file, imports zod from `astro/zod` but nothing from the
 * Astro runtime, so the validator (`scripts/check.ts`) and the unit tests can use it as is.
 */
import { z } from 'astro/zod';

/** A content identifier: lowercase letters, digits and hyphens (`impulsion-ingenierie-territoires`). */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'identifiant attendu : minuscules, chiffres et tirets, sans accent (ex. « foncier-industriel »)',
  });

/** The collections a reference may point to. */
export type CollectionName = 'organisations' | 'calls' | 'territories' | 'briefs' | 'faqs';

/**
 * A reference to an entry of another collection, written as that entry's id (its file name
 * without extension). The id is checked against the collection by the validator
 * (`references/introuvable`), before any page is built.
 */
export const ref = (collection: CollectionName) =>
  slug.meta({ description: `Identifiant d'une entrée de la collection « ${collection} »`, ref: collection });

/** Reads the collection a `ref()` schema points to (used by the validator). */
export function refTarget(schema: z.ZodType): CollectionName | undefined {
  const meta = z.globalRegistry.get(schema) as { ref?: CollectionName } | undefined;
  return meta?.ref;
}

/** A non-empty, trimmed line of text. */
export const text = z.string().trim().min(1, { message: 'texte vide' });

/** An e-mail address. */
export const email = z.email({ message: 'adresse électronique mal formée (ex. « prenom.nom@exemple.fr »)' });

/** An absolute http(s) URL. */
export const url = z.url({
  protocol: /^https?$/,
  message: 'adresse web mal formée : elle doit commencer par « https:// » ou « http:// »',
});

/** A person quoted in a brief or a case study. The text is quoted verbatim from the source. */
export const quote = z.object({
  /** The words quoted, exactly as published. */
  text: text,
  /** Who said it. */
  person: text,
  /** Their role, as published. */
  role: text,
  /** Their organisation, as a reference when it is one of ours. */
  organisation: ref('organisations').optional(),
});

/**
 * An acknowledged validator finding. The published source really is inconsistent; the
 * author keeps the published fact, the build goes on, and the page shows `reason` to readers.
 */
export const acknowledgement = z.object({
  /** The rule id of the finding (e.g. `tarifs/contiguite`). */
  rule: z.string().regex(/^[a-z-]+\/[a-z-]+$/, { message: 'identifiant de règle attendu, ex. « tarifs/contiguite »' }),
  /** The data path or value the finding is about, as printed by `npm run check`. */
  target: text,
  /** Why the fact is kept as published: shown to readers as a notice. */
  reason: text,
});

export type Quote = z.infer<typeof quote>;
export type Acknowledgement = z.infer<typeof acknowledgement>;
