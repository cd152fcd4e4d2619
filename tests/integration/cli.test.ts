import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type TDb } from "@/lib/server/db/client";
import { startEmbeddedDb, type TEmbeddedDb } from "@/lib/server/db/embedded";
import { migrate } from "@/lib/server/db/migrate";

const ROOT = path.resolve(import.meta.dirname, "../..");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "siping-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `npm run cli -- …` as a separate process, on the embedded database in `dataDir`. */
function cli(args: string[], dataDir = path.join(dir, "unused")): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "lib/server/cli/cli.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run cli", () => {
  it("lists its commands, and answers a wrong command or wrong arguments with one sentence and exit code 2", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}backup <file> +\S/m);
    expect(help.stdout).toMatch(/^ {2}restore <file> +\S/m);

    const unknown = await cli(["frobnicate", "now"]);
    expect(unknown).toEqual({ code: 2, stdout: "", stderr: `Unknown command "frobnicate now": see npm run cli -- --help.\n` });

    const noFile = await cli(["backup"]);
    expect(noFile).toEqual({ code: 2, stdout: "", stderr: "Give one file. Usage: npm run cli -- backup <file>\n" });
  }, 60_000);

  describe("while npm start serves the embedded database", () => {
    let served: TEmbeddedDb;
    let app: TDb;
    const dataDir = () => path.join(dir, "served");

    beforeAll(async () => {
      // This test process plays npm start: it holds the data folder and serves its socket.
      served = await startEmbeddedDb(path.join(dataDir(), "pglite"));
      await migrate(served.url);
      app = createDb(served.url, { poolSize: 1 });
      await app.department.create({ data: { code: "cli-probe", nameZh: "命令行探针", nameEn: "CLI probe", sortOrder: 99 } });
    });
    afterAll(async () => {
      await app?.$disconnect();
      await served?.stop();
    });

    it("backs it up through its socket while the app keeps getting right answers", async () => {
      const file = path.join(dir, "served.jsonl");
      const running = cli(["backup", file], dataDir());
      let finished = false;
      void running.then(() => (finished = true));
      const wrong: string[] = [];
      let reads = 0;
      while (!finished) {
        const row = await app.department.findUnique({ where: { code: "cli-probe" }, select: { nameEn: true } });
        if (row?.nameEn !== "CLI probe") wrong.push(JSON.stringify(row));
        reads += 1;
      }
      const result = await running;
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Backed up \d+ rows of \d+ tables to /);
      expect(await readFile(file, "utf8")).toContain('"code":"cli-probe"');
      expect(reads).toBeGreaterThan(0);
      expect(wrong).toEqual([]);
    }, 120_000);

    it("restores that backup into a new data folder it opens itself, once only", async () => {
      const file = path.join(dir, "served.jsonl");
      const fresh = path.join(dir, "fresh");
      const first = await cli(["restore", file], fresh);
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/^Restored \d+ rows of \d+ tables from /);

      const again = await cli(["restore", file], fresh);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/^This database already holds data \(in departments\): restore only into a new, migrated, empty database \(for the embedded one, a new DATA_DIR\)\.\n$/);
    }, 120_000);
  });

  it("answers a failure with one sentence and exit code 1", async () => {
    const missing = await cli(["restore", path.join(dir, "nothing-here.jsonl")], path.join(dir, "empty"));
    expect(missing).toEqual({ code: 1, stdout: "", stderr: `There is no file ${path.join(dir, "nothing-here.jsonl")} to restore.\n` });
  }, 60_000);
});
