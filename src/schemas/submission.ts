/**
 * How one applies and whom to ask: the format of the application (`format`), the channels
 * (`submission`), the official documents as titled links, and contacts by e-mail, web page
 * or phone. Every list may be empty: the page then says « non précisé par l’appel ».
 */
import { z } from 'astro/zod';
import { email, ref, slug, text, url } from './common';

/** What the applicant fills in; the kit follows it. */
export const applicationFormats = {
  'online-form': 'Formulaire en ligne',
  'documents': 'Dossier et pièces',
  'letter': 'Lettre',
} as const;

/** One way to submit, in the call's order. `stage` ties it to a selection stage. */
export const channel = z.discriminatedUnion('channel', [
  z.object({ channel: z.literal('platform'), url: url.optional(), name: text.optional(), stage: slug.optional() }),
  z.object({ channel: z.literal('email'), email, stage: slug.optional() }),
  z.object({ channel: z.literal('post'), address: text, stage: slug.optional() }),
]);

export type Channel = z.infer<typeof channel>;

/** Kinds of official document. */
export const officialDocumentKinds = {
  'reglement': 'Règlement',
  'cahier-des-charges': 'Cahier des charges',
  'guide': 'Guide',
  'faq': 'Foire aux questions',
  'formulaire': 'Formulaire',
  'notice': 'Notice',
  'autre': 'Document',
} as const;

export const officialDocument = z.object({
  id: slug,
  kind: z.enum(Object.keys(officialDocumentKinds) as [keyof typeof officialDocumentKinds, ...(keyof typeof officialDocumentKinds)[]]),
  /** Title as published (« Guide de candidature »). */
  title: text,
  /** Where it is; absent when the record names it without an address. */
  url: url.optional(),
  publishedBy: z.array(ref('organisations')).default([]),
});

export type OfficialDocument = z.infer<typeof officialDocument>;

/** What a contact address is for. */
export const contactPurposes = {
  'information': 'Renseignements',
  'candidature': 'Envoi des candidatures',
  'devis': 'Estimation du coût',
} as const;

export const contact = z
  .object({
    /** What to write about, one of `contactPurposes`. */
    purpose: z.enum(Object.keys(contactPurposes) as [keyof typeof contactPurposes, ...(keyof typeof contactPurposes)[]]),
    name: text.optional(),
    organisation: ref('organisations').optional(),
    email: email.optional(),
    url: url.optional(),
    /** Written as published. */
    phone: z
      .string()
      .regex(/^\+?[0-9 .]{8,20}$/, { message: 'numéro attendu en chiffres, espaces ou points (ex. « 02 31 00 00 00 »)' })
      .optional(),
  })
  .refine((c) => c.email || c.url || c.phone, {
    message: 'un contact a au moins une adresse électronique (email), une page web (url) ou un numéro (phone)',
  });

export type Contact = z.infer<typeof contact>;
