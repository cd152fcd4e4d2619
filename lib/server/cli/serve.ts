import path from "node:path";
import { parseArgs } from "node:util";

/**
 * The app's HTTP server: Next.js behind lib/server/http/server.ts.
 *   node --import tsx lib/server/cli/serve.ts [--dev] [--port N] [--hostname H]
 * PORT (else 3000) when --port is not given; every interface when --hostname is not given.
 * Expects DATABASE_URL to point at a running database (npm start boots one and starts this).
 */
const ROOT = path.resolve(import.meta.dirname, "../../..");

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dev: { type: "boolean", default: false },
      port: { type: "string", short: "p" },
      hostname: { type: "string", short: "H" },
    },
  });
  // React and Next pick their production or development build when first loaded, so this
  // precedes every import of them; an explicit NODE_ENV (test runs) is kept, as `next start` does.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || (values.dev ? "development" : "production"), NEXT_RUNTIME: "nodejs" });
  const { getEnv } = await import("../env");
  const { createAppServer } = await import("../http/server");
  const env = getEnv();
  const port = values.port === undefined ? env.PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}".`);

  const app = await createAppServer({ dir: ROOT, dev: values.dev, hostname: values.hostname, port, trustedHops: env.TRUST_PROXY, redisUrl: env.REDIS_URL, redisKeyPrefix: env.REDIS_KEY_PREFIX });
  try {
    await app.listen();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") throw new Error(`Port ${port} is already in use: stop the other server or set PORT to a free port.`);
    throw error;
  }
  console.log(`Listening on http://${values.hostname ?? "localhost"}:${port}${values.dev ? " (development)" : ""}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight…`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
