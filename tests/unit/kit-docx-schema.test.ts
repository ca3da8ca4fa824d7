/**
 * Every kit DOCX validated against the Office Open XML schemas and semantic rules by
 * @ooxml-tools/validate: Microsoft's Open XML SDK validator (`OpenXmlValidator`) compiled to
 * WebAssembly, so it runs in Node without .NET. A deliberately broken copy proves that the
 * validator reports what it finds, rather than passing everything.
 */
import validate from '@ooxml-tools/validate';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildKit } from '../../src/lib/kit';
import { callSlugs, loadCall, loadContext } from './kit-fixtures';

const ctx = loadContext();
const docs = callSlugs().flatMap((slug) =>
  buildKit(loadCall(slug), ctx)
    .files.filter((f) => f.name.endsWith('.docx'))
    .map((f) => ({ label: `${slug}/${f.name}`, bytes: f.bytes })),
);

describe('kit DOCX files against the OOXML schemas (Open XML SDK validator)', () => {
  it('finds no error in any kit DOCX', async () => {
    expect(docs.length).toBeGreaterThanOrEqual(4);
    for (const doc of docs) {
      const errors = await validate(doc.bytes, 'docx', 'Microsoft365');
      expect(
        errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.description}`),
        doc.label,
      ).toEqual([]);
    }
  }, 180_000);

  it('reports an element out of place in a broken copy', async () => {
    const parts = unzipSync(docs[0]!.bytes);
    const xml = strFromU8(parts['word/document.xml']!);
    // The repeated-header mark moved out of the row properties, where the schema does not allow it.
    parts['word/document.xml'] = strToU8(xml.replace('<w:tblHeader/></w:trPr>', '</w:trPr><w:tblHeader/>'));
    const errors = await validate(zipSync(parts), 'docx', 'Microsoft365');
    expect(errors.map((e) => e.path.partUri)).toContain('/word/document.xml');
    expect(errors.map((e) => e.description).join('\n')).toContain('tblHeader');
  }, 180_000);
});
