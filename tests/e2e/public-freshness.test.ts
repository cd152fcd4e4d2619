import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type TDb } from "@/lib/server/db/client";
import { tokenHeaders } from "../support/accounts";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");

/** A stats bureau indicator and month no other browser test writes: October has no demo figure. */
const CODE = "industrial-value-added-growth";
const PERIOD = "2020-10";

/** Public outputs that show this indicator, in both languages where they are pages. */
const OUTPUTS: { target: string; cookie?: string }[] = [
  { target: "/" },
  { target: "/", cookie: "siping-locale=en" },
  { target: `/indicators/${CODE}` },
  { target: `/indicators/${CODE}`, cookie: "siping-locale=en" },
  { target: `/embed/${CODE}` },
  { target: `/api/v1/indicators/${CODE}?year=2020` },
  { target: "/api/v1/progress?year=2020" },
  { target: `/api/v1/export.csv?year=2020&indicator=${CODE}` },
  { target: "/api/v1/export.json?year=2020" },
  { target: "/feed.xml" },
];

interface TAnswer {
  cache: string | null;
  etag: string | null;
  body: string;
}

async function read({ target, cookie }: { target: string; cookie?: string }): Promise<TAnswer> {
  const res = await fetch(`${baseUrl}${target}`, { headers: cookie ? { cookie } : {} });
  expect(res.status, target).toBe(200);
  return { cache: res.headers.get("x-cache"), etag: res.headers.get("etag"), body: await res.text() };
}

let db: TDb;

beforeAll(() => {
  db = createDb(databaseUrl, { poolSize: 1 });
});

afterAll(async () => {
  await db?.$disconnect();
});

describe("the public cache and approvals", () => {
  it("serves public pages and API from the cache until an approval, then every one of them anew within a second", async () => {
    const official = await tokenHeaders(db, "e2e-fresh-official", "official", "stats");
    const leader = await tokenHeaders(db, "e2e-fresh-leader", "leader");
    const before = new Map<string, TAnswer>();
    for (const output of OUTPUTS) {
      await read(output);
      const answer = await read(output);
      expect(answer.cache, output.target).toBe("hit");
      before.set(`${output.cookie ?? ""}${output.target}`, answer);
    }
    // A 304 for a reader who already has the current answer.
    const conditional = await fetch(`${baseUrl}/api/v1/indicators/${CODE}?year=2020`, { headers: { "if-none-match": before.get(`/api/v1/indicators/${CODE}?year=2020`)!.etag! } });
    expect(conditional.status).toBe(304);

    // Written and submitted but not approved: nothing public changes.
    const put = await fetch(`${baseUrl}/api/v1/figures/${CODE}/${PERIOD}`, { method: "PUT", headers: official, body: JSON.stringify({ value: 7.3, version: 0, explanation: "十月回升" }) });
    expect(put.status).toBe(200);
    expect((await fetch(`${baseUrl}/api/v1/figures/${CODE}/${PERIOD}/submit`, { method: "POST", headers: official, body: "{}" })).status).toBe(200);
    for (const output of OUTPUTS) {
      const answer = await read(output);
      expect(answer.cache, output.target).toBe("hit");
      expect(answer.etag, output.target).toBe(before.get(`${output.cookie ?? ""}${output.target}`)!.etag);
    }

    const approve = await fetch(`${baseUrl}/api/v1/figures/${CODE}/${PERIOD}/approve`, { method: "POST", headers: leader, body: "{}" });
    expect(approve.status).toBe(200);
    const approvedAt = Date.now();
    const delays = await Promise.all(
      OUTPUTS.map(async (output) => {
        const old = before.get(`${output.cookie ?? ""}${output.target}`)!;
        // The first read after the approval's answer is already new: nothing waits for the old entry to go.
        const answer = await read(output);
        expect(answer.etag, output.target).not.toBe(old.etag);
        return { target: `${output.cookie ?? ""}${output.target}`, ms: Date.now() - approvedAt, answer };
      }),
    );
    console.log(delays.map((d) => `${d.target}: ${d.ms} ms`).join("\n"));
    for (const { target, ms } of delays) expect(ms, target).toBeLessThan(1_000);
    const answerOf = (target: string) => delays.find((d) => d.target === target)!.answer.body;
    expect(answerOf(`/api/v1/indicators/${CODE}?year=2020`)).toContain(`"period":"${PERIOD}","unit":null,"value":7.3`);
    expect(answerOf(`/api/v1/export.csv?year=2020&indicator=${CODE}`)).toMatch(new RegExp(`${PERIOD},7\\.3`));
    // The internal explanation never reaches a public answer.
    for (const { target, answer } of delays) expect(answer.body, target).not.toContain("十月回升");
  }, 60_000);
});
