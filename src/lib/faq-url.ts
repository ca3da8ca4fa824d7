/**
 * Where a FAQ entry is published. Each call has its own FAQ page (`/faq/<call>/`), and each
 * entry an anchor on it made from its id (`terriens/cout` → `terriens-cout`). `/faq/` is the
 * index: it lists every question and keeps the anchors of the time when all entries were on
 * one page, so that `/faq/#terriens-cout` still leads to the entry's link.
 */

/** The anchor of a FAQ entry, from its id (`<call>/<name>`). */
export function faqAnchorOf(id: string): string {
  return id.replace(/\//g, '-');
}

/** The FAQ page of a call. */
export function faqPagePath(callId: string): string {
  return `/faq/${callId}/`;
}

/** The public path of a FAQ entry, with its anchor. */
export function faqEntryPath(callId: string, id: string): string {
  return `${faqPagePath(callId)}#${faqAnchorOf(id)}`;
}
