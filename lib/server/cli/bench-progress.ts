import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";
import { seedDatabase } from "../../../seed/apply";
import { evaluateProgress } from "../../progress";
import { createDb, type TDb } from "../db/client";
import { migrate } from "../db/migrate";
import { loadTrackedTargets } from "../progress/load";
import { getProgressList } from "../progress/queries";
import { startApp, type TRunningApp } from "./bench/app-server";
import { describe, describeCpu, describeLoad, describeMachine, summarise, timeRuns, timeRunsWithCpu } from "./bench/stats";
import { DISTRICTS, insertSyntheticLoad, PER_DISTRICT, YEARS } from "./bench/synthetic-load";
import { ensureBuild } from "./build";

/**
 * `npm run bench:progress [-- --no-http]`: how long progress takes.
 *   engine  the pure engine (lib/progress) judging every 2020 indicator of the seeded demo for every as-of month
 *   city    GET /api/v1/progress on the seeded demo city, for each as-of month of 2020
 *   load    the same on DISTRICTS × PER_DISTRICT indicators × YEARS of monthly published figures
 * Each request is timed twice: in process (getProgressList, the route's query and engine, no HTTP)
 * and through HTTP to the production server (serve.ts in front of the built Next.js app, as
 * `npm start` runs it; it builds first when the build is stale). `--no-http` skips the latter.
 * Scratch databases are created on DATABASE_URL's server (default 127.0.0.1:5432) and dropped at
 * the end, also on failure or Ctrl-C.
 */

const SERVER = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const withHttp = !process.argv.includes("--no-http");
const CITY_RUNS_PER_MONTH = 25;
const LOAD_RUNS_PER_QUERY = 10;
const LOAD_QUERIES = [2024, 2022].flatMap((year) => ["03", "06", "12"].map((m) => ({ year, asOf: `${year}-${m}` })));
const CITY_MONTHS = Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, "0")}`);

const cleanups: (() => Promise<unknown>)[] = [];

async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) await cleanups.pop()!().catch((error: unknown) => console.error(error instanceof Error ? error.message : error));
}

async function runAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database on the server, migrated; dropped by cleanUp. */
async function createScratch(label: string): Promise<string> {
  const name = `siping_bench_${label}_${randomBytes(4).toString("hex")}`;
  await runAdmin(`CREATE DATABASE "${name}"`);
  cleanups.push(() => runAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return url.toString();
}

function connect(url: string): TDb {
  const db = createDb(url, { poolSize: 5 });
  cleanups.push(() => db.$disconnect());
  return db;
}

async function launch(url: string): Promise<TRunningApp> {
  const app = await startApp(url);
  cleanups.push(() => app.stop());
  return app;
}

/** Cycles through the queries, one per timed run. */
function rotating<T>(items: readonly T[], fn: (item: T) => Promise<unknown>): () => Promise<unknown> {
  let next = 0;
  return () => fn(items[next++ % items.length]!);
}

const checked = new Set<string>();

/**
 * GETs the progress list through HTTP and reads the whole body. The first answer to each query is
 * checked (200, the expected number of indicators); later ones only for their status, so the
 * timing holds the server's work and the transfer, not this client's parsing.
 */
async function fetchProgress(app: TRunningApp, year: number, asOf: string, expected: number): Promise<number> {
  const path = `/api/v1/progress?year=${year}&asOf=${asOf}`;
  const res = await fetch(`${app.baseUrl}${path}`);
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  if (!checked.has(`${app.baseUrl}${path}`)) {
    const count = (JSON.parse(text) as { indicators: unknown[] }).indicators.length;
    if (count !== expected) throw new Error(`GET ${path} gave ${count} indicators, expected ${expected}`);
    checked.add(`${app.baseUrl}${path}`);
  }
  return text.length;
}

async function benchEngine(db: TDb): Promise<void> {
  const targets = await loadTrackedTargets(db, { year: 2020 });
  const evaluateAll = () => {
    for (const t of targets) for (let month = 1; month <= 12; month += 1) evaluateProgress(t.engine, t.figures, month);
  };
  const times = await timeRuns(evaluateAll, { warmup: 50, runs: 500 });
  console.log(`\nEngine (lib/progress, pure): every 2020 indicator of the seeded demo × every as-of month`);
  console.log(describe(`${targets.length} indicators × 12 months = ${targets.length * 12} judgements`, summarise(times)));
}

async function benchCity(): Promise<void> {
  const url = await createScratch("city");
  const db = connect(url);
  await seedDatabase(db, { demo: true });
  const targets = await db.target.count({ where: { year: 2020 } });
  const figures = await db.figure.count({ where: { year: 2020, publishedAt: { not: null } } });
  await benchEngine(db);
  console.log(`\nSeeded city: the 2020 report with its demo figures (${targets} targets, ${figures} published figures), GET /api/v1/progress?year=2020&asOf=2020-01 … 2020-12 in turn`);
  const inProcess = rotating(CITY_MONTHS, (asOf) => getProgressList(db, { year: 2020, asOf }));
  const local = await timeRunsWithCpu(inProcess, { warmup: 24, runs: 12 * CITY_RUNS_PER_MONTH, url });
  console.log(describe("in process: getProgressList (query + engine)", summarise(local.times)));
  console.log(describeCpu(local.cpu, "Node"));
  if (!withHttp) return;
  const app = await launch(url);
  let bytes = 0;
  const overHttp = rotating(CITY_MONTHS, async (asOf) => (bytes = await fetchProgress(app, 2020, asOf, targets)));
  const remote = await timeRunsWithCpu(overHttp, { warmup: 24, runs: 12 * CITY_RUNS_PER_MONTH, url, nodePid: app.pid });
  console.log(describe(`HTTP: production server (${Math.round(bytes / 1024)} KB JSON)`, summarise(remote.times), 50));
  console.log(describeCpu(remote.cpu, "app server"));
  await app.stop();
}

async function benchLoad(): Promise<void> {
  const url = await createScratch("load");
  const db = connect(url);
  await seedDatabase(db, { demo: false });
  const load = await insertSyntheticLoad(url);
  console.log(
    `\nSynthetic load: ${DISTRICTS} districts × ${PER_DISTRICT} indicators × ${YEARS[0]}–${YEARS.at(-1)}: ` +
      `${load.targets.toLocaleString("en")} targets, ${load.figures.toLocaleString("en")} published monthly figures (generated and inserted in ${load.seconds.toFixed(1)} s)`,
  );
  const app = withHttp ? await launch(url) : null;
  for (const year of [...new Set(LOAD_QUERIES.map((q) => q.year))]) {
    const queries = LOAD_QUERIES.filter((q) => q.year === year);
    const expected = await db.target.count({ where: { year } });
    const label = `year=${year}, asOf ${queries.map((q) => q.asOf.slice(5)).join("/")}`;
    const inProcess = rotating(queries, (q) => getProgressList(db, q));
    const runs = { warmup: queries.length, runs: queries.length * LOAD_RUNS_PER_QUERY, url };
    const local = await timeRunsWithCpu(inProcess, runs);
    console.log(describe(`${label}, in process: getProgressList`, summarise(local.times)));
    console.log(describeCpu(local.cpu, "Node"));
    if (!app) continue;
    let bytes = 0;
    const overHttp = rotating(queries, async (q) => (bytes = await fetchProgress(app, year, q.asOf, expected)));
    const remote = await timeRunsWithCpu(overHttp, { ...runs, nodePid: app.pid });
    console.log(describe(`${label}, HTTP (${(bytes / 2 ** 20).toFixed(1)} MB JSON)`, summarise(remote.times), 500));
    console.log(describeCpu(remote.cpu, "app server"));
  }
}

async function main(): Promise<void> {
  console.log("npm run bench:progress: the progress engine and GET /api/v1/progress");
  for (const line of await describeMachine(SERVER)) console.log(line);
  if (withHttp) await ensureBuild(createRequire(import.meta.url).resolve("next/dist/bin/next"));
  console.log(withHttp ? "HTTP: sequential requests to lib/server/cli/serve.ts (the production server of npm start) on 127.0.0.1, pool of 5 connections" : "HTTP skipped (--no-http)");
  await benchCity();
  await cleanUp();
  await benchLoad();
  console.log(`\nAt the end: ${describeLoad()} (other work on the machine inflates every figure above).`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: dropping the scratch databases…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main()
  .then(cleanUp)
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await cleanUp();
    process.exit(1);
  });
