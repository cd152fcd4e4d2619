import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { getEnv, type TEnv } from "../env";
import { assertDatabaseAnswers } from "../ops/database-probe";
import { describeFailure } from "../ops/failures";
import { assertPortFree } from "../ops/port";
import { bootDatabase, describeBoot } from "./boot";
import { ensureBuild } from "./build";

let env: TEnv | undefined;

/** `npm start`: database up (embedded unless DATABASE_URL), then the Next.js server on PORT. */
async function main(): Promise<void> {
  const isDev = process.argv.includes("--dev");
  env = getEnv();
  // Both checks take a moment and spare a build that could not be served.
  await assertPortFree(env.PORT);
  if (env.DATABASE_URL) await assertDatabaseAnswers(env.DATABASE_URL);
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
  // PGlite is one session: more connections would only queue behind each other's transactions.
  if (booted.embedded) process.env.DATABASE_POOL_SIZE = "1";

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
  console.error(describeFailure(error, { port: env?.PORT, databaseUrl: env?.DATABASE_URL }));
  process.exit(1);
});
