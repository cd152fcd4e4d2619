import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../../..");

export interface TRunningApp {
  baseUrl: string;
  /** The server's process, to count its CPU. */
  pid: number;
  stop(): Promise<void>;
}

/**
 * The production server as `npm start` runs it (lib/server/cli/serve.ts: hardening, then Next.js
 * serving the built app), on an already migrated and seeded database. Needs a current `next build`.
 * `poolSize`: 1 on the embedded database, as npm start sets it (one PGlite session).
 */
export async function startApp(databaseUrl: string, { poolSize = 5 }: { poolSize?: number } = {}): Promise<TRunningApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "siping-bench-app-"));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "lib/server/cli/serve.ts"), "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, NODE_ENV: "production", DATABASE_POOL_SIZE: String(poolSize) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid!, "SIGTERM");
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the app server exited with ${child.exitCode}:\n${output.trim()}`);
      const ok = await fetch(`${baseUrl}/api/v1/indicators?year=2020`).then((r) => r.ok, () => false);
      if (ok) return { baseUrl, pid: child.pid!, stop };
      if (performance.now() - started > 120_000) throw new Error(`the app server did not answer within 120 s:\n${output.trim()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (error) {
    await stop();
    throw error;
  }
}
