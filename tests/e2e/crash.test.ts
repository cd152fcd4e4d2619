import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/server/accounts/users";
import { createApiToken } from "@/lib/server/auth/tokens";
import { bootDatabase } from "@/lib/server/cli/boot";
import { createDb } from "@/lib/server/db/client";
import { startEmbeddedDb } from "@/lib/server/db/embedded";
import { freePort, waitForHttp } from "../support/process";
import { runAdmin, withDatabase } from "../support/scratch-db";

/**
 * Nothing acknowledged is lost: a burst of figure writes through the real server, `kill -9` of the
 * server's whole process group in the middle of it, a restart, and every write that was answered
 * 200 is in the history with its version and value. Once on the embedded database (npm start,
 * which hosts PGlite), once on PostgreSQL.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const CLI = { userId: null, sessionId: null, tokenId: null, label: "test" };
const CELLS = ["flush-toilets", "happy-communities", "old-community-renovation"].flatMap((code) =>
  Array.from({ length: 12 }, (_, i) => ({ code, period: `2020-${String(i + 1).padStart(2, "0")}` })),
);

interface TServer {
  child: ChildProcess;
  baseUrl: string;
}

/** Its own process group, so `kill -9` takes the app and everything it started, as a crash would. */
async function launch(args: string[], env: Record<string, string | undefined>): Promise<TServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", ...args, "--port", String(port)], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/api/v1/indicators`, child, 120_000);
  return { child, baseUrl };
}

function killHard(server: TServer): Promise<void> {
  return new Promise((resolve) => {
    server.child.once("exit", () => resolve());
    process.kill(-server.child.pid!, "SIGKILL");
  });
}

async function stopGently(server: TServer): Promise<void> {
  const exited = new Promise((r) => server.child.once("exit", r));
  process.kill(-server.child.pid!, "SIGTERM");
  await exited;
}

interface TAck {
  code: string;
  period: string;
  version: number;
  value: number;
}

/**
 * Six writers, each cycling over its cells, until the server dies: it is killed once `killAtAcks`
 * writes were acknowledged (or after 30 s), with the writers' next requests in flight.
 */
async function burst(baseUrl: string, token: string, killAtAcks: number, kill: () => Promise<void>): Promise<TAck[]> {
  const acks: TAck[] = [];
  const failures = new Map<number, number>();
  let alive = true;
  const writer = async (cells: typeof CELLS) => {
    let n = 0;
    while (alive) {
      const cell = cells[n % cells.length]!;
      n += 1;
      const value = n;
      const res = await fetch(`${baseUrl}/api/v1/figures/${cell.code}/${cell.period}`, {
        method: "PUT",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ value }),
      }).catch(() => null);
      if (res && res.status !== 200) failures.set(res.status, (failures.get(res.status) ?? 0) + 1);
      if (res?.status === 200) {
        const body = (await res.json().catch(() => null)) as { version: number; value: number } | null;
        // Only a complete answer is an acknowledgement.
        if (body) acks.push({ ...cell, version: body.version, value: body.value });
      }
    }
  };
  const writers = Array.from({ length: 6 }, (_, w) => writer(CELLS.filter((_, i) => i % 6 === w)));
  const deadline = Date.now() + 30_000;
  while (acks.length < killAtAcks && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await kill();
  alive = false;
  await Promise.all(writers);
  expect([...failures], "every write before the kill was accepted").toEqual([]);
  return acks;
}

async function missingAcks(url: string, acks: TAck[]): Promise<TAck[]> {
  const db = createDb(url);
  try {
    const rows = await db.figureRevision.findMany({
      where: { figure: { year: 2020, indicator: { code: { in: [...new Set(CELLS.map((c) => c.code))] } } } },
      select: { version: true, value: true, figure: { select: { month: true, indicator: { select: { code: true } } } } },
    });
    const stored = new Set(rows.map((r) => `${r.figure.indicator.code}/${r.figure.month}/${r.version}/${r.value?.toNumber()}`));
    return acks.filter((a) => !stored.has(`${a.code}/${Number(a.period.slice(5))}/${a.version}/${a.value}`));
  } finally {
    await db.$disconnect();
  }
}

async function prepareLogin(url: string): Promise<string> {
  const db = createDb(url);
  try {
    const { user } = await createUser(db, { login: "crash-housing", role: "official", department: "housing", actor: CLI });
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
    return (await createApiToken(db, { login: user.login, name: "crash", expiresAt: null, actor: CLI })).token;
  } finally {
    await db.$disconnect();
  }
}

describe("kill -9 during a burst of writes", () => {
  it("keeps every acknowledged write on the embedded database (npm start)", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "siping-crash-"));
    try {
      const booted = await bootDatabase({ dataDir, seedDemo: "false" });
      const token = await prepareLogin(booted.url);
      await booted.embedded!.stop();
      const env = { DATABASE_URL: "", DATA_DIR: dataDir, SEED_DEMO: "false" };
      const first = await launch(["lib/server/cli/start.ts"], env);
      const acks = await burst(first.baseUrl, token, 60, () => killHard(first));
      expect(acks.length).toBeGreaterThanOrEqual(60);
      const second = await launch(["lib/server/cli/start.ts"], env);
      await stopGently(second);
      const reopened = await startEmbeddedDb(path.join(dataDir, "pglite"));
      try {
        expect(await missingAcks(reopened.url, acks)).toEqual([]);
      } finally {
        await reopened.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 300_000);

  it.skipIf(!process.env.DATABASE_URL)("keeps every acknowledged write on PostgreSQL", async () => {
    const serverUrl = process.env.DATABASE_URL!;
    const name = `siping_crash_${process.pid}`;
    await runAdmin(serverUrl, `CREATE DATABASE "${name}"`);
    const url = withDatabase(serverUrl, name);
    try {
      await bootDatabase({ databaseUrl: url, dataDir: "unused", seedDemo: "false" });
      const token = await prepareLogin(url);
      const first = await launch(["lib/server/cli/serve.ts"], { DATABASE_URL: url });
      const acks = await burst(first.baseUrl, token, 60, () => killHard(first));
      expect(acks.length).toBeGreaterThanOrEqual(60);
      const second = await launch(["lib/server/cli/serve.ts"], { DATABASE_URL: url });
      await stopGently(second);
      expect(await missingAcks(url, acks)).toEqual([]);
    } finally {
      await runAdmin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  }, 300_000);
});
