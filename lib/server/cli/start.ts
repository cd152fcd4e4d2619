import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { getEnv } from "../env";
import { bootDatabase, describeBoot } from "./boot";
import { ensureBuild } from "./build";

/** `npm start`: database up (embedded unless DATABASE_URL), then the Next.js server on PORT. */
async function main(): Promise<void> {
  const isDev = process.argv.includes("--dev");
  const env = getEnv();
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  // Build before the database starts: the build needs no data, and a failed build leaves nothing running.
  if (!isDev) await ensureBuild(nextBin);
  const booted = await bootDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    seedDemo: env.SEED_DEMO,
    password: env.SEED_PASSWORD,
  });
  for (const line of describeBoot(booted)) console.log(line);
  if (booted.embedded) console.log(`Embedded database files: ${path.resolve(env.DATA_DIR, "pglite")}`);

  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "serve.ts"), ...(isDev ? ["--dev"] : []), "--port", String(env.PORT)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: booted.url },
  });
  console.log(`\n四平市政府工作报告目标追踪 → http://localhost:${env.PORT}\n`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) child.kill("SIGTERM");
    await booted.embedded?.stop();
    process.exit(code);
  };
  child.on("exit", (code) => void stop(code ?? 0));
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
