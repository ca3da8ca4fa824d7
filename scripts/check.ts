/**
 * `npm run check`: checks the content folder and prints every problem at once.
 *
 *   npm run check                       # checks content/
 *   npm run check -- --content <dir>    # another content folder
 *   npm run check -- --format json      # machine-readable report
 *   npm run check -- --tout             # acknowledged findings in full, not one line
 *
 * Exit code: 0 without errors (warnings allowed), 1 with errors, 2 on a usage error.
 * `runCheck()` checks and prints in one call, for scripts that need it.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/paths';
import { useColour } from '../src/lib/validate/report/index';
import { validateAndReport } from '../src/lib/validate/run';

export interface CheckOptions {
  /** Content folder, absolute or relative to the current directory. */
  contentDir: string;
  format: 'text' | 'json';
  /** Print nothing when there is no finding at all. */
  quietWhenClean?: boolean;
  /** Show acknowledged findings in full (`--tout`). */
  all?: boolean;
}

/** Checks the content, prints the report on stdout; true when there is no error. */
export async function runCheck({
  contentDir,
  format,
  quietWhenClean = false,
  all = false,
}: CheckOptions): Promise<boolean> {
  const run = await validateAndReport(contentDir, {
    env: process.env,
    format,
    colour: useColour(process.stdout, process.env),
    annotations: format === 'text' && Boolean(process.env['CI']),
    all,
    quietWhenClean,
  });
  process.stdout.write(run.report);
  return run.result.ok;
}

const usage = `Usage : npm run check -- [--content <dossier>] [--format text|json] [--tout]

  --content <dossier>  dossier de contenu à vérifier (par défaut : content)
  --format text|json   rapport lisible (par défaut) ou JSON pour les outils
  --tout               montre aussi en détail les constats reconnus (acquittés)
`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        content: { type: 'string', default: contentDir() },
        format: { type: 'string', default: 'text' },
        tout: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    process.stderr.write(`Format inconnu : « ${values.format} » (text ou json).\n\n${usage}`);
    return 2;
  }
  return (await runCheck({ contentDir: values.content, format: values.format, all: values.tout })) ? 0 : 1;
}

const invokedDirectly = (() => {
  try {
    return (
      process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
    );
  } catch {
    return false;
  }
})();

if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
