import { AsyncLocalStorage } from "node:async_hooks";

/** What one request did: set when a route commits a change the public can see. */
export interface TChangeScope {
  changed: boolean;
}

interface TChangeBus {
  /** The request being handled, opened by the app server around Next's handler. */
  scope: AsyncLocalStorage<TChangeScope>;
  /** Told of a public change outside any request scope (no app server in front, e.g. `next dev` alone). */
  listeners: Set<() => void>;
}

const KEY = Symbol.for("siping.publicChangeBus");

/**
 * One bus per process, kept on globalThis: the app server (loaded by tsx) and the route handlers
 * (bundled by Next) load this module separately and must still meet on the same object.
 */
export function publicChangeBus(): TChangeBus {
  const holder = globalThis as typeof globalThis & { [KEY]?: TChangeBus };
  holder[KEY] ??= { scope: new AsyncLocalStorage<TChangeScope>(), listeners: new Set() };
  return holder[KEY];
}

/**
 * Marks the current request as having changed what the public sees. The app server acts on it once
 * the response is finished, that is after Next has revalidated its cache tags (Next holds the end
 * of the response until then), so nothing can refill a cache from the old data in between.
 */
export function markPublicChange(): void {
  const bus = publicChangeBus();
  const scope = bus.scope.getStore();
  if (scope) scope.changed = true;
  else for (const listener of bus.listeners) listener();
}
