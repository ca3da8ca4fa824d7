/**
 * What the call gives (`funding`), apart from what it costs the applicant (`pricing`):
 * an envelope, a rate, an amount per project, support in kind and limits, each in the
 * call's words where it gives them.
 */
import { z } from 'astro/zod';
import { slug, text } from './common';
import { item } from './items';

const euros = z.number().nonnegative();

/** Forms of aid, as readers see them. */
export const fundingForms = {
  'subvention': 'Subvention',
  'avance-remboursable': 'Avance remboursable',
  'fonds-propres': 'Fonds propres',
  'prestation': 'Accompagnement en nature',
} as const;

export const funding = z.object({
  /** Form of the aid, one of `fundingForms`. */
  form: z.enum(Object.keys(fundingForms) as [keyof typeof fundingForms, ...(keyof typeof fundingForms)[]]).optional(),
  /** The whole budget of the call. */
  envelope: z
    .object({
      amount: euros,
      /** `total` or `year` (« 1 M€ par an »). */
      per: z.enum(['total', 'year']).default('total'),
      /** Over how many years (« sur 10 ans »). */
      years: z.number().int().positive().optional(),
      /** Parts of the envelope (« 150 M€ de subventions »), in the call's words. */
      breakdown: z.array(z.object({ id: slug, label: text, amount: euros })).default([]),
      asPublished: text.optional(),
    })
    .optional(),
  /** Share of the cost the call pays, in percent. */
  rate: z
    .object({
      max: z.number().positive().max(100).optional(),
      /** What the rate applies to (« des dépenses éligibles »). */
      base: text.optional(),
      /** A rate per case, each tied to an applicant alternative (`eligibility.applicants[].id`). */
      cases: z
        .array(
          z.object({
            id: slug,
            applicant: slug.optional(),
            when: text.optional(),
            max: z.number().positive().max(100),
            asPublished: text.optional(),
          }),
        )
        .default([]),
    })
    .optional(),
  /** Amount per project (or per applicant, per year). */
  amount: z
    .object({
      min: euros.optional(),
      max: euros.optional(),
      per: z.enum(['project', 'applicant', 'year']).default('project'),
      /** The call's sentence on when the cap does not hold. */
      exception: text.optional(),
    })
    .optional(),
  /** Support given in kind. */
  inKind: z.array(item).default([]),
  /** Limits in the call's words (« dans la limite d’un dossier par commune »). */
  limits: z.array(item).default([]),
});

export type Funding = z.infer<typeof funding>;
