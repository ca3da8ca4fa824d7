/**
 * Independent readers for the kit tests: fflate to unzip, @xmldom/xmldom to parse the
 * WordprocessingML, mammoth for the text Word would show, ical.js for calendars.
 */
import { frenchTypography } from '../../src/lib/shared/french';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import ICAL from 'ical.js';
import mammoth from 'mammoth';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Entries of a ZIP archive, by name. */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export const utf8 = (bytes: Uint8Array): string => decoder.decode(bytes);

/** Parses XML, failing on any well-formedness error. */
export function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: { warning: () => {}, error: (m) => errors.push(m), fatalError: (m) => errors.push(m) },
  }).parseFromString(text, 'application/xml');
  if (errors.length) throw new Error(`XML mal formé : ${errors.join('; ')}`);
  return doc;
}

/** A part of a .docx, parsed. */
export function docxPart(docx: Uint8Array, name: string): Document {
  const part = unzip(docx)[name];
  if (!part) throw new Error(`Partie absente : ${name}`);
  return parseXml(utf8(part));
}

/** Elements `w:<local>` under `root`. */
export function wAll(root: Document | Element, local: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(W_NS, local) as unknown as ArrayLike<Element>);
}

/** The text of a WordprocessingML element (its w:t, with w:tab and w:br as tab and newline). */
export function wText(el: Element): string {
  let out = '';
  const walk = (node: Element) => {
    for (const child of Array.from(node.childNodes as unknown as ArrayLike<Element>)) {
      if (child.namespaceURI === W_NS && child.localName === 't') out += child.textContent ?? '';
      else if (child.namespaceURI === W_NS && child.localName === 'tab') out += '\t';
      else if (child.namespaceURI === W_NS && child.localName === 'br') out += '\n';
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(el);
  return out;
}

/** A paragraph's style id, or undefined for Normal. */
export function styleOf(p: Element): string | undefined {
  const style = wAll(p, 'pStyle')[0];
  return style?.getAttributeNS(W_NS, 'val') ?? undefined;
}

/** The raw text mammoth extracts from a .docx. */
export async function docxRawText(docx: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
  return result.value;
}

/** The HTML mammoth converts a .docx to (headings, tables with thead…). */
export async function docxHtml(docx: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
  return result.value;
}

/** Spaces of every kind (NBSP, NNBSP) as plain spaces, runs collapsed. */
export const plain = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** A text of the content as the kit prints it: French typography (’, spaces), then `plain`. */
export const printed = (text: string): string => plain(frenchTypography(text));

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  allDay: boolean;
  /** `YYYY-MM-DD` for all-day events. */
  day?: string;
  /** UTC instants for timed events. */
  startUtc?: string;
  endUtc?: string;
}

/** Parses an iCalendar stream with ical.js. */
export function parseIcs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const allDay = e.startDate.isDate;
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      allDay,
      ...(allDay
        ? { day: e.startDate.toString() }
        : { startUtc: e.startDate.toJSDate().toISOString(), endUtc: e.endDate.toJSDate().toISOString() }),
    };
  });
  return { calendar, events };
}
