import { readFileSync } from "node:fs";
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

/** Clock ticks per second of /proc/<pid>/stat times: 100 on every Linux this runs on. */
const CLOCK_TICKS = 100;

/** CPU milliseconds (user + system) a process has used so far; null when it is gone or /proc cannot tell (not Linux). */
export function processCpuMs(pid: number): number | null {
  try {
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** CPU used so far by each process that can be read. */
function cpuByPid(pids: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    const ms = processCpuMs(pid);
    if (ms !== null) out.set(pid, ms);
  }
  return out;
}

/** The server processes of every connection to the database at `url` (other than this query's own), when the server is on this machine. */
export async function backendPids(url: string): Promise<number[]> {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]", ""].includes(host)) return [];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

export interface TCpuShare {
  /** Mean CPU milliseconds per run of each side, or null where it could not be read. */
  node: number | null;
  postgres: number | null;
}

/**
 * Times `fn` as timeRuns does and also counts the CPU it costs, per run on average: this
 * process's (or `nodePid`'s, a server's), and PostgreSQL's backends for `url`. On a shared
 * machine the wall-clock figures swell with other work; CPU per request does not.
 */
export async function timeRunsWithCpu(
  fn: () => Promise<unknown> | unknown,
  { warmup, runs, url, nodePid }: { warmup: number; runs: number; url: string; nodePid?: number },
): Promise<{ times: number[]; cpu: TCpuShare }> {
  for (let i = 0; i < warmup; i += 1) await fn();
  // Backends are listed before and after: a pool may open or close connections meanwhile (one
  // closed during the runs takes its share with it, so PostgreSQL's figure is a floor).
  const pgBefore = cpuByPid(await backendPids(url));
  const nodeCpu = () => {
    if (nodePid !== undefined) return processCpuMs(nodePid);
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const startNode = nodeCpu();
  const times = await timeRuns(fn, { warmup: 0, runs });
  const endNode = nodeCpu();
  const pgAfter = cpuByPid(await backendPids(url));
  let pgMs = 0;
  for (const [pid, ms] of pgAfter) pgMs += ms - (pgBefore.get(pid) ?? 0);
  return {
    times,
    cpu: {
      node: startNode === null || endNode === null ? null : (endNode - startNode) / runs,
      postgres: pgAfter.size === 0 ? null : pgMs / runs,
    },
  };
}

export function describeCpu(cpu: TCpuShare, nodeLabel: string): string {
  const part = (label: string, ms: number | null) => `${label} ${ms === null ? "not measurable here" : `${ms.toFixed(0)} ms`}`;
  return `${" ".repeat(4)}CPU per request (mean): ${part(nodeLabel, cpu.node)}, ${part("PostgreSQL", cpu.postgres)}`;
}
