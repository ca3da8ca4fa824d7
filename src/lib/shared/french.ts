/**
 * French typography: number formatting, spaces around high punctuation, times and ordinals.
 *
 * Everything here is written by hand and deterministic: no ICU locale data, no time zone,
 * so the output is the same on every machine and in every Node build.
 */

/** Narrow no-break space (U+202F): thousands separator, before `; : ! ?` and `»`, after `«`. */
export const NNBSP = '\u202F';

/** No-break space (U+00A0). */
export const NBSP = '\u00A0';

/** "A", "A et B", "A, B et C". */
export function frenchList(items: readonly string[]): string {
  return items.map((item, i) => `${listSeparator(i, items.length)}${item}`).join('');
}

/** What goes before the `i`-th of `count` items of a French list: nothing, « , » or « et ». */
export function listSeparator(i: number, count: number): string {
  if (i === 0) return '';
  return i === count - 1 ? ' et ' : ', ';
}

/** First letter in capitals: « briques » → « Briques ». */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** French quotation marks with narrow no-break spaces: « foncier ». */
export function quoted(text: string): string {
  return `«${NNBSP}${text}${NNBSP}»`;
}

/**
 * The one comparable form of French text: lower case, without accents or other combining
 * marks, every apostrophe-like character (’ ‘ ʼ `) as `'` (« Été » = « ete », « l’EPCI » = « l'epci »).
 * Used by the lookup, the search page, the kits and the validator, so they agree on what is
 * the same word.
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2019\u2018\u02BC`]/g, "'")
    .toLowerCase();
}

/** Minus sign (U+2212), used for negative numbers as French typography does. */
const MINUS = '\u2212';

/** Groups the digits of an integer string by three from the right, with NNBSP. */
function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += NNBSP;
    out += digits[i];
  }
  return out;
}

/** Plain decimal digits of a non-negative finite number, without exponent notation. */
function plainDigits(n: number, fractionDigits: number | undefined): string {
  if (fractionDigits !== undefined) return n.toFixed(fractionDigits);
  const shortest = String(n);
  const exp = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!exp) return shortest;
  // Expand exponent notation ("1e+21", "1.5e-7") by moving the decimal point by hand.
  const digits = (exp[1] ?? '') + (exp[2] ?? '');
  const power = Number(exp[3]);
  if (power < 0) return `0.${'0'.repeat(-power - 1)}${digits}`;
  return digits + '0'.repeat(power + 1 - digits.length);
}

/**
 * Formats a number the French way: NNBSP between groups of three digits, comma as the
 * decimal separator, U+2212 as the minus sign.
 *
 * `formatNumber(200000)` → "200 000"; `formatNumber(10.5)` → "10,5";
 * `formatNumber(2.5, 2)` → "2,50". Without `fractionDigits`, the shortest exact
 * representation of the number is used.
 */
export function formatNumber(n: number, fractionDigits?: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Nombre non fini : ${n}`);
  const negative = n < 0 && !Object.is(n, -0);
  const plain = plainDigits(Math.abs(n), fractionDigits);
  const [int = '0', frac] = plain.split('.');
  const body = groupThousands(int) + (frac ? `,${frac}` : '');
  return negative && /[1-9]/.test(plain) ? MINUS + body : body;
}

/** Formats an amount in euros: `formatEuros(25000)` → "25 000 €" (NNBSP before €). */
export function formatEuros(n: number, fractionDigits?: number): string {
  return `${formatNumber(n, fractionDigits)}${NNBSP}€`;
}

/** Punctuation preceded by a narrow no-break space in French. */
const HIGH_PUNCTUATION = new Set([';', ':', '!', '?']);

/** The marks `frenchSpacing` may put a space around. */
const SPACED_MARKS = /[;:!?«»]/;

/** URLs (`https://…`) are copied as they are. */
const URL_AT = /[a-z][a-z0-9+.-]*:\/\/[^\s<>"«»]*/iy;

/** HTML entities (`&amp;`, `&#160;`) are copied as they are: their `;` is not punctuation. */
const ENTITY_AT = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/iy;

/** Characters after `; : ! ?` that show the mark ends a word ("Quoi?", "Note:**"), not "10:00". */
const ENDS_PUNCTUATION = /[\s;:!?».,)\]*_"'’…]/;

const isBlank = (c: string | undefined) => c === undefined || /\s/.test(c);
const isNoBreak = (c: string | undefined) => c === NNBSP || c === NBSP;

function matchAt(re: RegExp, text: string, i: number): string | undefined {
  re.lastIndex = i;
  return re.exec(text)?.[0];
}

/**
 * Puts French spaces around high punctuation: the ordinary space before `; : ! ?` and `»`
 * (or the missing one) becomes NNBSP, and so does the one after `«`.
 *
 * Left alone: URLs, HTML entities, marks inside a word or number (`10:00`, `a:b`), a mark
 * that follows another (`?!`), marks at the start of a line, and spaces that are already
 * no-break (NNBSP or NBSP). Applying it twice gives the same text.
 */
export function frenchSpacing(text: string): string {
  // Only these marks are ever spaced: a text without any is returned as it is.
  if (!SPACED_MARKS.test(text)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const before = text[i - 1];
    const protectedToken =
      (!before || !/[\p{L}\p{N}]/u.test(before) ? matchAt(URL_AT, text, i) : undefined) ??
      matchAt(ENTITY_AT, text, i);
    if (protectedToken) {
      out += protectedToken;
      i += protectedToken.length;
      continue;
    }
    const c = text[i] as string;
    if (HIGH_PUNCTUATION.has(c) || c === '»') {
      const trimmed = out.replace(/ +$/, '');
      const hadSpace = trimmed.length < out.length;
      const prev = trimmed[trimmed.length - 1];
      const next = text[i + 1];
      const wordEnds = c === '»' || next === undefined || ENDS_PUNCTUATION.test(next);
      const attachable = !isBlank(prev) && !isNoBreak(prev);
      const afterMark = prev !== undefined && HIGH_PUNCTUATION.has(prev);
      if (attachable && (hadSpace || (wordEnds && !afterMark))) out = trimmed + NNBSP;
      out += c;
      i += 1;
      continue;
    }
    if (c === '«') {
      out += c;
      let j = i + 1;
      while (text[j] === ' ') j++;
      const following = text[j];
      if (isBlank(following) || isNoBreak(following)) {
        i += 1;
      } else {
        out += NNBSP;
        i = j;
      }
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}

/** French ordinal for a day of the month: "1er" for 1, the number otherwise. */
export function ordinalDay(day: number): string {
  return day === 1 ? '1er' : String(day);
}

/**
 * Formats a 24-hour time the French way: `formatTime("10:00")` → "10 h 00",
 * `formatTime("09:30")` → "9 h 30" (NNBSP on both sides of "h").
 */
export function formatTime(time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`Heure invalide : « ${time} » (attendu HH:MM)`);
  return `${Number(match[1])}${NNBSP}h${NNBSP}${match[2]}`;
}

/** Straight apostrophe between two letters (« l'appel », « aujourd'hui »). */
const STRAIGHT_APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu;

/**
 * The typography of a printed French text: typographic apostrophes (« l’appel ») and French
 * spaces around high punctuation (`frenchSpacing`). URLs and e-mail addresses are left as they
 * are. Applying it twice gives the same text.
 */
export function frenchTypography(text: string): string {
  return frenchSpacing(
    text
      .split(/(\S+@\S+|https?:\/\/\S+)/)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(STRAIGHT_APOSTROPHE, '\u2019')))
      .join(''),
  );
}
