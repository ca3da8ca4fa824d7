/**
 * The ledger: facts of the three seed documents, each with a short quote of the seed (checked
 * against the seed file when the seeds are present), and the places the site shows it with
 * the text it shows there. A place is a path under dist/ (a page, a kit file, a feed).
 */
export const SEEDS = {
  i2t: '000_aa3cc02419fdbf7f.txt',
  brief: '001_8b466fbb0904b3b7.txt',
  terriens: '003_0c0c2a2d62d3c7a9.txt',
} as const;

export interface Fact {
  /** Short quote of the seed, word for word. */
  quote: string;
  seed: keyof typeof SEEDS;
  /** Where the site shows the fact: path under dist/ → the text shown there. */
  shown: Record<string, string>;
}

const I2T = 'appels/impulsion-ingenierie-territoires/index.html';
const I2T_KIT = 'kits/impulsion-ingenierie-territoires';
const T = 'appels/terriens/index.html';
const T_KIT = 'kits/terriens';
const BRIEF = 'actualites/impulsion-ingenierie-territoires-avenir-industriel-normand/index.html';

export const ledger: Fact[] = [
  // Impulsion Ingénierie Territoires (the call)
  {
    quote: 'entre le lundi 2 octobre 2023 et le vendredi 3 novembre 2023',
    seed: 'i2t',
    shown: {
      [I2T]: 'entre le lundi 2 octobre 2023 et le vendredi 3 novembre 2023',
      [`${I2T_KIT}/calendrier.ics`]: 'DTSTART;VALUE=DATE:20231103',
      [`${I2T_KIT}/appel.json`]: '"date": "2023-11-03"',
    },
  },
  {
    quote: "Clôture de l'appel à candidature – date limite de réception des candidatures",
    seed: 'i2t',
    shown: {
      [I2T]: "Clôture de l'appel à candidature – date limite de réception des candidatures",
      [`${I2T_KIT}/dossier-candidature.docx`]: "Clôture de l'appel à candidature – date limite de réception des candidatures",
    },
  },
  {
    quote: 'le mardi 3 octobre 2023 de 10h à 12h',
    seed: 'i2t',
    shown: { [I2T]: 'mardi 3 octobre 2023 de 10 h 00 à 12 h 00' },
  },
  {
    quote: 'Quelle appréciation de la candidature ?',
    seed: 'i2t',
    shown: {
      [I2T]: 'Quelle appréciation de la candidature ?',
      [`${I2T_KIT}/dossier-candidature.docx`]: 'Quelle appréciation de la candidature ?',
      [`${I2T_KIT}/appel.json`]: '"appraisalHeading": "Quelle appréciation de la candidature ?"',
    },
  },
  {
    quote: 'Plusieurs critères peuvent être pris en compte pour construire une candidature',
    seed: 'i2t',
    shown: {
      [I2T]: 'Plusieurs critères peuvent être pris en compte pour construire une candidature',
      [`${I2T_KIT}/dossier-candidature.docx`]: 'Plusieurs critères peuvent être pris en compte pour construire une candidature',
    },
  },
  {
    quote: 'seront définies au nombre de 3 à 4 pour chaque territoire',
    seed: 'i2t',
    shown: {
      [I2T]: 'seront définies au nombre de 3 à 4 pour chaque territoire',
      [`${I2T_KIT}/dossier-candidature.docx`]: 'seront définies au nombre de 3 à 4 pour chaque territoire',
    },
  },
  {
    quote: "Votre intérêt sur les différentes briques d'actions proposées",
    seed: 'i2t',
    shown: {
      [I2T]: "Votre intérêt sur les différentes briques d'actions proposées",
      [`${I2T_KIT}/dossier-candidature.docx`]: "Votre intérêt sur les différentes briques d'actions proposées",
    },
  },
  {
    quote: "Sélection des briques d'actions par territoire",
    seed: 'i2t',
    shown: { [I2T]: "« Sélection des briques d'actions par territoire », fin janvier 2024" },
  },
  {
    quote: "La présence d'au moins une ZA avec du foncier disponible",
    seed: 'i2t',
    shown: {
      [I2T]: "La présence d'au moins une ZA avec du foncier disponible",
      [`${I2T_KIT}/dossier-candidature.docx`]: "La présence d'au moins une ZA avec du foncier disponible",
      [`${I2T_KIT}/appel.json`]: "La présence d'au moins une ZA avec du foncier disponible",
    },
  },
  {
    quote: 'Pour cette première phase, 4 territoires seront retenus',
    seed: 'i2t',
    shown: { [I2T]: 'Nombre de territoires retenus : 4' },
  },
  {
    quote: 'Une simple **lettre d\'intention** signée par le Président de l\'EPCI ou les Présidents des EPCI en cas de groupement',
    seed: 'i2t',
    shown: {
      [I2T]: "le Président de l'EPCI ou les Présidents des EPCI en cas de groupement",
      [`${I2T_KIT}/lettre-intention.docx`]: "« Une simple lettre d'intention », signée par le Président de l'EPCI ou les Présidents des EPCI en cas de groupement",
    },
  },
  {
    quote: 'Un ou deux contacts techniques qui feront le lien avec leurs élus',
    seed: 'i2t',
    shown: { [I2T]: 'De 1 à 2 référents pour l\'EPCI candidat ou pour chaque EPCI du groupement : Contacts techniques qui feront le lien avec leurs élus' },
  },
  {
    quote: 'Contact : christophe.laloup@adnormandie.fr',
    seed: 'i2t',
    shown: {
      [I2T]: 'christophe.laloup@adnormandie.fr',
      [`${I2T_KIT}/dossier-candidature.docx`]: 'christophe.laloup@adnormandie.fr',
    },
  },
  {
    quote: 'Les candidatures sont à déposer sur la page dédiée du site [www.adnormandie.fr]',
    seed: 'i2t',
    shown: {
      [I2T]: 'Les candidatures sont à déposer sur la page dédiée du site www.adnormandie.fr',
      [`${I2T_KIT}/dossier-candidature.docx`]: 'Les candidatures sont à déposer sur la page dédiée du site www.adnormandie.fr',
    },
  },
  {
    quote: "tout au long de sa mise en œuvre (durée moyenne d'un an)",
    seed: 'i2t',
    shown: { [I2T]: 'Durée moyenne : 12 mois.' },
  },
  // TERRIENS
  {
    quote: '100 000 à 200 000 habitants',
    seed: 'terriens',
    shown: {
      [T]: '100 000 à 200 000 habitants',
      [`${T_KIT}/dossier-candidature.docx`]: "à partir de 100 000, jusqu'à 200 000 habitants",
    },
  },
  {
    quote: 'varie de 25 000 € HT à 85 000 euros HT par an',
    seed: 'terriens',
    shown: { [`${T_KIT}/dossier-candidature.docx`]: 'de 25 000 € HT à 85 000 € HT par an' },
  },
  {
    quote: 'Candidatures à transmettre à l\'adresse suivante candidature-tri@industry-hub.org',
    seed: 'terriens',
    shown: {
      [T]: "Candidatures à transmettre à l'adresse suivante candidature-tri@industry-hub.org",
      [`${T_KIT}/LISEZMOI.txt`]: 'Par courriel : candidature-tri@industry-hub.org',
    },
  },
  {
    quote: 'plateforme centrale du dispositif TRI : candidature-tri@indus-hub.org',
    seed: 'terriens',
    shown: {
      [T]: 'plateforme centrale du dispositif TRI, candidature-tri@indus-hub.org',
      [`${T_KIT}/dossier-candidature.docx`]: 'candidature-tri@indus-hub.org (plateforme centrale du dispositif TRI)',
    },
  },
  {
    quote: 'accompagner **12 premiers territoires pilotes**',
    seed: 'terriens',
    shown: { [T]: 'Territoires retenus 12 (1 au plus par région)' },
  },
  {
    quote: 'une durée initiale de 12 mois renouvelables une fois',
    seed: 'terriens',
    shown: { [T]: 'Durée initiale : 12 mois, renouvelable une fois.' },
  },
  {
    quote: 'Le budget est évalué selon différents facteurs cités en annexe.',
    seed: 'terriens',
    shown: { [T]: 'mais il ne comporte aucune annexe' },
  },
  {
    quote: 'en **six phases clés**',
    seed: 'terriens',
    shown: { [T]: 'Six phases clés' }, // the author's label as a heading, no article guessed (issue 11)
  },
  {
    quote: 'comprenant idéalement au moins 5 industriels mobilisables',
    seed: 'terriens',
    shown: { [T]: 'industriels mobilisables au moins 5' },
  },
  // The brief
  {
    quote: 'Au total, 14 candidatures ont été reçues, représentant 18 EPCI normands.',
    seed: 'brief',
    shown: { [BRIEF]: 'Elle a reçu 14 candidatures, représentant 18 EPCI normands.' },
  },
  {
    quote: 'la mise en œuvre du dispositif se fait en deux phases',
    seed: 'brief',
    shown: { [BRIEF]: 'se fait en deux phases', [I2T]: 'se fait en deux phases' },
  },
];
