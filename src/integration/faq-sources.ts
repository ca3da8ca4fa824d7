/**
 * The FAQ entries and their calls, as the search index needs them, read with the validator's
 * reader (`loadContent`: the same files, front matter and YAML parse as `npm run check`). The
 * build has already refused invalid content, so every entry here is valid.
 */
import { loadContent } from '../lib/validate/load';
import { callSchema } from '../schemas/call';
import { faqSchema, faqThemes } from '../schemas/faq';
import { callStatus } from '../lib/status';
import type { FaqSource } from '../lib/search/faq-records';

/** FAQ entries of a content folder, by call then `order` (the order of the FAQ pages). */
export function faqSources(contentDir: string, today: string): FaqSource[] {
  const { entries } = loadContent(contentDir, contentDir);
  const calls = new Map<string, FaqSource['call']>();
  for (const entry of entries) {
    if (entry.collection !== 'calls') continue;
    const call = callSchema.parse(entry.raw);
    const status = callStatus({ mode: call.application.mode, calendar: call.calendar }, today).key;
    calls.set(entry.id, { id: entry.id, title: call.title, shortName: call.shortName, status });
  }
  const faqs = entries
    .filter((entry) => entry.collection === 'faqs')
    .map((entry) => ({ id: entry.id, body: entry.body ?? '', data: faqSchema.parse(entry.raw) }))
    .sort((a, b) => a.data.call.localeCompare(b.data.call) || a.data.order - b.data.order);
  return faqs.map(({ id, body, data }) => {
    const call = calls.get(data.call);
    if (!call) throw new Error(`Question « ${id} » : l’appel « ${data.call} » est introuvable`);
    return { id, question: data.question, body, theme: data.theme, themeLabel: faqThemes[data.theme], call };
  });
}
