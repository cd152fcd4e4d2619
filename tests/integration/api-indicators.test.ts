import { describe, expect, it } from "vitest";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as getIndicator } from "@/app/api/v1/indicators/[code]/route";
import { ZErrorBody } from "@/lib/contracts/common";
import { ZIndicatorDetail, ZIndicatorList, type TIndicator } from "@/lib/contracts/indicators";
import { getDb } from "@/lib/server/db/client";
import { readReportText } from "@/seed/report";
import { callRoute } from "../support/request";

async function list(year = "2020"): Promise<TIndicator[]> {
  const res = await callRoute(getIndicators, `/api/v1/indicators?year=${year}`);
  expect(res.status).toBe(200);
  return ZIndicatorList.parse(res.body).indicators;
}

function byCode(indicators: TIndicator[], code: string): TIndicator {
  const found = indicators.find((i) => i.code === code);
  if (!found) throw new Error(`missing ${code}`);
  return found;
}

describe("GET /api/v1/indicators", () => {
  it("lists every 2020 target of the report in the contract's shape", async () => {
    const indicators = await list();
    expect(indicators.length).toBeGreaterThan(40);
    expect(new Set(indicators.map((i) => i.code)).size).toBe(indicators.length);
    expect(indicators.every((i) => i.target.year === 2020)).toBe(true);
  });

  it("keeps the report's numbers, units and comparators", async () => {
    const indicators = await list();
    expect(byCode(indicators, "gdp-growth").target).toMatchObject({ comparator: "range", value: null, min: 5, max: 6 });
    expect(byCode(indicators, "afforestation")).toMatchObject({ unit: "万亩", target: { comparator: "=", value: 23.6 } });
    expect(byCode(indicators, "pm25-mean")).toMatchObject({
      unit: "微克/立方米",
      direction: "lower_is_better",
      target: { comparator: "<=", value: 35 },
    });
    expect(byCode(indicators, "good-air-days")).toMatchObject({ kind: "day_count", unit: "天", target: { comparator: ">=", value: 300 } });
    expect(byCode(indicators, "employment-training")).toMatchObject({ unit: "万人", target: { comparator: ">=", value: 1 } });
    expect(byCode(indicators, "old-community-renovation").target.value).toBe(103);
    expect(byCode(indicators, "urban-fiscal-revenue-growth").target.value).toBe(3.1);
  });

  it("pairs targets with 2019 baselines and flags those that are not like-for-like", async () => {
    const indicators = await list();
    expect(byCode(indicators, "gdp-growth").baseline).toMatchObject({ year: 2019, comparator: "about", value: 4, estimated: true, comparable: true });
    expect(byCode(indicators, "industrial-value-added-growth").baseline).toMatchObject({ value: 2, comparable: false });
    expect(byCode(indicators, "good-air-days").baseline).toMatchObject({ value: 80.3, unit: "%", comparable: false });
    expect(byCode(indicators, "pm25-mean").baseline).toMatchObject({ value: 37, comparable: true });
    expect(byCode(indicators, "afforestation").baseline).toMatchObject({ value: 68.7, unit: "万亩" });
  });

  it("quotes the report verbatim for every target and baseline", async () => {
    const text = readReportText();
    for (const ind of await list()) {
      expect(text, ind.code).toContain(ind.target.sourceQuote);
      if (ind.baseline) expect(text, ind.code).toContain(ind.baseline.sourceQuote);
    }
  });

  it("lists the 2021 target separately and nothing for a year without targets", async () => {
    expect((await list("2021")).map((i) => i.code)).toEqual(["special-vehicle-capacity"]);
    expect(await list("2019")).toEqual([]);
  });

  it("answers a bad year with 400 and a clear message in the caller's language", async () => {
    const zh = await callRoute(getIndicators, "/api/v1/indicators?year=abc");
    expect(zh.status).toBe(400);
    const zhBody = ZErrorBody.parse(zh.body);
    expect(zhBody.error.code).toBe("INVALID");
    expect(zhBody.error.message).toContain("年份应为2000至2100之间的整数");
    expect(zhBody.error.issues?.[0]?.path).toBe("query.year");

    const en = await callRoute(getIndicators, "/api/v1/indicators?year=20.5", { headers: { "accept-language": "en-US,en;q=0.9" } });
    expect(en.status).toBe(400);
    expect(ZErrorBody.parse(en.body).error.message).toContain("year must be a whole year");
  });
});

describe("GET /api/v1/indicators/{code}", () => {
  it("returns the indicator with its published figures only", async () => {
    const db = getDb();
    const indicator = await db.indicator.findUniqueOrThrow({ where: { code: "afforestation" }, select: { id: true } });
    const draft = await db.figure.create({ data: { indicatorId: indicator.id, year: 2020, month: 12, value: 99, status: "draft", isDemo: true } });
    try {
      const res = await callRoute(getIndicator, "/api/v1/indicators/afforestation?year=2020", { params: { code: "afforestation" } });
      expect(res.status).toBe(200);
      const detail = ZIndicatorDetail.parse(res.body);
      expect(detail.code).toBe("afforestation");
      expect(detail.figures.length).toBeGreaterThan(0);
      expect(detail.figures.map((f) => f.period)).not.toContain("2020-12");
      const approved = await db.figure.count({ where: { indicatorId: indicator.id, year: 2020, status: "approved" } });
      expect(detail.figures).toHaveLength(approved);
      expect(detail.figures.every((f) => f.isDemo)).toBe(true);
    } finally {
      await db.figure.delete({ where: { id: draft.id } });
    }
  });

  it("marks a figure revised after approval", async () => {
    const res = await callRoute(getIndicator, "/api/v1/indicators/gdp-growth", { params: { code: "gdp-growth" } });
    const detail = ZIndicatorDetail.parse(res.body);
    expect(detail.figures.map((f) => f.period)).toEqual(["2020-03", "2020-06", "2020-09"]);
    const q1 = detail.figures[0]!;
    expect(q1.revisedAt).not.toBeNull();
    expect(detail.figures[1]!.revisedAt).toBeNull();
  });

  it("answers an unknown code with 404 and a malformed one with 400", async () => {
    const missing = await callRoute(getIndicator, "/api/v1/indicators/no-such-thing", { params: { code: "no-such-thing" } });
    expect(missing.status).toBe(404);
    expect(ZErrorBody.parse(missing.body).error.code).toBe("NOT_FOUND");
    const bad = await callRoute(getIndicator, "/api/v1/indicators/GDP?year=x", { params: { code: "GDP" } });
    expect(bad.status).toBe(400);
    expect(ZErrorBody.parse(bad.body).error.issues?.map((i) => i.path)).toEqual(["params.code", "query.year"]);
  });
});
