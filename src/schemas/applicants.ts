/**
 * Who may apply (`eligibility.applicants`): a list of alternatives, each in the call's words,
 * with the limits the eligibility lookup can verify and the conditions it cannot. An applicant
 * is eligible through any one alternative; an empty list means the call does not say.
 */
import { z } from 'astro/zod';
import { slug, text } from './common';

/** Applicant types. The first five are checked on the official lists; the rest are shown only. */
export const applicantTypes = {
  'epci': 'EPCI (intercommunalité à fiscalité propre)',
  'groupement-epci': 'Groupement d’EPCI',
  'commune': 'Commune',
  'departement': 'Département',
  'region': 'Région',
  'petr': 'PETR (pôle d’équilibre territorial et rural)',
  'territoire-industrie': 'Territoire d’industrie labellisé',
  'pays': 'Pays',
  'collectivite': 'Collectivité territoriale',
  'cias': 'CIAS (centre intercommunal d’action sociale)',
  'syndicat': 'Syndicat mixte ou intercommunal',
  'gip': 'Groupement d’intérêt public',
  'etablissement-public': 'Établissement public',
  'association': 'Association',
  'consortium': 'Consortium d’acteurs',
  'entreprise': 'Entreprise',
  'bailleur-social': 'Bailleur social',
} as const;

export type ApplicantType = keyof typeof applicantTypes;

/** A number of inhabitants and whether a population equal to it is inside the bound. */
export const populationBound = z.object({
  value: z.number().int().nonnegative(),
  inclusive: z.boolean(),
});

export const applicant = z.object({
  /** Stable identifier, unique within the list (funding cases point at it). */
  id: slug,
  /** Type, one of `applicantTypes`. */
  type: z.enum(Object.keys(applicantTypes) as [ApplicantType, ...ApplicantType[]]),
  /** The alternative as the call words it. */
  label: text,
  /** Set when the call opens this door only « par exception »: the call's sentence. */
  exception: z.object({ text }).optional(),
  /** A condition the lookup cannot verify, in the call's words (« justifier de la taille critique »). */
  requires: text.optional(),
  /** Population of the applicant itself (commune, EPCI). */
  population: z
    .object({
      min: populationBound.optional(),
      max: populationBound.optional(),
      /** Which INSEE population the call means: `municipale` or `totale`. Never guessed. */
      measure: z.enum(['municipale', 'totale']),
      /** The call's own words on the population meant. */
      asPublished: text.optional(),
    })
    .optional(),
  /** EPCI only: bound on its most populated member commune. */
  largestCommune: z.object({ max: populationBound }).optional(),
  /** Groupement of EPCI only: how many EPCI it gathers. */
  members: z
    .object({ min: z.number().int().min(1).optional(), max: z.number().int().min(1).optional() })
    .optional(),
});

export type Applicant = z.infer<typeof applicant>;

/** The distinct applicant types of a call, in order of first mention. */
export function applicantTypesOf(call: { eligibility: { applicants: readonly Applicant[] } }): ApplicantType[] {
  return [...new Set(call.eligibility.applicants.map((a) => a.type))];
}
