import { randomBytes } from "node:crypto";
import { cpus } from "node:os";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import pg from "pg";
import { seedDatabase } from "../../../seed/apply";
import { createUser } from "../accounts/users";
import { findActorUser, toActor, type TActor } from "../auth/actor";
import { createDb, type TDb } from "../db/client";
import { startEmbeddedDb } from "../db/embedded";
import { migrate } from "../db/migrate";
import { putFigure } from "../figures/mutations";

/**
 * `npm run bench:write`: the write path as a figure write runs it (permission, lock check, row lock,
 * version check, update, revision row, audit row, one transaction), on the embedded database and on
 * PostgreSQL (DATABASE_URL's server, default 127.0.0.1:5432; a scratch database is created and
 * dropped). Prints median and p95 of sequential writes, and the throughput of 50 concurrent writers,
 * plus the cost of one password hash (every sign-in pays it).
 */

const SERVER = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const SEQUENTIAL = 200;
const WRITERS = 50;
const PER_WRITER = 10;
const CELLS = ["flush-toilets", "happy-communities", "old-community-renovation"].flatMap((code) => Array.from({ length: 12 }, (_, m) => ({ code, period: `2020-${String(m + 1).padStart(2, "0")}` })));

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function withAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function prepare(db: TDb): Promise<TActor> {
  await seedDatabase(db, { demo: false });
  const actor = { userId: null, sessionId: null, tokenId: null, label: "bench" };
  const { user } = await createUser(db, { login: "bench-housing", role: "official", department: "housing", actor });
  await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
  return toActor((await findActorUser(db, user.id))!, { sessionId: null, tokenId: null });
}

async function measure(label: string, url: string, poolSize: number): Promise<void> {
  await migrate(url);
  const db = createDb(url, { poolSize });
  try {
    const actor = await prepare(db);
    const times: number[] = [];
    for (let i = 0; i < SEQUENTIAL; i += 1) {
      const cell = CELLS[i % CELLS.length]!;
      const started = performance.now();
      await putFigure(db, { ...cell, body: { value: i }, actor, requestId: `bench-${i}` });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let i = 0; i < PER_WRITER; i += 1) {
          const cell = CELLS[(w * PER_WRITER + i) % CELLS.length]!;
          await putFigure(db, { ...cell, body: { value: w * 1000 + i }, actor, requestId: `bench-c-${w}-${i}` });
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${label.padEnd(28)} sequential: median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms` +
        `   ${WRITERS} concurrent writers: ${((WRITERS * PER_WRITER) / seconds).toFixed(0)} writes/s`,
    );
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"})`);
  const hashTimes: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    const hash = await hashPassword("siping-bench-password");
    await verifyPassword({ hash, password: "siping-bench-password" });
    hashTimes.push((performance.now() - started) / 2);
  }
  console.log(`password hash (better-auth scrypt): median ${quantile(hashTimes.sort((a, b) => a - b), 0.5).toFixed(0)} ms`);

  const embedded = await startEmbeddedDb();
  try {
    await measure("embedded (PGlite, pool 1)", embedded.url, 1);
  } finally {
    await embedded.stop();
  }
  const name = `siping_bench_${randomBytes(4).toString("hex")}`;
  await withAdmin(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(SERVER);
    url.pathname = `/${name}`;
    await measure("PostgreSQL (pool 5)", url.toString(), 5);
  } finally {
    await withAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
