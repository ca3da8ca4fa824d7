/**
 * `contenu/taille`: a file, a list or a text value over the limits of `../limits.ts`. A file
 * too heavy is reported at the line where it crosses its limit; a list at its first item
 * beyond the limit; a text at its value. One finding per file for its weight.
 */
import type { Rule, ValidationContext } from '../context';
import { FILE_LIMITS, LIST_LIMIT, TEXT_LIMIT } from '../limits';
import { formatPath } from '../data-path';
import type { ContentEntry, Draft, PathSegment } from '../types';

const kio = (bytes: number) => `${Math.round(bytes / 1024)} Kio`;

/** The character offset where the UTF-8 bytes of `text` pass `limit`. */
function offsetAtByte(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    bytes += Buffer.byteLength(text[i] as string);
    if (bytes > limit) return i;
  }
  return text.length;
}

function fileWeight(ctx: ValidationContext, entry: ContentEntry): Draft[] {
  const limit = FILE_LIMITS[entry.collection];
  const bytes = Buffer.byteLength(entry.source);
  if (bytes <= limit) return [];
  return [
    ctx.atText('contenu/taille', 'error', entry, { offset: offsetAtByte(entry.source, limit), length: 1 }, 'fichier', {
      what: `le fichier pèse ${kio(bytes)}, au-delà de la limite de ${kio(limit)} pour ce type de contenu (dépassée à cette ligne).`,
      why: 'la page publiée serait trop lourde à charger, surtout sur mobile ; un fichier de cette taille contient souvent un document collé par erreur.',
      fix: `ramenez le fichier sous ${kio(limit)} : résumez le texte avec nos mots et mettez un lien vers le document publié, plutôt que de le recopier.`,
    }),
  ];
}

function walkValues(value: unknown, path: PathSegment[], visit: (value: unknown, path: PathSegment[]) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, i) => walkValues(item, [...path, i], visit));
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value)) walkValues(child, [...path, key], visit);
}

function listsAndTexts(ctx: ValidationContext, entry: ContentEntry): Draft[] {
  const drafts: Draft[] = [];
  walkValues(entry.raw, [], (value, path) => {
    if (Array.isArray(value) && value.length > LIST_LIMIT) {
      drafts.push(
        ctx.atPath(
          'contenu/taille',
          'error',
          entry,
          [...path, LIST_LIMIT],
          {
            what: `la liste « ${formatPath(path)} » compte ${value.length} éléments, au-delà de la limite de ${LIST_LIMIT} (dépassée ici).`,
            why: 'une liste aussi longue ne se lit plus sur une page ; elle vient souvent d’un copier-coller répété.',
            fix: `gardez au plus ${LIST_LIMIT} éléments, ceux que l'appel publie ; vérifiez qu'aucun n'est en double.`,
          },
          { targetPath: path },
        ),
      );
    } else if (typeof value === 'string' && value.length > TEXT_LIMIT) {
      drafts.push(
        ctx.atPath('contenu/taille', 'error', entry, path, {
          what: `le texte de « ${formatPath(path)} » fait ${value.length} caractères, au-delà de la limite de ${TEXT_LIMIT}.`,
          why: 'un champ est une phrase ou un paragraphe ; un texte aussi long alourdit la page et le dossier de candidature.',
          fix: `ramenez-le sous ${TEXT_LIMIT} caractères ; le récit détaillé va dans le texte après l'en-tête.`,
        }),
      );
    }
  });
  return drafts;
}

export const sizeRules: Rule = (ctx) =>
  ctx.entries.flatMap((entry) => {
    const weight = fileWeight(ctx, entry);
    // A file over its weight is one finding; its lists and texts are not reported on top.
    // A size limit is ours, not the published call's: no acknowledgement can keep it.
    return (weight.length > 0 ? weight : listsAndTexts(ctx, entry)).map((d) => ({ ...d, calls: [] }));
  });
