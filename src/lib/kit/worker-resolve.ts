/**
 * A module resolution hook for the kit worker (`./worker.ts`), which Node runs from the
 * TypeScript sources with its own type stripping: the kit modules import one another without
 * an extension (`./xml`), as the rest of the code base does for Vite and TypeScript. A
 * relative specifier with no extension, written in a `.ts` file, resolves to the `.ts` file of
 * that name, or to the folder's `index.ts`.
 */
import { existsSync } from 'node:fs';
import type { ResolveHookSync } from 'node:module';
import { fileURLToPath } from 'node:url';

const HAS_EXTENSION = /\.[a-z]+$/i;

export const resolveTypeScript: ResolveHookSync = (specifier, context, nextResolve) => {
  const relativeSpecifier = specifier.startsWith('./') || specifier.startsWith('../');
  if (relativeSpecifier && !HAS_EXTENSION.test(specifier) && context.parentURL?.endsWith('.ts')) {
    for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
      const url = new URL(candidate, context.parentURL);
      if (existsSync(fileURLToPath(url))) return nextResolve(url.href, context);
    }
  }
  return nextResolve(specifier, context);
};
