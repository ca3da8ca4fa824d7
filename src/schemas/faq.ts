/**
 * `content/faqs/<call>/<id>.md`: one question a candidate asks, with its answer as the
 * Markdown body. The answer rests only on facts of the call it belongs to.
 */
import { z } from 'astro/zod';
import { ref, text } from './common';

/** FAQ themes, in the order the FAQ page shows them. */
export const faqThemes = {
  'eligibilite': 'Qui peut candidater',
  'calendrier': 'Calendrier',
  'dossier': 'Constituer le dossier',
  'selection': 'Sélection',
  'accompagnement': 'Accompagnement',
  'cout': 'Coût et durée',
  'contact': 'Contacts et information',
} as const;

export type FaqTheme = keyof typeof faqThemes;

export const faqSchema = z.object({
  /** The question, as a reader would ask it, ending with "?". */
  question: text.regex(/\?$/, { message: 'une question se termine par « ? »' }),
  /** The call the answer is about. */
  call: ref('calls'),
  /** Theme, one of `faqThemes`. */
  theme: z.enum(Object.keys(faqThemes) as [FaqTheme]),
  /** Position within the call's FAQ (smaller first). */
  order: z.number().int().min(0),
});

export type Faq = z.infer<typeof faqSchema>;
