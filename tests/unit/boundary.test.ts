/**
 * The browser/build boundary is enforced by ESLint (`eslint.config.js`): a module in
 * src/lib/shared or src/browser that imports Node, Astro or build code is reported.
 * These tests lint snippets as if they were files there, with the project's real config.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

const shared = 'src/lib/shared/probe.ts';
const sharedNested = 'src/lib/shared/eligibility/probe.ts';
const browser = 'src/browser/eligibility/probe.ts';

describe('browser/build boundary', () => {
  it('reports a Node built-in in shared code, with or without the node: prefix', async () => {
    expect(await boundaryErrors(`import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n`, shared)).toHaveLength(1);
    expect(await boundaryErrors(`import { join } from 'path';\nexport const f = join;\n`, sharedNested)).toHaveLength(1);
  });

  it('reports a relative import of build code in shared code', async () => {
    const errors = await boundaryErrors(`import { validate } from '../validate/index';\nexport const f = validate;\n`, shared);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/lib/shared');
    expect(await boundaryErrors(`export * from '../../kit/wording';\n`, sharedNested)).toHaveLength(1);
  });

  it('reports astro and astro:* in browser code', async () => {
    expect(await boundaryErrors(`import { getCollection } from 'astro:content';\nexport const f = getCollection;\n`, browser)).toHaveLength(1);
    expect(await boundaryErrors(`import { z } from 'astro/zod';\nexport const f = z;\n`, browser)).toHaveLength(1);
  });

  it('reports browser code importing build code, but not shared code', async () => {
    expect(await boundaryErrors(`import { getCalls } from '../../query';\nexport const f = getCalls;\n`, browser)).toHaveLength(1);
    expect(await boundaryErrors(`import { quoted } from '../../lib/shared/french';\nexport const f = quoted;\n`, browser)).toEqual([]);
  });

  it('lets shared code import shared code, and only types from src/schemas', async () => {
    const clean = `import { quoted } from '../french';\nimport { normalize } from './normalize';\nexport const f = [quoted, normalize];\n`;
    expect(await boundaryErrors(clean, sharedNested)).toEqual([]);
    expect(await boundaryErrors(`import type { FuzzyDate } from '../../schemas/date';\nexport type D = FuzzyDate;\n`, shared)).toEqual([]);
    expect(await boundaryErrors(`import { isoDay } from '../../schemas/date';\nexport const d = isoDay;\n`, shared)).toHaveLength(1);
  });

  it('reports build code importing src/browser', async () => {
    expect(await boundaryErrors(`import { bootLookups } from '../browser/eligibility/boot';\nexport const f = bootLookups;\n`, 'src/lib/probe.ts')).toHaveLength(1);
  });
});
