/**
 * Organisation names inside French sentences: the article (« la Région Grand Est »,
 * « l’ADEME », « Business France ») is data on the organisation, never guessed, and the
 * preposition contracts with it (« du SGPI », « aux Régions », « d’Orange »).
 * Pure: unit-tested in tests/unit/french-names.test.ts.
 */
import { capitalise, listSeparator } from './shared/french';


/** Article values an organisation may carry, and how each is written before the name. */
export const articles = { le: 'le', la: 'la', l: 'l’', les: 'les', aucun: '' } as const;
export type ArticleKey = keyof typeof articles;

/** Prepositions a sentence puts before an organisation's name. */
export type Prep = 'de' | 'à' | 'par' | 'avec' | 'pour' | 'sur' | 'auprès de';

/** What naming needs from an organisation record. */
export interface NameableOrg {
  name: string;
  article: ArticleKey;
  acronym?: string | undefined;
  acronymArticle?: ArticleKey | undefined;
  elides?: boolean | undefined;
}

export interface NameOptions {
  prep?: Prep | undefined;
  /** `short` uses the acronym (with `acronymArticle`), falling back to the name. */
  form?: 'full' | 'short' | 'labelled' | undefined;
  /** Capitalises the first letter (start of a sentence). */
  capital?: boolean | undefined;
}

/** Whether « de » elides before a word: vowels, accented vowels and h. */
export function startsWithVowelSound(word: string): boolean {
  return /^[aeiouyhàâäéèêëîïôöûùüÿœæ]/i.test(word.trim());
}

/** The article followed by the preposition's contraction: "du ", "de la ", "à l’", "par les ", "". */
function lead(article: ArticleKey, prep: Prep | undefined, word: string, elides: boolean | undefined): string {
  if (prep === 'de' || prep === 'auprès de') {
    const de = prep === 'de' ? '' : 'auprès ';
    if (article === 'le') return `${de}du `;
    if (article === 'les') return `${de}des `;
    if (article === 'aucun') return (elides ?? startsWithVowelSound(word)) ? `${de}d’` : `${de}de `;
    return `${de}de ${articles[article]}${article === 'l' ? '' : ' '}`;
  }
  if (prep === 'à') {
    if (article === 'le') return 'au ';
    if (article === 'les') return 'aux ';
    if (article === 'aucun') return 'à ';
    return `à ${articles[article]}${article === 'l' ? '' : ' '}`;
  }
  const base = article === 'aucun' ? '' : article === 'l' ? articles.l : `${articles[article]} `;
  return prep ? `${prep} ${base}` : base;
}

/**
 * One organisation named in a sentence. `labelled` (the default in kits) writes the full
 * name followed by the acronym in brackets: « l’Agence de la transition écologique (ADEME) ».
 */
export function orgName(org: NameableOrg, options: NameOptions = {}): string {
  const { lead: before, word, suffix } = orgNameParts(org, options);
  const out = `${before}${word}${suffix}`;
  return options.capital ? capitalise(out) : out;
}

/** An organisation's name in a sentence, in three parts: preposition and article, the name, the acronym in brackets. */
export interface OrgNameParts {
  lead: string;
  word: string;
  suffix: string;
}

function orgNameParts(org: NameableOrg, options: NameOptions): OrgNameParts {
  const form = options.form ?? 'full';
  const short = form === 'short' && org.acronym;
  const word = short ? org.acronym! : org.name;
  const article = short ? (org.acronymArticle ?? org.article) : org.article;
  const suffix = form === 'labelled' && org.acronym && org.acronym !== org.name ? ` (${org.acronym})` : '';
  return { lead: lead(article, options.prep, word, short ? undefined : org.elides), word, suffix };
}

/**
 * Several organisations in one phrase. The article is repeated for each; « de » and « à »
 * are repeated too (« de l’ANCT et de la DGE »), other prepositions are said once
 * (« par l’ANCT et la DGE »).
 */
export function orgList(orgs: readonly NameableOrg[], options: NameOptions = {}): string {
  const out = orgListParts(orgs, options)
    .map((p) => `${p.separator}${p.lead}${p.word}${p.suffix}`)
    .join('');
  return options.capital ? capitalise(out) : out;
}

/**
 * The phrase of `orgList` in parts, for a page that links each name: each organisation with
 * the separator before it (« , », « et »). `capital` is not applied.
 */
export function orgListParts<O extends NameableOrg>(
  orgs: readonly O[],
  options: NameOptions = {},
): (OrgNameParts & { separator: string; org: O })[] {
  const repeat = options.prep === 'de' || options.prep === 'à' || options.prep === 'auprès de';
  return orgs.map((org, i) => ({
    org,
    separator: listSeparator(i, orgs.length),
    ...orgNameParts(org, {
      form: options.form,
      prep: i === 0 ? options.prep : repeat ? (options.prep === 'auprès de' ? 'de' : options.prep) : undefined,
    }),
  }));
}
