import os from "node:os";
import { parseArgs } from "node:util";
import { indicatorPath, PUBLIC_PAGES } from "../public/routes";
import { runBench } from "./bench/cleanup";
import { capture, describeComparison, describeLoadResult, loadTest, waitForIdle } from "./bench/load-test";
import { startBenchServer, warmUp } from "./bench/public-server";
import { describeLoad } from "./bench/stats";
import { startStaticCopy } from "./bench/static-copy";

/**
 * `npm run bench:public [-- --connections 50 --duration 20 --indicator <code> --accept-encoding gzip]`:
 * how fast the public site answers, against the most a Node server could do with the same bytes.
 * For the overview, an indicator page and the 2020 indicator list of the public API: one GET
 * (with the headers autocannon sends) captures the body, a plain Node static server (its own
 * process) serves exactly those bytes with the same content type and encoding, and autocannon
 * drives the app, then the static server, for the same time with the same connections.
 * The app is the production server (serve.ts, as npm start runs it) on a fresh demo database:
 * PostgreSQL when DATABASE_URL is set (a scratch database, dropped at the end), else embedded.
 */

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "50" },
    duration: { type: "string", default: "20" },
    indicator: { type: "string" },
    "accept-encoding": { type: "string" },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
if (!Number.isInteger(connections) || connections < 1) throw new Error(`--connections must be a whole number, not "${values.connections}"`);
if (!Number.isInteger(duration) || duration < 1) throw new Error(`--duration must be whole seconds, not "${values.duration}"`);
/** autocannon sends no Accept-Encoding of its own: the captured body is what it will be answered. */
const headers: Record<string, string> = values["accept-encoding"] ? { "accept-encoding": values["accept-encoding"] } : {};
const WARM_UP_ROUNDS = 10;

async function benchTarget(label: string, appUrl: string, appPid: number): Promise<void> {
  const captured = await capture(appUrl, headers);
  const encoding = captured.contentEncoding ? `, ${captured.contentEncoding}` : "";
  console.log(`\n${label}: ${new URL(appUrl).pathname}${new URL(appUrl).search}`);
  if (captured.status === 404) {
    console.log(`    answers 404: this page is not built on this branch yet; skipped`);
    return;
  }
  if (captured.status < 200 || captured.status > 299) {
    console.log(`    answers ${captured.status}, not 2xx: NOT MEASURED (${captured.body.subarray(0, 200).toString()})`);
    return;
  }
  console.log(`    ${(captured.body.length / 1024).toFixed(1)} KiB (${captured.contentType}${encoding}); ${describeLoad()}`);
  await waitForIdle(appPid);
  const app = await loadTest(appUrl, { connections, duration, headers });
  console.log(describeLoadResult("app", app));
  const settling = await waitForIdle(appPid);
  if (settling > 1000) console.log(`    (the app took ${(settling / 1000).toFixed(1)} s more to finish the answers abandoned when the time ran out; the static copy starts after)`);
  const copy = await startStaticCopy(captured);
  try {
    const path = new URL(appUrl);
    const staticResult = await loadTest(`${copy.baseUrl}${path.pathname}${path.search}`, { connections, duration, headers });
    console.log(describeLoadResult("static copy", staticResult));
    console.log(describeComparison(app, staticResult));
  } finally {
    await copy.stop();
  }
}

runBench(async (cleanups) => {
  console.log("npm run bench:public: the public pages and API against a static server of the same bytes");
  const cpus = os.cpus();
  console.log(`CPU: ${cpus[0]?.model.trim() ?? "unknown"}, ${cpus.length} cores; Node ${process.version}; ${describeLoad()} at the start`);
  const { app, database, indicatorCode } = await startBenchServer(cleanups, { indicator: values.indicator });
  console.log(`Database: ${database.description}, seeded with the demo figures`);
  console.log(`autocannon: ${connections} connections, ${duration} s per side, ${headers["accept-encoding"] ? `Accept-Encoding: ${headers["accept-encoding"]}` : "no Accept-Encoding (uncompressed answers)"}`);
  const targets = [
    { label: "Overview", path: PUBLIC_PAGES.overview },
    { label: `Indicator page (${indicatorCode})`, path: indicatorPath(indicatorCode) },
    { label: "Public API, the 2020 indicators", path: "/api/v1/indicators?year=2020" },
  ];
  await warmUp(app.baseUrl, targets.map((t) => t.path), WARM_UP_ROUNDS);
  for (const target of targets) await benchTarget(target.label, `${app.baseUrl}${target.path}`, app.pid);
  console.log(`\nAt the end: ${describeLoad()} (other work on the machine lowers every figure above; compare the ratios).`);
});
