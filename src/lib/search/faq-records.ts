/**
 * FAQ entries as search records, made from the content itself (the question in the front
 * matter, the Markdown answer as plain text), not read back from built pages. French spacing
 * is applied as on the pages, so a result reads like the entry it leads to.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { frenchSpacing } from '../shared/french';
import { faqEntryPath } from '../faq-url';
import type { StatusKey } from '../shared/status';
import type { RecordFilters } from '../shared/search/filters';

/** A search record that is not a page of its own: a FAQ entry. */
export interface SearchRecord {
  /** Result URL, with its anchor (`/faq/terriens/#terriens-cout`). */
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

/** What a FAQ record is made from: one entry and the call it belongs to. */
export interface FaqSource {
  /** Entry id, `<call>/<name>`. */
  id: string;
  question: string;
  /** The answer, in Markdown. */
  body: string;
  theme: string;
  /** Label of the theme (« Coût et durée »). */
  themeLabel: string;
  call: { id: string; title: string; shortName: string; status: StatusKey };
}

interface MdNode {
  type: string;
  value?: string;
  alt?: string | null;
  children?: MdNode[];
}

/** Nodes whose text is not read (code is not prose; HTML and MDX are markup). */
const SKIPPED = new Set(['html', 'code', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'definition']);

/** One Markdown parser for every answer of the build. */
const parser = unified().use(remarkParse).freeze();

function collect(node: MdNode, parts: string[]): void {
  if (SKIPPED.has(node.type)) return;
  if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value ?? '');
  else if (node.type === 'image') parts.push(node.alt ?? '');
  else if (node.type === 'break') parts.push(' ');
  for (const child of node.children ?? []) collect(child, parts);
  // Blocks (paragraphs, list items, headings, table cells) are separated by a space.
  if (/^(paragraph|heading|listItem|tableCell|blockquote)$/.test(node.type)) parts.push(' ');
}

/**
 * The text a reader sees of a Markdown answer: blocks separated by a space, runs of spaces
 * collapsed (no-break spaces are kept), French spacing applied.
 */
export function markdownPlainText(markdown: string): string {
  const tree = parser.parse(markdown) as MdNode;
  const parts: string[] = [];
  collect(tree, parts);
  return frenchSpacing(parts.join('').replace(/[ \t\r\n\f]+/g, ' ').trim());
}

/**
 * One search record per FAQ entry, in the given order. Throws, in French, when an entry has
 * an empty question or answer, or when two entries would share an address.
 */
export function faqRecords(sources: readonly FaqSource[]): SearchRecord[] {
  const seen = new Set<string>();
  return sources.map((faq) => {
    const url = faqEntryPath(faq.call.id, faq.id);
    if (seen.has(url)) throw new Error(`Deux questions de la FAQ ont la même adresse : ${url}`);
    seen.add(url);
    const title = frenchSpacing(faq.question.trim());
    const content = markdownPlainText(faq.body);
    if (!title || !content) throw new Error(`Question « ${faq.id} » de la FAQ : question ou réponse vide`);
    return {
      url,
      title,
      content,
      context: `${faq.call.title} (${faq.call.shortName}) · ${faq.themeLabel}`,
      filters: { type: ['question'], appel: [faq.call.id], theme: [faq.theme], statut: [faq.call.status] },
    };
  });
}
