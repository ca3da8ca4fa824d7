/** French phrases the kit files share, built from the call's data. */
import { applicantTypesOf, callKinds, type Call } from '../../schemas/call';
import { foldAccents, quoted } from '../shared/french';

/** "Appel à candidatures « Impulsion Ingénierie Territoires » (I2T)". */
export function callName(call: Call): string {
  const short = call.shortName !== call.title ? ` (${call.shortName})` : '';
  return `${callKinds[call.kind]} ${quoted(call.title)}${short}`;
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
function onlyEpci(call: Call): boolean {
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

/** Compares texts without case, accents or apostrophe style (to find a section about the action areas). */
export function looseIncludes(haystack: string, needle: string): boolean {
  return foldAccents(haystack).includes(foldAccents(needle));
}
