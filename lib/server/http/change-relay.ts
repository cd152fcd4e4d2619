import { randomUUID } from "node:crypto";
import { createClient } from "redis";

export interface TChangeRelay {
  /** Tells the other instances that the public data changed. */
  publish(): void;
  close(): Promise<void>;
}

export interface TChangeRelayOptions {
  redisUrl: string | undefined;
  /** Instances that share a prefix share the channel (REDIS_KEY_PREFIX). */
  keyPrefix: string;
  /** Another instance published a change. */
  onRemoteChange: () => void;
}

/**
 * Public changes between instances behind one load balancer, over Redis publish/subscribe: each
 * instance empties its rendered-response cache when another announces a change (the data cache
 * itself is shared in Redis, see next-cache-handler.mjs). Without REDIS_URL there is one instance
 * and nothing to relay.
 */
export async function createChangeRelay({ redisUrl, keyPrefix, onRemoteChange }: TChangeRelayOptions): Promise<TChangeRelay> {
  if (!redisUrl) return { publish: () => undefined, close: async () => undefined };
  const channel = `${keyPrefix}public-changes`;
  const instance = randomUUID();
  const publisher = createClient({ url: redisUrl, pingInterval: 10_000 });
  const subscriber = publisher.duplicate();
  for (const client of [publisher, subscriber]) client.on("error", (error: Error) => console.error(`Public change relay (Redis): ${error.message}`));
  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(channel, (message) => {
    if (message !== instance) onRemoteChange();
  });
  return {
    publish: () => {
      publisher.publish(channel, instance).catch((error: unknown) => console.error(`Public change relay: could not publish (${error instanceof Error ? error.message : String(error)})`));
    },
    close: async () => {
      await Promise.allSettled([subscriber.quit(), publisher.quit()]);
    },
  };
}

/**
 * For a process outside the app servers (the CLI after `demo remove`): empties the shared data cache
 * under the prefix and tells every instance to empty its rendered cache. Returns false without
 * Redis, when a running instance cannot be reached from here.
 */
export async function announceFromOutside({ redisUrl, keyPrefix }: Omit<TChangeRelayOptions, "onRemoteChange">): Promise<boolean> {
  if (!redisUrl) return false;
  const client = createClient({ url: redisUrl });
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}next:*`, COUNT: 500 })) if (keys.length > 0) await client.unlink(keys);
    await client.publish(`${keyPrefix}public-changes`, "cli");
    return true;
  } finally {
    await client.quit();
  }
}
