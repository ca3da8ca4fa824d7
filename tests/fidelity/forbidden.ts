/**
 * Claims no seed document makes (issue 10) that must never appear in anything the site
 * publishes. Each names where it is forbidden (a path prefix under dist/, or everywhere) and
 * why. Patterns are matched on flattened text (see `flat`).
 */
export interface Forbidden {
  /** Path prefixes under dist/ where the claim is forbidden; empty: everywhere. */
  within: string[];
  pattern: RegExp;
  why: string;
}

const T_KIT = 'kits/terriens/';
const T_PAGE = 'appels/terriens/';

export const forbidden: Forbidden[] = [
  {
    within: [],
    pattern: /fil de l'eau/i,
    why: 'aucun des appels publiés ne dit que les candidatures sont reçues au fil de l’eau',
  },
  {
    within: [T_PAGE, T_KIT, 'index.html', 'rss.xml', 'api/appels.json', 'eligibilite/'],
    pattern: /\bOuvert\b(?! et à venir)/,
    why: 'TERRIENS ne publie aucune date : il n’est pas « Ouvert »',
  },
  {
    within: [],
    pattern: /Cochez-en de 3 à 4|demande de retenir de 3 à 4|choisit de 3 à 4/,
    why: 'I2T demande « votre intérêt » ; les 3 ou 4 briques sont définies par territoire après le diagnostic',
  },
  {
    within: [],
    pattern: /Le jury examine les candidatures au regard des critères|Critères de sélection|Le jury apprécie/,
    why: 'le « Guide de candidature » d’I2T sert « pour construire une candidature » ; aucun texte ne dit quelle liste le jury applique',
  },
  { within: [], pattern: /23:59|T23:59/, why: 'aucun appel ne publie d’heure limite' },
  {
    within: ['rss.xml'],
    pattern: /Thu, 30 Nov 2023/,
    why: 'la brève n’est pas datée : aucune date ne vient d’une valeur par défaut',
  },
  { within: [], pattern: /moins de 200 000/, why: 'la tranche publiée « 100 000 à 200 000 habitants » comprend 200 000' },
  {
    within: [T_KIT],
    pattern: /lettre d'intention|Réunissez les pièces|pièces listées/i,
    why: 'le règlement de TERRIENS ne demande pas de lettre et ne liste aucune pièce',
  },
  {
    within: [],
    pattern: /Nous nous engageons à nous impliquer|s'engagent à s'impliquer dans le dispositif/,
    why: 'les modèles de lettre n’ajoutent aucun engagement que l’appel ne formule pas',
  },
  {
    within: ['kits/'],
    pattern: /À noter :/,
    why: 'les remarques du site ne sont pas imprimées dans le dossier comme une partie du formulaire',
  },
];

/** Claims forbidden only in the kit of a call closed on the build's day (read from its appel.json). */
export const forbiddenWhenClosed: RegExp[] = [/Pour candidater/, /Date limite de candidature :/];
