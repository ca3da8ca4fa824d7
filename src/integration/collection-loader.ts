/**
 * The loader `src/content.config.ts` gives every collection. It is only a handle: the work
 * (`./loader.ts`: one read and one YAML parse per file, the validator, the store) is done by
 * code the guichet integration registers when Astro loads astro.config.mjs. The content config
 * is also bundled into the built site by Vite; keeping the validator out of it keeps it out of
 * that bundle (and out of Vite's build time).
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** Every collection guichet's loader fills; `src/content.config.ts` declares one per name. */
export const LOADED_COLLECTIONS = ['calls', 'territories', 'briefs', 'faqs', 'organisations'] as const;
export type LoadedCollection = (typeof LOADED_COLLECTIONS)[number];

/** Where the integration registers the loader's work, shared by Node and Vite's module runner. */
export const LOADER_KEY = Symbol.for('guichet.content-loader.load');

type Load = (collection: LoadedCollection, ctx: LoaderContext) => Promise<void>;

export function guichetLoader(collection: LoadedCollection): Loader {
  return {
    name: 'guichet',
    load: (ctx) => {
      const load = (globalThis as { [LOADER_KEY]?: Load })[LOADER_KEY];
      if (!load) {
        throw new Error(
          'Le chargeur de contenu de guichet a besoin de l’intégration guichet : ajoutez guichet() aux « integrations » de astro.config.mjs.',
        );
      }
      return load(collection, ctx);
    },
  };
}
