/**
 * Contact rules, within one call (its `contacts[].email` and `application.submission.email`,
 * which counts as a `candidature` address):
 * - `contacts/doublon`: two different addresses for the same purpose;
 * - `contacts/adresses-proches` (warning): two addresses a few characters apart (same local
 *   part and a similar domain, or the same domain and a similar local part), a likely typo.
 * Both target the address met later in the file (`contacts[1].email`).
 */
import { contactPurposes, type Call } from '../../../schemas/call';
import type { Rule, ValidationContext, Valid } from '../context';
import { locatePath } from '../locate';
import { editDistance } from '../similarity';
import type { ContentEntry, Draft, PathSegment } from '../types';

interface Address {
  email: string;
  purpose: keyof typeof contactPurposes;
  path: PathSegment[];
  offset: number;
}

const key = (email: string) => email.trim().toLowerCase();

/**
 * Whether two of the addresses could make a finding: different addresses with the same
 * purpose, or close enough to be a typo. Only then are their places in the file needed.
 */
function mayClash(list: readonly Omit<Address, 'offset'>[]): boolean {
  return list.some((a, i) =>
    list
      .slice(i + 1)
      .some((b) => key(a.email) !== key(b.email) && (a.purpose === b.purpose || nearlySame(a.email, b.email))),
  );
}

/** The call's addresses in file order, or none when no two of them could make a finding. */
function addresses(entry: ContentEntry, call: Call): Address[] {
  const list: Omit<Address, 'offset'>[] = call.contacts.flatMap((c, i) =>
    c.email ? [{ email: c.email, purpose: c.purpose, path: ['contacts', i, 'email'] }] : [],
  );
  call.application.submission.forEach((s, i) => {
    if (s.channel === 'email')
      list.push({ email: s.email, purpose: 'candidature', path: ['application', 'submission', i, 'email'] });
  });
  // Locating reads the YAML document again: skipped when nothing can be found.
  if (!mayClash(list)) return [];
  return list.map((a) => ({ ...a, offset: locatePath(entry, a.path).offset })).sort((a, b) => a.offset - b.offset);
}

/** Whether two different addresses look like one mistyped: same local part and close domains, or the reverse. */
function nearlySame(a: string, b: string): boolean {
  const [localA = '', domainA = ''] = key(a).split('@');
  const [localB = '', domainB = ''] = key(b).split('@');
  if (localA === localB)
    return editDistance(domainA, domainB) <= Math.min(3, Math.floor(Math.max(domainA.length, domainB.length) / 3));
  if (domainA === domainB)
    return editDistance(localA, localB) <= Math.min(2, Math.floor(Math.max(localA.length, localB.length) / 4));
  return false;
}

function check(ctx: ValidationContext, { entry, data }: Valid<Call>): Draft[] {
  const all = addresses(entry, data);
  const drafts: Draft[] = [];
  // The first occurrence of each distinct address, in file order.
  const firsts = all.filter((a, i) => all.findIndex((b) => key(b.email) === key(a.email)) === i);
  const reportedPairs = new Set<string>();
  for (const later of all) {
    const sameLater = firsts.find((f) => key(f.email) === key(later.email));
    for (const earlier of all) {
      if (earlier.offset >= later.offset || key(earlier.email) === key(later.email)) continue;
      if (earlier.purpose === later.purpose && !reportedPairs.has(`d:${later.purpose}:${key(later.email)}`)) {
        reportedPairs.add(`d:${later.purpose}:${key(later.email)}`);
        drafts.push(
          ctx.atPath('contacts/doublon', 'error', entry, later.path, {
            what: `deux adresses différentes pour « ${contactPurposes[later.purpose]} » : ${earlier.email} et ${later.email}.`,
            why: 'le candidat ne sait pas à laquelle écrire, et son message risque de se perdre.',
            fix: 'gardez la bonne adresse, ou donnez à chacune un objet (« purpose ») différent si elles servent à des choses différentes.',
          }),
        );
      }
      const pair = [key(earlier.email), key(later.email)].sort().join(' ');
      if (sameLater === later && nearlySame(earlier.email, later.email) && !reportedPairs.has(pair)) {
        reportedPairs.add(pair);
        drafts.push(
          ctx.atPath('contacts/adresses-proches', 'warning', entry, later.path, {
            what: `les adresses ${earlier.email} et ${later.email} ne diffèrent que de quelques caractères.`,
            why: "c'est souvent une faute de frappe : les messages envoyés à la mauvaise adresse n'arriveraient jamais.",
            fix: 'vérifiez les deux adresses dans le document publié ; si elles y sont bien différentes, acquittez ce constat (« acknowledgements ») pour en avertir les lecteurs.',
          }),
        );
      }
    }
  }
  return drafts;
}

export const contactRules: Rule = (ctx) => ctx.calls().flatMap((call) => check(ctx, call));
