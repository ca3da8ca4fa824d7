/**
 * What MDX refuses in an author's body, found before the build: the body is parsed (not
 * compiled) with the parser Astro's MDX integration uses (Sätteri), so the validator refuses
 * exactly what the build would. Four kinds of problems:
 *
 * - `syntax`: the parser stops (a `<` that starts no tag, an HTML comment `<!--`, an unclosed
 *   tag, a `{` never closed); the parser reports one position, the first problem;
 * - `expression`: `{…}` in text is read as code, and the site defines no variable: `{x}`
 *   stops the build with « x is not defined »; `{}` silently disappears. Comments
 *   `{/* … *\/}` are the one expression allowed;
 * - `component`: `<Encart />` names a component the site does not provide;
 * - `esm`: a paragraph that starts with `import ` or `export ` is read as JavaScript.
 *
 * Offsets and lengths are in the body string given.
 */
import { mdxToMdast } from 'satteri';

export type MdxProblemKind = 'syntax' | 'expression' | 'component' | 'esm';

export interface MdxProblem {
  kind: MdxProblemKind;
  offset: number;
  length: number;
  /** The parser's own message (English), kept for the kind of syntax problem. */
  detail: string;
  /** Component name for `component`. */
  name?: string;
}

interface Point {
  offset?: number;
  line: number;
  column: number;
}
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: Point; end: Point };
  children?: Node[];
}

/** Offset in `text` of 1-based `line` and `column`. */
export function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

/** True for an expression that holds only comments and spaces: `{/* note *\/}`. */
const onlyComments = (code: string) => {
  const rest = code.replace(/\/\*[\s\S]*?\*\//g, '').trim();
  return rest === '' && code.trim() !== '';
};

/** Length of the offending text at `offset`: up to the end of the word after a `<` or `{`. */
function spanAt(body: string, offset: number): number {
  const lineEnd = body.indexOf('\n', offset);
  const end = lineEnd < 0 ? body.length : lineEnd;
  const word = /^.[^\s<{]*/.exec(body.slice(offset, end));
  return Math.max(1, Math.min(word ? word[0].length : 1, 40));
}

function walk(node: Node, out: MdxProblem[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined) {
    const length = Math.max(1, end - start);
    if ((node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && !onlyComments(node.value ?? '')) {
      out.push({ kind: 'expression', offset: start, length, detail: node.value ?? '' });
    } else if (node.type === 'mdxjsEsm') {
      out.push({ kind: 'esm', offset: start, length: Math.min(length, 40), detail: node.value ?? '' });
    } else if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      (node.name === null || node.name === undefined || /^[A-Z]|[.:]/.test(node.name))
    ) {
      // A fragment `<>` or a capitalised, dotted or namespaced name is a component.
      out.push({ kind: 'component', offset: start, length: Math.min(length, 40), detail: '', name: node.name ?? '' });
    }
  }
  for (const child of node.children ?? []) walk(child, out);
}

/** The problems of one MDX body, in order; none when the body is fine. */
export function findMdxProblems(body: string): MdxProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(message);
    const offset = at ? offsetAt(body, Number(at[1]), Number(at[2])) : 0;
    return [
      { kind: 'syntax', offset, length: spanAt(body, offset), detail: at ? message.slice(at[0].length) : message },
    ];
  }
  const out: MdxProblem[] = [];
  walk(tree, out);
  return out;
}
