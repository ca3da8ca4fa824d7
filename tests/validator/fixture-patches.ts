/**
 * The invalid fixtures, each written as the valid fixture (`fixtures/valide/`) plus a small
 * patch (format: `patch.ts`). `fixture(name)` materialises one into a temporary project
 * folder, at `tests/validator/fixtures/<name>/`, so reports read as before. To add a case,
 * add its patch here and its expected findings to `cases.ts`.
 */
import type { Edit } from './patch';

export const fixturePatches: Record<string, Edit[]> = {
  'acquittement-autre-fichier': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    {
      file: 'calls/appel.mdx',
      find: '      amount: 30000\ncontacts:\n',
      replace:
        '      amount: 30000\nacknowledgements:\n  - rule: eligibilite/epci-nom\n    target: "territories/laureat:epcis[0].name"\n    reason: "Le territoire se présente sous ce nom."\ncontacts:\n',
    },
    {
      file: 'territories/laureat.mdx',
      find: '    name: "CC Coutances Mer et Bocage"\n',
      replace: '    name: "CC Coutances Terre et Mer"\n',
    },
  ],
  'acquittement-sans-objet': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: '      amount: 30000\ncontacts:\n',
      replace:
        '      amount: 30000\nacknowledgements:\n  - rule: tarifs/contiguite\n    target: pricing.brackets[2]\n    reason: "Le règlement ne publie aucune tranche entre 100 000 et 120 000 habitants."\ncontacts:\n',
    },
  ],
  'acquittement-utilise': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: '      amount: 30000\ncontacts:\n',
      replace:
        '      amount: 30000\nacknowledgements:\n  - rule: tarifs/contiguite\n    target: pricing.brackets[2]\n    reason: "Le règlement ne publie aucune tranche entre 100 000 et 120 000 habitants."\ncontacts:\n',
    },
    {
      file: 'calls/appel.mdx',
      find: '      min: { value: 100000, inclusive: true }\n',
      replace: '      min: { value: 120000, inclusive: true }\n',
    },
  ],
  'calendrier-duree': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    { file: 'calls/appel.mdx', find: '      days: 45\n', replace: '      days: 75\n' },
  ],
  'calendrier-evenement-apres-limite': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: 'Un webinaire de présentation a lieu le **mardi 3 octobre 2023** de 10 h à 12 h.\n\n',
      replace: '',
    },
    { file: 'calls/appel.mdx', find: '      date: 2023-10-03\n', replace: '      date: 2023-11-14\n' },
  ],
  'calendrier-mode-continu': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: '  mode: deadline\n',
      replace: '  mode: rolling\n  rollingStatement: "Les candidatures sont reçues au fil de l’eau."\n',
    },
  ],
  'calendrier-mode-sans-limite': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    { file: 'calls/appel.mdx', find: '    kind: deadline\n', replace: '    kind: selection\n' },
  ],
  'calendrier-ordre': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: '      type: month-part\n      month: 2024-01\n      part: late\n',
      replace: '      type: month-part\n      month: 2023-10\n      part: late\n',
    },
  ],
  'calendrier-ouverture': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: 'Les EPCI candidatent entre le lundi 2 octobre 2023 et le vendredi 3 novembre 2023.\n',
      replace: "Les EPCI candidatent jusqu'au vendredi 3 novembre 2023.\n",
    },
    { file: 'calls/appel.mdx', find: '      date: 2023-10-02\n', replace: '      date: 2023-11-03\n' },
  ],
  'chiffres-annee-source': [
    {
      file: 'briefs/annonce.mdx',
      find: '    label: "Bilan de l\'appel"\n',
      replace: '    label: "Bilan de l\'appel 2023"\n',
    },
    {
      file: 'briefs/annonce.mdx',
      find: '    label: "candidatures reçues"\n',
      replace: '    label: "candidatures reçues en 2024"\n',
    },
  ],
  'comptes-laureats': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    {
      file: 'calls/appel.mdx',
      find: 'Pour cette première phase, deux territoires seront retenus.\n',
      replace: 'Pour cette première phase, un seul territoire sera retenu.\n',
    },
    { file: 'calls/appel.mdx', find: '  count: 2\n', replace: '  count: 1\n' },
    {
      file: 'territories/bayeux.mdx',
      write:
        '---\nname: "Bayeux Intercom"\nkind: epci\nepcis:\n  - siren: "241400555"\n    name: "CC de Bayeux Intercom"\ncall: appel\nyear: 2023\n---\n\nBayeux Intercom fait partie des lauréats.\n',
    },
  ],
  'comptes-par-region': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    {
      file: 'calls/appel.mdx',
      find: '  count: 2\nactionAreas:\n',
      replace: '  count: 2\n  maxPerRegion: 1\nactionAreas:\n',
    },
    {
      file: 'territories/bayeux.mdx',
      write:
        '---\nname: "Bayeux Intercom"\nkind: epci\nepcis:\n  - siren: "241400555"\n    name: "CC de Bayeux Intercom"\ncall: appel\nyear: 2023\n---\n\nBayeux Intercom fait partie des lauréats.\n',
    },
  ],
  'comptes-texte': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: 'Pour cette première phase, deux territoires seront retenus.\n',
      replace: 'Pour cette première phase, 3 territoires seront retenus.\n',
    },
  ],
  'contacts-adresses-proches': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: '    email: appels@agence.example.fr\n',
      replace: '    email: candidatures@agense.example.fr\n',
    },
    { file: 'calls/appel.mdx', find: '  - purpose: information\n', replace: '  - purpose: devis\n' },
  ],
  'contacts-doublon': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: '  - purpose: candidature\n    email: candidatures@agence.example.fr\n---\n',
      replace: '  - purpose: candidature\n    email: depot@agence.example.fr\n---\n',
    },
  ],
  'contenu-fichier-ignore': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/brouillon.md',
      write:
        '---\ntitle: "Appel de test"\nshortName: "ADT-1"\nkind: appel-a-candidatures\norganisers:\n  - agence\nupdated: 2023-09-15\nsummary: "Un appel minimal qui sert de base aux fixtures du validateur."\neligibility:\n  applicants:\n    - { type: epci, id: a1, label: "epci" }\n    - { type: groupement-epci, id: a2, label: "groupement-epci" }\n  area:\n    type: regions\n    codes:\n      - "28"\ncriteria:\n  - id: attractivite\n    title: "Une volonté d\'engager le territoire"\n  - id: besoin\n    title: "Un besoin avéré d\'accompagnement"\nselection:\n  count: 2\nactionAreas:\n  min: 1\n  max: 2\n  items:\n    - id: foncier\n      title: "Foncier industriel"\n    - id: marketing\n      title: "Marketing territorial"\n    - id: talents\n      title: "Emplois et talents"\napplication:\n  mode: deadline\n  submission:\n    - channel: email\n      email: candidatures@agence.example.fr\n  instructions: "Envoyez votre dossier par courriel."\nevents:\n  - id: webinaire\n    title: "Webinaire de présentation"\n    organiser: agence\n    date:\n      type: day-time\n      date: 2023-10-03\n      start: "10:00"\n      end: "12:00"\ncalendar:\n  - id: ouverture\n    title: "Lancement de l\'appel"\n    kind: opening\n    date:\n      type: day\n      date: 2023-10-02\n  - id: cloture\n    title: "Date limite de réception des candidatures"\n    kind: deadline\n    date:\n      type: day\n      date: 2023-11-03\n  - id: comite\n    title: "Comité de sélection"\n    kind: selection\n    date:\n      type: month-part\n      month: 2023-11\n      part: mid\n  - id: diagnostics\n    title: "Réalisation des diagnostics"\n    kind: implementation\n    date:\n      type: range\n      from:\n        month: 2023-12\n      to:\n        month: 2024-01\n      days: 45\n      joiner: slash\n  - id: briques\n    title: "Sélection des briques d\'actions"\n    kind: implementation\n    date:\n      type: month-part\n      month: 2024-01\n      part: late\npricing:\n  label: "forfait annuel"\n  range:\n    min: 10000\n    max: 30000\n  tax: HT\n  per: year\n  indicative: true\n  brackets:\n    - id: petit\n      label: "moins de 50 000 habitants"\n      max: { value: 50000, inclusive: false }\n      amount: 10000\n    - id: moyen\n      label: "50 000 à 100 000 habitants"\n      min: { value: 50000, inclusive: true }\n      max: { value: 100000, inclusive: false }\n      amount: 20000\n    - id: grand\n      label: "100 000 habitants et plus"\n      min: { value: 100000, inclusive: true }\n      amount: 30000\ncontacts:\n  - purpose: information\n    name: "Service des appels"\n    organisation: agence\n    email: appels@agence.example.fr\n  - purpose: candidature\n    email: candidatures@agence.example.fr\n---\n\n## Calendrier\n\nLes EPCI candidatent entre le lundi 2 octobre 2023 et le vendredi 3 novembre 2023.\n\nUn webinaire de présentation a lieu le **mardi 3 octobre 2023** de 10 h à 12 h.\n\n## Sélection\n\nPour cette première phase, deux territoires seront retenus.\n',
    },
  ],
  'eligibilite-epci-inconnu': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { file: 'territories/laureat.mdx', find: '  - siren: "200067023"\n', replace: '  - siren: "200067000"\n' },
  ],
  'eligibilite-epci-interregional': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    {
      file: 'territories/laureat.mdx',
      find: '  - siren: "200067023"\n    name: "CC Coutances Mer et Bocage"\n',
      replace: '  - siren: "200069722"\n    name: "CC Interrégionale Aumale - Blangy-sur-Bresle"\n',
    },
  ],
  'eligibilite-epci-nom': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    {
      file: 'territories/laureat.mdx',
      find: '    name: "CC Coutances Mer et Bocage"\n',
      replace: '    name: "CC Coutances Terre et Mer"\n',
    },
  ],
  'eligibilite-epci-nom-ponctuation': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    {
      file: 'territories/laureat.mdx',
      find: '    name: "CC Coutances Mer et Bocage"\n',
      replace: '    name: "cc coutances mer & bocage"\n',
    },
  ],
  'eligibilite-groupement': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { file: 'territories/laureat.mdx', find: 'kind: epci\n', replace: 'kind: groupement-epci\n' },
  ],
  'eligibilite-hors-zone': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    {
      file: 'territories/laureat.mdx',
      find: '  - siren: "200067023"\n    name: "CC Coutances Mer et Bocage"\n',
      replace: '  - siren: "243500139"\n    name: "Rennes Métropole"\n',
    },
  ],
  'eligibilite-region-inconnue': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    { file: 'calls/appel.mdx', find: '      - "28"\n', replace: '      - "29"\n' },
  ],
  'eligibilite-type-candidat': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { file: 'territories/laureat.mdx', find: 'kind: epci\n', replace: 'kind: petr\n' },
  ],
  'fidelite-annexe': [
    {
      file: 'calls/appel.mdx',
      find: '  instructions: "Envoyez votre dossier par courriel."\n',
      replace: '  instructions: "Envoyez votre dossier par courriel, avec les pièces citées en annexe."\n',
    },
  ],
  'fidelite-fil-de-l-eau': [
    { file: 'calls/appel.mdx', find: '  mode: deadline\n', replace: '  mode: rolling\n' },
    { file: 'calls/appel.mdx', find: '    kind: deadline\n', replace: '    kind: selection\n' },
  ],
  'fidelite-phases-breve': [
    {
      file: 'calls/appel.mdx',
      find: '      title: "Emplois et talents"\napplication:\n',
      replace:
        '      title: "Emplois et talents"\nphases:\n  label: "étapes"\n  items:\n    - id: diagnostic\n      title: "Le diagnostic"\n    - id: plan\n      title: "Le plan d\'actions"\n    - id: evaluation\n      title: "L\'évaluation"\napplication:\n',
    },
    {
      file: 'briefs/annonce.mdx',
      find: "L'appel a été ouvert du 2 octobre au 3 novembre 2023.\n",
      replace: "L'appel a été ouvert du 2 octobre au 3 novembre 2023. L'accompagnement se déroule en deux phases.\n",
    },
  ],
  'fidelite-sigle': [
    {
      file: 'calls/appel.mdx',
      find: '    name: "Service des appels"\n',
      replace: '    name: "Service des appels du dispositif ZQX"\n',
    },
  ],
  'identifiants-doublon': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    { file: 'calls/appel.mdx', find: '  - id: besoin\n', replace: '  - id: attractivite\n' },
  ],
  'identite-nature': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: 'kind: appel-a-candidatures\norganisers:\n',
      replace:
        'kind: appel-a-candidatures\npublishedAs:\n  - "Appel à candidatures pour les territoires"\n  - "Appel à projets des territoires"\norganisers:\n',
    },
  ],
  'prose-actualite': [
    { remove: 'faqs' },
    {
      file: 'briefs/annonce.mdx',
      find: "L'appel a été ouvert du 2 octobre au 3 novembre 2023.\n",
      replace: "L'appel a été ouvert du 2 octobre au 6 novembre 2023.\n",
    },
  ],
  'prose-date-hors-calendrier': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: 'Un webinaire de présentation a lieu le **mardi 3 octobre 2023** de 10 h à 12 h.\n',
      replace:
        'Un webinaire de présentation a lieu le **mardi 3 octobre 2023** de 10 h à 12 h. Une permanence se tient le 12 octobre 2023.\n',
    },
  ],
  'prose-date-inexistante': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: 'Un webinaire de présentation a lieu le **mardi 3 octobre 2023** de 10 h à 12 h.\n',
      replace:
        'Un webinaire de présentation a lieu le **mardi 3 octobre 2023** de 10 h à 12 h, puis le 31 novembre 2023.\n',
    },
  ],
  'prose-date-listee': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: 'Un webinaire de présentation a lieu le **mardi 3 octobre 2023** de 10 h à 12 h.\n',
      replace:
        'Un webinaire de présentation a lieu le **mardi 3 octobre 2023** de 10 h à 12 h. Une permanence se tient le 12 octobre 2023.\n',
    },
    {
      file: 'calls/appel.mdx',
      find: '      amount: 30000\ncontacts:\n',
      replace: '      amount: 30000\nnonMilestoneDates:\n  - "12 octobre 2023"\ncontacts:\n',
    },
  ],
  'prose-faq': [
    { remove: 'briefs' },
    { remove: 'territories' },
    {
      file: 'faqs/appel/date-limite.md',
      find: "Les candidatures sont reçues jusqu'au vendredi 3 novembre 2023.\n",
      replace: "Les candidatures sont reçues jusqu'au vendredi 10 novembre 2023.\n",
    },
  ],
  'prose-jour-semaine': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: 'Les EPCI candidatent entre le lundi 2 octobre 2023 et le vendredi 3 novembre 2023.\n',
      replace: 'Les EPCI candidatent entre le mardi 2 octobre 2023 et le vendredi 3 novembre 2023.\n',
    },
  ],
  'prose-plage': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: 'Les EPCI candidatent entre le lundi 2 octobre 2023 et le vendredi 3 novembre 2023.\n',
      replace: 'Les EPCI candidatent du 2 au 4 octobre 2023.\n',
    },
  ],
  'references-dossier-faq': [
    { remove: 'briefs' },
    { remove: 'faqs/appel/date-limite.md' },
    { remove: 'territories' },
    {
      file: 'faqs/autre-appel/date-limite.md',
      write:
        '---\nquestion: "Jusqu\'à quand peut-on candidater ?"\ncall: appel\ntheme: calendrier\norder: 1\n---\n\nLes candidatures sont reçues jusqu\'au vendredi 3 novembre 2023.\n',
    },
  ],
  'references-faq-appel': [
    { remove: 'briefs' },
    { remove: 'faqs/appel/date-limite.md' },
    { remove: 'territories' },
    {
      file: 'faqs/apel/date-limite.md',
      write:
        '---\nquestion: "Jusqu\'à quand peut-on candidater ?"\ncall: apel\ntheme: calendrier\norder: 1\n---\n\nLes candidatures sont reçues jusqu\'au vendredi 3 novembre 2023.\n',
    },
  ],
  'references-organisation': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    { file: 'calls/appel.mdx', find: '  - agence\n', replace: '  - agense\n' },
  ],
  'references-source-chiffre': [
    { remove: 'faqs' },
    { file: 'briefs/annonce.mdx', find: '    source: bilan\n', replace: '    source: bilans\n' },
  ],
  'schema-champ-manquant': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    { file: 'calls/appel.mdx', find: 'shortName: "ADT-1"\n', replace: '' },
  ],
  'schema-cle-ignoree': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: '  mode: deadline\n  submission:\n',
      replace: '  mode: deadline\n  dedline: 2023-11-03\n  submission:\n',
    },
  ],
  'schema-courriel': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    { file: 'calls/appel.mdx', find: '    email: appels@agence.example.fr\n', replace: '    email: appels@\n' },
  ],
  'schema-entete': [
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'briefs/annonce.mdx',
      find: "L'appel a été ouvert du 2 octobre au 3 novembre 2023.\n",
      replace: 'Le texte commence directement.\n',
    },
    {
      file: 'briefs/annonce.mdx',
      find: '---\ntitle: "Deux territoires lauréats"\ndate: 2023-12-01\nsummary: "L\'appel de test a désigné ses lauréats."\ncalls:\n  - appel\nterritories:\n  - laureat\nfigures:\n  - value: "14"\n    label: "candidatures reçues"\n    source: bilan\nsources:\n  - id: bilan\n    label: "Bilan de l\'appel"\n    organisation: agence\n---\n',
      replace: '# Une actualité sans en-tête\n',
    },
  ],
  'schema-forme-de-date': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: '    date:\n      type: month-part\n      month: 2023-11\n',
      replace: '    date:\n      type: mois-partiel\n      month: 2023-11\n',
    },
  ],
  'schema-jour-inexistant': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    { file: 'calls/appel.mdx', find: '      date: 2023-11-03\n', replace: '      date: 2023-11-31\n' },
  ],
  'schema-siren-nombre': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { file: 'territories/laureat.mdx', find: '  - siren: "200067023"\n', replace: '  - siren: 200067023\n' },
  ],
  'schema-type-de-candidat': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    { file: 'calls/appel.mdx', find: 'type: groupement-epci, id: a2, label: "groupement-epci"', replace: 'type: groupements, id: a2, label: "groupements"' },
  ],
  'schema-yaml': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    { file: 'calls/appel.mdx', find: 'title: "Appel de test"\n', replace: 'title: "Appel de test\n' },
  ],
  'tarifs-borne-orpheline': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: '      min: { value: 100000, inclusive: true }\n',
      replace: '      min: { value: 100000, inclusive: false }\n',
    },
  ],
  'tarifs-bornes': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    { file: 'calls/appel.mdx', find: '      max: { value: 100000, inclusive: false }\n', replace: '' },
  ],
  'tarifs-chevauchement': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: '      min: { value: 100000, inclusive: true }\n',
      replace: '      min: { value: 90000, inclusive: true }\n',
    },
  ],
  'tarifs-contiguite': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: '      min: { value: 100000, inclusive: true }\n',
      replace: '      min: { value: 120000, inclusive: true }\n',
    },
  ],
  'tarifs-fourchette': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    { file: 'calls/appel.mdx', find: '      amount: 10000\n', replace: '      amount: 30000\n' },
    { file: 'calls/appel.mdx', find: '    min: 10000\n', replace: '    min: 40000\n' },
  ],
  'tarifs-libelles': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: '      label: "100 000 habitants et plus"\n',
      replace: '      label: "100 000 à 200 000 habitants"\n',
    },
  ],
  'tarifs-montant': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    { file: 'calls/appel.mdx', find: '      amount: 30000\n', replace: '      amount: 35000\n' },
  ],
  'tarifs-ordre': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { remove: 'territories' },
    {
      file: 'calls/appel.mdx',
      find: '      min: { value: 100000, inclusive: true }\n',
      replace: '      min: { value: 20000, inclusive: true }\n',
    },
  ],
  'territoires-brique-inconnue': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    { file: 'territories/laureat.mdx', find: '  - area: foncier\n', replace: '  - area: fonciers\n' },
  ],
  'territoires-nombre-de-briques': [
    { remove: 'briefs' },
    { remove: 'faqs' },
    {
      file: 'territories/laureat.mdx',
      find: '  - area: foncier\n    ledBy:\n',
      replace: '  - area: foncier\n  - area: talents\n  - area: marketing\n    ledBy:\n',
    },
  ],
};
