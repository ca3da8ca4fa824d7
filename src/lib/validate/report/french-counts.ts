/**
 * The closing line of the report: "2 erreurs, 1 avertissement dans 2 fichiers", plus
 * " (1 constat acquitté)" when some are; files counted are those with any finding.
 */
import type { Summary } from '../index';

/** "0 erreur", "1 erreur", "2 erreurs": French uses the singular below 2. */
export const plural = (n: number, singular: string, pluralForm = `${singular}s`) =>
  `${n} ${n >= 2 ? pluralForm : singular}`;

export function summaryLine(summary: Summary): string {
  const { errors, warnings, acknowledged, filesWithFindings, filesChecked } = summary;
  if (errors + warnings + acknowledged === 0) {
    return `Aucun problème dans ${plural(filesChecked, 'fichier vérifié', 'fichiers vérifiés')}.`;
  }
  const parts = [plural(errors, 'erreur'), plural(warnings, 'avertissement')];
  const acknowledgedPart =
    acknowledged > 0 ? ` (${plural(acknowledged, 'constat acquitté', 'constats acquittés')})` : '';
  return `${parts.join(', ')} dans ${plural(filesWithFindings, 'fichier')}${acknowledgedPart}`;
}
