/**
 * `npm run publish`: records what is published. For every call (or the slugs given), writes
 * `published/<slug>.json` in the content folder: a new version when the call's data or its
 * amendments changed since the last one, nothing otherwise. Refuses while `npm run check`
 * reports an error, so that an undeclared change is never recorded as published.
 *
 *   npm run publish                        # every call
 *   npm run publish -- terriens            # one call
 *   npm run publish -- --refresh           # rewrite the last version without adding one
 *   npm run publish -- --content <dir>     # another content folder
 *
 * `--refresh` is for a change of the site's data format (a field added to the schema, say),
 * never for a change of the call: it replaces the last recorded version's data with the
 * current data, and ignores `modifications/non-declaree` findings while doing so.
 * Dates come from the content (`updated`, amendments), never from the clock.
 */
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { callSchema } from '../src/schemas/call';
import { formatDay } from '../src/lib/shared/dates';
import { useColour } from '../src/lib/validate/report/index';
import { validateAndReport } from '../src/lib/validate/run';
import { contentDir as defaultContentDir } from '../src/lib/paths';
import { lastVersion, loadRecord, publishRecord, recordPath, recordText } from '../src/lib/amendments/record';

const usage = `Usage : npm run publish -- [<appel>…] [--refresh] [--content <dossier>]

  <appel>              identifiant d'un appel à enregistrer (par défaut : tous)
  --refresh            réécrit la dernière version enregistrée sans en ajouter
                       (après un changement du format des données, jamais de l'appel)
  --content <dossier>  dossier de contenu (par défaut : content)
`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        content: { type: 'string', default: defaultContentDir() },
        refresh: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const root = resolve(values.content);
  // Read and checked once: the calls recorded are the entries just validated.
  const run = await validateAndReport(root, {
    format: 'text',
    colour: useColour(process.stdout, process.env),
    annotations: false,
  });
  const blocking = run.result.findings.filter(
    (f) => f.severity === 'error' && !(values.refresh && f.rule === 'modifications/non-declaree'),
  );
  if (blocking.length > 0) {
    process.stdout.write(run.report);
    console.error('\nRien n’est enregistré : corrigez d’abord les erreurs ci-dessus (npm run check).');
    return 1;
  }
  const calls = run.entries.filter((e) => e.collection === 'calls');
  const unknown = positionals.filter((slug) => !calls.some((c) => c.id === slug));
  if (unknown.length > 0) {
    console.error(
      `Appel introuvable : ${unknown.join(', ')} (fichiers attendus dans ${relative(process.cwd(), root)}/calls/).`,
    );
    return 2;
  }
  for (const entry of calls) {
    if (positionals.length > 0 && !positionals.includes(entry.id)) continue;
    const call = callSchema.parse(entry.raw);
    const path = recordPath(root, entry.id);
    const previous = loadRecord(root, entry.id);
    const next = publishRecord(previous, entry.id, call, { refresh: values.refresh });
    const text = recordText(next);
    const shown = relative(process.cwd(), path);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) {
      console.log(`${entry.id} : inchangé (${shown})`);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    const version = lastVersion(next);
    const what =
      values.refresh && previous ? 'dernière version réécrite' : `version ${next.versions.length} enregistrée`;
    console.log(`${entry.id} : ${what}, datée du ${formatDay(version.date, { weekday: false })} (${shown})`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
