/**
 * The main thread's side of the kit worker (`./worker.ts`). The guichet integration starts one
 * worker when a build starts (`openKitThread`) and stops it when the build is done
 * (`closeKitThread`); the query module asks it for kits (`kitThread()?.build(source)`). It lives
 * in a slot on `globalThis`: the integration and the pages run in one process but not in one
 * module graph. Without a worker (`astro dev`, tests) kits are made in the calling thread.
 */
import { Worker } from 'node:worker_threads';
import type { KitSource } from './source';
import type { KitListing } from './types';

/** What the worker is given when it starts. */
export interface KitThreadOptions {
  /** The build's output folder: each kit's files are written there as soon as it is built. */
  outDir?: string;
}

/** What the main thread sends: a kit to build. */
export interface KitRequest {
  id: number;
  source: KitSource;
}

/** What the worker answers: the kit, or the error that stopped it. */
export type KitAnswer = { id: number; listing: KitListing } | { id: number; error: string };

interface Waiting {
  resolve: (listing: KitListing) => void;
  reject: (error: Error) => void;
}

/** One worker thread building kits, answering requests in any order by their id. */
export class KitThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private next = 0;
  private failure: Error | undefined;
  private drained: (() => void) | undefined;

  constructor(workerFile: string, options: KitThreadOptions = {}) {
    this.worker = new Worker(workerFile, { workerData: options });
    // An idle worker must not keep the build's process alive; a busy one must.
    this.worker.unref();
    this.worker.on('message', (answer: KitAnswer) => {
      const waiting = this.waiting.get(answer.id);
      if (!waiting) return;
      this.settled(answer.id);
      if ('listing' in answer) waiting.resolve(answer.listing);
      else waiting.reject(new Error(`Dossier de candidature : ${answer.error}`));
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`le fil des dossiers de candidature s’est arrêté (code ${code})`)));
  }

  /** The listing of the kit made from `source`, built (and written, with `outDir`) in the worker. */
  build(source: KitSource): Promise<KitListing> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next++;
    return new Promise<KitListing>((resolve, reject) => {
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, source } satisfies KitRequest);
    });
  }

  private settled(id: number): void {
    this.waiting.delete(id);
    if (this.waiting.size > 0) return;
    this.worker.unref();
    this.drained?.();
    this.drained = undefined;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const [id, waiting] of this.waiting) {
      this.settled(id);
      waiting.reject(this.failure);
    }
  }

  /** Waits for the kits asked for (and their files written), then stops the worker. */
  async close(): Promise<void> {
    if (this.waiting.size > 0) await new Promise<void>((done) => (this.drained = done));
    this.failure ??= new Error('le fil des dossiers de candidature est fermé');
    await this.worker.terminate();
  }
}

const SLOT = Symbol.for('guichet.kitThread');
type Slot = { [SLOT]?: KitThread };

/** Starts the build's kit worker from `workerFile` (the path of `./worker.ts`). */
export function openKitThread(workerFile: string, options: KitThreadOptions = {}): KitThread {
  const thread = new KitThread(workerFile, options);
  (globalThis as Slot)[SLOT] = thread;
  return thread;
}

/** The build's kit worker, if a build is running. */
export function kitThread(): KitThread | undefined {
  return (globalThis as Slot)[SLOT];
}

/** Stops the build's kit worker, if there is one, once the kits asked for are written. */
export async function closeKitThread(): Promise<void> {
  const slot = globalThis as Slot;
  const thread = slot[SLOT];
  delete slot[SLOT];
  await thread?.close();
}
