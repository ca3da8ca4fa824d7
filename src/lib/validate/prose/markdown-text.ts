/**
 * The readable text of a Markdown/MDX body, block by block, with a map back to offsets in
 * the file. Inline formatting is flattened, so "le **lundi** 2 octobre" reads as one
 * sentence; raw HTML/JSX blocks are read as they are written.
 */
import type { Nodes, Root } from 'mdast';

/** A block of text (a paragraph, a heading, a raw block) and where each character comes from. */
export interface TextRun {
  text: string;
  /** `offsets[i]` is the offset in the file of `text[i]`. */
  offsets: number[];
}

function startOf(node: Nodes): number | undefined {
  return node.position?.start.offset;
}

/** Appends the inline content of `node` to `run`. */
function collectInline(node: Nodes, base: number, run: TextRun): void {
  const start = startOf(node);
  if (node.type === 'text') {
    if (start === undefined) return;
    const exact = node.position?.end.offset !== undefined && node.position.end.offset - start === node.value.length;
    run.text += node.value;
    for (let i = 0; i < node.value.length; i++) {
      run.offsets.push(base + start + (exact ? i : Math.min(i, (node.position?.end.offset ?? start) - start - 1)));
    }
    return;
  }
  if ('children' in node) {
    for (const child of node.children) collectInline(child as Nodes, base, run);
    return;
  }
  // Inline code, images, line breaks, inline HTML: a word boundary.
  run.text += ' ';
  run.offsets.push(base + (start ?? 0));
}

/** Walks block nodes, turning each paragraph, heading and raw block into a run. */
function collectBlocks(node: Nodes, base: number, runs: TextRun[]): void {
  if (node.type === 'paragraph' || node.type === 'heading') {
    const run: TextRun = { text: '', offsets: [] };
    for (const child of node.children) collectInline(child as Nodes, base, run);
    if (run.text.trim() !== '') runs.push(run);
    return;
  }
  if (node.type === 'html') {
    const start = startOf(node);
    if (start === undefined) return;
    runs.push({ text: node.value, offsets: Array.from({ length: node.value.length }, (_, i) => base + start + i) });
    return;
  }
  if ('children' in node) for (const child of node.children) collectBlocks(child as Nodes, base, runs);
}

/** The text runs of a body's tree (`remark-parse`), offsets shifted by `base` (where the body starts). */
export function textRuns(tree: Root, base: number): TextRun[] {
  const runs: TextRun[] = [];
  collectBlocks(tree, base, runs);
  return runs;
}
