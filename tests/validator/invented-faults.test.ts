/**
 * Faults of our own invention, beyond those issue 15 lists: each planted once in a patched
 * copy of the valid fixture, with how it ends (rule, place, or a clean pass when the
 * content is in fact fine).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadSite } from '../../src/lib/config';
import { findUnsafeHtml } from '../../src/lib/markdown/raw-html';
import { BRIEF, CALL, checkPatched, err, FAQ, materialise, SITE, TERRITORY, warn } from './patch';

describe('invented faults', () => {
  it('1. a timed event that starts and ends at the same minute', async () => {
    const { found, result } = await checkPatched([{ file: CALL, find: 'end: "12:00"', replace: 'end: "10:00"' }]);
    expect(found).toEqual([err('calendrier/horaire', CALL, 48, 12)]);
    expect(result.findings[0]!.what).toContain('à la même heure que');
  });

  it('2. a cap per region above the total number of laureates is a warning', async () => {
    const { found } = await checkPatched([
      { file: CALL, find: '  count: 2\n', replace: '  count: 2\n  maxPerRegion: 5\n' },
    ]);
    expect(found).toEqual([warn('comptes/bornes', CALL, 24, 17)]);
  });

  it('3. a javascript: link hidden behind character references', async () => {
    const { found } = await checkPatched([
      { file: FAQ, append: '\n<a href="jav&#x61;script&colon;alert(1)">ici</a>\n' },
    ]);
    expect(found).toEqual([err('contenu/html-interdit', FAQ, 10, 4)]);
  });

  it('4. an upper-case <SCRIPT> inside a sentence', async () => {
    const { found } = await checkPatched([
      { file: FAQ, find: "jusqu'au vendredi", replace: "jusqu'au <SCRIPT>x()</SCRIPT> vendredi" },
    ]);
    expect(found).toEqual([err('contenu/html-interdit', FAQ, 8, 39)]);
  });

  it('5. a javascript: autolink', async () => {
    const { found } = await checkPatched([{ file: TERRITORY, append: '\n<javascript:alert(1)>\n' }]);
    expect(found).toEqual([err('contenu/html-interdit', TERRITORY, 17, 1)]);
  });

  it('6. <script> shown as code (fenced block, inline code) is text and passes', async () => {
    const { found } = await checkPatched([
      {
        file: CALL,
        append:
          '\nÉcrivez `<script>` tel quel :\n\n```html\n<script>alert(1)</script>\n<a href="javascript:x()">a</a>\n```\n',
      },
    ]);
    expect(found).toEqual([]);
  });

  it('7. a reversed range with a stated duration gives the period error only, not also « durée »', async () => {
    const { found } = await checkPatched([
      { file: CALL, find: 'month: 2023-12\n      to:', replace: 'month: 2024-02\n      to:' },
    ]);
    expect(found).toEqual([err('calendrier/periode', CALL, 77, 16)]);
  });

  it('8. GUICHET_TODAY written the French way', async () => {
    const { found, result } = await checkPatched([], { env: { GUICHET_TODAY: '22/09/2023' } });
    expect(found).toEqual([err('configuration/variable', "variable d'environnement GUICHET_TODAY", 1, 15)]);
    expect(result.findings[0]!.what).toContain("n'est pas un jour au format AAAA-MM-JJ");
  });

  it('9. a month written 12/2023 suggests 2023-12', async () => {
    const { found, result } = await checkPatched([{ file: CALL, find: 'month: 2023-11', replace: 'month: "11/2023"' }]);
    expect(found).toEqual([err('schema/format', CALL, 67, 14)]);
    expect(result.findings[0]!.fix).toBe('écrivez 2023-11.');
  });

  it('10. a summary of 5 000 characters', async () => {
    const { found } = await checkPatched([
      {
        file: CALL,
        find: 'summary: "Un appel minimal',
        replace: `summary: "${'Texte long. '.repeat(460)}Un appel minimal`,
      },
    ]);
    expect(found).toEqual([err('contenu/taille', CALL, 8, 10)]);
  });

  it('11. a reference-style link definition to javascript:', async () => {
    const { found } = await checkPatched([
      { file: BRIEF, append: '\nVoir [le bilan][b].\n\n[b]: javascript:alert(1)\n' },
    ]);
    expect(found).toEqual([err('contenu/html-interdit', BRIEF, 23, 1)]);
  });

  it('12. an acknowledgement about a case study that fails its schema is « non vérifié », not « sans objet »', async () => {
    const { found } = await checkPatched([
      { file: TERRITORY, find: 'siren: "200067023"', replace: 'siren: 200067023' },
      {
        file: CALL,
        find: 'contacts:\n',
        replace:
          'acknowledgements:\n  - rule: eligibilite/epci-nom\n    target: "territories/laureat:epcis[0].name"\n    reason: "Nom en usage."\ncontacts:\n',
      },
    ]);
    expect(found).toEqual([warn('acquittement/non-verifie', CALL, 111, 13), err('schema/type', TERRITORY, 5, 12)]);
  });

  it('13. a site.yaml colour without its # fails with the file, line and rule, no raw dump', () => {
    const dir = materialise([], SITE);
    const site = join(dir, 'site.yaml');
    const text = readFileSync(site, 'utf8');
    const colour = /primary: "#([0-9a-fA-F]{6})"/.exec(text);
    expect(colour).not.toBeNull();
    writeFileSync(site, text.replace(colour![0], `primary: "${colour![1]}"`));
    let error: unknown;
    try {
      loadSite(dir, {}, dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('site.yaml');
    expect(message).toMatch(/\d+:\d+\s+erreur\s+schema\/format/);
    expect(message).toContain('#RRGGBB');
    expect(message).not.toContain('"code"');
  });

  it('14. MDX JSX with expression attributes is found by the shared detection, escaped text is not', () => {
    const found = findUnsafeHtml('Texte <a href={"javascript:x()"}>a</a> et <b onClick={() => go()}>b</b>.\n');
    expect(found.map((u) => [u.kind, u.name, u.offset])).toEqual([
      ['url', 'javascript', 9],
      ['attribute', 'onclick', 45],
    ]);
    expect(findUnsafeHtml('On écrit &lt;script&gt; pour parler de la balise.\n')).toEqual([]);
  });

  it('15. a milestone date written as a bare day instead of a group of fields gets the exact YAML to write', async () => {
    const { found, result } = await checkPatched([
      { file: CALL, find: '    date:\n      type: day\n      date: 2023-10-02', replace: '    date: 2023-10-02' },
    ]);
    expect(found).toEqual([err('schema/type', CALL, 53, 11)]);
    expect(result.findings[0]!.fix).toBe(
      'écrivez des champs indentés sous « date: », de cette forme :\ndate:\n  type: day\n  date: 2023-10-02',
    );
  });

  it('16. a period bound written as a bare month gets « month: » under its key', async () => {
    const { found, result } = await checkPatched([
      { file: CALL, find: '      from:\n        month: 2023-12', replace: '      from: 2023-12' },
    ]);
    expect(found).toEqual([err('schema/type', CALL, 74, 13)]);
    expect(result.findings[0]!.fix).toContain('from:\n  month: 2023-12');
  });
});
