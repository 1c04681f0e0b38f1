/**
 * A cache that lives for one pass of the engine (a fill's writes) and is gone after it: what the
 * page holds may change between passes, and the engine stays loaded in the page.
 */
export interface PassCache<C> {
  /** The cache of the pass running now, or null outside one. */
  current(): C | null;
  /** Runs `f` as a pass (inside one already running, as part of it). */
  run<T>(f: () => T): T;
}

export function passCache<C>(make: () => C): PassCache<C> {
  let current: C | null = null;
  return {
    current: () => current,
    run<T>(f: () => T): T {
      const outer = current;
      current ??= make();
      try {
        return f();
      } finally {
        current = outer;
      }
    },
  };
}
