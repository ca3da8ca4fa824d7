/**
 * Where content is read from: `content/` in the project, or the folder named by the
 * `GUICHET_CONTENT_DIR` environment variable (used by tests and the benchmark to build other
 * content with the real pipeline).
 */
import { resolve } from 'node:path';

export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['GUICHET_CONTENT_DIR'] ?? 'content');
}
