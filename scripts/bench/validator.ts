/**
 * The validator alone, in one process (no `tsx` start): synthetic content of N calls
 * (`./generate.ts`: 13 files per call), read and checked once, for each N given. Wall time,
 * and the process's CPU time (user + system), which other work on a shared machine disturbs less.
 *
 *   tsx scripts/bench/validator.ts 770,1000,5000
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateContent } from '../../src/lib/validate/index';
import { loadContent } from '../../src/lib/validate/load';
import { generateContent } from './generate';

const root = resolve(import.meta.dirname, '..', '..');
const sizes = (process.argv[2] ?? '770').split(',').map(Number);
for (const n of sizes) {
  const work = mkdtempSync(join(tmpdir(), 'guichet-validator-bench-'));
  const content = join(work, 'content');
  try {
    const generated = generateContent(content, n, join(root, 'content'));
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const loaded = loadContent(content, work);
    const t1 = performance.now();
    const cpu1 = process.cpuUsage(cpu0);
    const result = await validateContent(content, { cwd: work, loaded });
    const t2 = performance.now();
    const cpu2 = process.cpuUsage(cpu0);
    const perFile = ((t2 - t0) / generated.files) * 1000;
    const cpu = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;
    console.log(
      `N = ${n} calls, ${generated.files} files: ${((t2 - t0) / 1000).toFixed(2)} s (read and parse ${((t1 - t0) / 1000).toFixed(2)} s, checks ${((t2 - t1) / 1000).toFixed(2)} s), ${perFile.toFixed(0)} µs per file, ${result.summary.errors} errors; CPU ${cpu(cpu2).toFixed(2)} s (read and parse ${cpu(cpu1).toFixed(2)} s, checks ${(cpu(cpu2) - cpu(cpu1)).toFixed(2)} s)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
