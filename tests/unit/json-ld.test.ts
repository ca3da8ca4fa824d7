import { describe, expect, it } from 'vitest';
import {
  agencyLd,
  callLd,
  deadlineDateTime,
  faqPageLd,
  htmlToText,
  jsonLdScript,
  organisationLd,
} from '../../src/lib/json-ld';

describe('schema.org JSON-LD', () => {
  it('adds no hour to a deadline published as a day, and gives a published hour in Paris time', () => {
    // The call publishes « 3 novembre 2023 », no hour: an hour would be invented.
    expect(deadlineDateTime({ type: 'day', date: '2023-11-03' })).toBeUndefined();
    expect(deadlineDateTime({ type: 'day', date: '2024-06-14' })).toBeUndefined();
    expect(deadlineDateTime({ type: 'day-time', date: '2023-11-03', start: '12:00', end: '13:00' })).toBe(
      '2023-11-03T12:00:00+01:00',
    );
    expect(deadlineDateTime({ type: 'day-time', date: '2024-06-14', start: '12:00', end: '13:00' })).toBe(
      '2024-06-14T12:00:00+02:00',
    );
    expect(deadlineDateTime({ type: 'month', month: '2024-06' })).toBeUndefined();
  });

  it('describes a call as a Grant with its funders and its area, and no invented deadline hour', () => {
    const ld = callLd({
      url: 'https://appels.example.fr/appels/afe/',
      title: 'Atelier du foncier économique',
      shortName: 'AFE',
      summary: 'Résumé.',
      updated: '2026-11-23',
      funders: [
        { name: 'Agence', kind: 'agence' },
        { name: 'Région Normandie', kind: 'collectivite', website: 'https://www.normandie.fr' },
      ],
      sponsors: [],
      regions: ['Normandie'],
      deadline: { type: 'day', date: '2023-11-03' },
      submission: { url: 'https://www.adnormandie.fr' },
    });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Grant',
      url: 'https://appels.example.fr/appels/afe/',
      funder: [
        { '@type': 'Organization', name: 'Agence' },
        { '@type': 'GovernmentOrganization', name: 'Région Normandie', url: 'https://www.normandie.fr' },
      ],
      areaServed: [{ '@type': 'AdministrativeArea', name: 'Normandie' }],
      potentialAction: {
        '@type': 'ApplyAction',
        target: 'https://www.adnormandie.fr',
      },
    });
    expect(ld).not.toHaveProperty('sponsor');
    expect(JSON.stringify(ld)).not.toMatch(/23:59|T\d\d:\d\d/);
  });

  it('leaves out the deadline of a call without an exact one, and applies by email when there is no web address', () => {
    const ld = callLd({
      url: 'https://x.fr/appels/t/',
      title: 'T',
      summary: 'S',
      updated: '2026-01-01',
      funders: [{ name: 'A' }],
      sponsors: [{ name: 'B' }],
      regions: [],
      submission: { email: 'depot@x.fr' },
    });
    expect(ld['potentialAction']).toEqual({ '@type': 'ApplyAction', name: 'Candidater', target: 'mailto:depot@x.fr' });
    expect(ld['areaServed']).toEqual({ '@type': 'Country', name: 'France' });
    expect(ld['sponsor']).toEqual([{ '@type': 'Organization', name: 'B' }]);
  });

  it('gives FAQ answers as plain text', () => {
    expect(
      htmlToText('<p>La date est le <strong>vendredi 3&nbsp;novembre</strong> &amp; c&#39;est tout.</p>\n<p>Suite</p>'),
    ).toBe("La date est le vendredi 3\u00a0novembre & c'est tout. Suite");
    const ld = faqPageLd('https://x.fr/faq/', [
      { question: 'Quand ?', answerHtml: '<p>Demain.</p>', url: 'https://x.fr/faq/#q' },
    ]);
    expect(ld['mainEntity']).toEqual([
      {
        '@type': 'Question',
        name: 'Quand ?',
        url: 'https://x.fr/faq/#q',
        acceptedAnswer: { '@type': 'Answer', text: 'Demain.' },
      },
    ]);
  });

  it('describes the agency without the values still to fill in', () => {
    const ld = agencyLd({
      siteUrl: 'https://x.fr',
      siteTitle: 'Site',
      name: 'Agence',
      shortName: 'AG',
      logo: '/logo.svg',
      address: 'À COMPLÉTER – adresse',
    });
    const [org, site] = ld['@graph'] as Record<string, unknown>[];
    expect(org).toMatchObject({
      '@type': 'Organization',
      name: 'Agence',
      logo: 'https://x.fr/logo.svg',
      url: 'https://x.fr/',
    });
    expect(org).not.toHaveProperty('address');
    expect(site).toMatchObject({
      '@type': 'WebSite',
      url: 'https://x.fr/',
      publisher: { '@id': 'https://x.fr/#organisation' },
    });
    expect(organisationLd({ name: 'État', kind: 'etat' })['@type']).toBe('GovernmentOrganization');
  });

  it('escapes "<" so that no text can close the script element', () => {
    expect(jsonLdScript({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});
