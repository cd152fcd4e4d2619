import { mkdir } from "node:fs/promises";
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
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
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
    },
  };
}
