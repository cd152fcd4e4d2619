import { request } from "node:http";
import autocannon from "autocannon";
import { processCpuMs } from "./stats";

export interface TCapturedResponse {
  status: number;
  contentType: string;
  contentEncoding: string | undefined;
  body: Buffer;
}

export interface TLoadResult {
  /** Requests per second: mean and median of the per-second samples. */
  meanRps: number;
  medianRps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers other than 2xx, connection errors and timeouts: any of them makes the figures suspect. */
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerAnswer: number;
}

/**
 * One GET with exactly the given headers (plain node:http: fetch would add its own
 * Accept-Encoding and decode the body), the raw bytes as the server sent them.
 */
export function capture(url: string, headers: Record<string, string>): Promise<TCapturedResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers["content-type"] ?? "application/octet-stream",
          contentEncoding: res.headers["content-encoding"],
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

export async function loadTest(url: string, options: { connections: number; duration: number; headers: Record<string, string> }): Promise<TLoadResult> {
  const result = await autocannon({ url, connections: options.connections, duration: options.duration, headers: options.headers });
  return {
    meanRps: result.requests.mean,
    medianRps: result.requests.p50,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerAnswer: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  };
}

/**
 * Waits until the process uses under a tenth of a core (or `maxMs` passed): when autocannon's
 * time is up, the app is still rendering the answers it abandoned, and that work must not
 * land on the next measurement. Returns how long it waited.
 */
export async function waitForIdle(pid: number, maxMs = 60_000): Promise<number> {
  const started = performance.now();
  const STEP_MS = 500;
  let before = processCpuMs(pid);
  while (before !== null && performance.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, STEP_MS));
    const after = processCpuMs(pid);
    if (after === null || after - before < STEP_MS / 10) break;
    before = after;
  }
  return performance.now() - started;
}

const rps = (n: number) => n.toLocaleString("en", { maximumFractionDigits: n < 100 ? 1 : 0 });

/** One line of figures for one side (app or static server). */
export function describeLoadResult(label: string, r: TLoadResult): string {
  const failures = r.non2xx + r.errors + r.timeouts;
  const flag = failures === 0 ? "0 failures" : `FAILURES: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`;
  // autocannon gives up on an answer after 10 s and leaves it out of the latencies.
  const note = r.timeouts > 0 ? " (answers over 10 s timed out and are not in p99: it reads low)" : "";
  return `    ${label.padEnd(14)} ${rps(r.meanRps).padStart(8)} req/s mean  ${rps(r.medianRps).padStart(8)} median   p50 ${String(r.p50Ms).padStart(5)} ms  p99 ${String(r.p99Ms).padStart(5)} ms   ${r.requests.toLocaleString("en")} requests, ${flag}${note}`;
}

/** The app against its static copy, with the aims: at least half the static throughput, p99 under 100 ms. */
export function describeComparison(app: TLoadResult, copy: TLoadResult): string {
  const ratio = copy.meanRps > 0 ? app.meanRps / copy.meanRps : 0;
  return (
    `    app/static     ${(ratio * 100).toFixed(1)}% of the static server's requests/s (aim ≥ 50%: ${ratio >= 0.5 ? "met" : "MISSED"}); ` +
    `app p99 ${app.p99Ms} ms (aim < 100 ms: ${app.p99Ms < 100 ? "met" : "MISSED"})`
  );
}
