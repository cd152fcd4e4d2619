import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface TEmbeddedDb {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Embedded PostgreSQL (PGlite) served over the wire protocol on a free loopback port, so the
 * app, the migration runner and psql all talk to it as to any PostgreSQL. `dataDir` undefined
 * keeps it in memory (tests). PGlite runs one query at a time across connections: inside a
 * transaction, use only the transaction's client.
 */
export async function startEmbeddedDb(dataDir?: string): Promise<TEmbeddedDb> {
  const releaseLock = dataDir ? await lockDataDir(dataDir) : async () => undefined;
  const db = await PGlite.create(dataDir).catch(async (error: unknown) => {
    await releaseLock();
    throw error;
  });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 16 });
  await server.start();
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  let stopped = false;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      await releaseLock();
    },
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * One process at a time may open a data folder: two PGlite instances writing the same files
 * would corrupt them. A lock left by a process that has died is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, "..", `${path.basename(dataDir)}.lock`);
  const holder = Number(await readFile(lockFile, "utf8").catch(() => ""));
  if (holder && holder !== process.pid && isRunning(holder)) {
    throw new Error(`The embedded database in ${dataDir} is in use by process ${holder} (another npm start?). Stop it first.`);
  }
  await writeFile(lockFile, String(process.pid));
  return () => rm(lockFile, { force: true });
}
