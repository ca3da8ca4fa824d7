/**
 * French labels of a call's fields, for the list of changes (page history, RSS, validator).
 * A field is named by its pattern (`criteria[].text`: indices as `[]`); an item of a list is
 * named by the list's singular and the item's own title, in the call's words.
 */
import { milestoneKinds } from '../../schemas/call';
import { quoted } from '../shared/french';

/** A step of a data path: an object key or an array index. */
export type PathSegment = string | number;

/** The path with indices replaced by `[]`: `criteria[].text`. */
export function pattern(path: readonly PathSegment[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? '[]' : out === '' ? s : `.${s}`;
  return out;
}

/** Fields holding an organisation id. */
export const ORG_FIELDS: ReadonlySet<string> = new Set([
  'organisers[]',
  'partners[]',
  'selection.juryMembers[]',
  'events[].organiser',
  'contacts[].organisation',
]);

const FIELDS: Record<string, string> = {
  title: 'Titre de l’appel',
  shortName: 'Nom court',
  tagline: 'Sous-titre',
  kind: 'Nature de l’appel',
  publishedAs: 'Intitulés du document publié',
  organisers: 'Organisateurs',
  partners: 'Partenaires',
  objectives: 'Objectifs',
  support: 'Accompagnement proposé',
  'eligibility.applicants': 'Qui peut candidater',
  'eligibility.area': 'Zone géographique',
  'eligibility.area.type': 'Zone géographique',
  'eligibility.area.codes': 'Régions acceptées (codes INSEE)',
  'eligibility.conditions': 'Conditions d’éligibilité',
  criteria: 'Critères de sélection',
  criteriaHeading: 'Titre de la liste des critères',
  appraisal: 'Points appréciés par le jury',
  appraisalHeading: 'Titre de la liste des points appréciés',
  'selection.count': 'Nombre de territoires retenus',
  'selection.count.min': 'Nombre minimal de candidatures retenues',
  'selection.count.max': 'Nombre maximal de candidatures retenues',
  'selection.count.type': 'Forme du nombre de candidatures retenues',
  'selection.count.asPublished': 'Nombre de candidatures retenues, tel que publié',
  'selection.stages': 'Étapes de la sélection',
  'selection.results': 'Résultats de la sélection',
  'selection.maxPerRegion': 'Nombre maximal de territoires retenus par région',
  'selection.jury': 'Jury',
  'selection.juryMembers': 'Membres du jury',
  'selection.process': 'Déroulé de la sélection',
  actionAreas: 'Domaines d’action',
  'actionAreas.label': 'Nom des domaines d’action',
  'actionAreas.min': 'Nombre minimal de domaines d’action par territoire',
  'actionAreas.max': 'Nombre maximal de domaines d’action par territoire',
  'actionAreas.items': 'Domaines d’action',
  'actionAreas.choice': 'Choix des domaines d’action',
  'actionAreas.choiceMilestone': 'Étape du choix des domaines d’action',
  'actionAreas.chosenByApplicant': 'Domaines d’action choisis dans la candidature',
  phases: 'Étapes',
  'phases.label': 'Nom des étapes',
  'phases.items': 'Étapes',
  collective: 'Collectif d’acteurs',
  'collective.label': 'Nom du collectif d’acteurs',
  'collective.strength': 'Collectif d’acteurs exigé ou recommandé',
  'collective.members': 'Membres du collectif d’acteurs',
  duration: 'Durée',
  'duration.months': 'Durée en mois',
  'duration.qualifier': 'Nature de la durée',
  'duration.renewals': 'Nombre de renouvellements',
  'application.mode': 'Mode de candidature',
  'application.rollingStatement': 'Phrase de l’appel sur les candidatures au fil de l’eau',
  'application.documents': 'Pièces à fournir',
  'application.sections': 'Rubriques du dossier',
  'application.referents': 'Référents',
  'application.referents.min': 'Nombre minimal de référents',
  'application.referents.max': 'Nombre maximal de référents',
  'application.referents.perEpci': 'Référents demandés à chaque EPCI',
  'application.referents.role': 'Rôle des référents',
  'application.designation': 'Désignation des bénéficiaires',
  'application.format': 'Forme de la candidature',
  'application.submission': 'Modes de dépôt',
  'application.instructions': 'Modalités de dépôt',
  events: 'Réunions d’information',
  calendar: 'Calendrier',
  pricing: 'Coût',
  'pricing.label': 'Nature du coût',
  'pricing.range.min': 'Coût minimal',
  'pricing.range.max': 'Coût maximal',
  'pricing.tax': 'Coût hors taxes ou toutes taxes comprises',
  'pricing.per': 'Période du coût',
  'pricing.indicative': 'Coût donné à titre indicatif',
  'pricing.basis': 'Base du coût',
  'pricing.brackets': 'Tranches de coût',
  free: 'Participation gratuite',
  'funding.envelope': 'Enveloppe',
  'funding.envelope.amount': 'Montant de l’enveloppe',
  'funding.rate': 'Taux d’aide',
  'funding.rate.max': 'Taux d’aide maximal (%)',
  'funding.amount': 'Montant de l’aide',
  'funding.amount.min': 'Aide minimale',
  'funding.amount.max': 'Aide maximale',
  'funding.form': 'Forme de l’aide',
  period: 'Période du programme',
  funding: 'Ce que l’appel finance',
  officialDocuments: 'Documents officiels',
  contacts: 'Contacts',
};

const ITEMS: Record<string, string> = {
  'objectives[]': 'Objectif',
  'support[]': 'Accompagnement',
  'eligibility.applicants[]': 'Candidat admis',
  'eligibility.conditions[]': 'Condition d’éligibilité',
  'criteria[]': 'Critère de sélection',
  'appraisal[]': 'Point apprécié par le jury',
  'actionAreas.items[]': 'Domaine d’action',
  'phases.items[]': 'Étape',
  'collective.members[]': 'Membre du collectif d’acteurs',
  'application.documents[]': 'Pièce à fournir',
  'application.sections[]': 'Rubrique du dossier',
  'application.submission[]': 'Mode de dépôt',
  'selection.stages[]': 'Étape de la sélection',
  'officialDocuments[]': 'Document officiel',
  'funding.inKind[]': 'Accompagnement en nature',
  'funding.limits[]': 'Limite du financement',
  'events[]': 'Réunion d’information',
  'calendar[]': 'Étape du calendrier',
  'pricing.brackets[]': 'Tranche',
  'contacts[]': 'Contact',
};

/** Words after an item's label for one of its fields; '' for the item's main value. */
const SUFFIXES: Record<string, string> = {
  text: '',
  date: '',
  value: '',
  title: 'intitulé',
  signedBy: 'signataire',
  required: 'obligatoire',
  kind: 'nature',
  group: 'groupe',
  host: 'cadre',
  organiser: 'organisateur',
  access: 'accès',
  label: 'libellé',
  amount: 'montant',
  purpose: 'objet',
  name: 'nom',
  email: 'courriel',
  url: 'adresse',
  phone: 'téléphone',
  address: 'adresse postale',
  channel: 'moyen',
  wave: 'vague',
  stage: 'étape',
  outcome: 'candidats retenus',
  organisation: 'organisation',
  inclusive: 'incluse',
  detailsSections: 'détaille les rubriques du dossier',
  'pricing.brackets[].min': 'borne basse',
  'pricing.brackets[].max': 'borne haute',
  'collective.members[].min': 'nombre attendu',
};

/** The label of a field, given the label of the value that holds it. */
export function fieldLabel(path: readonly PathSegment[], parent: string | undefined): string {
  const p = pattern(path);
  const known = FIELDS[p];
  if (known) return known;
  const key = String(path[path.length - 1]);
  const suffix = SUFFIXES[p] ?? SUFFIXES[key] ?? key;
  if (!parent) return suffix || key;
  return suffix ? `${parent}, ${suffix}` : parent;
}

const str = (v: unknown, key: string): string | undefined => {
  const x = (v as Record<string, unknown> | undefined)?.[key];
  return typeof x === 'string' ? x : undefined;
};

/** The label of an item of a list (`item` in the newer state, `old` in the older one). */
export function itemLabel(path: readonly PathSegment[], item: unknown, old: unknown, parent: string): string {
  const p = pattern(path);
  const either = (key: string) => str(item, key) ?? str(old, key);
  if (p === 'calendar[]') {
    const kind = either('kind');
    if (kind === 'deadline') return 'Date limite';
    if (kind === 'opening') return milestoneKinds.opening;
  }
  const name = either('title') ?? either('label') ?? either('name') ?? either('email') ?? either('url');
  const singular = ITEMS[p];
  const index = Number(path[path.length - 1]) + 1;
  if (singular) return name ? `${singular} ${quoted(name)}` : `${singular} n°${'\u00A0'}${index}`;
  return name ? `${parent || pattern(path.slice(0, -1))} ${quoted(name)}` : `${parent}, n°${'\u00A0'}${index}`;
}
