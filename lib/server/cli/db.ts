import { createDb } from "../db/client";
import { migrate } from "../db/migrate";
import { getEnv, requireDatabaseUrl } from "../env";
import { describeFailure } from "../ops/failures";
import { seedDatabase } from "../../../seed/apply";
import { shouldLoadDemo } from "./boot";

/**
 * `npm run db:migrate` and `npm run db:seed` against DATABASE_URL (the embedded database is
 * migrated and seeded by `npm start` itself).
 */
async function main(command: string | undefined): Promise<void> {
  const env = getEnv();
  const url = requireDatabaseUrl();
  if (command === "migrate") {
    const report = await migrate(url);
    console.log(`Applied ${report.applied.length} migration(s); ${report.alreadyApplied.length} already in place.`);
    return;
  }
  if (command === "seed") {
    const db = createDb(url);
    try {
      const summary = await seedDatabase(db, { demo: shouldLoadDemo({ isEmbedded: false, seedDemo: env.SEED_DEMO }) });
      console.log(summary.skipped ? "Already seeded with this data; nothing changed." : `Seeded: ${JSON.stringify(summary.counts)}`);
    } finally {
      await db.$disconnect();
    }
    return;
  }
  throw new Error(`Unknown command "${command ?? ""}": use migrate or seed.`);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(describeFailure(error, { databaseUrl: process.env.DATABASE_URL }));
  process.exit(1);
});
