import os from "node:os";
import pg from "pg";

export interface TSummary {
  runs: number;
  median: number;
  p95: number;
}

/** Median and 95th percentile (nearest rank) of timings in milliseconds. */
export function summarise(times: readonly number[]): TSummary {
  if (times.length === 0) throw new Error("no timings to summarise");
  const sorted = [...times].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: sorted.length, median, p95: rank(0.95) };
}

export function formatMs(ms: number): string {
  return ms < 1 ? `${ms.toFixed(3)} ms` : ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(1)} ms`;
}

/** One line: label, median, p95, and the number of timed runs. */
export function describe(label: string, summary: TSummary, aimMs?: number): string {
  const verdict = aimMs === undefined ? "" : summary.median <= aimMs ? `   (aim: median under ${aimMs} ms: met)` : `   (aim: median under ${aimMs} ms: MISSED)`;
  return `  ${label.padEnd(44)} median ${formatMs(summary.median).padStart(10)}   p95 ${formatMs(summary.p95).padStart(10)}   (${summary.runs} runs)${verdict}`;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns milliseconds per run. */
export async function timeRuns(fn: () => Promise<unknown> | unknown, { warmup, runs }: { warmup: number; runs: number }): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times;
}

/** The 1, 5 and 15 minute load averages: on a shared machine, the figures are only as quiet as this. */
export function describeLoad(): string {
  return `load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} on ${os.cpus().length} cores`;
}

/** What the figures were measured on: CPU, cores, memory, Node and the PostgreSQL server. */
export async function describeMachine(serverUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  let version: string;
  try {
    version = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
  } finally {
    await client.end();
  }
  const cpus = os.cpus();
  return [
    `CPU: ${cpus[0]?.model.trim() ?? "unknown"}, ${cpus.length} cores (${describeLoad()} at the start)`,
    `Memory: ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; PostgreSQL ${version} (${new URL(serverUrl).host})`,
  ];
}
