/**
 * `npm run check`: checks the content folder and prints every problem at once.
 *
 *   npm run check                       # checks content/
 *   npm run check -- --content <dir>    # another content folder
 *   npm run check -- --format json      # machine-readable report
 *
 * Exit code: 0 without errors (warnings allowed), 1 with errors, 2 on a usage error.
 * `runCheck()` checks and prints in one call, for scripts that need it.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { validateContent } from '../src/lib/validate/index';
import { contentDir } from '../src/lib/paths';
import { formatReport, useColour } from '../src/lib/validate/report/index';

export interface CheckOptions {
  /** Content folder, absolute or relative to the current directory. */
  contentDir: string;
  format: 'text' | 'json';
  /** Print nothing when there is no finding at all. */
  quietWhenClean?: boolean;
}

/** Checks the content, prints the report on stdout; true when there is no error. */
export async function runCheck({ contentDir, format, quietWhenClean = false }: CheckOptions): Promise<boolean> {
  const result = await validateContent(contentDir, { env: process.env });
  if (quietWhenClean && result.findings.length === 0) return true;
  process.stdout.write(
    formatReport(result, {
      format,
      colour: useColour(process.stdout, process.env),
      annotations: format === 'text' && Boolean(process.env['CI']),
    }),
  );
  return result.ok;
}

const usage = `Usage : npm run check -- [--content <dossier>] [--format text|json]

  --content <dossier>  dossier de contenu à vérifier (par défaut : content)
  --format text|json   rapport lisible (par défaut) ou JSON pour les outils
`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        content: { type: 'string', default: contentDir() },
        format: { type: 'string', default: 'text' },
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
  return (await runCheck({ contentDir: values.content, format: values.format })) ? 0 : 1;
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
