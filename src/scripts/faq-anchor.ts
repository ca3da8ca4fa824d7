/**
 * `/faq/#<call>-<name>` is the address a FAQ entry had when every answer was on `/faq/`. The
 * index keeps that anchor on the question's link; this script follows the link at once, so
 * an old address opens the answer itself. Without JavaScript the reader lands on the link.
 */
const target = decodeURIComponent(location.hash.slice(1));
const link = target ? document.getElementById(target)?.querySelector<HTMLAnchorElement>('a[data-faq-moved]') : null;
if (link) location.replace(link.href);
