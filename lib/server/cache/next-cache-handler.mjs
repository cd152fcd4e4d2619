// Next.js's cache handler (next.config.js `cacheHandler`): the data cache behind `cachedPublic`.
// With REDIS_URL set, every instance shares it in Redis (the maintained
// @fortedigital/nextjs-cache-handler), so one approval's revalidateTag empties it for all of them;
// without, this single instance keeps it in memory. Plain JavaScript: Next loads it as is.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { createClient } from "redis";

const STATE = Symbol.for("siping.nextCacheHandler");

/** Entries of one build never meet another build's: the build id is part of every key. */
function buildId() {
  try {
    return readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "development";
  }
}

async function configure() {
  const url = process.env.REDIS_URL;
  if (!url || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [createLruHandler()] };
  const client = createClient({ url, pingInterval: 10_000 });
  // A lost connection is retried by the client; meanwhile reads miss and pages render from the database.
  client.on("error", (error) => console.error(`Next cache (Redis): ${error.message}`));
  await client.connect();
  const keyPrefix = `${process.env.REDIS_KEY_PREFIX || "siping:"}next:${buildId()}:`;
  return { handlers: [createRedisHandler({ client, keyPrefix, timeoutMs: 2_000 })] };
}

CacheHandler.onCreation(() => {
  const holder = globalThis;
  holder[STATE] ??= configure().catch((error) => {
    console.error(`Next cache: Redis at REDIS_URL cannot be reached (${error.message}); this instance keeps its cache in memory and will not see other instances' changes.`);
    return { handlers: [createLruHandler()] };
  });
  return holder[STATE];
});

export default CacheHandler;
