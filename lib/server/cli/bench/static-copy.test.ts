import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { capture } from "./load-test";
import { startStaticCopy } from "./static-copy";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the static copy bench:public compares the app with", () => {
  it("answers any path with exactly the captured bytes, content type and encoding, and stops its process", async () => {
    const body = gzipSync(Buffer.from(JSON.stringify({ year: 2020, name: "地区生产总值" })));
    const copy = await startStaticCopy({ status: 200, contentType: "application/json; charset=utf-8", contentEncoding: "gzip", body });
    const pid = copy.pid;
    try {
      for (const path of ["/", "/api/v1/indicators?year=2020"]) {
        const answer = await capture(`${copy.baseUrl}${path}`, {});
        expect(answer.status).toBe(200);
        expect(answer.contentType).toBe("application/json; charset=utf-8");
        expect(answer.contentEncoding).toBe("gzip");
        expect(answer.body.equals(body)).toBe(true);
      }
    } finally {
      await copy.stop();
    }
    expect(isRunning(pid)).toBe(false);
  });

  it("sends no Content-Encoding when the captured answer had none", async () => {
    const copy = await startStaticCopy({ status: 200, contentType: "text/html; charset=utf-8", contentEncoding: undefined, body: Buffer.from("<p>四平</p>") });
    try {
      const answer = await capture(copy.baseUrl, {});
      expect(answer.contentEncoding).toBeUndefined();
      expect(answer.body.toString()).toBe("<p>四平</p>");
    } finally {
      await copy.stop();
    }
  });
});
