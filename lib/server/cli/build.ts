import { spawn } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SOURCES = ["app", "lib", "public", "next.config.js", "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["node_modules", ".next", "cli"]);

async function newestMtime(target: string): Promise<number> {
  const info = await stat(target).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(target);
  const times = await Promise.all(entries.filter((e) => !SKIP.has(e)).map((e) => newestMtime(path.join(target, e))));
  return Math.max(info.mtimeMs, ...times);
}

/** Runs `next build` when there is no build yet or a source file is newer than it. */
export async function ensureBuild(nextBin: string): Promise<void> {
  const built = await stat(path.join(ROOT, ".next", "BUILD_ID")).catch(() => null);
  const sources = await Promise.all(SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (built && built.mtimeMs >= Math.max(...sources)) return;
  console.log(built ? "Sources changed since the last build: building…" : "First start: building the app…");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], { cwd: ROOT, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
}
