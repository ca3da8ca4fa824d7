/** Helpers of the quality-gate tests: the built site, the site URL, a mutable copy of dist/. */
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteUrlFromContent } from '../../scripts/gates/dist';
import { formatProblems } from '../../scripts/gates/index';
import type { Problem } from '../../scripts/gates/types';
import { contentDir, root } from '../helpers/content';

/** The built site under test: GUICHET_DIST when set, else dist/. */
export const dist = process.env['GUICHET_DIST'] ?? join(root, 'dist');
export const built = existsSync(join(dist, 'index.html'));
export const siteUrl = siteUrlFromContent(process.env['GUICHET_CONTENT_DIR'] ?? contentDir);

/** Fails with the gate's readable report when it found problems. */
export function expectNoProblem(problems: Problem[]): void {
  if (problems.length > 0) {
    throw new Error(
      `${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${formatProblems(problems, 100).join('\n')}`,
    );
  }
}

/** A copy of dist/ in a temporary folder, to inject faults into. */
export function copyOfDist(): {
  dir: string;
  edit: (file: string, change: (html: string) => string) => void;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-gates-'));
  // dist/ is a link to the published build (src/lib/build/swap-dist.ts): copy what it points to.
  cpSync(realpathSync(dist), dir, { recursive: true });
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the fault was not injected into ${file}`);
      writeFileSync(path, after);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
