import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { getEnv, requireDatabaseUrl } from "../env";

export type TDb = PrismaClient;
/** The client handed to a `$transaction` callback: use only it inside the transaction. */
export type TTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Either the client or a transaction's: queries take it as their first argument. */
export type TDbClient = TDb | TTx;

const globalForDb = globalThis as unknown as { sipingDb?: PrismaClient };

/**
 * A client for one database; the app uses the shared one from getDb(). On the embedded database
 * use one connection: PGlite is a single session, so more connections add no parallelism, only
 * waiting behind each other's transactions.
 */
export function createDb(connectionString: string, options: { poolSize?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.poolSize ?? 5 });
  return new PrismaClient({ adapter });
}

/** The one Prisma client of the process (kept on globalThis so dev reloads reuse it). */
export function getDb(): PrismaClient {
  globalForDb.sipingDb ??= createDb(requireDatabaseUrl(), { poolSize: getEnv().DATABASE_POOL_SIZE });
  return globalForDb.sipingDb;
}

export async function disconnectDb(): Promise<void> {
  const db = globalForDb.sipingDb;
  globalForDb.sipingDb = undefined;
  await db?.$disconnect();
}
