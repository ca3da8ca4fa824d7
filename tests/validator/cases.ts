/**
 * The invalid fixtures of `fixture-patches.ts` (one behaviour each, built from the same minimal
 * valid content) and the findings each must produce: rule, file under the fixture, line
 * and column. Acknowledged findings (severity `info`) are listed with `acknowledged: true`.
 */
export interface ExpectedFinding {
  rule: string;
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
}

const error = (rule: string, file: string, line: number, column: number): ExpectedFinding => ({
  rule,
  file,
  line,
  column,
  severity: 'error',
});
const warning = (rule: string, file: string, line: number, column: number): ExpectedFinding => ({
  rule,
  file,
  line,
  column,
  severity: 'warning',
});
const info = (rule: string, file: string, line: number, column: number): ExpectedFinding => ({
  rule,
  file,
  line,
  column,
  severity: 'info',
});

const CALL = 'calls/appel.mdx';
const TERRITORY = 'territories/laureat.mdx';

/** [fixture, what it shows, expected findings]. */
export const cases: [string, string, ExpectedFinding[]][] = [
  // Schema, with nested positions
  [
    'schema-champ-manquant',
    'a missing required field points at the front matter',
    [error('schema/champ-manquant', CALL, 2, 1)],
  ],
  [
    'schema-jour-inexistant',
    'a day that does not exist is reported at the nested date',
    [error('schema/format', CALL, 61, 13)],
  ],
  [
    'schema-forme-de-date',
    'an unknown date shape names the possible types',
    [error('schema/valeur-inconnue', CALL, 66, 13)],
  ],
  ['schema-courriel', 'a malformed e-mail address is a schema error', [error('schema/format', CALL, 113, 12)]],
  [
    'schema-type-de-candidat', // column: the type now sits in an applicant alternative `{ type: …, id, label }`
    'an applicant type outside the vocabulary is a schema error',
    [error('schema/valeur-inconnue', CALL, 12, 15)],
  ],
  [
    'schema-siren-nombre',
    'a SIREN written without quotes is a number, not a text',
    [error('schema/type', TERRITORY, 5, 12)],
  ],
  [
    'schema-cle-ignoree',
    'a misspelt key that zod would drop is a warning',
    [warning('schema/cle-ignoree', CALL, 36, 3)],
  ],
  ['schema-yaml', 'a YAML syntax error is reported with its position', [error('schema/yaml', CALL, 2, 22)]],
  [
    'schema-entete',
    'a Markdown file without front matter is reported',
    [error('schema/entete', 'briefs/annonce.mdx', 1, 1)],
  ],
  [
    'contenu-fichier-ignore',
    'a file with the wrong extension is a warning',
    [warning('contenu/fichier-ignore', 'calls/brouillon.md', 1, 1)],
  ],
  // Calendar
  [
    'calendrier-ordre',
    'a milestone that ends before an earlier one starts goes backwards',
    [error('calendrier/ordre', CALL, 85, 14)],
  ],
  ['calendrier-duree', 'a stated duration longer than its range', [error('calendrier/duree', CALL, 78, 13)]],
  ['calendrier-ouverture', 'an opening on the deadline day', [error('calendrier/ouverture', CALL, 61, 13)]],
  [
    'calendrier-evenement-apres-limite',
    'an information event after the deadline',
    [error('calendrier/evenements', CALL, 46, 13)],
  ],
  [
    'calendrier-mode-sans-limite',
    'mode deadline without a deadline milestone',
    [error('calendrier/mode', CALL, 35, 9)],
  ],
  [
    'calendrier-mode-continu',
    'mode rolling with a deadline milestone is a warning',
    [warning('calendrier/mode', CALL, 35, 9)],
  ],
  // Fidelity: slips of a published document that the site would otherwise repeat silently
  [
    'fidelite-fil-de-l-eau',
    'a rolling intake without the call’s own sentence is an error (no opening inferred from nothing)',
    [error('calendrier/fil-de-l-eau-sans-citation', CALL, 35, 9)],
  ],
  ['fidelite-annexe', 'a text that refers to an annex the content does not hold', [warning('references/annexe-absente', CALL, 39, 17)]],
  ['fidelite-sigle', 'an acronym in a contact name that the call defines nowhere', [warning('identite/sigle-inconnu', CALL, 111, 11)]],
  [
    'fidelite-phases-breve',
    'a brief that counts the phases differently from its call',
    [warning('comptes/phases-breve', 'briefs/annonce.mdx', 19, 83)],
  ],
  // Prose dates
  ['prose-jour-semaine', 'a weekday that does not match its date', [error('prose/jour-semaine', CALL, 120, 31)]],
  [
    'prose-date-hors-calendrier',
    'a full date in the body that is no milestone',
    [error('prose/date-hors-calendrier', CALL, 122, 108)],
  ],
  ['prose-date-listee', 'a date listed in nonMilestoneDates is accepted', []],
  [
    'prose-date-inexistante',
    'a date that does not exist in the body',
    [error('prose/date-inexistante', CALL, 122, 89)],
  ],
  [
    'prose-plage',
    'the end of "du 2 au 4 octobre 2023" is checked with its month and year',
    [error('prose/date-hors-calendrier', CALL, 120, 30)],
  ],
  [
    'prose-faq',
    "a FAQ entry's dates are checked against its call",
    [error('prose/date-hors-calendrier', 'faqs/appel/date-limite.md', 8, 39)],
  ],
  [
    'prose-actualite',
    "a brief's dates are checked against the calls it cites",
    [error('prose/date-hors-calendrier', 'briefs/annonce.mdx', 19, 38)],
  ],
  // Eligibility
  [
    'eligibilite-region-inconnue',
    'a region code that does not exist',
    [error('eligibilite/region-inconnue', CALL, 16, 9)],
  ],
  [
    'eligibilite-epci-inconnu',
    'a SIREN missing from the official list',
    [error('eligibilite/epci-inconnu', TERRITORY, 5, 12)],
  ],
  [
    'eligibilite-epci-nom',
    'an EPCI name that differs from the official one is an error (acknowledgeable)',
    [error('eligibilite/epci-nom', TERRITORY, 6, 11)],
  ],
  ['eligibilite-epci-nom-ponctuation', 'case, "&" and punctuation do not count as a different name', []],
  [
    'eligibilite-hors-zone',
    'an EPCI outside the regions of the call',
    [error('eligibilite/hors-zone', TERRITORY, 5, 12)],
  ],
  [
    'eligibilite-epci-interregional',
    'an EPCI partly in an accepted region is a warning',
    [warning('eligibilite/epci-interregional', TERRITORY, 5, 12)],
  ],
  ['eligibilite-groupement', 'a groupement of one EPCI', [error('eligibilite/groupement', TERRITORY, 4, 1)]],
  [
    'eligibilite-type-candidat',
    'a laureate of a type the call does not admit',
    [error('eligibilite/type-candidat', TERRITORY, 3, 7)],
  ],
  // Pricing
  ['tarifs-contiguite', 'a gap between two brackets', [error('tarifs/contiguite', CALL, 107, 12)]],
  [
    'tarifs-borne-orpheline',
    'a boundary value excluded from both brackets',
    [error('tarifs/contiguite', CALL, 107, 12)],
  ],
  ['tarifs-chevauchement', 'two overlapping brackets', [error('tarifs/chevauchement', CALL, 107, 12)]],
  ['tarifs-bornes', 'a middle bracket without its maximum', [error('tarifs/bornes', CALL, 101, 14)]],
  ['tarifs-ordre', 'a bracket starting below the previous one', [error('tarifs/ordre', CALL, 107, 12)]],
  ['tarifs-montant', 'a bracket amount outside the published range', [error('tarifs/montant', CALL, 108, 15)]],
  [
    'chiffres-annee-source',
    'a brief figure dated after every year its source names (a warning)',
    [warning('chiffres/annee-source', 'briefs/annonce.mdx', 11, 12)],
  ],
  [
    'identite-nature',
    'a name the published document gives itself says another kind of call (a warning)',
    [warning('identite/nature', CALL, 7, 5)],
  ],
  [
    'tarifs-libelles',
    'two brackets published as ranges that both name their shared bound (a warning)',
    [warning('tarifs/libelles', CALL, 106, 14)],
  ],
  ['tarifs-fourchette', 'a range whose minimum exceeds its maximum', [error('tarifs/fourchette', CALL, 89, 3)]],
  // Ids and references
  ['identifiants-doublon', 'two criteria sharing an id', [error('identifiants/doublon', CALL, 20, 9)]],
  ['references-organisation', 'an organiser that does not exist', [error('references/introuvable', CALL, 6, 5)]],
  [
    'references-faq-appel',
    'a FAQ entry about a call that does not exist',
    [error('references/introuvable', 'faqs/apel/date-limite.md', 3, 7)],
  ],
  [
    'references-dossier-faq',
    "a FAQ entry in another call's folder is a warning",
    [warning('references/dossier-faq', 'faqs/autre-appel/date-limite.md', 3, 7)],
  ],
  [
    'references-source-chiffre',
    'a brief figure citing a source the brief does not list',
    [error('references/introuvable', 'briefs/annonce.mdx', 12, 13)],
  ],
  [
    'territoires-brique-inconnue',
    'a case study naming an action area its call does not offer',
    [error('territoires/brique-inconnue', TERRITORY, 10, 11)],
  ],
  [
    'territoires-nombre-de-briques',
    'a case study with more action areas than the call allows',
    [error('territoires/nombre-de-briques', TERRITORY, 9, 1)],
  ],
  // Counts
  [
    'comptes-texte',
    'a count in the body that differs from selection.count',
    [error('comptes/territoires-retenus', CALL, 126, 28)],
  ],
  ['comptes-laureats', 'more laureates than selection.count', [error('comptes/laureats', CALL, 23, 10)]],
  ['comptes-par-region', 'more laureates in one region than maxPerRegion', [error('comptes/par-region', CALL, 24, 17)]],
  // Contacts
  ['contacts-doublon', 'two addresses for the same purpose', [error('contacts/doublon', CALL, 115, 12)]],
  [
    'contacts-adresses-proches',
    'two addresses one typo apart are a warning',
    [warning('contacts/adresses-proches', CALL, 113, 12)],
  ],
  // Acknowledgements
  [
    'acquittement-utilise',
    'an acknowledged finding is kept as info and does not fail',
    [info('tarifs/contiguite', CALL, 107, 12)],
  ],
  [
    'acquittement-sans-objet',
    'an acknowledgement that matches nothing is an error',
    [error('acquittement/sans-objet', CALL, 110, 5)],
  ],
  [
    'acquittement-autre-fichier',
    "a call acknowledges a finding in its case study's file",
    [info('eligibilite/epci-nom', TERRITORY, 6, 11)],
  ],
];
