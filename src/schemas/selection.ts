/**
 * How applicants are selected (`selection`): an optional count as the call words it, the
 * stages of a selection in several steps, and the result once known.
 */
import { z } from 'astro/zod';
import { ref, slug, text } from './common';
import { isoDay } from './date';

/** Kinds of call; a stage may be of another kind than the call (an AMI, then an appel à projets). */
export const callKinds = {
  'appel-a-candidatures': 'Appel à candidatures',
  'ami': 'Appel à manifestation d’intérêt',
  'appel-a-projets': 'Appel à projets',
  'dispositif': 'Dispositif d’aide',
  'programme': 'Programme',
} as const;

export type CallKind = keyof typeof callKinds;

const positive = z.number().int().positive();

/** A number the call announces: exact, at most, a range, or about. */
export const count = z.discriminatedUnion('type', [
  z.object({ type: z.literal('exact'), value: positive, asPublished: text.optional() }),
  z.object({ type: z.literal('at-most'), value: positive, asPublished: text.optional() }),
  z.object({ type: z.literal('range'), min: positive, max: positive, asPublished: text.optional() }),
  z.object({ type: z.literal('about'), value: positive, asPublished: text.optional() }),
]);

export type Count = z.infer<typeof count>;

/** A stage of a selection in several steps (pre-selection, then selection). */
export const stage = z.object({
  id: slug,
  /** The stage as the call names it (« Appel à manifestation d’intérêt »). */
  title: text,
  /** `preselection` or `selection`. */
  kind: z.enum(['preselection', 'selection']),
  /** Its own nature, when it differs from the call's `kind`. */
  callKind: z.enum(Object.keys(callKinds) as [CallKind, ...CallKind[]]).optional(),
  /** What those kept are called (« présélectionnés », « lauréats »). */
  outcome: text,
  count: count.optional(),
  /** What those kept receive at this stage. */
  support: z.object({ title: text, amount: z.object({ max: z.number().positive() }).optional() }).optional(),
  /** Who may enter: `all`, or only those kept at the previous stage (`previous`). */
  openTo: z.enum(['all', 'previous']).default('previous'),
});

export type Stage = z.infer<typeof stage>;

export const selection = z
  .object({
    /**
     * How many applicants the call announces it will keep: `{ type: exact, value: 4 }`,
     * `{ type: at-most, value: 10 }`, `{ type: range, min: 800, max: 1000 }`, `{ type: about, value: 20 }`.
     * A plain number is read as `exact`. Absent: the call announces none.
     */
    count: z.preprocess((v) => (typeof v === 'number' ? { type: 'exact', value: v } : v), count).optional(),
    /** Stages, in order; empty for a selection in one step. */
    stages: z.array(stage).default([]),
    /** What happened after the call, when known. */
    results: z
      .object({ count: z.number().int().nonnegative(), date: isoDay.optional(), asPublished: text.optional() })
      .optional(),
    /** A cap per region, when the call sets one. */
    maxPerRegion: positive.optional(),
    /** Who selects, in the call's words. */
    jury: text.optional(),
    /** Organisations sitting on the jury. */
    juryMembers: z.array(ref('organisations')).default([]),
    /** What may happen between submission and decision. */
    process: text.optional(),
  })
  .default({ stages: [], juryMembers: [] });

export type Selection = z.infer<typeof selection>;

/** The largest number a count allows, or undefined for none. */
export function countCeiling(c: Count | undefined): number | undefined {
  if (!c) return undefined;
  return c.type === 'range' ? c.max : c.value;
}
