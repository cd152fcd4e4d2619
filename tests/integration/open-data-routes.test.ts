import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { GET as getCsv } from "@/app/api/v1/export.csv/route";
import { GET as getJson } from "@/app/api/v1/export.json/route";
import { GET as getFeed } from "@/app/feed.xml/route";
import { ZErrorBody } from "@/lib/contracts/common";
import { ZExport } from "@/lib/contracts/export";
import { disconnectDb } from "@/lib/server/db/client";
import type { TRouteHandler } from "@/lib/server/http/route";
import { CSV_HEADER } from "@/lib/server/public/export-csv";
import { parseAtom } from "../support/atom";

afterAll(disconnectDb);

async function call(handler: TRouteHandler, url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
  const response = await handler(new Request(new URL(url, "https://data.example.org"), { headers }), { params: Promise.resolve({}) });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
const column = (key: string) => CSV_HEADER.find((h) => h.endsWith(` ${key}`))!;

describe("GET /api/v1/export.csv", () => {
  it("answers UTF-8 with a byte-order mark, CRLF line ends and a Chinese file name, as a spreadsheet expects", async () => {
    const res = await call(getCsv, "/api/v1/export.csv?year=2020");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = text(res.bytes);
    expect(body.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const disposition = res.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="siping-2020-targets\.csv"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe("四平市2020年目标数据.csv");
  });

  it("parses back with its Chinese intact: one bilingual header row, every indicator of the year", async () => {
    const [csv, json] = await Promise.all([call(getCsv, "/api/v1/export.csv?year=2020"), call(getJson, "/api/v1/export.json?year=2020")]);
    const records = parse(Buffer.from(csv.bytes), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual(CSV_HEADER);
    expect(CSV_HEADER[0]).toBe("指标代码 code");
    const data = ZExport.parse(JSON.parse(text(json.bytes)));
    expect(new Set(records.map((r) => r[column("code")]))).toEqual(new Set(data.indicators.map((i) => i.code)));
    const gdp = data.indicators.find((i) => i.code === "gdp-growth")!;
    const gdpRow = records.find((r) => r[column("code")] === "gdp-growth")!;
    expect(gdpRow[column("name_zh")]).toBe(gdp.nameZh);
    expect(gdpRow[column("name_zh")]).toMatch(/[\u4e00-\u9fff]/);
    expect(gdpRow[column("lead_bureau_zh")]).toBe("市统计局");
    expect(gdpRow[column("target_comparator")]).toBe("range");
    expect([gdpRow[column("target_min")], gdpRow[column("target_max")]]).toEqual(["5", "6"]);
  });

  it("gives one indicator's rows with ?indicator=, per unit for a per-unit target", async () => {
    const res = await call(getCsv, "/api/v1/export.csv?year=2020&indicator=rural-scenic-byway-per-county");
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get("content-disposition")!.split("UTF-8''")[1]!)).toBe("四平市2020年目标数据-rural-scenic-byway-per-county.csv");
    const records = parse(Buffer.from(res.bytes), { bom: true, columns: true }) as Record<string, string>[];
    expect(new Set(records.map((r) => r[column("code")]))).toEqual(new Set(["rural-scenic-byway-per-county"]));
    const parts = new Set(records.map((r) => r[column("part")]));
    expect(parts.size).toBeGreaterThan(1);
    for (const record of records) expect(record[column("part_target")], record[column("part")]).not.toBe("");
  });

  it("refuses a bad year (400) and an unknown indicator (404) in the API's error shape, in the caller's language", async () => {
    const bad = await call(getCsv, "/api/v1/export.csv?year=20x0");
    expect(bad.status).toBe(400);
    expect(ZErrorBody.parse(JSON.parse(text(bad.bytes))).error.issues?.[0]?.path).toBe("query.year");
    const zh = await call(getCsv, "/api/v1/export.csv?year=2020&indicator=no-such-indicator");
    expect(zh.status).toBe(404);
    expect(ZErrorBody.parse(JSON.parse(text(zh.bytes))).error.message).toBe("未找到指标 no-such-indicator 的 2020 年目标");
    const en = await call(getJson, "/api/v1/export.json?year=2020&indicator=no-such-indicator", { "accept-language": "en" });
    expect(en.status).toBe(404);
    expect(ZErrorBody.parse(JSON.parse(text(en.bytes))).error.message).toBe("No indicator no-such-indicator with a 2020 target");
    expect((await call(getJson, "/api/v1/export.json?year=2020&extra=1")).status).toBe(400);
  });
});

describe("GET /api/v1/export.json", () => {
  it("answers the same indicators and figures as the CSV, with the latest approval time and no generation time", async () => {
    const res = await call(getJson, "/api/v1/export.json?year=2020&indicator=afforestation");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^inline; /);
    const data = ZExport.parse(JSON.parse(text(res.bytes)));
    expect(data.indicators.map((i) => i.code)).toEqual(["afforestation"]);
    expect(data.publishedAt).not.toBeNull();
    expect(data.indicators[0]!.figures.every((f) => f.publishedAt <= data.publishedAt!)).toBe(true);
    expect(Object.keys(data)).not.toContain("generatedAt");
  });
});

describe("GET /feed.xml", () => {
  it("is a well-formed Atom feed of approvals, newest first, linking to indicator pages on the request's origin", async () => {
    const res = await call(getFeed, "/feed.xml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const feed = parseAtom(text(res.bytes));
    expect(feed.lang).toBe("zh-CN");
    expect(feed.selfLink).toBe("https://data.example.org/feed.xml");
    expect(feed.entries.length).toBeGreaterThan(0);
    expect(feed.entries.length).toBeLessThanOrEqual(100);
    expect(feed.updated).toBe(feed.entries[0]!.updated);
    for (const entry of feed.entries) {
      expect(entry.id).toMatch(/^tag:data\.example\.org,2020:figure\//);
      expect(entry.link).toMatch(/^https:\/\/data\.example\.org\/indicators\/[a-z0-9-]+$/);
      expect(entry.title).toMatch(/：(发布|修订) /);
    }
  });

  it("speaks the language of the switch's cookie, else of Accept-Language", async () => {
    const en = parseAtom(text((await call(getFeed, "/feed.xml", { "accept-language": "en-GB,en" })).bytes));
    expect(en.lang).toBe("en");
    expect(en.entries[0]!.title).toMatch(/: (published|revised) /);
    const cookie = parseAtom(text((await call(getFeed, "/feed.xml", { "accept-language": "en", cookie: "a=b; siping-locale=zh-CN" })).bytes));
    expect(cookie.lang).toBe("zh-CN");
  });
});
