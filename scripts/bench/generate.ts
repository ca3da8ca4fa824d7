/**
 * Synthetic content for the benchmark, shaped like the seeded content/ and valid for the
 * validator: N calls (criteria, action areas, phases, documents, a calendar and a webinar,
 * price brackets for some), about ten FAQ entries each, one case study per call (a real
 * Normandie EPCI from the official list) and one news brief per call. Deterministic: the same
 * N gives the same files.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { addDays, formatDay } from '../../src/lib/shared/dates';
import { loadEpciIndex, type EpciRecord } from '../../src/lib/epci';

export interface GeneratedContent {
  dir: string;
  calls: number;
  faqs: number;
  territories: number;
  briefs: number;
  files: number;
}

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = [
  'attractivité économique',
  'foncier industriel',
  'transition écologique',
  'emplois et compétences',
  'innovation',
  'économie circulaire',
  'revitalisation des centres-bourgs',
  'tourisme durable',
  'mobilités rurales',
  'numérique',
  'agriculture et alimentation',
  'énergies renouvelables',
];
const SUBJECTS = [
  'Le territoire',
  'L’intercommunalité',
  'Le collectif d’acteurs',
  'Chaque lauréat',
  'Le comité de pilotage',
  'L’équipe projet',
  'La communauté de communes',
  'Le réseau des développeurs',
  'L’agence',
  'Le groupement',
];
const VERBS = [
  'structure',
  'renforce',
  'engage',
  'accompagne',
  'mobilise',
  'valorise',
  'coordonne',
  'prépare',
  'anime',
  'évalue',
  'développe',
  'consolide',
];
const OBJECTS = [
  'sa démarche d’attractivité',
  'les zones d’activités existantes',
  'une offre d’accueil pour les entreprises',
  'les filières industrielles locales',
  'un plan d’actions partagé',
  'les compétences des équipes',
  'la promotion du territoire',
  'les projets d’investissement',
  'la coopération entre industriels',
  'une feuille de route opérationnelle',
  'les ressources foncières disponibles',
  'le dialogue avec les élus',
];
const CLOSINGS = [
  'avec les partenaires de l’appel',
  'tout au long de l’accompagnement',
  'à partir d’un diagnostic partagé',
  'en lien avec les entreprises du territoire',
  'pour attirer de nouveaux projets',
  'dans une logique de sobriété foncière',
  'au service de l’emploi local',
  'avec le soutien de l’agence',
];

function sentence(rnd: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(CLOSINGS)}.`;
}

function paragraph(rnd: () => number, sentences = 4): string {
  return Array.from({ length: sentences }, () => sentence(rnd)).join(' ');
}

function pad(i: number): string {
  return String(i).padStart(4, '0');
}

function frontMatter(data: unknown, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

function addMonths(isoMonth: string, n: number): string {
  const [y, m] = isoMonth.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** Normandie EPCIs (entirely in region 28), in SIREN order. */
function normandyEpcis(): EpciRecord[] {
  return [...loadEpciIndex().values()]
    .filter((e) => e.regions.length === 1 && e.regions[0] === '28')
    .sort((a, b) => a.siren.localeCompare(b.siren));
}

const FAQ_THEMES = [
  'eligibilite',
  'calendrier',
  'calendrier',
  'dossier',
  'dossier',
  'selection',
  'accompagnement',
  'accompagnement',
  'cout',
  'contact',
] as const;

/** Writes the content of `n` calls into `dir` (emptied first), from the seeded `seedContent` (site and organisations). */
export function generateContent(dir: string, n: number, seedContent: string): GeneratedContent {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['calls', 'faqs', 'territories', 'briefs', 'organisations'])
    mkdirSync(join(dir, sub), { recursive: true });
  cpSync(join(seedContent, 'site.yaml'), join(dir, 'site.yaml'));
  for (const f of readdirSync(join(seedContent, 'organisations')))
    cpSync(join(seedContent, 'organisations', f), join(dir, 'organisations', f));

  const epcis = normandyEpcis();
  let faqs = 0;
  for (let i = 1; i <= n; i++) {
    const rnd = random(i * 7919);
    const theme = THEMES[i % THEMES.length]!;
    const slug = `appel-${pad(i)}`;
    const territorySlug = `territoire-${pad(i)}`;
    const briefSlug = `actualite-${pad(i)}`;
    const shortName = `AS${i}`;
    const year = 2020 + (i % 8);
    const month = 1 + (i % 9);
    const opening = `${year}-${String(month).padStart(2, '0')}-02`;
    const deadline = addDays(opening, 32);
    const webinar = addDays(opening, 7);
    const afterDeadline = addMonths(deadline.slice(0, 7), 1);
    const rolling = i % 10 === 0;
    const priced = i % 3 === 0;
    const count = 3 + (i % 4);
    const epci = epcis[(i * 13) % epcis.length]!;

    const call = {
      title: `Appel synthétique ${i} – ${theme}`,
      shortName,
      tagline: `Accompagner les intercommunalités normandes : ${theme}`,
      kind: (['appel-a-candidatures', 'ami', 'appel-a-projets'] as const)[i % 3],
      organisers: ['ad-normandie', 'region-normandie'],
      partners: ['business-france', 'banque-des-territoires'],
      updated: '2026-11-23',
      summary: `Appel de référence ${i} pour le banc d’essai, sur le thème « ${theme} ». ${sentence(rnd)} ${sentence(rnd)}`,
      objectives: Array.from({ length: 3 }, (_, k) => ({
        id: `objectif-${k + 1}`,
        title: `Objectif ${k + 1}`,
        text: sentence(rnd),
      })),
      support: Array.from({ length: 4 }, (_, k) => ({ id: `appui-${k + 1}`, title: sentence(rnd) })),
      eligibility: {
        applicants: [
          { id: 'epci', type: 'epci', label: 'Un EPCI de la Région Normandie' },
          { id: 'groupement', type: 'groupement-epci', label: 'Un groupement d’EPCI normands' },
        ],
        area: { type: 'regions', codes: ['28'] },
        conditions: [
          { id: 'epci-normand', title: 'Un EPCI de la Région Normandie' },
          { id: 'groupement-epci-normands', title: 'Un groupement d’EPCI normands' },
        ],
      },
      criteria: Array.from({ length: 5 }, (_, k) => ({
        id: `critere-${k + 1}`,
        title: `Critère ${k + 1}`,
        text: sentence(rnd),
      })),
      appraisal: Array.from({ length: 5 }, (_, k) => ({ id: `point-${k + 1}`, title: sentence(rnd) })),
      selection: {
        count,
        jury: `Un jury réunissant l’agence et ses partenaires classe les candidatures de l’appel ${shortName}.`,
      },
      actionAreas: {
        label: "briques d'actions",
        min: 2,
        max: 3,
        items: Array.from({ length: 6 }, (_, k) => ({
          id: `brique-${k + 1}`,
          title: `Brique ${k + 1} : ${THEMES[(i + k) % THEMES.length]}`,
        })),
      },
      phases: {
        label: 'étapes',
        items: Array.from({ length: 4 }, (_, k) => ({
          id: `etape-${k + 1}`,
          title: `Étape ${k + 1}`,
          text: sentence(rnd),
        })),
      },
      duration: { months: 12, qualifier: 'average' },
      application: {
        mode: rolling ? 'rolling' : 'deadline',
        ...(rolling ? { rollingStatement: 'Les candidatures sont reçues au fil de l’eau, tout au long de l’année.' } : {}),
        documents: [
          {
            id: 'lettre-intention',
            title: 'Une lettre d’intention',
            signedBy: 'le Président de l’EPCI',
            required: true,
          },
          { id: 'document-candidature', title: 'Un document de candidature', required: true },
          { id: 'documents-utiles', title: 'Tout document utile', required: false },
        ],
        sections: Array.from({ length: 4 }, (_, k) => ({
          id: `rubrique-${k + 1}`,
          title: `Rubrique ${k + 1} : ${OBJECTS[(i + k) % OBJECTS.length]}`,
        })),
        referents: { min: 1, max: 2, perEpci: true, role: 'Contacts techniques qui feront le lien avec leurs élus' },
        format: 'documents',
        submission: [{ channel: 'platform', url: 'https://www.adnormandie.fr' }],
        instructions: 'Les candidatures sont à déposer sur le site de l’agence.',
      },
      events: rolling
        ? []
        : [
            {
              id: 'webinaire',
              title: 'Webinaire de présentation',
              host: 'Club des développeurs',
              organiser: 'ad-normandie',
              date: { type: 'day-time', date: webinar, start: '10:00', end: '12:00' },
            },
          ],
      calendar: rolling
        ? []
        : [
            {
              id: 'lancement',
              title: `Lancement de l’appel ${shortName}`,
              kind: 'opening',
              group: 'Appel à candidature',
              date: { type: 'day', date: opening },
            },
            {
              id: 'cloture',
              title: 'Date limite de réception des candidatures',
              kind: 'deadline',
              group: 'Appel à candidature',
              date: { type: 'day', date: deadline },
            },
            {
              id: 'comite',
              title: 'Comité de sélection',
              kind: 'selection',
              group: 'Appel à candidature',
              date: { type: 'month-part', month: afterDeadline, part: 'mid' },
            },
            {
              id: 'annonce',
              title: 'Annonce des lauréats',
              kind: 'announcement',
              group: 'Appel à candidature',
              date: { type: 'month-part', month: afterDeadline, part: 'late' },
            },
            {
              id: 'mise-en-oeuvre',
              title: 'Mise en œuvre des briques d’actions',
              kind: 'implementation',
              group: 'Mise en œuvre',
              date: {
                type: 'range',
                from: { month: addMonths(afterDeadline, 1) },
                to: { month: addMonths(afterDeadline, 6) },
                joiner: 'to',
              },
            },
            {
              id: 'restitution',
              title: 'Restitution finale',
              kind: 'closing',
              group: 'Restitution',
              date: { type: 'month', month: addMonths(afterDeadline, 8) },
            },
          ],
      ...(priced
        ? {
            pricing: {
              label: 'forfait global',
              range: { min: 20000, max: 60000 },
              tax: 'HT',
              per: 'total',
              indicative: true,
              basis: 'Le forfait varie selon la population du territoire.',
              brackets: [
                { id: 'moins-50000', label: '< 50 000 habitants', max: { value: 50000, inclusive: false } },
                {
                  id: '50000-100000',
                  label: '50 000 à 100 000 habitants',
                  min: { value: 50000, inclusive: true },
                  max: { value: 100000, inclusive: false },
                },
                { id: 'plus-100000', label: '100 000 habitants et plus', min: { value: 100000, inclusive: true } },
              ],
            },
          }
        : { free: true }),
      contacts: [{ purpose: 'information', organisation: 'ad-normandie', email: `appel-${i}@adnormandie.fr` }],
    };
    const dates = rolling
      ? 'Les candidatures sont reçues au fil de l’eau.'
      : `Les candidatures sont reçues entre le ${formatDay(opening)} et le ${formatDay(deadline)}. Un webinaire de présentation a lieu le ${formatDay(webinar)}, de 10 h à 12 h.`;
    const body = [
      `## Le dispositif\n\n${dates} ${paragraph(rnd, 3)}`,
      `## Pourquoi cet appel ?\n\n${paragraph(rnd, 5)}\n\n${paragraph(rnd, 4)}`,
      `## Un accompagnement sur mesure\n\n${paragraph(rnd, 5)}`,
      `## Un engagement dans la durée\n\n${paragraph(rnd, 3)}`,
    ].join('\n\n');
    writeFileSync(join(dir, 'calls', `${slug}.mdx`), frontMatter(call, body));

    // About ten FAQ entries.
    mkdirSync(join(dir, 'faqs', slug));
    FAQ_THEMES.forEach((theme, k) => {
      const question =
        theme === 'calendrier' && k === 1
          ? 'Quelle est la date limite de dépôt des candidatures ?'
          : `${['Qui', 'Comment', 'Que', 'Pourquoi', 'Quand'][k % 5]} ${OBJECTS[(i + k) % OBJECTS.length]} (${shortName}, question ${k + 1}) ?`;
      const answer =
        theme === 'calendrier' && k === 1
          ? rolling
            ? 'L’appel ne fixe pas de date limite : les candidatures sont reçues au fil de l’eau.'
            : `La date limite de réception des candidatures est le ${formatDay(deadline)}.`
          : paragraph(rnd, 3);
      writeFileSync(
        join(dir, 'faqs', slug, `question-${k + 1}.md`),
        frontMatter({ question, call: slug, theme, order: k + 1 }, answer),
      );
      faqs++;
    });

    // One case study.
    const territory = {
      name: epci.name,
      kind: 'epci',
      epcis: [{ siren: epci.siren, name: epci.name }],
      call: slug,
      year,
      laureate: true,
      priorities: [sentence(rnd), sentence(rnd), sentence(rnd)],
      outcomes: [sentence(rnd), sentence(rnd)],
      quotes: [{ text: paragraph(rnd, 2), person: `Personne ${i}`, role: 'Directrice du développement économique' }],
      source: briefSlug,
    };
    writeFileSync(
      join(dir, 'territories', `${territorySlug}.mdx`),
      frontMatter(
        territory,
        `## Un lauréat de l’appel ${shortName}\n\n${paragraph(rnd, 4)}\n\n## Ce que l’accompagnement a apporté\n\n${paragraph(rnd, 5)}`,
      ),
    );

    // One news brief.
    const brief = {
      title: `L’appel ${shortName} : ${theme}, bilan d’étape`,
      date: `${year + 1}-0${1 + (i % 9)}-15`,
      summary: `${sentence(rnd)} ${sentence(rnd)}`,
      calls: [slug],
      territories: [territorySlug],
      figures: [
        { value: `${10 + (i % 20)} %`, label: 'Part de l’industrie dans l’emploi du territoire', source: 'insee' },
        { value: String(count), label: 'Territoires retenus' },
      ],
      sources: [{ id: 'insee', label: 'INSEE', organisation: 'insee' }],
      quotes: [
        {
          text: paragraph(rnd, 2),
          person: `Porte-parole ${i}`,
          role: 'Chargée de mission',
          organisation: 'ad-normandie',
        },
      ],
    };
    writeFileSync(
      join(dir, 'briefs', `${briefSlug}.mdx`),
      frontMatter(brief, `${paragraph(rnd, 4)}\n\n## Les premiers résultats\n\n${paragraph(rnd, 5)}`),
    );
  }
  return { dir, calls: n, faqs, territories: n, briefs: n, files: n * 3 + faqs };
}
