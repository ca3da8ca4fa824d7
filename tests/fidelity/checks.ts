/**
 * The fidelity checks, as functions over the site's texts (see `siteTexts`), so that a test can
 * run them on dist/ and on a changed copy: the ledger's facts shown where it says, the seed
 * quotes present in the seeds, and no forbidden claim anywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { forbidden, forbiddenWhenClosed } from './forbidden';
import { ledger, SEEDS } from './ledger';
import { flat } from './site-text';

/**
 * The seed documents: `GUICHET_SEEDS_DIR`, else `shared/seeds/` beside the repository (as in
 * CI) or beside its parent folder (a worktree).
 */
export function seedsDir(root: string): string | undefined {
  const candidates = [
    process.env['GUICHET_SEEDS_DIR'],
    join(root, '..', 'shared', 'seeds'),
    join(root, '..', '..', 'shared', 'seeds'),
  ].filter((d): d is string => Boolean(d));
  return candidates.map((d) => resolve(d)).find((d) => existsSync(join(d, SEEDS.i2t)));
}

/** Quotes of the ledger not found in their seed file. */
export function missingQuotes(seeds: string): string[] {
  return ledger
    .filter((f) => !flat(readFileSync(join(seeds, SEEDS[f.seed]), 'utf8')).includes(flat(f.quote)))
    .map((f) => `${SEEDS[f.seed]} : « ${f.quote} » introuvable`);
}

/** Ledger facts not shown where the ledger says, as « path : expected text ». */
export function ledgerFailures(texts: ReadonlyMap<string, string>): string[] {
  return ledger.flatMap((f) =>
    Object.entries(f.shown).flatMap(([path, shown]) => {
      const text = texts.get(path);
      if (text === undefined) return [`${path} : fichier absent (fait « ${f.quote} »)`];
      return text.includes(flat(shown)) ? [] : [`${path} : « ${shown} » absent (fait « ${f.quote} », ${SEEDS[f.seed]})`];
    }),
  );
}

/** Forbidden claims found, as « path : claim (why) ». */
export function forbiddenHits(texts: ReadonlyMap<string, string>): string[] {
  const hits: string[] = [];
  for (const [path, text] of texts) {
    for (const f of forbidden) {
      if (f.within.length && !f.within.some((p) => path.startsWith(p))) continue;
      const m = text.match(f.pattern);
      if (m) hits.push(`${path} : « ${m[0]} » (${f.why})`);
    }
  }
  // A kit whose appel.json says the call no longer takes applications must not read as open.
  for (const [path, text] of texts) {
    const m = /^kits\/([^/]+)\/appel\.json$/.exec(path);
    if (!m || !/"cle": "(clos|en-cours)"/.test(text)) continue;
    for (const [other, body] of texts) {
      if (!other.startsWith(`kits/${m[1]}/`)) continue;
      for (const pattern of forbiddenWhenClosed) {
        const hit = body.match(pattern);
        if (hit) hits.push(`${other} : « ${hit[0]} » (l’appel est clos au jour de la construction)`);
      }
    }
  }
  return hits;
}
