import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import pg from "pg";
import { seedDatabase } from "../../../seed/apply";
import { LINEAR } from "../../../seed/data/schedules";
import { createUser } from "../accounts/users";
import { findActorUser, toActor } from "../auth/actor";
import { createDb, type TDb } from "../db/client";
import { migrate } from "../db/migrate";
import { importFigures } from "../imports/apply";
import { buildTemplate, DATA_SHEET, HEADER_ROW } from "../imports/template";
import { loadTemplate } from "../imports/template-data";

/**
 * `npm run bench:import`: a filled template of 5,000 rows (a synthetic bureau of 1,000 indicators
 * with 5 units each, on a scratch database on DATABASE_URL's server, default 127.0.0.1:5432)
 * imported several times, each run in a fresh process so its peak RSS (the high-water mark the
 * kernel reports) is the import's own: reading the .xlsx, checking every row, writing in one
 * transaction. The first run creates 5,000 figures; the next ones change all of them.
 */
const SERVER = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const INDICATORS = 1000;
const UNITS = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LOGIN = "bench-import";
const PERIOD = "2020-06";

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function prepare(db: TDb): Promise<void> {
  await seedDatabase(db, { demo: false });
  const section = await db.section.findFirstOrThrow({ where: { year: 2020 }, select: { id: true } });
  const department = await db.department.create({ data: { code: "bench", nameZh: "基准测试局", nameEn: "Benchmark Bureau", sortOrder: 999 }, select: { id: true } });
  const indicators = await db.indicator.createManyAndReturn({
    data: Array.from({ length: INDICATORS }, (_, i) => ({
      code: `bench-${String(i + 1).padStart(4, "0")}`,
      nameZh: `基准指标${i + 1}`,
      nameEn: `Benchmark indicator ${i + 1}`,
      kind: "cumulative" as const,
      unit: "万亩",
      direction: "higher_is_better" as const,
      sortOrder: 10_000 + i,
    })),
    select: { id: true },
  });
  const targets = await db.target.createManyAndReturn({
    data: indicators.map((ind) => ({
      indicatorId: ind.id,
      year: 2020,
      sectionId: section.id,
      departmentId: department.id,
      comparator: "gte" as const,
      value: 100,
      sourceQuote: "基准测试",
      basis: "ytd_total" as const,
      entryUnit: "万亩",
      scheduleProfile: [...LINEAR],
    })),
    select: { id: true },
  });
  await db.targetUnit.createMany({
    data: targets.flatMap((t) => Array.from({ length: UNITS }, (_, u) => ({ targetId: t.id, code: `unit-${u + 1}`, nameZh: `分项${u + 1}`, nameEn: `Unit ${u + 1}`, value: 20, sortOrder: u }))),
  });
  const { user } = await createUser(db, { login: LOGIN, role: "official", department: "bench", actor: { userId: null, sessionId: null, tokenId: null, label: "bench" } });
  await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
}

/** The template as downloaded, every value cell filled as an official would. */
async function filledTemplate(db: TDb, run: number): Promise<Buffer> {
  const user = await db.user.findUniqueOrThrow({ where: { login: LOGIN }, select: { id: true } });
  const actor = toActor((await findActorUser(db, user.id))!, { sessionId: null, tokenId: null });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildTemplate(await loadTemplate(db, { actor, department: "bench", period: PERIOD }))) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(DATA_SHEET)!;
  sheet.eachRow((row, n) => {
    if (n > HEADER_ROW) row.getCell(8).value = run * 10 + (n % 97) / 4;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One import in this process: prints its time and the process's peak RSS. */
async function child(url: string, file: string): Promise<void> {
  const db = createDb(url, { poolSize: 1 });
  try {
    const user = await db.user.findUniqueOrThrow({ where: { login: LOGIN }, select: { id: true } });
    const actor = toActor((await findActorUser(db, user.id))!, { sessionId: null, tokenId: null });
    const bytes = readFileSync(file);
    // What the process holds before the import (Node, tsx, Prisma, a connection), for comparison.
    const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;
    const started = performance.now();
    const result = await importFigures(db, { actor, requestId: `bench-${path.basename(file)}`, locale: "zh-CN", file: { name: path.basename(file), bytes }, dryRun: false });
    const ms = performance.now() - started;
    console.log(JSON.stringify({ ms, applied: result.applied, bytes: bytes.length, baselineRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
  } finally {
    await db.$disconnect();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const name = `siping_bench_import_${randomBytes(4).toString("hex")}`;
  const url = withDatabase(SERVER, name);
  const dir = mkdtempSync(path.join(tmpdir(), "bench-import-"));
  await admin(`CREATE DATABASE "${name}"`);
  try {
    await migrate(url);
    const db = createDb(url);
    try {
      await prepare(db);
      const results: { ms: number; applied: number; bytes: number; baselineRssMb: number; peakRssMb: number }[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        const file = path.join(dir, `run-${run}.xlsx`);
        writeFileSync(file, await filledTemplate(db, run));
        const out = execFileSync(process.execPath, ["--import", "tsx", import.meta.filename, "--child", url, file], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
        if (process.env.BENCH_VERBOSE) console.log(out);
        const result = JSON.parse(out.trim().split("\n").pop()!) as (typeof results)[number];
        results.push(result);
        console.log(`run ${run}: ${result.applied} figures ${run === 1 ? "created" : "changed"} from a ${(result.bytes / 1024).toFixed(0)} KB .xlsx in ${(result.ms / 1000).toFixed(2)} s, peak RSS ${result.peakRssMb.toFixed(0)} MB (${result.baselineRssMb.toFixed(0)} MB before the import)`);
      }
      console.log(
        `median of ${RUNS}: ${(median(results.map((r) => r.ms)) / 1000).toFixed(2)} s, peak RSS ${median(results.map((r) => r.peakRssMb)).toFixed(0)} MB ` +
          `(${INDICATORS * UNITS} rows; ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, PostgreSQL at ${new URL(SERVER).host})`,
      );
    } finally {
      await db.$disconnect();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

if (process.argv[2] === "--child") await child(process.argv[3]!, process.argv[4]!);
else await main();
