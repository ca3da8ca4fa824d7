/**
 * Sentences about who may apply, how, what the call gives and how many are kept, shared by
 * the call page and the kit. Each is driven by the field that holds it; with the field
 * absent, nothing (or « non précisé par l’appel »). Pure: tests/unit/apply-wording.test.ts.
 */
import type { Applicant } from '../schemas/applicants';
import type { Call } from '../schemas/call';
import type { Funding } from '../schemas/funding';
import type { Count, Stage } from '../schemas/selection';
import type { Channel, Contact } from '../schemas/submission';
import { contactPurposes } from '../schemas/submission';
import { formatEuros, formatNumber, NNBSP } from './shared/french';

/** "En ligne, sur Démarches simplifiées", "Par courriel", "Par courrier": the channel's label. */
export function channelLabel(c: Channel): string {
  if (c.channel === 'platform') return c.name ? `En ligne, sur ${c.name}` : 'En ligne';
  return c.channel === 'email' ? 'Par courriel' : 'Par courrier';
}

/** The channel's address: a URL, an e-mail or a postal address (undefined for a platform without URL). */
export function channelTarget(c: Channel): { text: string; href?: string | undefined } | undefined {
  if (c.channel === 'platform') return c.url ? { text: c.url, href: c.url } : undefined;
  if (c.channel === 'email') return { text: c.email, href: `mailto:${c.email}` };
  return { text: c.address };
}

/** "En ligne, sur Démarches simplifiées : https://…", one line per channel, in plain text. */
export function channelLine(c: Channel, stageTitle?: string): string {
  const target = channelTarget(c);
  const stage = stageTitle ? ` (${stageTitle})` : '';
  return `${channelLabel(c)}${stage}${target ? `${NNBSP}: ${target.text}` : ''}`;
}

/** Every address of a contact, e-mail first, then web page and phone. */
export function contactTargets(c: Contact): { kind: 'email' | 'url' | 'phone'; text: string; href: string }[] {
  const out: { kind: 'email' | 'url' | 'phone'; text: string; href: string }[] = [];
  if (c.email) out.push({ kind: 'email', text: c.email, href: `mailto:${c.email}` });
  if (c.url) out.push({ kind: 'url', text: c.url, href: c.url });
  if (c.phone) out.push({ kind: 'phone', text: c.phone, href: `tel:${c.phone.replace(/[ .]/g, '')}` });
  return out;
}

/** "Renseignements : prenom.nom@exemple.fr, https://…" in plain text. */
export function contactLine(c: Contact): string {
  const who = c.name ? `${c.name}, ` : '';
  return `${contactPurposes[c.purpose]}${NNBSP}: ${who}${contactTargets(c).map((t) => t.text).join(', ')}`;
}

/** A count as announced: « 4 », « 10 au plus », « de 800 à 1 000 », « environ 20 ». */
export function countText(c: Count): string {
  switch (c.type) {
    case 'exact':
      return formatNumber(c.value);
    case 'at-most':
      return `${formatNumber(c.value)} au plus`;
    case 'range':
      return `de ${formatNumber(c.min)} à ${formatNumber(c.max)}`;
    case 'about':
      return `environ ${formatNumber(c.value)}`;
  }
}

/** One line per applicant alternative; an exception says so, then quotes the call's sentence. */
export function applicantLine(a: Applicant): string {
  if (a.exception) return `Par exception${NNBSP}: ${a.label.replace(/[.\s]+$/, "")}. L’appel indique${NNBSP}: «${NNBSP}${a.exception.text}${NNBSP}»`;
  return a.label;
}

/** "Appel à manifestation d’intérêt : 24 présélectionnés ; appui … jusqu’à 400 000 €." */
export function stageLine(s: Stage, index: number): string {
  const parts = [`${formatNumber(index + 1)}. ${s.title}`];
  const kept = s.count ? `${countText(s.count)} ${s.outcome}` : s.outcome;
  parts.push(`${NNBSP}: ${kept}`);
  if (s.support) {
    parts.push(
      `${NNBSP}; ${s.support.title}${s.support.amount ? `, jusqu’à ${formatEuros(s.support.amount.max)}` : ''}`,
    );
  }
  if (index > 0 && s.openTo === 'all') parts.push(`${NNBSP}; ouvert à tous, y compris à qui n’a pas pris part à l’étape précédente`);
  return `${parts.join('')}.`;
}

/** "100 000 000 €", with « par an », « sur 10 ans ». */
function envelopeText(e: NonNullable<Funding['envelope']>): string {
  const per = e.per === 'year' ? ' par an' : '';
  const years = e.years ? ` sur ${formatNumber(e.years)} ans` : '';
  return `${formatEuros(e.amount)}${per}${years}`;
}

/** The funding section, one line per fact the call gives; empty without `funding`. */
export function fundingLines(call: Pick<Call, 'funding' | 'eligibility'>): string[] {
  const f = call.funding;
  if (!f) return [];
  const out: string[] = [];
  if (f.rate?.max !== undefined) {
    out.push(`Taux${NNBSP}: au plus ${formatNumber(f.rate.max)}${NNBSP}%${f.rate.base ? ` ${f.rate.base}` : ''}.`);
  }
  for (const c of f.rate?.cases ?? []) {
    const who = c.applicant ? call.eligibility.applicants.find((a) => a.id === c.applicant)?.label : undefined;
    const when = c.when ?? who?.replace(/[.\s]+$/, '');
    out.push(
      `Taux${when ? ` pour «${NNBSP}${when}${NNBSP}»` : ''}${NNBSP}: au plus ${formatNumber(c.max)}${NNBSP}%${f.rate?.base ? ` ${f.rate.base}` : ''}.`,
    );
  }
  if (f.amount && (f.amount.min !== undefined || f.amount.max !== undefined)) {
    const per = f.amount.per === 'project' ? 'par projet' : f.amount.per === 'year' ? 'par an' : 'par candidat';
    const { min, max } = f.amount;
    const range =
      min !== undefined && max !== undefined
        ? `de ${formatEuros(min)} à ${formatEuros(max)}`
        : max !== undefined
          ? `dans la limite de ${formatEuros(max)}`
          : `au moins ${formatEuros(min as number)}`;
    out.push(`Montant de l’aide${NNBSP}: ${range} ${per}.`);
  }
  if (f.amount?.exception) out.push(f.amount.exception);
  if (f.envelope) {
    out.push(`Enveloppe de l’appel${NNBSP}: ${envelopeText(f.envelope)}.`);
    for (const b of f.envelope.breakdown) out.push(`dont ${b.label}${NNBSP}: ${formatEuros(b.amount)}.`);
  }
  for (const i of f.inKind) out.push(`Appui${NNBSP}: ${i.title}${i.text ? ` – ${i.text}` : ''}.`);
  for (const l of f.limits) out.push(l.title);
  return out;
}
