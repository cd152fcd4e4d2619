import { createClient } from "redis";
import { RateLimiterPrisma, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { TDb } from "../db/client";

/** Failed sign-ins allowed per window before further attempts are refused (answered 429). */
export const SIGN_IN_LIMITS = {
  perLogin: { points: 10, seconds: 15 * 60 },
  /** An office may sign in from one address: more room than for a single login. */
  perAddress: { points: 30, seconds: 15 * 60 },
} as const;

export interface TSignInThrottle {
  /** Seconds until a sign-in for this login from this address may be tried again; 0 when allowed. */
  secondsBlocked(key: { login: string; address: string }): Promise<number>;
  recordFailure(key: { login: string; address: string }): Promise<void>;
  recordSuccess(key: { login: string }): Promise<void>;
}

function limiters(make: (prefix: string, limit: { points: number; seconds: number }) => RateLimiterAbstract) {
  return { login: make("signin:login", SIGN_IN_LIMITS.perLogin), address: make("signin:addr", SIGN_IN_LIMITS.perAddress) };
}

/**
 * Counts live where every instance sees them: the database by default (the rate_limits table),
 * or Redis when REDIS_URL is set. Each failure is counted atomically in the store.
 */
export function createSignInThrottle(db: TDb, redisUrl?: string): TSignInThrottle {
  const redis = redisUrl ? createClient({ url: redisUrl }) : null;
  const ready = redis ? redis.connect().then(() => undefined) : Promise.resolve();
  const { login, address } = limiters((keyPrefix, { points, seconds }) =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, useRedisPackage: true, keyPrefix, points, duration: seconds })
      : new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix, points, duration: seconds, clearExpiredByTimeout: false }),
  );

  async function waitFor(limiter: RateLimiterAbstract, key: string): Promise<number> {
    const res = await limiter.get(key);
    if (!res || res.consumedPoints < limiter.points) return 0;
    return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  }

  async function consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
    // consume() rejects with the limiter's state once the limit is passed: still counted.
    await limiter.consume(key).catch((reason: unknown) => {
      if (reason instanceof Error) throw reason;
    });
  }

  return {
    async secondsBlocked(key) {
      await ready;
      const waits = await Promise.all([waitFor(login, key.login), waitFor(address, key.address)]);
      return Math.max(...waits);
    },
    async recordFailure(key) {
      await ready;
      await Promise.all([consume(login, key.login), consume(address, key.address)]);
    },
    async recordSuccess(key) {
      await ready;
      await login.delete(key.login);
    },
  };
}
