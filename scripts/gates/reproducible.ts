/**
 * Reproducibility gate: two clean builds of the same content give identical dist/ trees.
 * `compareTrees` hashes every file of both trees and says what differs: files only in one
 * tree, and for each differing file its sizes and, for text, the first line that differs.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Dist, urlOf } from './dist';
import { tidy, type Problem } from './types';

const TEXT = /\.(html|css|js|mjs|json|xml|txt|ics|svg|webmanifest|csv|md)$/i;

export function hashTree(dir: string): Map<string, string> {
  const site = new Dist(dir);
  return new Map(site.files.map((f) => [f, createHash('sha256').update(site.bytes(f)).digest('hex')]));
}

/** One hash for a whole tree (paths and contents), to print. */
export function treeDigest(hashes: Map<string, string>): string {
  const h = createHash('sha256');
  for (const [file, hash] of [...hashes].sort(([a], [b]) => a.localeCompare(b))) h.update(`${file}\u0000${hash}\n`);
  return h.digest('hex');
}

export function compareTrees(a: string, b: string): Problem[] {
  const ha = hashTree(a);
  const hb = hashTree(b);
  const problems: Problem[] = [];
  for (const [file, hash] of ha) {
    const other = hb.get(file);
    if (other === undefined) problems.push({ page: urlOf(file), message: 'only in the first build' });
    else if (other !== hash)
      problems.push({ page: urlOf(file), message: describeDifference(join(a, file), join(b, file), file) });
  }
  for (const file of hb.keys())
    if (!ha.has(file)) problems.push({ page: urlOf(file), message: 'only in the second build' });
  return tidy(problems);
}

function describeDifference(fileA: string, fileB: string, name: string): string {
  const a = readFileSync(fileA);
  const b = readFileSync(fileB);
  const sizes = a.length === b.length ? `${a.length} bytes both` : `${a.length} bytes vs ${b.length} bytes`;
  if (!TEXT.test(name)) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return `differs between the two builds (${sizes}; first differing byte at offset ${i})`;
  }
  const la = a.toString('utf8').split('\n');
  const lb = b.toString('utf8').split('\n');
  let line = 0;
  while (line < la.length && line < lb.length && la[line] === lb[line]) line++;
  const x = la[line] ?? '';
  const y = lb[line] ?? '';
  let col = 0;
  while (col < x.length && col < y.length && x[col] === y[col]) col++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, col - 40), col + 60));
  return `differs between the two builds (${sizes}); line ${line + 1}, column ${col + 1}: ${around(x)} vs ${around(y)}`;
}

export interface BuildOptions {
  /** Project root (scripts/build.ts is run from there). */
  root: string;
  /** Output folder. */
  dist: string;
  /** Content folder (GUICHET_CONTENT_DIR); the project's content/ by default. */
  contentDir?: string;
  /** Own cache folder, for a clean build. */
  cacheDir?: string;
  /** More environment variables (e.g. TZ). */
  env?: NodeJS.ProcessEnv;
  /** Prints the build's output when true. */
  verbose?: boolean;
}

/** Runs the real build (`node scripts/build.ts`, as `npm run build` does) into another folder; resolves with its output, rejects when it fails. */
export function runBuild(options: BuildOptions): Promise<string> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    GUICHET_DIST: resolve(options.dist),
    ...(options.contentDir ? { GUICHET_CONTENT_DIR: resolve(options.contentDir) } : {}),
    ...(options.cacheDir ? { GUICHET_CACHE_DIR: resolve(options.cacheDir) } : {}),
  };
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', 'scripts/build.ts'], { cwd: options.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.verbose) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? done(output)
        : fail(new Error(`build into ${options.dist} failed (exit ${code}):\n${output.slice(-3000)}`)),
    );
  });
}

export interface ReproducibleResult {
  problems: Problem[];
  digests: [string, string];
  files: number;
}

/**
 * Builds the content twice, one after the other, into two folders under `work`, each with its
 * own empty cache and a different time zone (so that an output depending on the build
 * machine's clock or zone shows up), and compares the trees.
 */
export async function checkReproducible(options: {
  root: string;
  work: string;
  contentDir?: string;
  verbose?: boolean;
}): Promise<ReproducibleResult> {
  rmSync(options.work, { recursive: true, force: true });
  mkdirSync(options.work, { recursive: true });
  const a = join(options.work, 'a');
  const b = join(options.work, 'b');
  const common = {
    root: options.root,
    ...(options.contentDir ? { contentDir: options.contentDir } : {}),
    ...(options.verbose ? { verbose: true } : {}),
  };
  await runBuild({ ...common, dist: a, cacheDir: join(options.work, 'cache-a'), env: { TZ: 'UTC' } });
  await runBuild({ ...common, dist: b, cacheDir: join(options.work, 'cache-b'), env: { TZ: 'Pacific/Kiritimati' } });
  const problems = compareTrees(a, b);
  return { problems, digests: [treeDigest(hashTree(a)), treeDigest(hashTree(b))], files: new Dist(a).files.length };
}
