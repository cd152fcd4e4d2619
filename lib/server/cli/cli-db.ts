import path from "node:path";
import { createDb } from "../db/client";
import { embeddedDbUrl, findDataDirHolder, startEmbeddedDb } from "../db/embedded";
import { migrate } from "../db/migrate";
import { getEnv } from "../env";
import type { TCliDb } from "./command";

async function using<T>(url: string, poolSize: number, fn: (conn: TCliDb) => Promise<T>): Promise<T> {
  const db = createDb(url, { poolSize });
  try {
    return await fn({ db, url });
  } finally {
    await db.$disconnect();
  }
}

/** TCliContext.withDb: DATABASE_URL, else the running npm start's embedded database, else the data folder itself. */
export async function withCliDb<T>(fn: (conn: TCliDb) => Promise<T>): Promise<T> {
  const env = getEnv();
  if (env.DATABASE_URL) return using(env.DATABASE_URL, env.DATABASE_POOL_SIZE, fn);
  const dataDir = path.resolve(env.DATA_DIR, "pglite");
  const holder = await findDataDirHolder(dataDir);
  if (holder?.socketDir) return using(embeddedDbUrl(holder.socketDir), 1, fn);
  if (holder) throw new Error(`Process ${holder.pid} holds ${dataDir} but does not say where its socket is (an older npm start?): restart it.`);
  const embedded = await startEmbeddedDb(dataDir);
  try {
    await migrate(embedded.url);
    return await using(embedded.url, 1, fn);
  } finally {
    await embedded.stop();
  }
}
