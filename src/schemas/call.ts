/**
 * `content/calls/<slug>.mdx`: one call for applications. The front matter holds every fact
 * as data (dates, criteria, action areas, documents, brackets…); the MDX body holds the
 * context, in prose. The file name is the call's public slug: `/appels/<slug>/`.
 *
 * Lists the call publishes (criteria, action areas, documents, phases…) keep the call's
 * own wording in their `title`/`text`; every item has a stable `id` so that case studies,
 * FAQ entries and acknowledgements can point at it.
 */
import { z } from 'astro/zod';
import { acknowledgement, ref, slug, text } from './common';
import { fuzzyDate } from './date';
import { amendments } from './amendment';
import { applicant } from './applicants';
import { funding } from './funding';
import { item } from './items';
import { callKinds, selection } from './selection';
import { applicationFormats, channel, contact, officialDocument } from './submission';

export { callKinds } from './selection';
export { applicantTypes, applicantTypesOf } from './applicants';
export { contactPurposes } from './submission';

/** Kinds of calendar milestone; `opening` and `deadline` drive the call's status. */
export const milestoneKinds = {
  'opening': 'Ouverture des candidatures',
  'deadline': 'Date limite de candidature',
  'selection': 'Sélection',
  'announcement': 'Annonce des résultats',
  'implementation': 'Mise en œuvre',
  'closing': 'Restitution',
} as const;

const milestone = z.object({
  id: slug,
  /** The milestone as the call words it ("Clôture de l'appel à candidature"). */
  title: text,
  /** Kind of milestone, one of `milestoneKinds`. */
  kind: z.enum(Object.keys(milestoneKinds) as [keyof typeof milestoneKinds]),
  /** The group the call puts it in ("Appel à candidature", "Mise en œuvre du dispositif"). */
  group: text.optional(),
  /** When, exact or fuzzy: see `src/schemas/date.ts`. */
  date: fuzzyDate,
  /** For a call in waves: the wave as the call names it (« 1re date de dépôt »); required on each deadline then. */
  wave: text.optional(),
  /** The selection stage it belongs to (`selection.stages[].id`). */
  stage: slug.optional(),
});

const infoEvent = z.object({
  id: slug,
  /** "Webinaire de présentation". */
  title: text,
  /** Who runs it and in which setting ("Club des développeurs piloté par l'AD Normandie"). */
  host: text.optional(),
  organiser: ref('organisations').optional(),
  /** When: a `day-time` date gives the start and end times. */
  date: fuzzyDate,
  /** How to attend, when the call says. */
  access: text.optional(),
});

const population = z.object({
  /** A number of inhabitants. */
  value: z.number().int().nonnegative(),
  /** Whether a population equal to `value` belongs to the bracket. */
  inclusive: z.boolean(),
});

const bracket = z.object({
  id: slug,
  /** The bracket as the call words it ("50 000 à 100 000 habitants"). */
  label: text,
  /** Lower bound; absent for the first bracket ("< 50 000 habitants"). */
  min: population.optional(),
  /** Upper bound; absent for the last bracket ("Au-delà"). */
  max: population.optional(),
  /** Price for this bracket in euros, when the call publishes it. */
  amount: z.number().nonnegative().optional(),
});

export const callSchema = z.object({
  // Identity
  /** Full title ("Impulsion Ingénierie Territoires"). */
  title: text,
  /** Short name used in lists and the kit ("I2T"). */
  shortName: text,
  /** Subtitle or tagline the call gives itself. */
  tagline: text.optional(),
  /** Kind of call, one of `callKinds`. */
  kind: z.enum(Object.keys(callKinds) as [keyof typeof callKinds]),
  /**
   * How the published document names itself, word for word (« AMI TERRIENS », « Appel à projets
   * « Territoires-Ressources » »). Optional; the validator compares each with `kind`.
   */
  publishedAs: z.array(text).default([]),
  /** Organisations that launch the call. */
  organisers: z.array(ref('organisations')).min(1),
  /** Partner organisations. */
  partners: z.array(ref('organisations')).default([]),
  /** The programme period in years (« 2023-2027 »), apart from the calendar. */
  period: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
  /** Date the content was last checked against the published call (kit version stamp). */
  updated: z.preprocess(
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'jour attendu au format AAAA-MM-JJ' }),
  ),

  // Purpose
  /** Two or three sentences, in our own words, for lists and search results. */
  summary: text,
  /** What the call sets out to do. */
  objectives: z.array(item).default([]),
  /** Domains of support offered to the selected territories. */
  support: z.array(item).default([]),

  // Eligibility
  eligibility: z.object({
    /**
     * Who may apply: alternatives in the call's words, see `src/schemas/applicants.ts`.
     * Empty: the call does not say (« non précisé par l’appel »).
     */
    applicants: z.array(applicant).default([]),
    /** Where applicants must be: a list of regions (INSEE codes) or the whole country. */
    area: z.discriminatedUnion('type', [
      z.object({ type: z.literal('regions'), codes: z.array(z.string().regex(/^\d{2}$/)).min(1) }),
      z.object({ type: z.literal('national') }),
    ]),
    /** Conditions in the call's words. */
    conditions: z.array(item).default([]),
  }),

  // Selection
  /** A list of criteria the call publishes, in the call's order. */
  criteria: z.array(item).default([]),
  /**
   * The call's own heading for `criteria`, word for word (« Guide de candidature – Plusieurs
   * critères peuvent être pris en compte pour construire une candidature »). Pages and kits print
   * it as the list's heading and say nothing else about who uses the list for what.
   */
  criteriaHeading: text.optional(),
  /** A second list: what the call says is appraised. */
  appraisal: z.array(item).default([]),
  /** The call's own heading for `appraisal`, word for word (« Quelle appréciation de la candidature ? »). */
  appraisalHeading: text.optional(),
  /** Count, stages and results of the selection: see `src/schemas/selection.ts`. */
  selection,

  // What the selected territories get
  actionAreas: z
    .object({
      /** What the call calls them ("briques d'actions"). */
      label: text.default("briques d'actions"),
      /** Fewest and most areas a territory takes on. */
      min: z.number().int().positive(),
      max: z.number().int().positive(),
      /**
       * How the areas are chosen, in the call's words (« Les briques d'actions … seront définies
       * au nombre de 3 à 4 pour chaque territoire »). Pages and kits quote it; without it they
       * say nothing about who chooses or when.
       */
      choice: text.optional(),
      /** The calendar milestone (its `id`) at which the areas are chosen, when the call dates it. */
      choiceMilestone: slug.optional(),
      /**
       * Whether the applicant chooses the areas in its application. Only `true` when the call
       * says so; kits then ask to tick `min`–`max` of them, otherwise they only ask for interest.
       */
      chosenByApplicant: z.boolean().default(false),
      items: z.array(item).min(1),
    })
    .optional(),
  /** Steps of the method or phases of the programme, in order. */
  phases: z
    .object({
      /** How the call names them ("six phases clés", "étapes"). */
      label: text,
      items: z.array(item).min(1),
    })
    .optional(),
  /** The group of local actors the territory must bring together, when the call asks for one. */
  collective: z
    .object({
      label: text,
      /** Whether the call makes it a requirement or an ideal ("idéalement"). */
      strength: z.enum(['required', 'recommended']),
      members: z.array(
        z.object({
          id: slug,
          title: text,
          /** How many are expected ("au moins 5 industriels"). */
          min: z.number().int().positive().default(1),
        }),
      ),
    })
    .optional(),
  /** How long the support lasts. */
  duration: z
    .object({
      months: z.number().int().positive(),
      /** "durée moyenne", "durée initiale". */
      qualifier: z.enum(['exact', 'average', 'initial']),
      /** Times it may be renewed. */
      renewals: z.number().int().nonnegative().default(0),
    })
    .optional(),

  // Applying
  application: z.object({
    /**
     * `deadline`: applications close at the `deadline` milestone. `rolling`: the call states that
     * applications are taken as they come, without a deadline; `rollingStatement` holds that
     * statement. `undated`: the call publishes no deadline and says nothing of a rolling intake
     * (its status is « Dates non publiées »). Explicit, so a missing date is never an accident.
     */
    /*
     * `waves`: several `deadline` milestones, each with its `wave`; each has its own status.
     * `designation`: nobody applies (communes designated by the préfets); `designation.by` says who designates.
     */
    mode: z.enum(['deadline', 'waves', 'rolling', 'undated', 'designation']),
    /** For `rolling`: the call's own sentence saying applications are received as they come. */
    rollingStatement: text.optional(),
    /** For `designation`: who designates, in the call's words. */
    designation: z.object({ by: text }).optional(),
    /** What the applicant fills in: `online-form`, `documents` or `letter`. Absent: not published. */
    format: z.enum(Object.keys(applicationFormats) as [keyof typeof applicationFormats, ...(keyof typeof applicationFormats)[]]).optional(),
    /** Documents to provide. */
    documents: z
      .array(
        item.extend({
          /** Who signs it, in the call's words. */
          signedBy: text.optional(),
          /** True for the document that details `application.sections` (« Un document détaillant : … »):
           *  the kit lists the sections as its content. */
          detailsSections: z.boolean().optional(),
          /** False for optional documents ("autres documents qui sembleraient utiles"). */
          required: z.boolean().default(true),
        }),
      )
      .default([]),
    /** Sections the application document must cover, in the call's order. */
    sections: z.array(item).default([]),
    /** Referents each applicant names. */
    referents: z
      .object({
        min: z.number().int().positive(),
        max: z.number().int().positive(),
        /** For a groupement: referents are asked of each EPCI. */
        perEpci: z.boolean(),
        /** Who they are, in the call's words. */
        role: text,
      })
      .optional(),
    /**
     * Where and how to submit, in the call's order: `{ channel: platform, url, name }`,
     * `{ channel: email, email }`, `{ channel: post, address }`. Empty: not published.
     */
    submission: z.array(channel).default([]),
    /** The call's own sentence on how to submit, when it gives one. */
    instructions: text.optional(),
  }),
  /** Information sessions (webinars). */
  events: z.array(infoEvent).default([]),
  /** Calendar, in the call's order. May be empty (a call without published dates). */
  calendar: z.array(milestone).default([]),

  // Cost
  pricing: z
    .object({
      /** What the call calls the price ("forfait budgétaire global incluant tous les frais"). */
      label: text,
      /** Range of the price in euros. */
      range: z.object({ min: z.number().nonnegative(), max: z.number().nonnegative() }),
      tax: z.enum(['HT', 'TTC']),
      per: z.enum(['year', 'total']),
      /** Whether the range is indicative ("à titre indicatif"). */
      indicative: z.boolean(),
      /** What the price depends on, in the call's words. */
      basis: text.optional(),
      /** Population brackets, smallest first. */
      brackets: z.array(bracket).default([]),
    })
    .optional(),
  /** Nothing to pay: say so explicitly. */
  free: z.boolean().default(false),

  // People
  contacts: z.array(contact).default([]),
  /** The documents the call publishes (rules, guide, FAQ, form), as titled links. */
  officialDocuments: z.array(officialDocument).default([]),
  /** What the call gives: see `src/schemas/funding.ts`. */
  funding: funding.optional(),

  /** Findings of the validator kept on purpose, shown to readers. */
  acknowledgements: z.array(acknowledgement).default([]),
  /**
   * Notices for readers about an unclear or inconsistent point of the published documents that no
   * validator rule can see. `target` is a data path (`pricing`, `contacts[0]`, `phases`…): the
   * notice is shown where that fact is shown. `text` is the sentence readers see. `alsoOn` names
   * other pages that repeat the fact (`briefs/<id>`, `territories/<id>`): the notice is shown there too.
   */
  notices: z.array(z.object({ target: text, text, alsoOn: z.array(text).default([]) })).default([]),
  /** Dates in the body that are not milestones (`prose/date-hors-calendrier`), as written. */
  nonMilestoneDates: z.array(text).default([]),
  /** Changes made since the call was first published, oldest first: see `amendment.ts`. */
  amendments,
});

export type Call = z.infer<typeof callSchema>;
export type Milestone = Call['calendar'][number];
export type PriceBracket = NonNullable<Call['pricing']>['brackets'][number];
export type Applicant = Call['eligibility']['applicants'][number];
