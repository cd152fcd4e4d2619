import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startReadyChild } from "./child";
import type { TCapturedResponse } from "./load-test";

export interface TStaticCopy {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/** A static server (own process) answering every request with the captured body, content type and encoding. */
export async function startStaticCopy(captured: TCapturedResponse): Promise<TStaticCopy> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "siping-bench-static-"));
  try {
    const file = path.join(dir, "body");
    await writeFile(file, captured.body);
    const args = ["--file", file, "--content-type", captured.contentType];
    if (captured.contentEncoding) args.push("--content-encoding", captured.contentEncoding);
    const child = await startReadyChild<{ port: number }>("static-copy-main.ts", args);
    return {
      baseUrl: `http://127.0.0.1:${child.ready.port}`,
      pid: child.pid,
      stop: async () => {
        await child.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
