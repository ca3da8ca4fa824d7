/**
 * Proof that the gates catch what they are for: each fault is injected into a page of a copy
 * of dist/, and the gate must fail naming that page (and only the pages that were changed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBudgets } from '../../scripts/gates/budgets';
import { checkHtml } from '../../scripts/gates/html-validity';
import { checkLinks } from '../../scripts/gates/links';
import { checkMetadata } from '../../scripts/gates/metadata';
import { compareTrees } from '../../scripts/gates/reproducible';
import { checkThirdParty } from '../../scripts/gates/third-party';
import type { Problem } from '../../scripts/gates/types';
import { built, copyOfDist, dist, siteUrl } from './helpers';

/** Pages that get one fault each. */
const NO_ALT = 'territoires/vire-au-noireau/index.html';
const UNCLOSED = 'mentions-legales/index.html';
const BROKEN_LINK = 'accessibilite/index.html';
const BROKEN_ANCHOR = 'actualites/index.html';
const FOREIGN_SCRIPT = 'appels/club-des-maires/index.html';
const FOREIGN_FONT = 'territoires/index.html';
const NO_CSP = 'faq/index.html';
const BAD_JSON_LD = 'index.html';
const INLINE_JS = 'actualites/atelier-foncier-lance/index.html';

const pagesOf = (problems: Problem[]) => [...new Set(problems.map((p) => p.page))].sort();
const messagesFor = (problems: Problem[], page: string) =>
  problems
    .filter((p) => p.page === page)
    .map((p) => p.message)
    .join('\n');

describe.skipIf(!built)('each injected fault fails its gate, naming the page', () => {
  let copy: ReturnType<typeof copyOfDist>;
  beforeAll(() => {
    copy = copyOfDist();
    const inMain = (html: string, injected: string) => html.replace(/(<main\b[^>]*>)/, `$1${injected}`);
    copy.edit(NO_ALT, (html) => inMain(html, '<img src="/logo.svg" width="10" height="10">'));
    copy.edit(UNCLOSED, (html) => inMain(html, '<div class="oops"><p>Bloc jamais fermé</p>'));
    copy.edit(BROKEN_LINK, (html) => inMain(html, '<p><a href="/appels/appel-disparu/">Un appel</a></p>'));
    copy.edit(BROKEN_ANCHOR, (html) => inMain(html, '<p><a href="/faq/#question-disparue">Une question</a></p>'));
    copy.edit(FOREIGN_SCRIPT, (html) =>
      html.replace('</head>', '<script src="https://cdn.jsdelivr.net/npm/tracker@1/t.js"></script></head>'),
    );
    copy.edit(FOREIGN_FONT, (html) =>
      html.replace(
        '</head>',
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Marianne"></head>',
      ),
    );
    copy.edit(NO_CSP, (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
    copy.edit(BAD_JSON_LD, (html) =>
      html.replace('<script type="application/ld+json">', '<script type="application/ld+json">{,'),
    );
    copy.edit(INLINE_JS, (html) => html.replace('</body>', '<script>document.title = "x"</script></body>'));
  });
  afterAll(() => copy?.remove());

  it('valid HTML: an image without alt text and an unclosed tag', { timeout: 120_000 }, () => {
    const problems = checkHtml(copy.dir);
    expect(pagesOf(problems)).toEqual(['/mentions-legales/', '/territoires/vire-au-noireau/']);
    expect(messagesFor(problems, '/territoires/vire-au-noireau/')).toMatch(/img.*alt/);
    expect(messagesFor(problems, '/mentions-legales/')).toMatch(/div/);
  });

  it('links: a broken internal link and a broken anchor', () => {
    const problems = checkLinks(copy.dir, { siteUrl });
    expect(pagesOf(problems)).toEqual(['/accessibilite/', '/actualites/']);
    expect(messagesFor(problems, '/accessibilite/')).toContain('/appels/appel-disparu/');
    expect(messagesFor(problems, '/actualites/')).toContain('id="question-disparue"');
  });

  it('nothing leaves the site: a script and a font from other origins, a page without CSP, an inline script', () => {
    const problems = checkThirdParty(copy.dir, { siteUrl });
    expect(pagesOf(problems)).toEqual([
      '/actualites/atelier-foncier-lance/',
      '/appels/club-des-maires/',
      '/faq/',
      '/territoires/',
    ]);
    expect(messagesFor(problems, '/appels/club-des-maires/')).toContain('https://cdn.jsdelivr.net');
    expect(messagesFor(problems, '/territoires/')).toContain('https://fonts.googleapis.com');
    expect(messagesFor(problems, '/faq/')).toContain('no Content-Security-Policy');
    expect(messagesFor(problems, '/actualites/atelier-foncier-lance/')).toContain('inline <script>');
  });

  it('budgets: JavaScript on a page without an interactive tool', () => {
    const problems = checkBudgets(copy.dir, { siteUrl });
    expect(pagesOf(problems)).toEqual(['/actualites/atelier-foncier-lance/']);
    expect(messagesFor(problems, '/actualites/atelier-foncier-lance/')).toContain('runs JavaScript');
  });

  it('budgets: a call page over its HTML budget', () => {
    const problems = checkBudgets(dist, {
      siteUrl,
      budgets: {
        callPageHtml: 1_000,
        pageCss: 1_000_000,
        interactivePageJs: 1_000_000,
        interactivePages: ['/recherche/', '/eligibilite/', '/appels/*/'],
      },
    });
    expect(pagesOf(problems)).toContain('/appels/club-des-maires/');
    expect(messagesFor(problems, '/appels/club-des-maires/')).toMatch(/call page HTML is .* over its budget/);
  });

  it('metadata: JSON-LD that does not parse', () => {
    const problems = checkMetadata(copy.dir, { siteUrl });
    expect(pagesOf(problems)).toEqual(['/']);
    expect(messagesFor(problems, '/')).toContain('JSON-LD does not parse');
  });

  it('reproducible: says which files differ and where', () => {
    const problems = compareTrees(dist, copy.dir);
    expect(pagesOf(problems)).toEqual(
      [
        '/',
        '/accessibilite/',
        '/actualites/',
        '/appels/club-des-maires/',
        '/faq/',
        '/mentions-legales/',
        '/territoires/',
        '/territoires/vire-au-noireau/',
        '/actualites/atelier-foncier-lance/',
      ].sort(),
    );
    expect(messagesFor(problems, '/mentions-legales/')).toMatch(/line \d+, column \d+: .*Bloc jamais fermé/);
  });
});
