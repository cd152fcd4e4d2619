import pg from "pg";

/** Connects once and disconnects: fails with the driver's own error (refused, login, no such database). */
export async function assertDatabaseAnswers(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } finally {
    await client.end().catch(() => undefined);
  }
}
