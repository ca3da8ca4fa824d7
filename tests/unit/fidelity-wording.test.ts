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
const i2t = loadCall('impulsion-ingenierie-territoires');
const terriens = loadCall('terriens');
/** Normalises narrow/no-break spaces for assertions. */
const plain = (s: string) => s.replace(/[\u202F\u00A0]/g, ' ');

/** I2T with fields removed or changed, for the "lacking the field" cases. */
function i2tWith(patch: (c: Call) => Call) {
  return { slug: i2t.slug, data: patch(structuredClone(i2t.data)) };
}

/** A call that publishes no date at all and says nothing of a rolling intake. */
const undated = i2tWith((c) => ({
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
    expect(plain(deadlineOnDay(i2t.data, 'clos'))).toBe('Candidatures closes (date limite : vendredi 3 novembre 2023).');
    expect(plain(deadlineOnDay(i2t.data, 'ouvert'))).toBe('Date limite de candidature : vendredi 3 novembre 2023.');
  });
  it('give no duration without the field', () => {
    expect(durationSentence({ duration: undefined })).toBeUndefined();
    expect(plain(durationSentence(terriens.data) ?? '')).toBe('Durée initiale : 12 mois, renouvelable une fois.');
  });
});

describe('lists and action areas', () => {
  it('print each list under the call’s own heading, and a neutral one that claims no use without it', () => {
    expect(criteriaHeading(i2t.data)).toBe(
      'Guide de candidature – Plusieurs critères peuvent être pris en compte pour construire une candidature',
    );
    expect(appraisalHeading(i2t.data)).toBe('Quelle appréciation de la candidature ?');
    const bare = i2tWith((c) => ({ ...c, criteriaHeading: undefined, appraisalHeading: undefined })).data;
    expect(criteriaHeading(bare)).not.toMatch(/jury|sélection/i);
    expect(appraisalHeading(bare)).not.toMatch(/jury/i);
  });
  it('quote how the action areas are chosen, and never who chooses without the field', () => {
    const text = plain(actionAreasSentences(i2t.data).join(' '));
    expect(text).toContain('« Les briques d\'actions porteront sur les sujets suivants et seront définies au nombre de 3 à 4 pour chaque territoire »');
    expect(text).toContain('« Sélection des briques d\'actions par territoire », fin janvier 2024');
    const bare = i2tWith((c) => ({ ...c, actionAreas: { ...c.actionAreas!, choice: undefined, choiceMilestone: undefined } })).data;
    const bareText = actionAreasSentences(bare).join(' ');
    expect(bareText).not.toMatch(/choisit|cochez|retenir|candidat/i);
    expect(plain(bareText)).toBe('Nombre de briques d\'actions par territoire : de 3 à 4.');
  });
  it('show a notice only where its fact is shown', () => {
    expect(noticesFor(terriens.data, 'pricing')).toHaveLength(1);
    expect(noticesFor(terriens.data, 'criteria')).toHaveLength(0);
  });
});

describe('kit of a call that asks for no letter, lists no documents and publishes no date (TERRIENS)', () => {
  const kit = makeKit(prepareSource(terriens, ctx));
  const names = kit.files.map((f) => f.name);
  const readme = plain(utf8(kit.files.find((f) => f.name === 'LISEZMOI.txt')!.bytes));
  it('has no letter template', () => {
    expect(names).not.toContain('lettre-intention.docx');
    expect(names).not.toContain('lettre-intention-groupement.docx');
  });
  it('states only the steps the call states, and its status of the day', () => {
    expect(readme).not.toMatch(/lettre d['’]intention|Réunissez les pièces|fil de l['’]eau/);
    expect(readme).toContain('Statut au 1er décembre 2026 : Dates non publiées');
    expect(readme).toContain('modèle facultatif');
    expect(readme).toContain('Date limite de candidature : non précisée par l’appel.');
  });
  it('prints the site’s notices in the dossier as notes to delete, never as bare « À noter »', async () => {
    const text = plain(await docxRawText(kit.files.find((f) => f.name === 'dossier-candidature.docx')!.bytes));
    expect(text).not.toMatch(/À noter :/);
    expect(text).toContain('Note du site, à supprimer avant l’envoi : Le règlement publié indique que le budget');
    expect(text).not.toMatch(/fil de l’eau|moins de 200 000/);
    expect(text).toContain('à partir de 100 000, jusqu’à 200 000 habitants');
  });
  it('writes the status of the day into appel.json', () => {
    const json = JSON.parse(utf8(kit.files.find((f) => f.name === 'appel.json')!.bytes)) as { statut: { cle: string } };
    expect(json.statut.cle).toBe('dates-non-publiees');
  });
});

describe('kit of a call closed on the build’s day (I2T)', () => {
  const kit = makeKit(prepareSource(i2t, ctx));
  const readme = plain(utf8(kit.files.find((f) => f.name === 'LISEZMOI.txt')!.bytes));
  it('does not read as open in LISEZMOI', () => {
    expect(readme).not.toMatch(/Pour candidater|Date limite de candidature :/);
    expect(readme).toContain('L’appel ne reçoit plus de candidatures (la date limite était le vendredi 3 novembre 2023).');
  });
  it('does not read as open in the dossier and letters, nor ask to tick 3 to 4 areas, nor call the guide the jury’s criteria', async () => {
    for (const name of ['dossier-candidature.docx', 'lettre-intention.docx', 'lettre-intention-groupement.docx']) {
      const text = plain(await docxRawText(kit.files.find((f) => f.name === name)!.bytes));
      expect(text, name).not.toMatch(/Date limite de candidature :|Cochez-en|retenir de 3 à 4|Le jury examine|critères de sélection ci-dessous/);
    }
  });
  it('says the same call is open on a day before its deadline', () => {
    const open = makeKit(prepareSource(i2t, { ...ctx, today: '2023-10-10' }));
    const text = plain(utf8(open.files.find((f) => f.name === 'LISEZMOI.txt')!.bytes));
    expect(text).toContain('Pour candidater');
    expect(text).toContain('Date limite de candidature : vendredi 3 novembre 2023.');
  });
  it('adds no I2T commitment wording to the letter (the letter states no commitment of its own)', async () => {
    const text = plain(await docxRawText(kit.files.find((f) => f.name === 'lettre-intention.docx')!.bytes));
    expect(text).not.toMatch(/Nous nous engageons|tout au long de sa mise en œuvre/);
  });
  it('readmeText has no step for a letter the call does not ask for', () => {
    const noLetter = i2tWith((c) => ({ ...c, application: { ...c.application, documents: c.application.documents.filter((d) => d.id !== 'lettre-intention') } }));
    const text = readmeText(prepareSource(noLetter, { ...ctx, today: '2023-10-10' }), []);
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
    const status = statusOfCall(terriens.data, '2026-12-01');
    const items = feedItems(
      [{ id: 'terriens', data: terriens.data, status }],
      [
        { id: 'sans-date', data: { title: 'B', summary: 'S', date: undefined } },
        { id: 'datee', data: { title: 'C', summary: 'S', date: '2024-09-01' } },
      ],
    );
    expect(items.map((i) => i.link)).toEqual(['/actualites/datee/', '/actualites/sans-date/', '/appels/terriens/']);
    expect(items.find((i) => i.link === '/actualites/sans-date/')!.day).toBeUndefined();
    expect(items.find((i) => i.link === '/appels/terriens/')!.day).toBeUndefined();
    expect(items.find((i) => i.link === '/appels/terriens/')!.categories).toEqual(['Appel', 'Dates non publiées']);
  });
  it('the lookup gets the undated status, never « ouvert »', () => {
    const facts = callFacts('terriens', terriens.data, statusOfCall(terriens.data, '2026-12-01'));
    expect(facts.status.key).toBe('dates-non-publiees');
    expect(facts.status.detail).not.toMatch(/fil de l['’]eau/);
    expect(facts.deadline).toBeUndefined();
  });
});
