import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/**
 * `npm run bench:start [-- --runs N --with-build]`: seconds from `npm start` to the first
 * answered GET /api/v1/indicators, on the embedded database.
 *   cold  = empty data folder (migrate + seed + demo data), build already there
 *   warm  = the same data folder again (nothing to migrate or seed)
 *   build = no .next at all (a fresh clone), with --with-build; it deletes .next first
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 3;
const withBuild = args.includes("--with-build");

async function timeStart(dataDir: string): Promise<number> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "lib/server/cli/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, PORT: String(port) },
    stdio: "ignore",
    detached: true,
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/v1/indicators`).then((r) => r.ok, () => false);
      if (ok) return (performance.now() - started) / 1000;
      if (performance.now() - started > 300_000) throw new Error("no answer within 300 s");
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    process.kill(-child.pid!, "SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function report(label: string, seconds: number[]): void {
  console.log(`${label.padEnd(6)} median ${median(seconds).toFixed(2)} s  (runs: ${seconds.map((s) => s.toFixed(2)).join(", ")})`);
}

async function main(): Promise<void> {
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  const cold: number[] = [];
  const warm: number[] = [];
  const build: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "siping-bench-"));
    if (withBuild) {
      await rm(path.join(ROOT, ".next"), { recursive: true, force: true });
      build.push(await timeStart(await mkdtemp(path.join(os.tmpdir(), "siping-bench-"))));
    }
    cold.push(await timeStart(dataDir));
    warm.push(await timeStart(dataDir));
    await rm(dataDir, { recursive: true, force: true });
  }
  if (withBuild) report("build", build);
  report("cold", cold);
  report("warm", warm);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
