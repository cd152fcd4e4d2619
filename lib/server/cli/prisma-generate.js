// postinstall: generate the Prisma client. Only `generate` is used (migrations have their own
// runner), and it needs no schema engine, but the CLI looks for one: point it at any file so
// it never tries to download it.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("../../..", import.meta.url));
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const result = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
