/** Test helpers on files, written independently of the code under test. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total size in bytes of the files under `dir`. */
export function bytesOnDisk(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((sum, d) => sum + statSync(join(d.parentPath, d.name)).size, 0);
}
