import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/process";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SECRET = "never-in-a-log";

let busy: net.Server;
let busyPort: number;
let dataDir: string;
beforeAll(async () => {
  busy = net.createServer();
  await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
  busyPort = (busy.address() as net.AddressInfo).port;
  dataDir = await mkdtemp(path.join(tmpdir(), "siping-start-"));
});
afterAll(async () => {
  await new Promise<void>((resolve) => busy.close(() => resolve()));
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs npm start's entry as `npm start` does, with the given variables. */
function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "lib/server/cli/start.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm start when it cannot start", () => {
  it("says in one line that the port is in use, before building or booting anything", async () => {
    const result = await start({ PORT: String(busyPort) });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`Port ${busyPort} is already in use: stop the program using it, or set PORT to a free port.`);
    expect(result.stdout).toBe("");
  });

  it("says which database server does not answer, without the password", async () => {
    const closed = await freePort();
    const result = await start({ PORT: String(await freePort()), DATABASE_URL: `postgresql://app:${SECRET}@127.0.0.1:${closed}/siping` });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`The database server at 127.0.0.1:${closed} does not answer: check DATABASE_URL and that PostgreSQL is running there.`);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
  });
});
