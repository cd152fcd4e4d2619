import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bootDatabase } from "@/lib/server/cli/boot";
import { createDb, type TDb } from "@/lib/server/db/client";
import { announceFromOutside } from "@/lib/server/http/change-relay";
import { tokenHeaders } from "../support/accounts";
import { freePort, waitForHttp } from "../support/process";
import { runAdmin, withDatabase } from "../support/scratch-db";

/**
 * Two instances of the app, as behind a load balancer: one PostgreSQL database, one Redis (Debian's
 * redis-server, started here on its own port), each instance with its own cache of rendered public
 * responses. An approval on one must refresh what the other serves, within a second.
 */
const REDIS_SERVER = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";
const serverUrl = process.env.DATABASE_URL;
const ROOT = path.resolve(import.meta.dirname, "../..");
const CODE = "industrial-value-added-growth";
const PERIOD = "2020-12";

const children: ChildProcess[] = [];
let db: TDb;
let redisUrl: string;
const prefix = `siping-test-${process.pid}:`;
const dbName = `siping_multi_${process.pid}`;
const bases: string[] = [];

async function startRedis(): Promise<string> {
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  children.push(child);
  const url = `redis://127.0.0.1:${port}`;
  const client = createClient({ url, socket: { reconnectStrategy: (retries) => (retries > 50 ? new Error("redis-server did not start") : 100) } });
  await client.connect();
  await client.quit();
  return url;
}

async function startInstance(databaseUrl: string): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "lib/server/cli/serve.ts", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix },
    stdio: ["ignore", "inherit", "inherit"],
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/api/v1/indicators`, child, 90_000);
  return base;
}

async function get(base: string, target: string): Promise<{ status: number; cache: string | null; etag: string | null; text: string }> {
  const res = await fetch(`${base}${target}`);
  return { status: res.status, cache: res.headers.get("x-cache"), etag: res.headers.get("etag"), text: await res.text() };
}

describe.skipIf(!serverUrl)("two instances, one database, one Redis", () => {
  beforeAll(async () => {
    if (!existsSync(REDIS_SERVER)) throw new Error(`${REDIS_SERVER} is missing: apt-get install redis-server (the test needs Debian's redis-server).`);
    redisUrl = await startRedis();
    await runAdmin(serverUrl!, `CREATE DATABASE "${dbName}"`);
    const booted = await bootDatabase({ databaseUrl: withDatabase(serverUrl!, dbName), dataDir: "", seedDemo: "true" });
    db = createDb(booted.url);
    bases.push(...(await Promise.all([startInstance(booted.url), startInstance(booted.url)])));
  }, 240_000);

  afterAll(async () => {
    // The instances first, then Redis, so no client sees its server vanish.
    const [redisServer, ...instances] = children;
    for (const child of instances) child.kill("SIGTERM");
    await Promise.all(instances.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once("exit", resolve)) : undefined)));
    redisServer?.kill("SIGTERM");
    await db?.$disconnect();
    if (serverUrl) await runAdmin(serverUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  });

  it("an approval on one instance refreshes the public answers of the other within a second", async () => {
    const [a, b] = bases as [string, string];
    const target = `/api/v1/indicators/${CODE}?year=2020`;
    const progress = `/api/v1/progress?year=2020`;
    // Both instances serve the public answers from their caches.
    for (const base of [a, b]) for (const t of [target, progress]) await get(base, t);
    const before = await get(b, target);
    expect(before.cache).toBe("hit");
    expect((await get(b, progress)).cache).toBe("hit");
    expect((JSON.parse(before.text) as { figures: { period: string }[] }).figures.some((f) => f.period === PERIOD)).toBe(false);

    // Next's data cache lives in Redis, under this deployment's prefix, shared by both.
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    const keys = await redis.keys(`${prefix}next:*`).finally(() => redis.quit());
    expect(keys.length).toBeGreaterThan(0);

    const official = await tokenHeaders(db, "multi-official", "official", "stats");
    const leader = await tokenHeaders(db, "multi-leader", "leader");
    const put = await fetch(`${a}/api/v1/figures/${CODE}/${PERIOD}`, { method: "PUT", headers: official, body: JSON.stringify({ value: 6.4, version: 0, explanation: "年末回升" }) });
    expect(put.status).toBe(200);
    expect((await fetch(`${a}/api/v1/figures/${CODE}/${PERIOD}/submit`, { method: "POST", headers: official, body: "{}" })).status).toBe(200);
    // Not approved yet: nothing public has changed, on either instance.
    expect((await get(b, target)).cache).toBe("hit");

    const approve = await fetch(`${a}/api/v1/figures/${CODE}/${PERIOD}/approve`, { method: "POST", headers: leader, body: "{}" });
    expect(approve.status).toBe(200);
    const approvedAt = Date.now();
    let after = await get(b, target);
    while (!after.text.includes(`"period":"${PERIOD}"`) && Date.now() - approvedAt < 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await get(b, target);
    }
    const elapsed = Date.now() - approvedAt;
    console.log(`instance B served the approved figure ${elapsed} ms after the approval on instance A`);
    const figure = (JSON.parse(after.text) as { figures: { period: string; value: number }[] }).figures.find((f) => f.period === PERIOD);
    expect(figure?.value).toBe(6.4);
    expect(elapsed).toBeLessThan(1_000);
    expect(after.etag).not.toBe(before.etag);
    // The progress answer of B was emptied too, and A's own cache as well.
    const progressAfter = JSON.parse((await get(b, progress)).text) as { indicators: { code: string; period: string | null }[] };
    expect(progressAfter.indicators.find((i) => i.code === CODE)?.period).toBe(PERIOD);
    expect((await get(a, target)).text).toContain(`"period":"${PERIOD}"`);
  }, 60_000);

  it("a change made outside the servers (the CLI's demo removal) empties every instance's caches through Redis", async () => {
    const target = "/api/v1/results?year=2019";
    for (const base of bases) await get(base, target);
    for (const base of bases) expect((await get(base, target)).cache).toBe("hit");
    expect(await announceFromOutside({ redisUrl, keyPrefix: prefix })).toBe(true);
    const started = Date.now();
    const misses = await Promise.all(
      bases.map(async (base) => {
        let answer = await get(base, target);
        while (answer.cache === "hit" && Date.now() - started < 5_000) answer = await get(base, target);
        return answer.cache;
      }),
    );
    expect(misses).toEqual(["miss", "miss"]);
    expect(await announceFromOutside({ redisUrl: undefined, keyPrefix: prefix })).toBe(false);
  }, 30_000);
});
