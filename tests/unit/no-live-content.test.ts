/**
 * Issue 13: the seeded content (`content/`) is tested by the fidelity suite only, so that the
 * agency can add a FAQ entry or fill in its legal notice without breaking a test. This test reads
 * every test file outside `tests/fidelity/` and `tests/corpus/` and fails when one reads the
 * content folder or names a seeded call.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const testsDir = join(root, 'tests');

/** What betrays the live content: its folder as a path, or a seeded call's identifier. */
const forbidden: { name: string; pattern: RegExp }[] = [
  { name: 'the content folder', pattern: /\b(root|projectRoot|repoRoot)\s*,\s*['"`]content['"`]/ },
  {
    name: 'the content folder',
    pattern: /\b(readFileSync|readdirSync|existsSync|statSync|cpSync|join|resolve)\(\s*['"`](\.\/)?content\b/,
  },
  {
    name: 'the content folder',
    pattern: /['"`]content['"`]\s*,\s*['"`](calls|faqs|briefs|territories|organisations|published|site\.yaml)['"`]/,
  },
  { name: 'a seeded call (I2T)', pattern: /\bi2t\b|impulsion-ingenierie|ingénierie territoires/i },
  { name: 'a seeded call (TERRIENS)', pattern: /terriens/i },
  {
    name: 'a seeded case study or brief',
    pattern: /bayeux-intercom|caux-austreberthe|coutances-mer-et-bocage|dieppe-cote-d-albatre|avenir-industriel-normand/,
  },
];

/** Suites allowed to read the seeded content. */
const exempt = ['tests/fidelity/', 'tests/corpus/', 'tests/unit/no-live-content.test.ts'];

/**
 * Test files still to move onto the fixture site (issue 13); this list may only shrink. None is
 * left: every test but the fidelity suite and the corpus reads the fixture site or its own calls.
 */
const pending: string[] = [];

function testFiles(): string[] {
  return readdirSync(testsDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|mdx?|ya?ml|json)$/.test(d.name))
    .map((d) => relative(root, join(d.parentPath, d.name)))
    .filter((f) => !exempt.some((e) => f.startsWith(e)))
    .sort();
}

function offences(file: string): string[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  return lines.flatMap((line, i) =>
    forbidden.filter((f) => f.pattern.test(line)).map((f) => `${file}:${i + 1} names ${f.name}: ${line.trim()}`),
  );
}

describe('tests run on fixtures, not on the live content', () => {
  it('the patterns catch what they are meant to catch', () => {
    const caught = (s: string) => forbidden.some((f) => f.pattern.test(s));
    expect(caught("join(root, 'content')")).toBe(true);
    expect(caught("readFileSync('content/site.yaml', 'utf8')")).toBe(true);
    expect(caught("join(projectRoot, 'content')")).toBe(true);
    expect(caught("join(import.meta.dirname, '..', '..', 'content', 'calls')")).toBe(true);
    expect(caught("const copy = join(work, 'content');")).toBe(false);
    expect(caught("page('/appels/terriens/')")).toBe(true);
    expect(caught("loadCall('impulsion-ingenierie-territoires')")).toBe(true);
    expect(caught("page('/territoires/bayeux-intercom/')")).toBe(true);
    expect(caught("import { root } from '../helpers/content'")).toBe(false);
    expect(caught("loadCall('atelier-foncier')")).toBe(false);
  });

  it('no test file outside the fidelity suite and the corpus reads content/ or names a seeded call', () => {
    const files = testFiles();
    expect(files.length).toBeGreaterThan(40);
    const found = files.filter((f) => !pending.includes(f)).flatMap(offences);
    expect(found).toEqual([]);
  });

  it('every file still pending does still name the live content (the list only shrinks)', () => {
    expect(pending.filter((f) => offences(f).length === 0)).toEqual([]);
  });
});
