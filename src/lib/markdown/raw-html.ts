/**
 * Raw HTML that content must never publish: elements that run code or embed another page
 * (`<script>`, `<iframe>`, `<object>`, `<embed>`, `<style>`), event-handler attributes
 * (`onclick=`, `onerror=`…), and links or images whose URL runs code or carries inline data
 * (`javascript:`, `vbscript:`, `data:`). Content is data: such markup is refused, not escaped.
 *
 * Pure: used by the validator (`contenu/html-interdit`, with file and line) and by the
 * remark plugin `remark-no-raw-html.ts` (so no build emits it even if validation were skipped).
 * Code blocks and inline code are text, shown as written: they are not scanned.
 */
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Elements refused anywhere in a body. */
export const FORBIDDEN_ELEMENTS = ['script', 'iframe', 'object', 'embed', 'style'] as const;

/** URL schemes refused in links, images and URL attributes. */
export const FORBIDDEN_SCHEMES = ['javascript', 'vbscript', 'data'] as const;

export type UnsafeKind = 'element' | 'attribute' | 'url';

/** One piece of forbidden markup, at `offset` (in the text scanned) for `length` characters. */
export interface UnsafeHtml {
  kind: UnsafeKind;
  /** The element name, attribute name or URL scheme, lower-case (`script`, `onclick`, `javascript`). */
  name: string;
  /** The markup as written. */
  text: string;
  offset: number;
  length: number;
}

/** Decodes numeric and a few named character references, as a browser would before reading a URL. */
function decodeReferences(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(
      /&(colon|tab|newline);/gi,
      (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase()] ?? '',
    );
}

/** The forbidden scheme a URL uses (spaces, control characters and references aside), if any. */
export function unsafeScheme(url: string): string | undefined {
  // Browsers skip spaces and control characters (code points up to 0x20, and 0x7f) in a scheme.
  const compact = [...decodeReferences(url)]
    .filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .toLowerCase();
  return FORBIDDEN_SCHEMES.find((scheme) => compact.startsWith(`${scheme}:`));
}

// Attribute values may be quoted, bare, or MDX expressions (`{"javascript:…"}`, `{() => go()}`).
const TAG = /<\/?([a-zA-Z][\w:-]*)((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)>?/g;
const ATTRIBUTE = /([^\s"'<>/={}]+)(?:\s*=\s*("[^"]*"|'[^']*'|\{[^}]*\}|[^\s"'=<>`{}]+))?/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset']);

/** Forbidden markup in a piece of raw HTML (or JSX) as written; offsets relative to `html`. */
export function scanHtml(html: string): UnsafeHtml[] {
  const found: UnsafeHtml[] = [];
  for (const tag of html.matchAll(TAG)) {
    const name = (tag[1] as string).toLowerCase();
    const start = tag.index;
    if ((FORBIDDEN_ELEMENTS as readonly string[]).includes(name)) {
      if (!tag[0].startsWith('</'))
        found.push({ kind: 'element', name, text: tag[0], offset: start, length: tag[0].length });
      continue;
    }
    const attrs = tag[2] ?? '';
    const attrsStart = start + 1 + (tag[0].startsWith('</') ? 1 : 0) + (tag[1] as string).length;
    for (const attr of attrs.matchAll(ATTRIBUTE)) {
      const attrName = (attr[1] as string).toLowerCase();
      const offset = attrsStart + attr.index;
      const value = (attr[2] ?? '').replace(/^\{\s*|\s*\}$/g, '').replace(/^["'`]|["'`]$/g, '');
      if (/^on[a-z]+$/.test(attrName)) {
        found.push({ kind: 'attribute', name: attrName, text: attr[0], offset, length: attr[0].length });
        continue;
      }
      const scheme = URL_ATTRIBUTES.has(attrName) ? unsafeScheme(value) : undefined;
      if (scheme) found.push({ kind: 'url', name: scheme, text: attr[0], offset, length: attr[0].length });
    }
  }
  return found;
}

/** Minimal shape of the MDX JSX nodes (`mdxJsxFlowElement`, `mdxJsxTextElement`). */
interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** A JSX element's opening tag, rebuilt from its name and attributes (expressions as written). */
function openingTag(node: JsxNode): string {
  const attributes = (node.attributes ?? []).map((a) => {
    if (a.type !== 'mdxJsxAttribute' || !a.name) return '';
    const value = a.value;
    if (value === null || value === undefined) return a.name;
    const text = typeof value === 'string' ? value : String((value as { value?: unknown }).value ?? '');
    return `${a.name}="${text.replace(/^\s*(["'`])(.*)\1\s*$/s, '$2').replace(/"/g, "'")}"`;
  });
  return `<${[node.name ?? '', ...attributes].filter(Boolean).join(' ')}>`;
}

/**
 * Forbidden markup in one Markdown/MDX syntax-tree node (not its children). Offsets are in
 * `source` when the node has a position (remark), else relative to the node's own text
 * (Sätteri gives none); `text` is always the markup.
 */
export function unsafeInNode(node: Nodes | JsxNode, source = ''): UnsafeHtml[] {
  const position = (node as Nodes).position;
  const start = position?.start.offset ?? 0;
  const end = position?.end.offset ?? start;
  const written = source.slice(start, end);
  switch (node.type) {
    case 'text':
      // MDX JSX that plain Markdown reads as text (`<a href={…}>`): scanned as written, so a
      // tag written with character references (`&lt;script&gt;`) stays text.
      return position && written.includes('<')
        ? scanHtml(written).map((u) => ({ ...u, offset: start + u.offset }))
        : [];
    case 'html':
      return scanHtml((node as { value: string }).value).map((u) => ({ ...u, offset: start + u.offset }));
    case 'link':
    case 'image':
    case 'definition': {
      const url = (node as { url: string }).url;
      const scheme = unsafeScheme(url);
      const text = written || url;
      return scheme ? [{ kind: 'url', name: scheme, text, offset: start, length: Math.max(text.length, 1) }] : [];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const jsx = node as JsxNode;
      const open = openingTag(jsx);
      const name = (jsx.name ?? '').toLowerCase();
      if ((FORBIDDEN_ELEMENTS as readonly string[]).includes(name))
        return [{ kind: 'element', name, text: open, offset: start, length: Math.max(end - start, 1) }];
      // Offsets inside a rebuilt tag mean nothing in the source: point at the element.
      return scanHtml(open).map((u) => ({ ...u, offset: start, length: Math.max(end - start, 1) }));
    }
    default:
      return [];
  }
}

/** Every node of a tree, depth first. */
export function* walk(node: Nodes | JsxNode): Generator<Nodes | JsxNode> {
  yield node;
  const children = (node as { children?: (Nodes | JsxNode)[] }).children;
  if (Array.isArray(children)) for (const child of children) yield* walk(child);
}

/** Every node of a tree into `out`, depth first (as `walk`, without a generator per node). */
function collect(node: Nodes | JsxNode, out: (Nodes | JsxNode)[]): void {
  out.push(node);
  const children = (node as { children?: (Nodes | JsxNode)[] }).children;
  if (Array.isArray(children)) for (const child of children) collect(child, out);
}

/**
 * Forbidden markup in the tree `remark-parse` gives for `markdown`, in the order written;
 * offsets relative to `markdown`. For a caller that already has the tree.
 */
export function findUnsafeHtmlInTree(tree: Root, markdown: string): UnsafeHtml[] {
  const nodes: (Nodes | JsxNode)[] = [];
  collect(tree, nodes);
  return nodes.flatMap((node) => unsafeInNode(node, markdown)).sort((a, b) => a.offset - b.offset);
}

const parser = unified().use(remarkParse);

/** Forbidden markup in a Markdown body, in the order written; offsets relative to `markdown`. */
export function findUnsafeHtml(markdown: string): UnsafeHtml[] {
  return findUnsafeHtmlInTree(parser.parse(markdown) as Root, markdown);
}

/** French description of one finding, for the validator and the build. */
export function describeUnsafe(u: UnsafeHtml): string {
  switch (u.kind) {
    case 'element':
      return `l'élément HTML <${u.name}>`;
    case 'attribute':
      return `l'attribut « ${u.name} » (un script lancé par le navigateur)`;
    case 'url':
      return `une adresse « ${u.name}: »`;
  }
}
