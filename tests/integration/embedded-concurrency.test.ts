import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type TDb } from "@/lib/server/db/client";
import { startEmbeddedDb, type TEmbeddedDb } from "@/lib/server/db/embedded";

/**
 * PGlite is one backend session shared by every socket connection. Many connections running
 * interactive transactions beside plain reads must each get exactly their own answers: no
 * statement of one connection may run inside another's transaction or between its Parse, Bind
 * and Execute. Runs on its own embedded instance whatever DATABASE_URL says.
 */

const TRANSACTIONS = 40;
const READS = 200;
const ROWS_PER_TRANSACTION = 3;

let embedded: TEmbeddedDb;
let writer: TDb;
let reader: TDb;

beforeAll(async () => {
  embedded = await startEmbeddedDb();
  // Pools larger than the app's single connection, so that connections really compete.
  writer = createDb(embedded.url, { poolSize: 8 });
  reader = createDb(embedded.url, { poolSize: 4 });
  await writer.$executeRawUnsafe(`CREATE TABLE probe (tx int NOT NULL, n int NOT NULL, doomed boolean NOT NULL)`);
  await writer.$executeRawUnsafe(`CREATE TABLE answers (id int PRIMARY KEY, word text NOT NULL)`);
  await writer.$executeRawUnsafe(`INSERT INTO answers SELECT i, 'word-' || i FROM generate_series(1, 50) i`);
});

afterAll(async () => {
  await writer?.$disconnect();
  await reader?.$disconnect();
  await embedded?.stop();
});

/** Writes its rows, reads them back inside the transaction; every third one then rolls back. */
async function runTransaction(tx: number): Promise<string[]> {
  const doomed = tx % 3 === 0;
  const problems: string[] = [];
  try {
    await writer.$transaction(
      async (client) => {
        for (let n = 1; n <= ROWS_PER_TRANSACTION; n += 1) {
          await client.$executeRaw`INSERT INTO probe (tx, n, doomed) VALUES (${tx}, ${n}, ${doomed})`;
        }
        const own = await client.$queryRaw<{ n: number }[]>`SELECT n FROM probe WHERE tx = ${tx} ORDER BY n`;
        const seen = own.map((r) => r.n).join(",");
        if (seen !== "1,2,3") problems.push(`transaction ${tx} read back [${seen}]`);
        const others = await client.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM probe WHERE doomed AND tx <> ${tx}`;
        if (others[0]!.count !== 0n) problems.push(`transaction ${tx} saw ${others[0]!.count} uncommitted rows of others`);
        if (doomed) throw new RollBack();
      },
      { maxWait: 60_000, timeout: 60_000 },
    );
  } catch (error) {
    if (!(error instanceof RollBack)) problems.push(`transaction ${tx} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return problems;
}

class RollBack extends Error {}

async function runRead(i: number): Promise<string[]> {
  const id = (i % 50) + 1;
  try {
    const rows = await reader.$queryRaw<{ word: string; doomed: bigint }[]>`
      SELECT word, (SELECT count(*) FROM probe WHERE doomed) AS doomed FROM answers WHERE id = ${id}`;
    if (rows.length !== 1 || rows[0]!.word !== `word-${id}`) return [`read ${i} for ${id} got ${JSON.stringify(rows.map((r) => r.word))}`];
    if (rows[0]!.doomed !== 0n) return [`read ${i} ran inside another connection's transaction (saw ${rows[0]!.doomed} uncommitted rows)`];
    return [];
  } catch (error) {
    return [`read ${i} failed: ${error instanceof Error ? error.message : String(error)}`];
  }
}

describe("the embedded database under concurrent connections", () => {
  it("gives every transaction and every read its own, right answer", async () => {
    const results = await Promise.all([
      ...Array.from({ length: TRANSACTIONS }, (_, tx) => runTransaction(tx + 1)),
      ...Array.from({ length: READS }, (_, i) => runRead(i)),
    ]);
    expect(results.flat()).toEqual([]);

    const committed = await reader.$queryRaw<{ tx: number; rows: bigint }[]>`
      SELECT tx, count(*) AS rows FROM probe GROUP BY tx ORDER BY tx`;
    const expected = Array.from({ length: TRANSACTIONS }, (_, i) => i + 1)
      .filter((tx) => tx % 3 !== 0)
      .map((tx) => ({ tx, rows: BigInt(ROWS_PER_TRANSACTION) }));
    expect(committed).toEqual(expected);
  }, 120_000);

  it("rolls back the transaction of a connection that disconnects inside it, and serves the others", async () => {
    const quitter = createDb(embedded.url, { poolSize: 1 });
    await quitter.$executeRawUnsafe("BEGIN");
    await quitter.$executeRawUnsafe("INSERT INTO probe (tx, n, doomed) VALUES (-1, 1, true)");
    // Waits for the quitter's transaction to end: its connection has PGlite to itself until then.
    const pending = reader.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM probe WHERE tx = -1`;
    await quitter.$disconnect();
    const [row] = await pending;
    expect(row!.count).toBe(0n);
  });
});
