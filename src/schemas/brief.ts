/** `content/briefs/<slug>.mdx`: a news brief. Facts in the front matter, prose in the body. */
import { z } from 'astro/zod';
import { isoDay } from './date';
import { quote, ref, slug, text } from './common';

export const briefSchema = z.object({
  title: text,
  /** Publication day; leave it out when the source does not give it (the page says so). */
  date: isoDay.optional(),
  /** Two sentences for lists and search results, in our own words. */
  summary: text,
  /** Calls the brief is about. */
  calls: z.array(ref('calls')).default([]),
  /** Territories (case studies) it reports on. */
  territories: z.array(ref('territories')).default([]),
  /** Key figures, each with the footnote of its source. */
  figures: z
    .array(
      z.object({
        /** The figure as published ("19 %"). */
        value: text,
        /** What it measures. */
        label: text,
        /** Id of an entry of `sources`. */
        source: slug.optional(),
      }),
    )
    .default([]),
  /** Footnotes: the sources the brief cites. */
  sources: z.array(z.object({ id: slug, label: text, organisation: ref('organisations').optional() })).default([]),
  /** Quotes, verbatim. */
  quotes: z.array(quote).default([]),
  /** People presented at the end of the brief. */
  experts: z
    .array(z.object({ name: text, role: text, organisation: ref('organisations').optional(), bio: text }))
    .default([]),
});

export type Brief = z.infer<typeof briefSchema>;
