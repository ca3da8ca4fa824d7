/**
 * Replacing the output folder in one atomic step.
 *
 * A directory cannot be renamed over a non-empty one, and Node cannot reach Linux's
 * `renameat2(RENAME_EXCHANGE)`; two renames (old away, new in) leave a moment with no
 * `dist/`. So `dist` is a symbolic link to a versioned build folder, and publishing a build
 * is one `rename(2)` of a fresh link over it, which POSIX makes atomic: a reader (a web
 * server, a test) sees the old site or the new one, never nothing.
 *
 *   dist -> .guichet-build-dist/build-<time>-<pid>/     (the published build)
 *   .guichet-build-dist/build-<time>-<pid>/             (a build being made, until published)
 *
 * Trade-offs: `dist` is a link, so copying it for deployment must follow it
 * (`rsync -a dist/ …`, `cp -rL dist …`; a plain `cp -r dist` copies the link). The first
 * build over a real `dist/` folder (older versions, or a folder made by hand) moves it
 * aside first: that one time, there is a moment without `dist`. Each build folder sits
 * beside `dist`, on the same file system, so every move is a rename.
 *
 * The build `dist` pointed to before is kept until the next build starts: a reader that
 * resolved the old link an instant before the swap can still open its files (deleting it
 * at once made such reads fail under load). So two builds sit on disk between builds.
 *
 * A build killed midway leaves its folder behind; the next build clears every folder of
 * the staging area that `dist` does not point to.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

/** The staging area of an output folder: `.guichet-build-<name>` beside it. */
export function stagingArea(dist: string): string {
  return join(dirname(dist), `.guichet-build-${basename(dist)}`);
}

/** The build folder `dist` points to, or undefined when it is not a link (or absent). */
export function publishedFolder(dist: string): string | undefined {
  try {
    if (!lstatSync(dist).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  return resolve(dirname(dist), readlinkSync(dist));
}

/**
 * Clears what killed builds left in the staging area (everything but the published build)
 * and returns a new, empty build folder to build into. `id` names it (default: time and pid).
 */
export function prepareStaging(dist: string, id = `${Date.now()}-${process.pid}`): string {
  const area = stagingArea(dist);
  mkdirSync(area, { recursive: true });
  const keep = publishedFolder(dist);
  for (const name of readdirSync(area)) {
    const path = join(area, name);
    if (path !== keep) rmSync(path, { recursive: true, force: true });
  }
  const staged = join(area, `build-${id}`);
  mkdirSync(staged);
  return staged;
}

/** Drops a build folder that will not be published (the build failed); `dist` is untouched. */
export function discardStaged(staged: string): void {
  rmSync(staged, { recursive: true, force: true });
}

/**
 * Publishes `staged` as `dist` with one rename of a symbolic link. The previously published
 * build stays until the next `prepareStaging()`; anything older goes now. `staged` must come
 * from `prepareStaging(dist)`.
 */
export function publishStaged(dist: string, staged: string): void {
  const area = stagingArea(dist);
  if (dirname(staged) !== area) throw new Error(`${staged} is not a build folder of ${dist}`);
  const previous = publishedFolder(dist);
  if (existsSync(dist) && previous === undefined) {
    // A real folder (first build with this scheme): move it aside; the one non-atomic step.
    renameSync(dist, join(area, 'previous-folder'));
  }
  const link = join(area, 'next-link');
  rmSync(link, { force: true });
  symlinkSync(relative(dirname(dist), staged), link, 'dir');
  renameSync(link, dist);
  for (const name of readdirSync(area)) {
    const path = join(area, name);
    if (path !== staged && path !== previous) rmSync(path, { recursive: true, force: true });
  }
}
