import os from "node:os";
import { parseArgs } from "node:util";
import { indicatorPath, PUBLIC_PAGES } from "../public/routes";
import { runBench } from "./bench/cleanup";
import { launchChromium, runLighthouse, type TPreset } from "./bench/lighthouse-chrome";
import { describeSummary, summariseRuns, type TLighthouseRun } from "./bench/lighthouse-summary";
import { startBenchServer, warmUp } from "./bench/public-server";
import { describeLoad } from "./bench/stats";

/**
 * `npm run bench:lighthouse [-- --runs 3 --indicator <code> --preset mobile|desktop]`: Lighthouse
 * (performance, accessibility, best practices) in Debian's Chromium on the overview and an
 * indicator page, mobile and desktop presets, on the same server `npm run bench:public` measures.
 * Prints the median scores, LCP, TBT and CLS, and the failing audits of every category below the
 * issue's bar (performance 90, accessibility 100).
 */

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    indicator: { type: "string" },
    preset: { type: "string", multiple: true },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number, not "${values.runs}"`);
const presets = (values.preset ?? ["mobile", "desktop"]).map((p) => {
  if (p !== "mobile" && p !== "desktop") throw new Error(`--preset must be mobile or desktop, not "${p}"`);
  return p as TPreset;
});

/** Lighthouse asks for a new run when it failed to record one (NO_NAVSTART, …): up to MAX_ATTEMPTS, saying so. */
const MAX_ATTEMPTS = 3;

async function runUsable(run: () => Promise<TLighthouseRun>): Promise<TLighthouseRun> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await run();
    if (!result.runtimeError || attempt === MAX_ATTEMPTS) return result;
    console.log(`    (a run failed, ${result.runtimeError}; running it again)`);
  }
}

runBench(async (cleanups) => {
  console.log("npm run bench:lighthouse: Lighthouse on the public pages");
  const cpus = os.cpus();
  console.log(`CPU: ${cpus[0]?.model.trim() ?? "unknown"}, ${cpus.length} cores; Node ${process.version}; ${describeLoad()} at the start`);
  const { app, database, indicatorCode } = await startBenchServer(cleanups, { indicator: values.indicator });
  console.log(`Database: ${database.description}, seeded with the demo figures`);
  const pages = [
    { label: "Overview", path: PUBLIC_PAGES.overview },
    { label: `Indicator page (${indicatorCode})`, path: indicatorPath(indicatorCode) },
  ];
  await warmUp(app.baseUrl, pages.map((p) => p.path), 5);
  const chrome = await launchChromium();
  cleanups.add(async () => chrome.kill());
  for (const page of pages) {
    const url = `${app.baseUrl}${page.path}`;
    const response = await fetch(url);
    await response.arrayBuffer();
    console.log(`\n${page.label}: ${page.path}`);
    if (response.status === 404) {
      console.log("    answers 404: this page is not built on this branch yet; skipped");
      continue;
    }
    if (!response.ok) console.log(`    answers ${response.status}, not 2xx: the scores below are of that answer`);
    for (const preset of presets) {
      const results: TLighthouseRun[] = [];
      for (let i = 0; i < runs; i += 1) results.push(await runUsable(() => runLighthouse(chrome, url, preset)));
      for (const line of describeSummary(preset, summariseRuns(results))) console.log(line);
    }
  }
  console.log(`\nAt the end: ${describeLoad()} (other work on the machine lowers the performance scores).`);
});
