import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { bootDatabase } from "../boot";
import { onStopRequest } from "./child";

/**
 * The embedded database as `npm start` runs it (PGlite on disk in a temporary data folder, migrated
 * and seeded with the demo figures), in a process of its own as npm start keeps it apart from the
 * app server. Prints {"url"} when ready; stops and deletes the folder when asked. Started by scratch-db.ts.
 */
const dataDir = await mkdtemp(path.join(os.tmpdir(), "siping-bench-db-"));
try {
  const booted = await bootDatabase({ dataDir, seedDemo: "true" });
  onStopRequest(async () => {
    await booted.embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });
  console.log(JSON.stringify({ url: booted.url }));
} catch (error) {
  await rm(dataDir, { recursive: true, force: true });
  throw error;
}
