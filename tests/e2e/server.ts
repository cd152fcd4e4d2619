import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { bootDatabase } from "@/lib/server/cli/boot";
import { ensureBuild } from "@/lib/server/cli/build";
import { freePort, waitForHttp } from "../support/process";
import { runAdmin, withDatabase } from "../support/scratch-db";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}



/**
 * The built app behind its Node server (lib/server/cli/serve.ts) on a free port, on a fresh database
 * seeded with demo figures: a new database on the DATABASE_URL server when set, else an embedded one
 * in a temporary folder.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  await ensureBuild(nextBin);
  const serverUrl = process.env.DATABASE_URL;
  const dataDir = await mkdtemp(path.join(tmpdir(), "siping-e2e-"));
  const dbName = `siping_e2e_${process.pid}`;
  if (serverUrl) await runAdmin(serverUrl, `CREATE DATABASE "${dbName}"`);
  const booted = await bootDatabase({ databaseUrl: serverUrl ? withDatabase(serverUrl, dbName) : undefined, dataDir, seedDemo: "true" });
  const port = await freePort();
  // The same server `npm start` runs, so the e2e tests see its security headers and early refusals.
  const child = spawn(process.execPath, ["--import", "tsx", "lib/server/cli/serve.ts", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, DATABASE_URL: booted.url },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/api/v1/indicators`, child, 60_000);
  project.provide("baseUrl", baseUrl);
  project.provide("databaseUrl", booted.url);
  return async () => {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    await booted.embedded?.stop();
    if (serverUrl) await runAdmin(serverUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await rm(dataDir, { recursive: true, force: true });
  };
}
