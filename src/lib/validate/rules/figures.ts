/**
 * Key figures of briefs.
 * - `chiffres/annee-source` (warning): a figure says a year later than any year its source
 *   names (« … en 2023 », source « Bilan économique 2022 »). The source cannot hold it: either
 *   the year or the source is wrong, or the published brief mixed them up.
 * Findings target the figure: `briefs/<id>:figures[3]`.
 */
import type { Brief } from '../../../schemas/brief';
import type { Rule, Valid, ValidationContext } from '../context';
import type { Draft } from '../types';

const years = (text: string): number[] => [...text.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));

function check(ctx: ValidationContext, { entry, data }: Valid<Brief>): Draft[] {
  return data.figures.flatMap((figure, i) => {
    const source = figure.source ? data.sources.find((s) => s.id === figure.source) : undefined;
    if (!source) return [];
    const said = Math.max(...years(`${figure.label} ${figure.value}`));
    const covered = years(source.label);
    if (!Number.isFinite(said) || covered.length === 0 || covered.some((y) => y >= said)) return [];
    return [
      ctx.atPath(
        'chiffres/annee-source',
        'warning',
        entry,
        ['figures', i, 'label'],
        {
          what: `le chiffre « ${figure.value} » porte sur ${said}, mais sa source, « ${source.label} », s'arrête à ${Math.max(...covered)}.`,
          why: "un lecteur qui remonte à la source n'y trouvera pas ce chiffre pour cette année.",
          fix: "vérifiez l'année et la source dans le document publié ; s'il les donne bien ainsi, acquittez ce constat (« acknowledgements » de l'appel concerné) pour en avertir les lecteurs.",
        },
        { targetPath: ['figures', i] },
      ),
    ];
  });
}

export const figureRules: Rule = (ctx) => ctx.briefs().flatMap((brief) => check(ctx, brief));
