/**
 * Content and the build's day do not change during a build, so what many pages and endpoints
 * ask for is computed once and shared (otherwise N call pages each re-sort N calls, and each
 * kit endpoint rebuilds its kit). When `fresh()` says so (`astro dev`), it is computed afresh,
 * so that edits show.
 */

/** A value computed on first use, then shared. */
export function oncePerBuild<T>(compute: () => Promise<T>, fresh: () => boolean): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    if (fresh() || !value) value = compute();
    return value;
  };
}

/** A value per key (a call's id), computed on first use of that key, then shared. */
export function oncePerKey<T>(compute: (key: string) => Promise<T>, fresh: () => boolean): (key: string) => Promise<T> {
  const values = new Map<string, Promise<T>>();
  return (key) => {
    const known = fresh() ? undefined : values.get(key);
    if (known) return known;
    const value = compute(key);
    values.set(key, value);
    return value;
  };
}
