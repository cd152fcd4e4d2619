import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";

/** `npm run bench:test [-- --runs N]`: wall-clock seconds of `npm test`, as configured by the environment. */
const ROOT = path.resolve(import.meta.dirname, "../../..");
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 3;

const seconds: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const started = performance.now();
  const result = spawnSync("npm", ["test", "--silent"], { cwd: ROOT, stdio: "ignore", env: process.env });
  if (result.status !== 0) {
    console.error(`npm test failed (exit ${result.status})`);
    process.exit(1);
  }
  seconds.push((performance.now() - started) / 1000);
}
const sorted = [...seconds].sort((a, b) => a - b);
console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`);
console.log(`npm test (${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded database"}): median ${sorted[Math.floor(runs / 2)]!.toFixed(2)} s (runs: ${seconds.map((s) => s.toFixed(2)).join(", ")})`);
