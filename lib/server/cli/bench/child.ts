import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../../..");

export interface TReadyChild<T> {
  pid: number;
  /** What the child printed as its first JSON line once ready. */
  ready: T;
  stop(): Promise<void>;
}

/**
 * Starts a helper script of the bench (TypeScript, through tsx) in a process of its own, so its
 * work does not share this process's event loop with the load generator, and waits for the one
 * JSON line it prints when ready. It runs in its own process group (Ctrl-C reaches only the bench,
 * which stops it in order) and stops by itself when this process's end of its stdin closes.
 */
export async function startReadyChild<T>(script: string, args: string[], timeoutMs = 120_000): Promise<TReadyChild<T>> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, script), ...args], {
    cwd: ROOT,
    stdio: ["pipe", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  const ready = new Promise<T>((resolve, reject) => {
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf("\n");
      if (newline >= 0) resolve(JSON.parse(stdout.slice(0, newline)) as T);
    });
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code} before it was ready:\n${output.trim()}`)));
    setTimeout(() => reject(new Error(`${script} was not ready within ${timeoutMs / 1000} s:\n${output.trim()}`)), timeoutMs).unref();
  });
  try {
    return { pid: child.pid!, ready: await ready, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** For the helper scripts: runs `stop` once on SIGTERM, SIGINT or when the bench's end of stdin closes (the bench died). */
export function onStopRequest(stop: () => Promise<void>): void {
  let stopping = false;
  const once = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", once);
  process.on("SIGINT", once);
  process.stdin.on("end", once);
  process.stdin.resume();
}
