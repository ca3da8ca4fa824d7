/**
 * Issue 11 (authors' experience): what MDX refuses in a body comes out of the validator as
 * one French error `contenu/mdx` at the exact line and column of the file (front matter lines
 * counted), with the fix, instead of an English stack trace from the build.
 */
import { describe, expect, it } from 'vitest';
import { findMdxProblems, offsetAt } from '../../src/lib/markdown/mdx-syntax';
import { BRIEF, CALL, checkPatched, err } from './patch';

/** Puts `text` as its own paragraph on line 124 of the fixture call (before « ## Sélection »). */
const plant = (text: string) => [{ file: CALL, find: '## Sélection\n', replace: `${text}\n\n## Sélection\n` }];

describe('contenu/mdx', () => {
  it('a « < » that starts no tag: one error at the sign, with the escape', async () => {
    const { found, result } = await checkPatched(plant('Pour les EPCI de moins de <50 000 habitants.'));
    expect(found).toEqual([err('contenu/mdx', CALL, 124, 27)]);
    const [f] = result.findings;
    expect(f!.what).toContain('« <50 »');
    expect(f!.fix).toContain('\\<');
    expect(f!.fix).toContain('&lt;');
  });

  it('an HTML comment: the fix gives the MDX comment', async () => {
    const { found, result } = await checkPatched(plant('Texte. <!-- à relire -->'));
    expect(found).toEqual([err('contenu/mdx', CALL, 124, 8)]);
    expect(result.findings[0]!.fix).toContain('{/* … */}');
  });

  it('an unclosed tag names the tag and how to close it', async () => {
    const { found, result } = await checkPatched(plant('Première ligne<br>seconde ligne.'));
    expect(found).toEqual([err('contenu/mdx', CALL, 124, 15)]);
    expect(result.findings[0]!.what).toContain('« <br> »');
    expect(result.findings[0]!.fix).toContain('<br />');
  });

  it('braces in text: each expression is one error, at its place', async () => {
    const { found, result } = await checkPatched(plant('Montant {x} et {taux}.'));
    expect(found).toEqual([err('contenu/mdx', CALL, 124, 9), err('contenu/mdx', CALL, 124, 16)]);
    expect(result.findings[0]!.target).toBe('{x}');
    expect(result.findings[0]!.fix).toContain('\\{');
  });

  it('a brace never closed', async () => {
    const { found } = await checkPatched(plant('Ouvert { jamais fermé.'));
    expect(found).toEqual([err('contenu/mdx', CALL, 124, 8)]);
  });

  it('a paragraph starting with « import » is read as code', async () => {
    const { found, result } = await checkPatched(plant('import de matériel non éligible.'));
    expect(found).toEqual([err('contenu/mdx', CALL, 124, 1)]);
    expect(result.findings[0]!.what).toContain('« import »');
  });

  it('a component the site does not provide', async () => {
    const { found } = await checkPatched(plant('<Encart titre="x" />'));
    expect(found).toEqual([err('contenu/mdx', CALL, 124, 1)]);
  });

  it('also in a brief; a body with a few mistakes gives the first syntax error only', async () => {
    const { found } = await checkPatched([{ file: BRIEF, append: '\nUn <b et <!-- c -->\n' }]);
    expect(found).toHaveLength(1);
    expect(found[0]!.rule).toBe('contenu/mdx');
  });

  it('what MDX accepts is not reported: « a < b », escapes, MDX comments, code, safe tags', async () => {
    const { found } = await checkPatched(
      plant('Si a < b alors \\<3 et \\{x} ; {/* note */} `{y} <!--` <strong>gras</strong>.\n\n```\n<!-- code -->\n```'),
    );
    expect(found).toEqual([]);
  });
});

describe('findMdxProblems', () => {
  it('offsets count UTF-16 units like JavaScript strings', () => {
    const body = 'Déjà 😀 {x}\n';
    const problems = findMdxProblems(body);
    expect(problems.map((p) => body.slice(p.offset, p.offset + 3))).toEqual(['{x}']);
    const syntax = findMdxProblems('Déjà 😀\n\nétape <!-- c');
    expect(syntax).toHaveLength(1);
    expect(syntax[0]!.offset).toBe('Déjà 😀\n\nétape '.length);
  });

  it('offsetAt maps 1-based line and column', () => {
    expect(offsetAt('ab\ncd\nef', 3, 2)).toBe(7);
  });
});
