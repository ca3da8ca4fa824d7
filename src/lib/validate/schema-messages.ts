/**
 * French wording of zod issues: what is wrong, why it matters, how to fix it. Messages the
 * schemas already write in French (regex and refine messages) are kept as they are.
 */
import type { z } from 'astro/zod';
import { formatPath } from './data-path';
import { isRealDay } from '../../schemas/date';
import { findFrenchDates } from './prose/french-dates';
import { closest } from './similarity';
import type { PathSegment } from './types';

/** Returned by the error map so that zod's own English defaults can be told apart. */
export const DEFAULT_MESSAGE = '\u0000default';

/** Per-parse error map: keeps the schemas' custom messages, flags zod's defaults. */
export const markDefaults = () => DEFAULT_MESSAGE;

export interface IssueText {
  rule: string;
  what: string;
  why: string;
  fix: string;
  /** Point at the key rather than the value (unknown keys). */
  key?: boolean;
  /** Extra path step to point at (the unknown key itself). */
  pathSuffix?: PathSegment[];
}

const typeNames: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste',
  object: 'un groupe de champs',
  date: 'une date',
  null: 'une valeur vide',
  undefined: 'absent',
};

/** How to write a value of each type in YAML. */
const typeHints: Record<string, string> = {
  string: "un texte, entre guillemets s'il contient « : » ou « # »",
  number: 'un nombre sans guillemets ni espace (ex. 50000)',
  int: 'un nombre entier sans guillemets ni espace (ex. 12)',
  boolean: 'true ou false',
  array: 'une liste : une ligne par élément, commençant par « - »',
  object: 'des champs indentés sous cette clé',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  return typeof value;
}

const show = (value: unknown) =>
  typeof value === 'string' ? `« ${value} »` : value === undefined ? 'rien' : `« ${JSON.stringify(value)} »`;

const WHY = {
  missing: "ce champ est obligatoire : les pages et le dossier de candidature s'appuient dessus.",
  type: 'une valeur du mauvais type ne peut être ni affichée ni comparée correctement.',
  value: 'le site ne connaît que ces valeurs : une autre ne serait pas comprise (libellé, filtres, statut).',
  format: 'une valeur mal formée serait publiée telle quelle ou ne pourrait pas être exploitée.',
  size: "le site attend ce nombre d'éléments ou cette taille pour que la page soit complète et cohérente.",
  key: "cette clé n'est pas prévue : ce qu'elle contient serait ignoré.",
  other: 'la page ne peut pas être construite avec une valeur qui ne respecte pas le modèle.',
};

/** The options of a failed enum, literal or discriminated union. */
function options(issue: z.core.$ZodIssue): string[] {
  const values =
    (issue as { values?: unknown[]; options?: unknown[] }).values ?? (issue as { options?: unknown[] }).options ?? [];
  return values.map(String);
}

/** Words for one issue; `value` is the raw value found at the issue's path. */
const isoOf = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/** The day of a French date written in full, when the text is that date alone. */
function frenchDay(text: string): string | undefined {
  const found = findFrenchDates(text);
  const date = found.length === 1 && found[0]!.dates.length === 1 ? found[0]!.dates[0]! : undefined;
  if (
    !date ||
    date.year === undefined ||
    text.slice(0, date.start).trim() !== '' ||
    text.slice(date.end).trim() !== ''
  ) {
    return undefined;
  }
  return isoOf(String(date.year), String(date.month), String(date.day));
}

/** A well-formed value close to what was written, for dates and times written another way. */
export function suggestForm(value: unknown, message: string): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (message.includes('AAAA-MM-JJ')) {
    const dmy = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(text);
    const ymd = /^(\d{4})[/.\- ](\d{1,2})[/.\- ](\d{1,2})$/.exec(text);
    const day = dmy
      ? isoOf(dmy[3]!, dmy[2]!, dmy[1]!)
      : ymd
        ? isoOf(ymd[1]!, ymd[2]!, ymd[3]!)
        : // « 22 septembre 2023 », « lundi 2 octobre 2023 »: the one full date the text holds.
          frenchDay(text);
    // A day that does not exist (« 31/09/2023 ») gets no suggestion: the message says so.
    if (day && isRealDay(day)) return day;
  }
  if (message.includes('AAAA-MM')) {
    const my = /^(\d{1,2})[/.\- ](\d{4})$/.exec(text);
    if (my) return `${my[2]}-${my[1]!.padStart(2, '0')}`;
  }
  if (message.includes('HH:MM')) {
    const hm = /^(\d{1,2})\s*(?:[:h.]\s*(\d{2})?)?$/i.exec(text);
    if (hm && Number(hm[1]) < 24) return `"${hm[1]!.padStart(2, '0')}:${hm[2] ?? '00'}"`;
  }
  return undefined;
}

/** For a day written day first or year first that does not exist (« 31/09/2023 »): why, in words. */
function impossibleDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const dmy = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(text);
  const ymd = /^(\d{4})[/.\- ](\d{1,2})[/.\- ](\d{1,2})$/.exec(text);
  const [y, m, d] = dmy ? [dmy[3]!, dmy[2]!, dmy[1]!] : ymd ? [ymd[1]!, ymd[2]!, ymd[3]!] : [];
  if (!y || !m || !d || isRealDay(isoOf(y, m, d))) return undefined;
  return Number(m) < 1 || Number(m) > 12
    ? `il n'y a pas de mois ${Number(m)}`
    : `le mois ${Number(m)} de ${y} n'a pas de jour ${Number(d)}`;
}

/** Words for one issue; `value` is the raw value found at the issue's path; `shape`, the YAML expected there. */
export function describeIssue(issue: z.core.$ZodIssue, value: unknown, shape?: string): IssueText {
  const where = formatPath(issue.path as PathSegment[]) || "l'en-tête";
  const key = String(issue.path[issue.path.length - 1] ?? '');
  const custom = issue.message !== DEFAULT_MESSAGE ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected as string;
      const hint = typeHints[expected] ?? typeNames[expected] ?? expected;
      if (value === undefined) {
        return {
          rule: 'schema/champ-manquant',
          what: `le champ « ${where} » manque.`,
          why: WHY.missing,
          fix: `ajoutez « ${key}: » suivi de la valeur (${hint}).`,
        };
      }
      const quoted = expected === 'string' && typeof value === 'number';
      const fix = quoted
        ? `mettez la valeur entre guillemets : "${String(value)}".`
        : expected === 'object' && shape
          ? `écrivez des champs indentés sous « ${key}: », de cette forme :\n${key}:\n${shape}`
          : `écrivez ${hint}.`;
      return {
        rule: 'schema/type',
        what: `« ${where} » devrait être ${typeNames[expected] ?? expected}, or c'est ${typeNames[typeOf(value)] ?? typeOf(value)} (${show(value)}).`,
        why: WHY.type,
        fix,
      };
    }
    case 'invalid_value':
    case 'invalid_union': {
      const choices = options(issue);
      if (choices.length > 0) {
        const guess = typeof value === 'string' ? closest(value, choices) : undefined;
        return {
          rule: 'schema/valeur-inconnue',
          what: `${show(value)} n'est pas une valeur possible pour « ${where} ».`,
          why: WHY.value,
          fix: `${guess ? `vouliez-vous dire « ${guess} » ? Valeurs` : 'valeurs'} possibles : ${choices.join(', ')}.`,
        };
      }
      return {
        rule: 'schema/invalide',
        what: `« ${where} » ne correspond à aucune des formes admises.`,
        why: WHY.other,
        fix: 'comparez avec un exemple de `src/schemas/` (par exemple `{ day: 2023-10-02 }` ou `{ month: 2023-12 }` pour une borne de période).',
      };
    }
    case 'invalid_format':
    case 'custom': {
      const suggestion = custom ? suggestForm(value, custom) : undefined;
      if (suggestion) {
        return {
          rule: 'schema/format',
          what: `« ${where} » : ${custom} ; ${show(value)} n'a pas cette forme.`,
          why: WHY.format,
          fix: `écrivez ${suggestion}.`,
        };
      }
      const impossible = custom?.includes('AAAA-MM-JJ') ? impossibleDay(value) : undefined;
      if (impossible) {
        return {
          rule: 'schema/format',
          what: `« ${where} » : ${show(value)} n'est pas un jour du calendrier (${impossible}).`,
          why: WHY.format,
          fix: 'vérifiez le jour et le mois dans le document publié, puis écrivez-le au format AAAA-MM-JJ (ex. 2023-11-03).',
        };
      }
      return {
        rule: 'schema/format',
        what: `« ${where} » : ${custom ?? `format inattendu (${show(value)})`}.`.replace(/\.\.$/, '.'),
        why: WHY.format,
        fix: custom
          ? custom.includes('attendu')
            ? `remplacez ${show(value)} par une valeur de la forme attendue : ${custom.slice(custom.indexOf('attendu'))}.`
            : 'vérifiez la valeur dans le document publié.'
          : `corrigez la valeur pour qu'elle respecte le format attendu${'pattern' in issue ? ` (${String(issue.pattern)})` : ''}.`,
      };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = Number(
        small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum,
      );
      const origin = (issue as { origin?: string }).origin;
      const what =
        custom ??
        (origin === 'array'
          ? `la liste doit contenir ${small ? 'au moins' : 'au plus'} ${bound} élément${bound > 1 ? 's' : ''}`
          : origin === 'string'
            ? `le texte doit faire ${small ? 'au moins' : 'au plus'} ${bound} caractère${bound > 1 ? 's' : ''}`
            : `la valeur doit être ${small ? 'au moins' : 'au plus'} ${bound}`);
      return {
        rule: 'schema/taille',
        what: `« ${where} » : ${what}.`,
        why: WHY.size,
        fix:
          origin === 'array'
            ? small
              ? `complétez la liste (au moins ${bound} élément${bound > 1 ? 's' : ''}).`
              : `gardez au plus ${bound} élément${bound > 1 ? 's' : ''}.`
            : origin === 'string'
              ? small
                ? 'écrivez un texte non vide.'
                : `raccourcissez le texte à ${bound} caractères au plus.`
              : small && bound === 0
                ? `écrivez un nombre positif ou nul (0 ou plus), sans signe moins${typeof value === 'number' ? ` (et non ${value})` : ''}.`
                : `écrivez un nombre ${small ? 'supérieur ou égal à' : 'inférieur ou égal à'} ${bound}${typeof value === 'number' ? ` (et non ${value})` : ''}.`,
      };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys;
      return {
        rule: 'schema/cle-inconnue',
        what: `clé${keys.length > 1 ? 's' : ''} inconnue${keys.length > 1 ? 's' : ''} dans « ${where} » : ${keys.join(', ')}.`,
        why: WHY.key,
        fix: 'retirez-la ou corrigez son orthographe en suivant le modèle de `src/schemas/`.',
        key: true,
        pathSuffix: keys.length > 0 ? [keys[0] as string] : [],
      };
    }
    default:
      return {
        rule: 'schema/invalide',
        what: `« ${where} » : ${custom ?? 'valeur invalide'}.`,
        why: WHY.other,
        fix: 'corrigez la valeur en suivant le modèle de `src/schemas/`.',
      };
  }
}
