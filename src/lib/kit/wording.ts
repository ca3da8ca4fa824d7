/** French phrases the kit files share, built from the call's data. */
import { applicantTypesOf, callKinds, type Call, type PriceBracket } from '../../schemas/call';
import { foldAccents, formatEuros, formatNumber, NNBSP } from '../shared/french';

export { deadlineSentence, deadlineText, rangeText } from '../call-wording';

/** "Appel à candidatures « Impulsion Ingénierie Territoires » (I2T)". */
export function callName(call: Call): string {
  const short = call.shortName !== call.title ? ` (${call.shortName})` : '';
  return `${callKinds[call.kind]} «${NNBSP}${call.title}${NNBSP}»${short}`;
}

/**
 * The call's name after « à »: « à l’appel à candidatures « … » », « au dispositif d’aide « … » »,
 * « au programme « … » ». Every kind of `callKinds` is masculine, so only elision decides.
 */
export function toCallName(call: Call): string {
  const name = callName(call);
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  return /^[aeiouyhéè]/i.test(lower) ? `à l’${lower}` : `au ${lower}`;
}

/** Whether the call asks for an application document of its own form (sections to cover, or documents). */
export function asksForApplicationForm(call: Call): boolean {
  return call.application.sections.length > 0 || call.application.documents.length > 0;
}

/** Whether EPCIs may apply together. */
export function acceptsGroupement(call: Call): boolean {
  return applicantTypesOf(call).includes('groupement-epci');
}

/** Whether only EPCIs (alone or together) may apply (and the call says who may). */
export function onlyEpci(call: Call): boolean {
  const types = applicantTypesOf(call);
  return types.length > 0 && types.every((t) => t === 'epci' || t === 'groupement-epci');
}

/** How the kit names the applicant: "EPCI", "commune" or "structure candidate". */
export function applicantNoun(call: Call): { noun: string; of: string; ofApplicant: string } {
  const types = applicantTypesOf(call);
  if (onlyEpci(call)) return { noun: 'EPCI', of: 'de l’EPCI', ofApplicant: 'de l’EPCI candidat' };
  if (types.length > 0 && types.every((t) => t === 'commune')) {
    return { noun: 'commune', of: 'de la commune', ofApplicant: 'de la commune candidate' };
  }
  return { noun: 'structure candidate', of: 'de la structure candidate', ofApplicant: 'de la structure candidate' };
}

/** The applicant alternatives, in the call's words; exceptions marked « Par exception ». */
export function applicantLabels(call: Call): string[] {
  return call.eligibility.applicants.map((a) => {
    const label = a.label.replace(/[.\s]+$/, '');
    return a.exception ? `par exception, ${label}` : label;
  });
}

/** "durée moyenne de 12 mois", "durée initiale de 12 mois, renouvelable une fois". */
export function durationText(call: Call): string | undefined {
  const d = call.duration;
  if (!d) return undefined;
  const qualifier =
    d.qualifier === 'average' ? 'durée moyenne' : d.qualifier === 'initial' ? 'durée initiale' : 'durée';
  const renewals = d.renewals ? `, renouvelable ${d.renewals === 1 ? 'une fois' : `${d.renewals} fois`}` : '';
  return `${qualifier} de ${formatNumber(d.months)} mois${renewals}`;
}

/** A bracket's bounds in words: "à partir de 50 000, moins de 100 000 habitants". */
export function bracketBounds(b: PriceBracket): string {
  const lo = b.min ? `${b.min.inclusive ? 'à partir de' : 'plus de'} ${formatNumber(b.min.value)}` : '';
  const hi = b.max ? `${b.max.inclusive ? 'jusqu’à' : 'moins de'} ${formatNumber(b.max.value)}` : '';
  if (lo && hi) return `${lo}, ${hi} habitants`;
  return lo || hi ? `${lo || hi} habitants` : 'toutes populations';
}

/** "À titre indicatif, le forfait … va de 25 000 € HT à 85 000 € HT par an." */
export function priceSentence(pricing: NonNullable<Call['pricing']>): string {
  const per = pricing.per === 'year' ? ' par an' : '';
  const from = `${formatEuros(pricing.range.min)} ${pricing.tax}`;
  const to = `${formatEuros(pricing.range.max)} ${pricing.tax}`;
  return `${pricing.indicative ? 'À titre indicatif, le ' : 'Le '}${pricing.label} va de ${from} à ${to}${per}.`;
}

/** A bracket's amount, or "non publié". */
export function bracketAmount(b: PriceBracket, tax: string): string {
  return b.amount === undefined ? 'non publié' : `${formatEuros(b.amount)} ${tax}`;
}

/** First letter in capitals. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Compares texts without case, accents or apostrophe style (to find a section about the action areas). */
export function looseIncludes(haystack: string, needle: string): boolean {
  return foldAccents(haystack).includes(foldAccents(needle));
}
