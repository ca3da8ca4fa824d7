/**
 * Fixtures as a base plus a small patch: a test names a base content folder and a list of
 * edits; `materialise()` copies the base into a temporary folder and applies them. Line
 * numbers are then pinned once, in the test that plants the fault.
 *
 * An edit is one of:
 * - `{ file, find, replace }`: replaces the only occurrence of `find` (a test fails loudly
 *   when `find` is absent or occurs more than once, so a patch never silently misses);
 * - `{ file, append }`: adds text at the end of the file;
 * - `{ file, write }`: writes a whole file (a new one, or a replacement);
 * - `{ remove }`: removes a file or a folder of the base.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContent, type ValidationResult } from '../../src/lib/validate/index';

export type Edit =
  | { file: string; find: string; replace: string }
  | { file: string; append: string }
  | { file: string; write: string }
  | { remove: string };

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The fixture every patch starts from unless told otherwise. */
export const VALID = join(projectRoot, 'tests/validator/fixtures/valide');

/** The fixture site (tests/fixtures/site/), a complete content folder with site.yaml and records. */
export const SITE = join(projectRoot, 'tests/fixtures/site');

export const CALL = 'calls/appel.mdx';
export const TERRITORY = 'territories/laureat.mdx';
export const FAQ = 'faqs/appel/date-limite.md';
export const BRIEF = 'briefs/annonce.mdx';

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** Copies `base` into `dir` and applies `edits`. */
function applyInto(dir: string, edits: readonly Edit[], base: string): void {
  cpSync(base, dir, { recursive: true });
  for (const edit of edits) {
    if ('remove' in edit) {
      if (!existsSync(join(dir, edit.remove))) throw new Error(`patch: « ${edit.remove} » does not exist`);
      rmSync(join(dir, edit.remove), { recursive: true });
      // Folders left empty go too (a folder holds content only through its files).
      let parent = dirname(join(dir, edit.remove));
      while (parent !== dir && readdirSync(parent).length === 0) {
        rmSync(parent, { recursive: true });
        parent = dirname(parent);
      }
      continue;
    }
    const path = join(dir, edit.file);
    if ('write' in edit) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, edit.write);
      continue;
    }
    const before = readFileSync(path, 'utf8');
    if ('append' in edit) {
      writeFileSync(path, before + edit.append);
      continue;
    }
    const n = countOf(before, edit.find);
    if (n !== 1) throw new Error(`patch: « ${edit.find} » occurs ${n} times in ${edit.file}, expected once`);
    writeFileSync(
      path,
      before.replace(edit.find, () => edit.replace),
    );
  }
}

/** Copies `base` to a new temporary folder and applies `edits`; returns the folder. */
export function materialise(edits: readonly Edit[], base = VALID): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'guichet-patch-')), 'content');
  applyInto(dir, edits, base);
  return dir;
}

let fixtureRoot: string | undefined;

/**
 * A named fixture of `fixture-patches.ts` (or `valide`), materialised once per test process
 * under a temporary project folder at `tests/validator/fixtures/<name>/`: validate it with
 * `cwd` set to `root` and reports show the same paths as a fixture kept in the repository.
 */
export function fixture(
  name: string,
  patches: Readonly<Record<string, readonly Edit[]>>,
): { root: string; dir: string } {
  fixtureRoot ??= mkdtempSync(join(tmpdir(), 'guichet-fixtures-'));
  const dir = `tests/validator/fixtures/${name}`;
  const abs = join(fixtureRoot, dir);
  if (!existsSync(abs)) {
    if (name === 'valide') cpSync(VALID, abs, { recursive: true });
    else {
      const edits = patches[name];
      if (!edits) throw new Error(`no fixture named « ${name} » in fixture-patches.ts`);
      applyInto(abs, edits, VALID);
    }
  }
  return { root: fixtureRoot, dir };
}

export interface Found {
  rule: string;
  file: string;
  line: number;
  column: number;
  severity: string;
}

/** Validates a patched copy; findings with files relative to the content folder. */
export async function checkPatched(
  edits: readonly Edit[],
  options: { base?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ result: ValidationResult; found: Found[]; dir: string }> {
  const dir = materialise(edits, options.base);
  const result = await validateContent(dir, { cwd: dir, ...(options.env ? { env: options.env } : {}) });
  const found = result.findings.map((f) => ({
    rule: f.rule,
    // Paths are relative to the content folder (`cwd: dir`), or name a variable.
    file: f.file,
    line: f.line,
    column: f.column,
    severity: f.severity,
  }));
  return { result, found, dir };
}

export const err = (rule: string, file: string, line: number, column: number): Found => ({
  rule,
  file,
  line,
  column,
  severity: 'error',
});
export const warn = (rule: string, file: string, line: number, column: number): Found => ({
  rule,
  file,
  line,
  column,
  severity: 'warning',
});
