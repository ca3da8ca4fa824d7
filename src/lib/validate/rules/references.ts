/**
 * `references/introuvable`: every reference resolves. References are the schema fields
 * built with `ref()` (found by walking each schema with `refTarget`, so new fields are
 * covered without listing them here), plus a brief's `figures[].source`, which names one of
 * its own `sources`.
 * `references/dossier-faq` (warning): a FAQ entry sits in the folder of another call.
 */
import { refTarget } from '../../../schemas/common';
import { layoutOf } from '../collections';
import type { Rule, ValidationContext } from '../context';
import { reaching, walkSchema } from '../schema-walk';
import { closest } from '../similarity';
import type { ContentEntry, Draft, PathSegment } from '../types';

const collectionNames: Record<string, string> = {
  organisations: 'organisations (content/organisations/*.yaml)',
  calls: 'appels (content/calls/*.mdx)',
  territories: 'études de cas (content/territories/*.mdx)',
  briefs: 'actualités (content/briefs/*.mdx)',
  faqs: 'questions (content/faqs/…/*.md)',
};

function missing(
  ctx: ValidationContext,
  entry: ContentEntry,
  path: readonly PathSegment[],
  id: string,
  known: readonly string[],
  kind: string,
): Draft {
  const guess = closest(id, known);
  const list = known.length > 0 ? known.join(', ') : 'aucun';
  return ctx.atPath('references/introuvable', 'error', entry, path, {
    what: `« ${id} » ne désigne aucune entrée parmi les ${kind}.`,
    why: "un lien vers une entrée qui n'existe pas casserait la page, ou ferait disparaître une information.",
    fix: `${guess ? `vouliez-vous dire « ${guess} » ? Identifiants` : 'identifiants'} existants : ${list}.`,
  });
}

/** Whether a schema holds a reference field, at any depth (worked out once per schema). */
const holdsRefs = reaching((schema) => refTarget(schema) !== undefined);

function schemaRefs(ctx: ValidationContext, entry: ContentEntry): Draft[] {
  const drafts: Draft[] = [];
  walkSchema(
    layoutOf(entry.collection).schema,
    entry.raw,
    (schema, value, path, kind) => {
      const target = kind === 'value' ? refTarget(schema) : undefined;
      if (!target || typeof value !== 'string') return;
      if (!ctx.has(target, value))
        drafts.push(missing(ctx, entry, path, value, ctx.ids(target), collectionNames[target] ?? target));
    },
    [],
    holdsRefs,
  );
  return drafts;
}

function figureSources(ctx: ValidationContext, entry: ContentEntry): Draft[] {
  const raw = entry.raw as { figures?: { source?: unknown }[]; sources?: { id?: unknown }[] };
  if (!Array.isArray(raw.figures)) return [];
  const known = (Array.isArray(raw.sources) ? raw.sources : [])
    .map((s) => s?.id)
    .filter((id): id is string => typeof id === 'string');
  return raw.figures.flatMap((figure, i) =>
    typeof figure?.source === 'string' && !known.includes(figure.source)
      ? [
          missing(
            ctx,
            entry,
            ['figures', i, 'source'],
            figure.source,
            known,
            'sources de cette actualité (« sources »)',
          ),
        ]
      : [],
  );
}

function faqFolder(ctx: ValidationContext, entry: ContentEntry): Draft[] {
  const call = (entry.raw as { call?: unknown }).call;
  const folder = entry.id.includes('/') ? entry.id.slice(0, entry.id.indexOf('/')) : undefined;
  if (typeof call !== 'string' || folder === undefined || folder === call) return [];
  return [
    ctx.atPath('references/dossier-faq', 'warning', entry, ['call'], {
      what: `cette question porte sur l'appel « ${call} » mais elle est rangée dans le dossier « faqs/${folder}/ ».`,
      why: 'les questions sont rangées par appel : un autre auteur la chercherait au mauvais endroit.',
      fix: `déplacez le fichier dans « faqs/${call}/ », ou corrigez « call ».`,
    }),
  ];
}

export const referenceRules: Rule = (ctx) =>
  ctx.entries
    .filter((e) => e.raw !== undefined)
    .flatMap((e) => [
      ...schemaRefs(ctx, e),
      ...(e.collection === 'briefs' ? figureSources(ctx, e) : []),
      ...(e.collection === 'faqs' ? faqFolder(ctx, e) : []),
    ]);
