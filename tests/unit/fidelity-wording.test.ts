/**
 * Every sentence template says only what a field holds: each one is rendered for a call that
 * lacks the field, and the claim must be absent (issue 10). Page view logic, kit wording,
 * LISEZMOI, letters, dossier, JSON-LD, RSS items and the lookup's status.
 */
import { describe, expect, it } from 'vitest';
import {
  actionAreasSentences,
  appraisalHeading,
  calendarIntro,
  criteriaHeading,
  deadlineGlance,
  deadlineOnDay,
  deadlineSentence,
  deadlineShort,
  durationSentence,
  noticesFor,
} from '../../src/lib/call-wording';
import { feedItems } from '../../src/lib/feed';
import { makeKit, prepareSource } from '../../src/lib/kit';
import { readmeText } from '../../src/lib/kit/readme';
import { callLd } from '../../src/lib/json-ld';
import { callFacts } from '../../src/lib/eligibility/shape';
import { statusOfCall } from '../../src/lib/shared/status';
import type { Call } from '../../src/schemas/call';
import { loadCall, loadContext } from './kit-fixtures';
import { docxRawText, utf8 } from './kit-readers';

const ctx = loadContext();
/** The fixture call with every field (open on the fixture's today, 2026-06-15). */
const full = loadCall('atelier-foncier');
/** The national fixture call: a duration, a notice on its price, brackets around a gap. */
const national = loadCall('reseau-industrie');
/** The fixture call that publishes no date, no document and asks for no letter. */
const bare = loadCall('club-des-maires');
/** A day after the deadline of `full`. */
const AFTER = '2026-09-01';
/** Normalises narrow/no-break spaces for assertions. */
const plain = (s: string) => s.replace(/[\u202F\u00A0]/g, ' ');

/** The call with every field, with fields removed or changed, for the "lacking the field" cases. */
function fullWith(patch: (c: Call) => Call) {
  return { slug: full.slug, data: patch(structuredClone(full.data)) };
}

/** A call that publishes no date at all and says nothing of a rolling intake. */
const undated = fullWith((c) => ({
  ...c,
  calendar: [],
  events: [],
  application: { ...c.application, mode: 'undated' as const, rollingStatement: undefined },
}));

describe('deadline and calendar sentences', () => {
  it('never say « au fil de l’eau » nor « ouvert » for a call that publishes no date', () => {
    const call = undated.data;
    for (const text of [deadlineSentence(call), deadlineShort(call), deadlineGlance(call), calendarIntro(call) ?? '']) {
      expect(plain(text)).not.toMatch(/fil de l’eau|\bouvert\b/i);
    }
    expect(plain(deadlineSentence(call))).toBe('Date limite de candidature : non précisée par l’appel.');
    expect(calendarIntro(call)).toBe('L’appel ne publie aucune date, ni d’ouverture ni de date limite.');
  });
  it('quote the call’s own sentence for a rolling intake, and only then', () => {
    const stated = { ...undated.data, application: { ...undated.data.application, mode: 'rolling' as const, rollingStatement: 'Candidatures reçues en continu.' } };
    expect(plain(deadlineSentence(stated))).toContain('« Candidatures reçues en continu. »');
    expect(plain(calendarIntro(stated) ?? '')).toContain('« Candidatures reçues en continu. »');
  });
  it('say the applications are closed on a day after the deadline, never an invitation to apply', () => {
    expect(plain(deadlineOnDay(full.data, 'clos'))).toBe('Candidatures closes (date limite : vendredi 3 juillet 2026 à 17 h 00).');
    expect(plain(deadlineOnDay(full.data, 'ouvert'))).toBe('Date limite de candidature : vendredi 3 juillet 2026 à 17 h 00.');
  });
  it('give no duration without the field', () => {
    expect(durationSentence({ duration: undefined })).toBeUndefined();
    expect(plain(durationSentence(national.data) ?? '')).toBe('Durée initiale : 12 mois, renouvelable une fois.');
  });
});

describe('lists and action areas', () => {
  it('print each list under the call’s own heading, and a neutral one that claims no use without it', () => {
    expect(criteriaHeading(full.data)).toBe(full.data.criteriaHeading);
    expect(criteriaHeading(full.data)).toBe('Ce que l’agence regarde dans une candidature');
    expect(appraisalHeading(full.data)).toBe('Comment l’agence apprécie la candidature');
    const headless = fullWith((c) => ({ ...c, criteriaHeading: undefined, appraisalHeading: undefined })).data;
    expect(criteriaHeading(headless)).not.toMatch(/jury|sélection/i);
    expect(appraisalHeading(headless)).not.toMatch(/jury/i);
  });
  it('quote how the action areas are chosen, and never who chooses without the field', () => {
    const text = plain(actionAreasSentences(full.data).join(' '));
    expect(text).toContain('« Les domaines d’action seront arrêtés au nombre de 1 à 2 pour chaque territoire »');
    expect(text).toContain('« Comité de sélection », fin juillet 2026');
    const unsaid = fullWith((c) => ({ ...c, actionAreas: { ...c.actionAreas!, choice: undefined, choiceMilestone: undefined } })).data;
    const unsaidText = actionAreasSentences(unsaid).join(' ');
    expect(unsaidText).not.toMatch(/choisit|cochez|retenir|candidat/i);
    expect(plain(unsaidText)).toBe('Nombre de briques d\'actions par territoire : de 1 à 2.');
  });
  it('show a notice only where its fact is shown', () => {
    expect(noticesFor(national.data, 'pricing')).toHaveLength(1);
    expect(noticesFor(national.data, 'criteria')).toHaveLength(0);
  });
});

describe('kit of a call that asks for no letter, lists no documents and publishes no date', () => {
  const kit = makeKit(prepareSource(bare, ctx));
  const names = kit.files.map((f) => f.name);
  const readme = plain(utf8(kit.files.find((f) => f.name === 'LISEZMOI.txt')!.bytes));
  it('has no letter template', () => {
    expect(names).not.toContain('lettre-intention.docx');
    expect(names).not.toContain('lettre-intention-groupement.docx');
  });
  it('states only the steps the call states, and its status of the day', () => {
    expect(readme).not.toMatch(/lettre d['’]intention|Réunissez les pièces|fil de l['’]eau/);
    expect(readme).toContain('Statut au 15 juin 2026 : Dates non publiées');
    expect(readme).toContain('modèle facultatif');
    expect(readme).toContain('Date limite de candidature : non précisée par l’appel.');
  });
  it('prints the site’s notices in the dossier as notes to delete, never as bare « À noter »', async () => {
    const dossier = makeKit(prepareSource(national, ctx)).files.find((f) => f.name === 'dossier-candidature.docx')!;
    const text = plain(await docxRawText(dossier.bytes));
    expect(text).not.toMatch(/À noter :/);
    expect(text).toContain('Note du site, à supprimer avant l’envoi : L’appel ne publie pas le montant de chaque tranche');
    expect(text).not.toMatch(/moins de 200 000/);
    expect(text).toContain('à partir de 100 000, jusqu’à 200 000 habitants');
  });
  it('writes the status of the day into appel.json', () => {
    const json = JSON.parse(utf8(kit.files.find((f) => f.name === 'appel.json')!.bytes)) as { statut: { cle: string } };
    expect(json.statut.cle).toBe('dates-non-publiees');
  });
});

describe('kit of a call closed on the build’s day', () => {
  const kit = makeKit(prepareSource(full, { ...ctx, today: AFTER }));
  const readme = plain(utf8(kit.files.find((f) => f.name === 'LISEZMOI.txt')!.bytes));
  it('does not read as open in LISEZMOI', () => {
    expect(readme).not.toMatch(/Pour candidater|Date limite de candidature :/);
    expect(readme).toContain('L’appel ne reçoit plus de candidatures (la date limite était le vendredi 3 juillet 2026 à 17 h 00).');
  });
  it('does not read as open in the dossier and letters, nor ask to tick 1 to 2 areas, nor call the criteria the jury’s', async () => {
    for (const name of ['dossier-candidature.docx', 'lettre-intention.docx', 'lettre-intention-groupement.docx']) {
      const text = plain(await docxRawText(kit.files.find((f) => f.name === name)!.bytes));
      expect(text, name).not.toMatch(/Date limite de candidature :|Cochez-en|retenir de 1 à 2|Le jury examine|critères de sélection ci-dessous/);
    }
  });
  it('says the same call is open on a day before its deadline', () => {
    const open = makeKit(prepareSource(full, ctx));
    const text = plain(utf8(open.files.find((f) => f.name === 'LISEZMOI.txt')!.bytes));
    expect(text).toContain('Pour candidater');
    expect(text).toContain('Date limite de candidature : vendredi 3 juillet 2026 à 17 h 00.');
  });
  it('adds no commitment wording to the letter (the call states no commitment of its own)', async () => {
    const text = plain(await docxRawText(kit.files.find((f) => f.name === 'lettre-intention.docx')!.bytes));
    expect(text).not.toMatch(/Nous nous engageons|tout au long de sa mise en œuvre/);
  });
  it('readmeText has no step for a letter the call does not ask for', () => {
    const noLetter = fullWith((c) => ({ ...c, application: { ...c.application, documents: c.application.documents.filter((d) => d.id !== 'lettre-intention') } }));
    const text = readmeText(prepareSource(noLetter, ctx), []);
    expect(text).not.toMatch(/lettre d’intention/);
    expect(text).toContain('Réunissez les pièces');
  });
});

describe('JSON-LD, RSS and the lookup', () => {
  it('JSON-LD adds no hour to a day', () => {
    const ld = callLd({
      url: 'https://x.fr/appels/a/',
      title: 'A',
      summary: 'S',
      updated: '2026-11-23',
      funders: [],
      sponsors: [],
      regions: [],
      deadline: { type: 'day', date: '2023-11-03' },
      submission: {},
    });
    expect(JSON.stringify(ld)).not.toMatch(/T\d\d:\d\d|23:59/);
  });
  it('RSS gives no date to an undated brief or to a call without a published opening', () => {
    const status = statusOfCall(bare.data, ctx.today);
    const items = feedItems(
      [{ id: 'club-des-maires', data: bare.data, status }],
      [
        { id: 'sans-date', data: { title: 'B', summary: 'S', date: undefined } },
        { id: 'datee', data: { title: 'C', summary: 'S', date: '2024-09-01' } },
      ],
    );
    expect(items.map((i) => i.link)).toEqual(['/actualites/datee/', '/actualites/sans-date/', '/appels/club-des-maires/']);
    expect(items.find((i) => i.link === '/actualites/sans-date/')!.day).toBeUndefined();
    expect(items.find((i) => i.link === '/appels/club-des-maires/')!.day).toBeUndefined();
    expect(items.find((i) => i.link === '/appels/club-des-maires/')!.categories).toEqual(['Appel', 'Dates non publiées']);
  });
  it('the lookup gets the undated status, never « ouvert »', () => {
    const facts = callFacts('club-des-maires', bare.data, statusOfCall(bare.data, ctx.today));
    expect(facts.status.key).toBe('dates-non-publiees');
    expect(facts.status.detail).not.toMatch(/fil de l['’]eau/);
    expect(facts.deadline).toBeUndefined();
  });
});
