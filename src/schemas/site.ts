/**
 * `content/site.yaml`: the publishing agency's identity and the build's settings, in one place.
 */
import { z } from 'astro/zod';
import { isoDay } from './date';
import { email, text, url } from './common';

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'couleur attendue au format #RRGGBB' });

/** A value only the agency can give; shown as a visible placeholder until filled in. */
const legalField = text;

export const siteSchema = z.object({
  /** Public address of the site, used for canonical links and feeds. */
  url: url,
  /** Name of the site ("Appels à candidatures – AD Normandie"). */
  title: text,
  /** One sentence describing the site, for search engines and previews. */
  description: text,
  /** The publishing agency. */
  agency: z.object({
    name: text,
    shortName: text,
    /** Path of the logo under `public/` (SVG recommended). */
    logo: z.string().startsWith('/'),
    website: url.optional(),
    /** General contact address, when the agency publishes one. */
    email: email.optional(),
    /** Postal address, as it should appear in the legal notice. */
    address: legalField,
  }),
  /** Theme colours. `primary` must keep a 4.5:1 contrast with white text. */
  colours: z.object({ primary: colour, primaryDark: colour, accent: colour }),
  /** The day statuses are computed for ("today"), so builds are reproducible.
   *  The `GUICHET_TODAY` environment variable overrides it. */
  today: isoDay,
  /** Fields of the legal notice (LCEN) and the accessibility statement (RGAA). */
  legal: z.object({
    publisher: legalField,
    publicationDirector: legalField,
    siret: legalField,
    host: legalField,
    accessibilityStatus: z.enum(['non-conforme', 'partiellement-conforme', 'totalement-conforme']),
    auditDate: legalField,
    /** Where readers report an accessibility problem (an address or a form URL). */
    accessibilityContact: legalField,
  }),
});

export type Site = z.infer<typeof siteSchema>;

/** Legal fields still waiting for the agency start with this marker; pages highlight them. */
export const PLACEHOLDER = 'À COMPLÉTER';
