/** The parsing helpers of the quality gates (scripts/gates/), on small inputs. */
import { describe, expect, it } from 'vitest';
import { matchesPage } from '../../scripts/gates/budgets';
import { urlOf } from '../../scripts/gates/dist';
import { anchorsOf, cssReferences, textReferences } from '../../scripts/gates/links';
import { cspProblems, effectiveSources, knownHosts, parseCsp } from '../../scripts/gates/third-party';
import { jsonLdExpectations } from '../../scripts/gates/metadata';

const origin = 'https://appels.example.fr';

describe('gate helpers', () => {
  it('maps files to public URLs', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('appels/x/index.html')).toBe('/appels/x/');
    expect(urlOf('404.html')).toBe('/404.html');
    expect(urlOf('kits/x.zip')).toBe('/kits/x.zip');
  });

  it('accepts a CSP of the site only, and names any other origin', () => {
    const own = "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'";
    expect(cspProblems(own, origin)).toEqual([]);
    expect(cspProblems(`${own}; connect-src https://appels.example.fr`, origin)).toEqual([]);
    expect(cspProblems("default-src 'self'; script-src 'self' https://www.googletagmanager.com", origin)).toEqual([
      'the Content-Security-Policy allows another origin: script-src https://www.googletagmanager.com',
    ]);
    expect(cspProblems('default-src *; report-uri https://r.example/csp', origin)).toEqual([
      'the Content-Security-Policy allows another origin: default-src *',
      'the Content-Security-Policy sends reports elsewhere (report-uri https://r.example/csp)',
    ]);
    expect(cspProblems("script-src 'self'", origin)[0]).toContain('no default-src');
  });

  it('follows the CSP fallback chain', () => {
    const csp = parseCsp("default-src 'self'; style-src 'self' 'unsafe-inline'");
    expect(effectiveSources(csp, 'style-src-attr')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(effectiveSources(csp, 'script-src-elem')).toEqual(["'self'"]);
  });

  it('finds known trackers as whole host names only', () => {
    expect(knownHosts('s.src="https://www.googletagmanager.com/gtag/js"')).toEqual(['googletagmanager.com']);
    expect(knownHosts('implausible.io is not plausible')).toEqual([]);
  });

  it('matches page patterns segment by segment', () => {
    expect(matchesPage('/appels/*/', '/appels/atelier-foncier/')).toBe(true);
    expect(matchesPage('/appels/*/', '/appels/')).toBe(false);
    expect(matchesPage('/appels/*/', '/appels/a/b/')).toBe(false);
    expect(matchesPage('/recherche/', '/recherche/')).toBe(true);
  });

  it('reads anchors from markup, even malformed, but not from scripts', () => {
    const ids = anchorsOf(
      '<main id="contenu"><div><a name="haut"></a><p id=court>x<script>var s = \'<p id="faux">\'</script><span name="pas-une-ancre">',
    );
    expect([...ids].sort()).toEqual(['contenu', 'court', 'haut']);
  });

  it('reads URLs from CSS and from folded ICS lines', () => {
    expect(
      cssReferences(
        '@import "a.css"; b { background: url( \'/img/x.svg\' ) } /* url(/no.png) */ c { background: url(data:image/png;base64,AA) }',
      ).map((r) => r.value),
    ).toEqual(['/img/x.svg', 'a.css']);
    const ics =
      'URL:https://appels.example.fr/appels/un-tres-long-identifiant-d-appel/\r\n #calend\r\n rier\r\nDESCRIPTION:voir https://appels.example.fr/faq/.';
    expect(textReferences(ics, origin, 'x.ics').map((r) => r.value)).toEqual([
      'https://appels.example.fr/appels/un-tres-long-identifiant-d-appel/#calendrier',
      'https://appels.example.fr/faq/',
    ]);
  });

  it('checks that a call page’s JSON-LD states the deadline the page shows', () => {
    const grant = {
      '@context': 'https://schema.org',
      '@type': 'Grant',
      name: 'X',
      url: `${origin}/appels/x/`,
      funder: [{ '@type': 'Organization', name: 'A' }],
    };
    const apply = (endTime: string) => [{ ...grant, potentialAction: { '@type': 'ApplyAction', endTime } }];
    // A deadline with its hour: endTime states it.
    expect(jsonLdExpectations('/appels/x/', '2023-11-03T12:00', 0, apply('2023-11-03T12:00:00+01:00'), origin)).toEqual(
      [],
    );
    expect(jsonLdExpectations('/appels/x/', '2023-11-03T12:00', 0, [grant], origin)).toEqual([
      'the page shows the deadline 2023-11-03T12:00 but JSON-LD ApplyAction endTime is undefined',
    ]);
    expect(jsonLdExpectations('/appels/x/', '2023-11-03T12:00', 0, apply('2023-11-04T12:00:00+01:00'), origin)).toEqual(
      ['the page shows the deadline 2023-11-03T12:00 but JSON-LD ApplyAction endTime is "2023-11-04T12:00:00+01:00"'],
    );
    // A day alone (issue 10): no endTime, since no hour may be invented for it.
    expect(jsonLdExpectations('/appels/x/', '2023-11-03', 0, [grant], origin)).toEqual([]);
    expect(jsonLdExpectations('/appels/x/', '2023-11-03', 0, apply('2023-11-03T23:59:59+01:00'), origin)).toEqual([
      'the page shows the deadline 2023-11-03 without an hour but JSON-LD ApplyAction endTime gives one (2023-11-03T23:59:59+01:00)',
    ]);
    expect(jsonLdExpectations('/appels/x/', undefined, 0, apply('2023-11-03T12:00:00+01:00'), origin)).toEqual([
      'the page shows no deadline but JSON-LD ApplyAction endTime is 2023-11-03T12:00:00+01:00',
    ]);
    expect(jsonLdExpectations('/appels/x/', undefined, 0, [], origin)).toEqual([
      'no JSON-LD Grant describing the call',
    ]);
  });

  it('asks each call’s FAQ page, not the /faq/ index, for a FAQPage with all its questions', () => {
    const faq = { '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Q ?', acceptedAnswer: { '@type': 'Answer', text: 'R.' } }] };
    expect(jsonLdExpectations('/faq/x/', undefined, 1, [faq], origin)).toEqual([]);
    expect(jsonLdExpectations('/faq/x/', undefined, 2, [faq], origin)).toEqual(['JSON-LD FAQPage has 1 questions, the page 2']);
    expect(jsonLdExpectations('/faq/x/', undefined, 1, [], origin)).toEqual(['no JSON-LD FAQPage']);
    expect(jsonLdExpectations('/faq/', undefined, 0, [], origin)).toEqual([]);
  });
});
