/**
 * The quality gates that run on the files of a built site (no browser): each is a pure
 * function of a dist/ folder returning the problems it found, each tied to a page.
 * Browser gates (axe-core, keyboard journey, requests to other origins) are Playwright specs
 * in tests/e2e/. See docs/quality-gates.md.
 */
import { checkBudgets } from './budgets';
import { Dist } from './dist';
import { checkHtml } from './html-validity';
import { checkLinks } from './links';
import { checkMetadata } from './metadata';
import { checkThirdParty } from './third-party';
import type { GateResult, Problem } from './types';

export interface GateOptions {
  siteUrl: string;
}

export interface Gate {
  id: string;
  title: string;
  run: (dist: Dist, options: GateOptions) => Problem[];
}

export const GATES: Gate[] = [
  { id: 'html', title: 'Valid HTML (Nu HTML Checker, errors)', run: (dist) => checkHtml(dist) },
  { id: 'links', title: 'Internal links, anchors and files resolve (pages, CSS, ICS, JSON, kits)', run: checkLinks },
  {
    id: 'third-party',
    title: 'Nothing leaves the site (CSP, resources of other origins, trackers)',
    run: checkThirdParty,
  },
  { id: 'budgets', title: 'Size budgets (gzip) and no JavaScript without an interactive tool', run: checkBudgets },
  {
    id: 'metadata',
    title: 'Metadata (sitemap, robots.txt, canonical, description, Open Graph, JSON-LD)',
    run: checkMetadata,
  },
];

/** Runs the chosen gates (all by default) over one built site. */
export function runGates(distDir: string, options: GateOptions, only?: string[]): GateResult[] {
  const dist = new Dist(distDir);
  const checked = dist.htmlFiles.length;
  return GATES.filter((g) => !only || only.includes(g.id)).map((gate) => {
    const start = performance.now();
    const problems = gate.run(dist, options);
    return { gate: gate.id, title: gate.title, problems, checked, ms: Math.round(performance.now() - start) };
  });
}

/** A readable report: one block per gate, problems grouped by page. */
export function formatReport(results: GateResult[], { maxPerGate = 200 }: { maxPerGate?: number } = {}): string {
  const lines: string[] = [];
  for (const r of results) {
    const status = r.problems.length === 0 ? 'ok  ' : 'FAIL';
    lines.push(
      `${status} ${r.title} — ${r.problems.length === 0 ? 'no problem' : `${r.problems.length} problem${r.problems.length > 1 ? 's' : ''}`} (${r.checked} pages, ${(r.ms / 1000).toFixed(1)} s)`,
    );
    lines.push(...formatProblems(r.problems, maxPerGate).map((l) => `     ${l}`));
  }
  return lines.join('\n');
}

export function formatProblems(problems: Problem[], max = Infinity): string[] {
  const lines: string[] = [];
  const byPage = new Map<string, string[]>();
  for (const p of problems) byPage.set(p.page, [...(byPage.get(p.page) ?? []), p.message]);
  let shown = 0;
  for (const [page, messages] of byPage) {
    if (shown >= max) break;
    lines.push(page);
    for (const m of messages) {
      if (shown++ >= max) break;
      lines.push(`  - ${m}`);
    }
  }
  if (problems.length > max) lines.push(`… and ${problems.length - max} more`);
  return lines;
}
