/**
 * FAQ entries as search records, read from the built `/faq/` page.
 *
 * Each entry of that page is marked by `FaqList.astro` (`data-faq-*` attributes): its anchor,
 * its question, its answer, its call, its theme and its call's status. Reading the built page
 * rather than the content files means a result shows exactly the text readers see and links
 * to an anchor that exists.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import type { RecordFilters } from './filters';

/** A search record that is not a page of its own: a FAQ entry. */
export interface SearchRecord {
  /** Result URL, with its anchor (`/faq/#terriens-cout`). */
  url: string;
  /** Result title (the question). */
  title: string;
  /** Indexed plain text (the answer). */
  content: string;
  filters: RecordFilters;
  /** Where the record belongs (« Impulsion Ingénierie Territoires (I2T) · Calendrier »): indexed with a low weight, so that a query naming the call or the theme finds it. */
  context?: string;
  /** Extra metadata returned with the result. */
  meta?: Record<string, string>;
}

/**
 * The text of an element, blocks separated by a space, runs of spaces and line breaks
 * collapsed (no-break spaces, part of French typography, are kept).
 */
export function plainText(el: HTMLElement): string {
  return el.structuredText.replace(/[ \t\r\n\f]+/g, ' ').trim();
}

function required(item: HTMLElement, name: string): string {
  const value = item.getAttribute(name);
  if (!value) throw new Error(`Question « ${item.id || '?'} » de /faq/ : attribut ${name} manquant`);
  return value;
}

/**
 * The FAQ entries of the built `/faq/` page (its HTML), in page order. Throws, in French,
 * when an entry lacks its question, answer or tags, or when two entries share an anchor.
 */
export function faqRecordsFromHtml(html: string, pageUrl = '/faq/'): SearchRecord[] {
  const doc = parse(html);
  const seen = new Set<string>();
  return doc.querySelectorAll('[data-faq-entry]').map((item) => {
    const anchor = item.id;
    if (!anchor) throw new Error('Une question de /faq/ n’a pas d’ancre (attribut id)');
    if (seen.has(anchor)) throw new Error(`Deux questions de /faq/ ont la même ancre : ${anchor}`);
    seen.add(anchor);
    const question = item.querySelector('[data-faq-question]');
    const answer = item.querySelector('[data-faq-answer]');
    if (!question || !answer) throw new Error(`Question « ${anchor} » de /faq/ : question ou réponse introuvable`);
    const title = plainText(question);
    const content = plainText(answer);
    if (!title || !content) throw new Error(`Question « ${anchor} » de /faq/ : question ou réponse vide`);
    const context = item.getAttribute('data-faq-context');
    return {
      url: `${pageUrl}#${anchor}`,
      title,
      content,
      ...(context ? { context } : {}),
      filters: {
        type: ['question'],
        appel: [required(item, 'data-faq-call')],
        theme: [required(item, 'data-faq-theme')],
        statut: [required(item, 'data-faq-status')],
      },
    };
  });
}
