import { createRequire } from "node:module";
import { ZIndicatorList } from "../../../contracts/indicators";
import { ensureBuild } from "../build";
import { startApp, type TRunningApp } from "./app-server";
import type { Cleanups } from "./cleanup";
import { bootBenchDatabase, type TBenchDatabase } from "./scratch-db";

export interface TBenchServer {
  app: TRunningApp;
  database: TBenchDatabase;
  /** The indicator whose page is measured: the chosen one, else the first of 2020 in the public API's order. */
  indicatorCode: string;
}

/**
 * What the public-speed benches measure: the production server (serve.ts, as `npm start` runs it,
 * built first when the build is stale) on a fresh database seeded with the demo figures,
 * PostgreSQL when DATABASE_URL is set, else the embedded one. Everything started is in `cleanups`.
 */
export async function startBenchServer(cleanups: Cleanups, { indicator }: { indicator?: string } = {}): Promise<TBenchServer> {
  await ensureBuild(createRequire(import.meta.url).resolve("next/dist/bin/next"));
  const database = await bootBenchDatabase(process.env.DATABASE_URL || undefined, cleanups);
  const app = await startApp(database.url, { poolSize: database.poolSize });
  cleanups.add(app.stop);
  if (indicator) return { app, database, indicatorCode: indicator };
  const list = ZIndicatorList.parse(await (await fetch(`${app.baseUrl}/api/v1/indicators?year=2020`)).json());
  if (list.indicators.length === 0) throw new Error("the seeded database has no 2020 indicator");
  return { app, database, indicatorCode: list.indicators[0]!.code };
}

/** Sequential GETs of each path, so the first-request costs (compiling, caches, connections) are paid before timing. */
export async function warmUp(baseUrl: string, paths: readonly string[], rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    for (const p of paths) await fetch(`${baseUrl}${p}`).then((r) => r.arrayBuffer());
  }
}
