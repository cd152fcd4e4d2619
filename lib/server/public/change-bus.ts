import { AsyncLocalStorage } from "node:async_hooks";

/** What one request did: set when a route commits a change the public can see. */
export interface TChangeScope {
  changed: boolean;
  /** Called once, when the change is marked, before the response is sent. */
  onChange?: () => void;
}

interface TChangeBus {
  /** The request being handled, opened by the app server around Next's handler. */
  scope: AsyncLocalStorage<TChangeScope>;
  /** Told of a public change outside any request scope (no app server in front, e.g. `next dev` alone). */
  listeners: Set<() => void>;
  /** Public loads under way (cachedPublic), shared by whoever asks the same while one runs. */
  loads: Map<string, Promise<unknown>>;
}

const KEY = Symbol.for("siping.publicChangeBus");

/**
 * One bus per process, kept on globalThis: the app server (loaded by tsx) and the route handlers
 * (bundled by Next) load this module separately and must still meet on the same object.
 */
export function publicChangeBus(): TChangeBus {
  const holder = globalThis as typeof globalThis & { [KEY]?: TChangeBus };
  holder[KEY] ??= { scope: new AsyncLocalStorage<TChangeScope>(), listeners: new Set(), loads: new Map() };
  return holder[KEY];
}

/**
 * Marks the current request as having changed what the public sees. The app server empties its
 * caches at once, before the response leaves (a client may read the answer and ask again before the
 * server sees the response finish), and again once it has finished, that is after Next has
 * revalidated its cache tags, so that nothing refilled from the old data in between is kept.
 */
export function markPublicChange(): void {
  const bus = publicChangeBus();
  const scope = bus.scope.getStore();
  if (!scope) {
    for (const listener of bus.listeners) listener();
    return;
  }
  const first = !scope.changed;
  scope.changed = true;
  if (first) scope.onChange?.();
}

/** After a public change: a load that began before it is no longer shared with anyone who asks later. */
export function forgetLoadsInFlight(): void {
  publicChangeBus().loads.clear();
}
