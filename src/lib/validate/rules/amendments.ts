/**
 * Amendment rules: a published call changes only when the change is declared.
 * - `modifications/ordre` (error): amendments are not in date order (oldest first).
 * - `modifications/date-future` (error): an amendment is dated after the site's `today`
 *   (`content/site.yaml`, or `GUICHET_TODAY`).
 * - `modifications/enregistrement` (error): the record `published/<slug>.json` cannot be read;
 *   (warning) a record names no call (renamed or removed).
 * - `modifications/historique` (error): an amendment the record holds was removed or re-dated.
 * - `modifications/date-amendement` (error): an amendment not yet recorded is dated before the
 *   last recorded version.
 * - `modifications/non-declaree` (error): a field differs from the last recorded version and no
 *   amendment since that version declares it; one finding per change, at the changed field,
 *   with the old and new values. Cannot be acknowledged: the fix is an amendment.
 * - `modifications/date-limite-avancee` (error): the deadline is earlier than the recorded one,
 *   and the call had opened by the day of the change (the last new amendment, else `today`).
 *   Acknowledge it (target `calendar[i].date`) to keep it: its reason is shown to readers.
 * A call without a record (never published) is not compared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { Call } from '../../../schemas/call';
import type { FuzzyDate } from '../../../schemas/date';
import { diffCalls, type Change } from '../../amendments/diff';
import { lastVersion, parseRecord, RECORD_DIR, recordPath, snapshotOf, type CallRecord } from '../../amendments/record';
import { formatDay, formatFuzzyDate, interval } from '../../shared/dates';
import type { Rule, Valid, ValidationContext } from '../context';
import { formatPath } from '../data-path';
import type { ContentEntry, Draft } from '../types';

/** The build's day: `GUICHET_TODAY`, else `today` in `site.yaml` (undefined when neither is set). */
function todayOf(ctx: ValidationContext): string | undefined {
  const env = process.env['GUICHET_TODAY'];
  if (env && /^\d{4}-\d{2}-\d{2}$/.test(env)) return env;
  const site = ctx.get('site', 'site')?.data as { today?: string } | undefined;
  return site?.today;
}

const day = (iso: string) => formatDay(iso, { weekday: false });

function orderAndFuture(ctx: ValidationContext, { entry, data }: Valid<Call>, today: string | undefined): Draft[] {
  const drafts: Draft[] = [];
  data.amendments.forEach((a, i) => {
    const previous = data.amendments[i - 1];
    if (previous && a.date < previous.date) {
      drafts.push(
        ctx.atPath('modifications/ordre', 'error', entry, ['amendments', i, 'date'], {
          what: `la modification n° ${i + 1} est datée du ${day(a.date)}, avant la précédente (${day(previous.date)}).`,
          why: "l'historique de l'appel se lit dans l'ordre : la plus ancienne modification d'abord, la plus récente à la fin.",
          fix: 'vérifiez la date, ou placez cette modification à son rang dans la liste « amendments ».',
        }),
      );
    }
    if (today && a.date > today) {
      drafts.push(
        ctx.atPath('modifications/date-future', 'error', entry, ['amendments', i, 'date'], {
          what: `la modification n° ${i + 1} est datée du ${day(a.date)}, après le jour de la publication du site (${day(today)}).`,
          why: 'le site annoncerait une modification qui n’a pas encore eu lieu ; les statuts, eux, sont calculés pour le jour du site.',
          fix: 'datez la modification du jour où elle est publiée, ou avancez « today » dans content/site.yaml (ou GUICHET_TODAY) à ce jour.',
        }),
      );
    }
  });
  return drafts;
}

/** A finding in the record file itself (not acknowledgeable). */
function recordFinding(
  entry: ContentEntry,
  path: string,
  source: string,
  what: string,
  severity: Draft['severity'] = 'error',
  fix = 'restaurez la version de ce fichier enregistrée dans l’historique du dépôt (git), sans la modifier à la main ; il est écrit par « npm run publish ».',
): Draft {
  const file = posix.join(posix.dirname(posix.dirname(entry.file)), RECORD_DIR, `${entry.id}.json`);
  // Its place is an offset in the record file: no YAML of its own.
  const recordEntry: ContentEntry = { ...entry, absPath: path, file, source, yamlText: '' };
  return {
    rule: 'modifications/enregistrement',
    severity,
    entry: recordEntry,
    place: { offset: 0, length: 1 },
    target: `${RECORD_DIR}/${entry.id}.json`,
    what,
    why: "ce fichier garde ce qui a été publié ; sans lui, les changements de l'appel ne peuvent pas être vérifiés.",
    fix,
    calls: [],
  };
}

function readRecord(entry: ContentEntry, drafts: Draft[]): CallRecord | undefined {
  const path = recordPath(join(dirname(entry.absPath), '..'), entry.id);
  if (!existsSync(path)) return undefined;
  const source = readFileSync(path, 'utf8');
  const result = parseRecord(source);
  if ('error' in result) {
    drafts.push(recordFinding(entry, path, source, `${result.error}.`));
    return undefined;
  }
  if (result.record.slug !== entry.id) {
    drafts.push(
      recordFinding(
        entry,
        path,
        source,
        `le fichier est celui de l'appel « ${result.record.slug} », pas de « ${entry.id} ».`,
      ),
    );
    return undefined;
  }
  return result.record;
}

function history(ctx: ValidationContext, { entry, data }: Valid<Call>, record: CallRecord): Draft[] {
  const i = record.amendments.findIndex((a, k) => data.amendments[k]?.date !== a.date);
  if (i < 0) return [];
  const recorded = record.amendments[i]!;
  const present = data.amendments[i];
  return [
    ctx.atPath('modifications/historique', 'error', entry, present ? ['amendments', i, 'date'] : ['amendments'], {
      what: present
        ? `la modification n° ${i + 1} a été publiée datée du ${day(recorded.date)} ; elle est maintenant datée du ${day(present.date)}.`
        : `la modification n° ${i + 1} (${day(recorded.date)} : « ${recorded.summary} ») a été publiée, mais ne figure plus dans « amendments ».`,
      why: "l'historique publié d'un appel ne se réécrit pas : les lecteurs et les agendas abonnés l'ont déjà reçu.",
      fix: `remettez cette modification à sa place, datée du ${recorded.date}, et ajoutez les nouvelles modifications à la fin de la liste.`,
    }),
  ].map((d) => ({ ...d, calls: [] }));
}

const deadlineIndex = (calendar: unknown): number =>
  Array.isArray(calendar) ? calendar.findIndex((m) => (m as { kind?: unknown })?.kind === 'deadline') : -1;

function deadlineMoved(
  ctx: ValidationContext,
  { entry, data }: Valid<Call>,
  published: Record<string, unknown>,
  changeDay: string | undefined,
): Draft[] {
  const oldCalendar = published['calendar'] as { kind?: string; date: FuzzyDate }[] | undefined;
  const o = deadlineIndex(oldCalendar);
  const n = deadlineIndex(data.calendar);
  if (o < 0 || n < 0) return [];
  const before = oldCalendar![o]!.date;
  const after = data.calendar[n]!.date;
  if (interval(after).latest >= interval(before).latest) return [];
  const opening = oldCalendar!.find((m) => m.kind === 'opening');
  const opened = !opening || !changeDay || interval(opening.date).earliest <= changeDay;
  if (!opened) return [];
  return [
    ctx.atPath('modifications/date-limite-avancee', 'error', entry, ['calendar', n, 'date'], {
      what: `la date limite est avancée du ${formatFuzzyDate(before)} au ${formatFuzzyDate(after)}, alors que l'appel était ouvert.`,
      why: 'des territoires préparent leur candidature pour la date publiée : l’avancer peut les priver du temps annoncé.',
      fix: `si l'appel publié avance bien sa date limite, acquittez ce constat (« acknowledgements », règle « modifications/date-limite-avancee », cible « ${formatPath(['calendar', n, 'date'])} ») avec une raison que les lecteurs verront ; sinon, rétablissez la date publiée.`,
    }),
  ];
}

/** « Critère de sélection « Critère 5 » : « ancien » → « nouveau » » as the start of a sentence. */
function changeSentence(change: Change): string {
  if (change.before === undefined) return `${change.label} : « ${change.after ?? ''} », ajouté`;
  if (change.after === undefined) return `${change.label} : « ${change.before} », retiré`;
  return `${change.label} : « ${change.before} » → « ${change.after} », changé`;
}

function check(ctx: ValidationContext, call: Valid<Call>, today: string | undefined): Draft[] {
  const { entry, data } = call;
  const drafts = orderAndFuture(ctx, call, today);
  const record = readRecord(entry, drafts);
  if (!record) return drafts;
  drafts.push(...history(ctx, call, record));
  const last = lastVersion(record);
  const fresh = data.amendments.slice(last.amendments);
  fresh.forEach((a, k) => {
    if (a.date >= last.date) return;
    const i = last.amendments + k;
    drafts.push(
      ctx.atPath('modifications/date-amendement', 'error', entry, ['amendments', i, 'date'], {
        what: `la modification n° ${i + 1} est datée du ${day(a.date)}, avant la dernière version publiée de l'appel (${day(last.date)}).`,
        why: 'une modification déclare un changement fait depuis la dernière publication : elle ne peut pas la précéder.',
        fix: `datez-la du jour où elle est publiée (le ${day(last.date)} au plus tôt).`,
      }),
    );
  });
  const orgs = new Map(ctx.valid<{ name: string }>('organisations').map((o) => [o.entry.id, o.data.name]));
  const changes = diffCalls(last.call, snapshotOf(data), { orgName: (id) => orgs.get(id) ?? id });
  if (fresh.length === 0) {
    for (const change of changes) {
      const d = ctx.atPath('modifications/non-declaree', 'error', entry, change.where, {
        what: `${changeSentence(change)} depuis la version publiée le ${day(last.date)}, sans modification déclarée.`,
        why: "les lecteurs qui ont lu la page, téléchargé le dossier ou ajouté le calendrier à leur agenda doivent savoir ce qui a changé dans l'appel.",
        fix: `si le changement est voulu, déclarez-le à la fin de « amendments » : « - { date: AAAA-MM-JJ, summary: "…" } » (le jour de la publication, le ${day(last.date)} au plus tôt) ; sinon, rétablissez la valeur publiée.`,
      });
      drafts.push({ ...d, target: formatPath(change.path), calls: [] });
    }
  }
  drafts.push(...deadlineMoved(ctx, call, last.call, fresh.at(-1)?.date ?? today));
  return drafts;
}

/** Records left without a call (a call renamed or removed): its new name is not checked. */
function orphans(ctx: ValidationContext): Draft[] {
  const first = ctx.all('calls')[0];
  if (!first) return [];
  const dir = join(dirname(first.absPath), '..', RECORD_DIR);
  if (!existsSync(dir)) return [];
  const calls = new Set(ctx.ids('calls'));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !calls.has(name.slice(0, -'.json'.length)))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.json'.length);
      const path = join(dir, name);
      return recordFinding(
        { ...first, id },
        path,
        readFileSync(path, 'utf8'),
        `cet enregistrement de publication ne correspond à aucun appel (pas de fichier calls/${id}.mdx).`,
        'warning',
        "si l'appel a été renommé, renommez aussi ce fichier (sinon ses modifications ne sont plus vérifiées) ; s'il a été retiré du site, supprimez ce fichier.",
      );
    });
}

export const amendmentRules: Rule = (ctx) => {
  const today = todayOf(ctx);
  return [...ctx.calls().flatMap((call) => check(ctx, call, today)), ...orphans(ctx)];
};
