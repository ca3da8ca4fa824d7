/**
 * Issue 15: each hole the validator used to let through, planted in a patched copy of the
 * valid fixture (or of the seeded content), fails with its rule id at the exact file, line
 * and column, and with nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIEF, CALL, checkPatched, err, FAQ, SITE, TERRITORY, warn } from './patch';

describe('calendar holes', () => {
  it('a timed event that ends before it starts', async () => {
    const { found, result } = await checkPatched([{ file: CALL, find: 'end: "12:00"', replace: 'end: "09:00"' }]);
    expect(found).toEqual([err('calendrier/horaire', CALL, 48, 12)]);
    expect(result.findings[0]!.what).toContain('avant son début (10:00)');
  });

  // Issue 11: a call in waves (or in stages) has one deadline per wave (per stage); the corpus
  // call aact-air-2023 (two waves) validates with no error.
  it('a second deadline milestone in the same wave and stage: one deadline only', async () => {
    const { found, result } = await checkPatched([{ file: CALL, find: 'kind: selection', replace: 'kind: deadline' }]);
    expect(found).toEqual([err('calendrier/limite-multiple', CALL, 64, 11)]);
    expect(result.findings[0]!.why).toContain("n'a qu'une date limite");
    expect(result.findings[0]!.fix).toContain('« mode: waves »');
  });

  it('a milestone and an event sharing an id', async () => {
    const { found } = await checkPatched([{ file: CALL, find: '- id: webinaire', replace: '- id: ouverture' }]);
    expect(found).toEqual([err('calendrier/identifiant', CALL, 41, 9)]);
  });

  it('a range whose end is before its start, without days', async () => {
    const { found } = await checkPatched([
      { file: CALL, find: 'month: 2023-12\n      to:', replace: 'month: 2024-02\n      to:' },
      { file: CALL, find: '      days: 45\n', replace: '' },
    ]);
    expect(found).toEqual([err('calendrier/periode', CALL, 77, 16)]);
  });
});

describe('counts on the call itself', () => {
  it('action areas: min above max', async () => {
    const { found } = await checkPatched([{ file: CALL, find: '  min: 1\n  max: 2', replace: '  min: 3\n  max: 2' }]);
    // The case study's count (1) is not reported on top: the call's bounds are the fault.
    expect(found).toEqual([err('comptes/bornes', CALL, 25, 8)]);
  });

  it('action areas: max above the number of items', async () => {
    const { found, result } = await checkPatched([
      { file: CALL, find: '  min: 1\n  max: 2', replace: '  min: 1\n  max: 4' },
    ]);
    expect(found).toEqual([err('comptes/bornes', CALL, 26, 8)]);
    expect(result.findings[0]!.what).toContain('(3 dans « actionAreas.items »)');
  });

  it('referents: min above max', async () => {
    const { found } = await checkPatched([
      {
        file: CALL,
        find: '  mode: deadline\n',
        replace: '  mode: deadline\n  referents:\n    min: 3\n    max: 2\n    perEpci: false\n    role: "élus"\n',
      },
    ]);
    expect(found).toEqual([err('comptes/bornes', CALL, 37, 10)]);
  });
});

describe('territories', () => {
  const twice = (kind: string) => [
    { file: TERRITORY, find: 'kind: epci', replace: `kind: ${kind}` },
    {
      file: TERRITORY,
      find: '    name: "CC Coutances Mer et Bocage"\n',
      replace:
        '    name: "CC Coutances Mer et Bocage"\n  - siren: "200067023"\n    name: "CC Coutances Mer et Bocage"\n',
    },
  ];

  it('the same EPCI twice in a territory', async () => {
    const { found } = await checkPatched(twice('epci'));
    expect(found).toEqual([err('eligibilite/epci-doublon', TERRITORY, 7, 12)]);
  });

  it('a groupement of the same EPCI twice counts one distinct SIREN, reported once', async () => {
    const { found, result } = await checkPatched(twice('groupement-epci'));
    expect(found).toEqual([err('eligibilite/epci-doublon', TERRITORY, 7, 12)]);
    expect(result.findings[0]!.what).toContain('un groupement compte ses EPCI distincts');
  });

  it('a groupement of two distinct EPCIs passes', async () => {
    const { found } = await checkPatched([
      { file: TERRITORY, find: 'kind: epci', replace: 'kind: groupement-epci' },
      {
        file: TERRITORY,
        find: '    name: "CC Coutances Mer et Bocage"\n',
        replace: '    name: "CC Coutances Mer et Bocage"\n  - siren: "241400555"\n    name: "CC de Bayeux Intercom"\n',
      },
    ]);
    expect(found).toEqual([]);
  });

  it('an EPCI name that is not its SIREN’s official name is an error, with the normalisation of the lookup', async () => {
    const wrong = await checkPatched([
      { file: TERRITORY, find: 'name: "CC Coutances Mer et Bocage"', replace: 'name: "CC Coutances Terre et Mer"' },
    ]);
    expect(wrong.found).toEqual([err('eligibilite/epci-nom', TERRITORY, 6, 11)]);
    // The lookup reads "&" as "et" and ignores case, accents and hyphens: same name.
    const same = await checkPatched([
      { file: TERRITORY, find: 'name: "CC Coutances Mer et Bocage"', replace: 'name: "cc coutances-mer & bocage"' },
    ]);
    expect(same.found).toEqual([]);
  });
});

describe('raw HTML in Markdown bodies', () => {
  it('a <script> in a call', async () => {
    const { found } = await checkPatched([{ file: CALL, append: '\n<script>alert(1)</script>\n' }]);
    expect(found).toEqual([err('contenu/html-interdit', CALL, 128, 1)]);
  });

  it('an <iframe> in a FAQ answer', async () => {
    const { found } = await checkPatched([{ file: FAQ, append: '\n<iframe src="https://exemple.fr/"></iframe>\n' }]);
    expect(found).toEqual([err('contenu/html-interdit', FAQ, 10, 1)]);
  });

  it('an on…= attribute in a brief', async () => {
    const { found } = await checkPatched([
      {
        file: BRIEF,
        find: "L'appel a été ouvert",
        replace: '<img src="x.png" onerror="alert(1)"> L\'appel a été ouvert',
      },
    ]);
    expect(found).toEqual([err('contenu/html-interdit', BRIEF, 19, 18)]);
  });

  it('a javascript: link in a case study', async () => {
    const { found } = await checkPatched([
      { file: TERRITORY, find: 'de mi-novembre.', replace: 'de mi-novembre. [Voir](javascript:alert(1))' },
    ]);
    expect(found).toEqual([err('contenu/html-interdit', TERRITORY, 15, 71)]);
  });

  it('<object>, <embed>, <style>, vbscript: and data: each give their own finding, not acknowledgeable', async () => {
    const { found, result } = await checkPatched([
      {
        file: CALL,
        append:
          '\n<object data="x.swf"></object>\n\n<embed src="x.swf">\n\n<style>p { color: red }</style>\n\n[a](vbscript:msgbox) et ![b](data:image/png;base64,AAAA)\n',
      },
    ]);
    expect(found).toEqual([
      err('contenu/html-interdit', CALL, 128, 1),
      err('contenu/html-interdit', CALL, 130, 1),
      err('contenu/html-interdit', CALL, 132, 1),
      err('contenu/html-interdit', CALL, 134, 1),
      err('contenu/html-interdit', CALL, 134, 25),
    ]);
    expect(result.findings.every((f) => f.calls.length === 0)).toBe(true);
  });
});

describe('configuration', () => {
  it('GUICHET_TODAY=2026-13-45 fails, naming the variable and the expected form', async () => {
    const { found, result } = await checkPatched([], { env: { GUICHET_TODAY: '2026-13-45' } });
    expect(found).toEqual([err('configuration/variable', "variable d'environnement GUICHET_TODAY", 1, 15)]);
    expect(result.ok).toBe(false);
    expect(result.findings[0]!.fix).toContain('AAAA-MM-JJ');
  });
});

describe('size limits', () => {
  it('a call file over 64 Kio, reported where it crosses the limit', async () => {
    const { found, result } = await checkPatched([{ file: CALL, append: `\n${'Un texte collé. '.repeat(5000)}\n` }]);
    expect(found.map((f) => [f.rule, f.file, f.line])).toEqual([['contenu/taille', CALL, 128]]);
    expect(result.findings[0]!.what).toContain('64 Kio');
  });

  it('a list over 60 items, reported at its 61st item', async () => {
    const criteria = Array.from({ length: 61 }, (_, i) => `  - id: c${i}\n    title: "Critère ${i}"\n`).join('');
    const { found } = await checkPatched([
      {
        file: CALL,
        find: `  - id: attractivite\n    title: "Une volonté d'engager le territoire"\n  - id: besoin\n    title: "Un besoin avéré d'accompagnement"\n`,
        replace: criteria,
      },
    ]);
    expect(found).toEqual([err('contenu/taille', CALL, 138, 5)]);
  });
});

describe('exact location', () => {
  it('a deadline moved before the opening is reported at its value', async () => {
    const { found } = await checkPatched([{ file: CALL, find: 'date: 2023-11-03', replace: 'date: 2023-10-01' }]);
    // One fault, one finding: not also « ouverture » nor « the webinar comes after the deadline ».
    expect(found.filter((f) => f.rule.startsWith('calendrier/'))).toEqual([err('calendrier/ordre', CALL, 61, 13)]);
  });

  it('a deadline moved a year late is reported on itself, not on the milestones after it', async () => {
    const { found } = await checkPatched([{ file: CALL, find: 'date: 2023-11-03', replace: 'date: 2024-11-03' }]);
    expect(found.filter((f) => f.rule === 'calendrier/ordre')).toEqual([err('calendrier/ordre', CALL, 61, 13)]);
  });

  it('an unclosed front matter is reported where the header should close, saying so', async () => {
    const { found, result } = await checkPatched([
      { file: TERRITORY, find: '      - agence\n---\n', replace: '      - agence\n' },
    ]);
    expect(found).toEqual([err('schema/entete', TERRITORY, 13, 1)]);
    expect(result.findings[0]!.what).toContain("n'est pas fermé");
  });
});

describe('no knock-on errors', () => {
  it('one negative amount in a call with an acknowledgement gives one error; its valid acknowledgement is « non vérifié »', async () => {
    const { result } = await checkPatched(
      [{ file: 'calls/reseau-industrie.mdx', find: '    min: 2000', replace: '    min: -2000' }],
      { base: SITE },
    );
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.file, f.target])).toEqual([
      ['schema/taille', 'calls/reseau-industrie.mdx', 'pricing.range.min'],
    ]);
    expect(errors[0]!.fix).toContain('0 ou plus');
    expect(result.findings.some((f) => f.rule === 'acquittement/sans-objet')).toBe(false);
    // Every acknowledgement of the call is « non vérifié », none dropped.
    const acknowledged = readFileSync(join(SITE, 'calls/reseau-industrie.mdx'), 'utf8').match(/^ {2}- rule: /gm) ?? [];
    expect(acknowledged.length).toBe(1);
    const unchecked = result.findings.filter((f) => f.rule === 'acquittement/non-verifie');
    expect(unchecked.length).toBe(acknowledged.length);
    expect(unchecked.every((f) => f.severity === 'warning' && f.file === 'calls/reseau-industrie.mdx')).toBe(true);
  });
});

describe('messages name the expected form', () => {
  it('a time written 9:30 suggests "09:30"', async () => {
    const { found, result } = await checkPatched([{ file: CALL, find: 'start: "10:00"', replace: 'start: "9:30"' }]);
    expect(found).toEqual([err('schema/format', CALL, 47, 14)]);
    expect(result.findings[0]!.fix).toBe('écrivez "09:30".');
  });

  it('a date written 22/09/2023 gives one error with the AAAA-MM-JJ form', async () => {
    const { found, result } = await checkPatched([
      { file: CALL, find: 'date: 2023-10-02', replace: 'date: 22/09/2023' },
    ]);
    expect(found).toEqual([err('schema/format', CALL, 55, 13)]);
    expect(result.findings[0]!.fix).toBe('écrivez 2023-09-22.');
    expect(result.findings[0]!.what).toContain('AAAA-MM-JJ');
  });

  it('a date written in words gives its AAAA-MM-JJ form', async () => {
    const { found, result } = await checkPatched([
      { file: CALL, find: 'date: 2023-10-02', replace: 'date: 22 septembre 2023' },
    ]);
    expect(found).toEqual([err('schema/format', CALL, 55, 13)]);
    expect(result.findings[0]!.fix).toBe('écrivez 2023-09-22.');
  });

  it('a date written 31/09/2023 is not turned into a day that does not exist', async () => {
    const { found, result } = await checkPatched([
      { file: CALL, find: 'date: 2023-10-02', replace: 'date: 31/09/2023' },
    ]);
    expect(found).toEqual([err('schema/format', CALL, 55, 13)]);
    expect(result.findings[0]!.what).toContain("le mois 9 de 2023 n'a pas de jour 31");
    expect(result.findings[0]!.fix).not.toContain('2023-09-31');
  });

  it('« devrait être un groupe de champs » shows the YAML shape expected', async () => {
    const { found, result } = await checkPatched([
      {
        file: CALL,
        find: '  mode: deadline\n  submission:',
        replace: '  mode: deadline\n  referents: 2\n  submission:',
      },
    ]);
    expect(found).toEqual([err('schema/type', CALL, 36, 14)]);
    expect(result.findings[0]!.what).toContain('devrait être un groupe de champs');
    expect(result.findings[0]!.fix).toContain('referents:\n  min: …\n  max: …\n  perEpci: …\n  role: …');
  });

  it('a negative number names the range expected', async () => {
    const { result } = await checkPatched([{ file: CALL, find: 'amount: 20000', replace: 'amount: -20000' }]);
    expect(result.findings.map((f) => f.fix)).toEqual([
      'écrivez un nombre positif ou nul (0 ou plus), sans signe moins (et non -20000).',
    ]);
  });
});

// Issue 11 (MODEL.md §3): the limits of an applicant alternative belong to its type.
describe('applicant alternatives', () => {
  const alternative = (lines: string) => ({
    file: CALL,
    find: '    - { type: epci, id: a1, label: "epci" }\n',
    replace: `    - type: epci\n      id: a1\n      label: "epci"\n${lines}`,
  });

  it('members on an EPCI alone: only a groupement gathers EPCI', async () => {
    const { found, result } = await checkPatched([alternative('      members: { max: 4 }\n')]);
    expect(found).toEqual([err('eligibilite/alternatives', CALL, 14, 16)]);
    expect(result.findings[0]!.fix).toContain('type: groupement-epci');
  });

  it('a largest-commune bound on a groupement: it belongs to one EPCI', async () => {
    const { found } = await checkPatched([
      {
        file: CALL,
        find: '    - { type: groupement-epci, id: a2, label: "groupement-epci" }\n',
        replace:
          '    - type: groupement-epci\n      id: a2\n      label: "groupement-epci"\n      largestCommune:\n        max: { value: 100000, inclusive: false }\n',
      },
    ]);
    expect(found).toEqual([err('eligibilite/alternatives', CALL, 15, 7)]);
  });

  it('a groupement of at least 5 and at most 4 EPCI', async () => {
    const { found, result } = await checkPatched([
      {
        file: CALL,
        find: '    - { type: groupement-epci, id: a2, label: "groupement-epci" }\n',
        replace: '    - { type: groupement-epci, id: a2, label: "groupement-epci", members: { min: 5, max: 4 } }\n',
      },
    ]);
    expect(found).toEqual([err('eligibilite/alternatives', CALL, 12, 75)]);
    expect(result.findings[0]!.what).toContain('le minimum dépasse le maximum');
  });

  it('a population bound without the call’s words: a warning at the measure', async () => {
    const bound = '      population:\n        max: { value: 250000, inclusive: false }\n        measure: totale\n';
    const { found, result } = await checkPatched([alternative(bound)]);
    expect(found).toEqual([warn('eligibilite/mesure-population', CALL, 16, 18)]);
    expect(result.findings[0]!.fix).toContain('asPublished');
    // With the call's words, nothing is said.
    const quoted = await checkPatched([
      alternative(`${bound}        asPublished: "moins de 250 000 habitants (population totale)"\n`),
    ]);
    expect(quoted.found).toEqual([]);
  });
});
