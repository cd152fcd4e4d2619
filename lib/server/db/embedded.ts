import { readFileSync } from "node:fs";
import { chmod, lstat, mkdir, mkdtemp, open, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { ExclusiveProtocolQueue } from "./exclusive-queue";

export interface TEmbeddedDb {
  url: string;
  /** The private folder holding the Unix socket. */
  socketDir: string;
  stop: () => Promise<void>;
}

/** What a running `npm start` leaves in the lock file, so the CLI can reach its database. */
interface THolder {
  pid: number;
  socketDir: string | null;
}

/** pg looks for `<host>/.s.PGSQL.<port>`; 5432 is its default port, so URLs need none. */
const SOCKET_FILE = ".s.PGSQL.5432";
/** sun_path holds 108 bytes on Linux (104 on macOS), the terminating NUL included. */
const MAX_SOCKET_PATH = 100;
const PINNED_SOCKET_VERSION = "0.2.17";

export class DataDirInUseError extends Error {
  readonly code = "DATA_DIR_IN_USE";
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`The embedded database in ${dataDir} is in use by process ${pid} (another npm start?): stop it first, or set DATA_DIR to another folder.`);
  }
}

/** A URL for pg and Prisma; PGlite takes any user and password, the folder's mode is the guard. */
export function embeddedDbUrl(socketDir: string): string {
  return `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`;
}

/**
 * Embedded PostgreSQL (PGlite) served over the wire protocol on a Unix socket in a folder only
 * this OS user can enter (no TCP port: no other local user can connect), so the app, the
 * migration runner, the CLI and psql talk to it as to any PostgreSQL. `dataDir` undefined keeps
 * it in memory (tests). PGlite is one session: a connection inside a transaction has it to
 * itself until it commits, so inside a transaction use only the transaction's client.
 */
export async function startEmbeddedDb(dataDir?: string): Promise<TEmbeddedDb> {
  const socketDir = dataDir ? await prepareRunDir(path.join(dataDir, "..", "run")) : await makeTempRunDir();
  const isTemp = !dataDir || path.dirname(socketDir) === os.tmpdir();
  const removeSocket = () => rm(isTemp ? socketDir : path.join(socketDir, SOCKET_FILE), { recursive: true, force: true });
  const releaseLock = dataDir ? await lockDataDir(dataDir, socketDir).catch(async (error: unknown) => {
    if (isTemp) await removeSocket();
    throw error;
  }) : async () => undefined;
  const cleanUp = async () => {
    await releaseLock();
    await removeSocket();
  };
  let db: PGlite | undefined;
  try {
    db = await PGlite.create(dataDir);
    // A socket left by a killed process: the lock proves nobody serves it.
    await rm(path.join(socketDir, SOCKET_FILE), { force: true });
    const server = new PGLiteSocketServer({ db, path: path.join(socketDir, SOCKET_FILE), maxConnections: 32 });
    installExclusiveQueue(server, db);
    await server.start();
    const opened = db;
    let stopped = false;
    return {
      url: embeddedDbUrl(socketDir),
      socketDir,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await opened.close();
        await cleanUp();
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    await cleanUp();
    throw error;
  }
}

/**
 * pglite-socket 0.2.17 queues each protocol message on its own, so messages of different
 * connections interleave inside one another's transactions (STACK.md). Its queue is a private
 * field: check that the pinned version and the expected shape are there before replacing it.
 */
function installExclusiveQueue(server: PGLiteSocketServer, db: PGlite): void {
  const packageJson = path.join(path.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite-socket")), "..", "package.json");
  const version = (JSON.parse(readFileSync(packageJson, "utf8")) as { version?: string }).version;
  const queue: unknown = Reflect.get(server, "queryQueue");
  const methods = ["enqueue", "getQueueLength", "clearQueueForHandler", "clearTransactionIfNeeded"];
  const hasShape = typeof queue === "object" && queue !== null && methods.every((m) => typeof Reflect.get(queue, m) === "function");
  if (version !== PINNED_SOCKET_VERSION || !hasShape) {
    throw new Error(
      `@electric-sql/pglite-socket ${version ?? "?"} is installed, but the embedded database's connection queue was written for ${PINNED_SOCKET_VERSION}: reinstall with npm ci.`,
    );
  }
  Reflect.set(server, "queryQueue", new ExclusiveProtocolQueue(db));
}

async function makeTempRunDir(): Promise<string> {
  // mkdtemp creates the folder with mode 0700.
  return mkdtemp(path.join(os.tmpdir(), "siping-db-"));
}

/** `<DATA_DIR>/run`, private to this OS user; a temporary folder when its path is too long for a socket. */
async function prepareRunDir(dir: string): Promise<string> {
  const resolved = path.resolve(dir);
  if (path.join(resolved, SOCKET_FILE).length > MAX_SOCKET_PATH) return makeTempRunDir();
  await mkdir(resolved, { recursive: true, mode: 0o700 });
  const info = await lstat(resolved);
  if (!info.isDirectory() || (process.getuid && info.uid !== process.getuid())) {
    throw new Error(`${resolved} must be a folder owned by this user (it holds the embedded database's socket): remove it and start again.`);
  }
  await chmod(resolved, 0o700);
  return resolved;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function lockFileOf(dataDir: string): string {
  return path.join(dataDir, "..", `${path.basename(dataDir)}.lock`);
}

function parseHolder(text: string): THolder | null {
  // Older starts wrote the bare pid.
  if (/^\d+$/.test(text.trim())) return { pid: Number(text), socketDir: null };
  try {
    const value = JSON.parse(text) as Partial<THolder>;
    return typeof value.pid === "number" ? { pid: value.pid, socketDir: typeof value.socketDir === "string" ? value.socketDir : null } : null;
  } catch {
    return null;
  }
}

/** The live process (other than this one) serving the data folder, if any. */
export async function findDataDirHolder(dataDir: string): Promise<THolder | null> {
  const holder = parseHolder(await readFile(lockFileOf(dataDir), "utf8").catch(() => ""));
  return holder && holder.pid !== process.pid && isRunning(holder.pid) ? holder : null;
}

/**
 * One process at a time may open a data folder: two PGlite instances writing the same files
 * would corrupt them. A lock left by a process that has died is taken over. The lock file also
 * tells the CLI where the running instance's socket is.
 */
async function lockDataDir(dataDir: string, socketDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const lockFile = lockFileOf(dataDir);
  const content = JSON.stringify({ pid: process.pid, socketDir } satisfies THolder);
  for (let attempt = 0; ; attempt += 1) {
    try {
      // "wx": of two processes starting at once, exactly one creates the file.
      const handle = await open(lockFile, "wx", 0o600);
      await handle.writeFile(content);
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw error;
      const holder = await findDataDirHolder(dataDir);
      if (holder) throw new DataDirInUseError(dataDir, holder.pid);
      await rm(lockFile, { force: true });
    }
  }
}
