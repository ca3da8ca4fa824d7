/**
 * The kit worker: a thread that builds application kits (DOCX, ICS, JSON, ZIP) while the
 * build's main thread renders pages, so that the kits are made on the machine's other core.
 * It receives prepared kit sources (`KitSource`, plain data), writes each kit's files into the
 * built site (`writeKit`, when given the build's output folder) and answers with the kit's
 * listing (names and sizes: the pages need no bytes);
 * `./thread.ts` is the main thread's side.
 *
 * Node runs this file from its TypeScript source (type stripping, no bundler): its own imports
 * name their `.ts` files, and `resolveTypeScript` resolves the extensionless imports of the
 * kit modules, which are loaded after the hook is in place.
 */
import { registerHooks } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { resolveTypeScript } from './worker-resolve.ts';
import type { KitRequest, KitAnswer, KitThreadOptions } from './thread.ts';

registerHooks({ resolve: resolveTypeScript });
const { makeKit } = await import('./index.ts');
const { kitListing, writeKit } = await import('./files.ts');
const { outDir } = (workerData ?? {}) as KitThreadOptions;

const port = parentPort;
if (!port) throw new Error('kit worker: run as a worker thread');
port.on('message', (request: KitRequest) => {
  let answer: KitAnswer;
  try {
    const kit = makeKit(request.source);
    if (outDir) writeKit(outDir, kit);
    answer = { id: request.id, listing: kitListing(kit) };
  } catch (error) {
    answer = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(answer);
});
