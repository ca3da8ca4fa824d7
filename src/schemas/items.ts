/** The list item every call list uses: `{ id, title, text }` in the call's wording. */
import { z } from 'astro/zod';
import { slug, text } from './common';

/** An item of a list the call publishes, in the call's wording. */
export const item = z.object({
  /** Stable identifier, unique within the list. */
  id: slug,
  /** The item as the call words it. */
  title: text,
  /** Further text from the call, when it gives some. */
  text: text.optional(),
});

export type Item = z.infer<typeof item>;
