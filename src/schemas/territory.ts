/**
 * `content/territories/<slug>.mdx`: a case study of a territory selected by a call. The
 * front matter holds the facts; the body tells the story in our own words.
 */
import { z } from 'astro/zod';
import { quote, ref, slug, text } from './common';

/** What kind of applicant the territory is. */
export const territoryKinds = {
  'epci': 'EPCI',
  'groupement-epci': "Groupement d'EPCI",
  'territoire-industrie': 'Territoire d’industrie',
  'petr': 'PETR',
} as const;

export const territorySchema = z.object({
  /** Name, as the published documents write it ("Communauté de communes Coutances Mer & Bocage"); the official name of each EPCI goes in `epcis`. */
  name: text,
  /** Short name or acronym in use ("Coutances Mer & Bocage"). */
  shortName: text.optional(),
  /** Kind of applicant, one of `territoryKinds`. */
  kind: z.enum(Object.keys(territoryKinds) as [keyof typeof territoryKinds]),
  /** The EPCIs it is made of, by SIREN and official name (one for an EPCI; each member
   *  for a groupement or a territoire d'industrie). Checked against the official list. */
  epcis: z
    .array(
      z.object({
        siren: z.string().regex(/^\d{9}$/, { message: 'SIREN attendu : 9 chiffres, entre guillemets (ex. "200067023")' }),
        /** Name as in the official list (`@etalab/decoupage-administratif`). */
        name: text,
      }),
    )
    .min(1),
  /** Where the member list comes from, when the seeds do not give it. */
  membersSource: text.optional(),
  /** The call it was selected by. */
  call: ref('calls'),
  /** Year of the selection. */
  year: z.number().int().min(2000).max(2100),
  /** Whether it is a laureate of the call (counted against the call's `selection.count`). */
  laureate: z.boolean().default(true),
  /** Action areas chosen, as ids of the call's `actionAreas.items`, with who led each.
   *  Absent when the sources do not say which were chosen. */
  actionAreas: z
    .array(
      z.object({
        area: slug,
        /** Partners that led the work on this area. */
        ledBy: z.array(ref('organisations')).default([]),
      }),
    )
    .optional(),
  /** Priorities the diagnostic brought out, in the source's words. */
  priorities: z.array(text).default([]),
  /** Outcomes reported. */
  outcomes: z.array(text).default([]),
  /** What was said about it, verbatim. */
  quotes: z.array(quote).default([]),
  /** Brief it was reported in. */
  source: ref('briefs').optional(),
});

export type Territory = z.infer<typeof territorySchema>;
