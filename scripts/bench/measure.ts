/** Measuring a child process: wall time and peak memory of its whole process tree (Linux /proc). */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface RunResult {
  ms: number;
  /** Largest sum of the resident memory of the process and its descendants, sampled every 50 ms (bytes). */
  peakTreeRss: number;
  /** Largest peak resident memory (VmHWM) of any single process of the tree (bytes). */
  peakProcessRss: number;
  output: string;
  code: number | null;
}

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  return map;
}

function treeOf(pid: number): number[] {
  const map = children();
  const out: number[] = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    out.push(p);
    stack.push(...(map.get(p) ?? []));
  }
  return out;
}

function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** Runs a command, sampling the memory of its process tree; never rejects. */
export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; echo?: boolean },
): Promise<RunResult> {
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (options.echo) process.stdout.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peakTreeRss = 0;
  let peakProcessRss = 0;
  const sample = () => {
    if (!child.pid) return;
    let sum = 0;
    for (const pid of treeOf(child.pid)) {
      const { rss, hwm } = memoryOf(pid);
      sum += rss;
      peakProcessRss = Math.max(peakProcessRss, hwm);
    }
    peakTreeRss = Math.max(peakTreeRss, sum);
  };
  const timer = setInterval(sample, 50);
  return new Promise((done) => {
    child.on('close', (code) => {
      clearInterval(timer);
      done({ ms: performance.now() - start, peakTreeRss, peakProcessRss, output, code });
    });
  });
}

/** Total size and number of files under a folder (0 when absent). */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return { bytes, files };
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      const sub = folderSize(full);
      bytes += sub.bytes;
      files += sub.files;
    } else if (e.isFile()) {
      bytes += statSync(full).size;
      files++;
    }
  }
  return { bytes, files };
}
