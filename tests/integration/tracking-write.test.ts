import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as putRoute } from "@/app/api/v1/figures/[code]/[period]/route";
import { POST as submitRoute } from "@/app/api/v1/figures/[code]/[period]/submit/route";
import { POST as approveRoute } from "@/app/api/v1/figures/[code]/[period]/approve/route";
import { POST as returnRoute } from "@/app/api/v1/figures/[code]/[period]/return/route";
import { GET as getIndicator } from "@/app/api/v1/indicators/[code]/route";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { ZFigure } from "@/lib/contracts/figures";
import { ZIndicatorDetail, ZIndicatorList } from "@/lib/contracts/indicators";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { countAuditRows, snapshotWrites, tokenHeaders } from "../support/accounts";
import { callRoute } from "../support/request";

/**
 * The write path with tracking semantics: per-unit targets take `?unit=` (required there, refused
 * elsewhere), figures are stored as typed in the entry unit and published in the display unit.
 * Fixtures: months 2020-11 and 2020-12, which the demo data leaves empty.
 */
let transport: Record<string, string>;
let hrss: Record<string, string>;
let housing: Record<string, string>;
let leader: Record<string, string>;

beforeAll(async () => {
  const db = getDb();
  const token = (login: string, role: "official" | "leader" | "admin", department?: string) => tokenHeaders(db, login, role, department);
  transport = await token("tw-transport", "official", "transport");
  hrss = await token("tw-hrss", "official", "hrss");
  housing = await token("tw-housing", "official", "housing");
  leader = await token("tw-leader", "leader");
});
afterAll(disconnectDb);

const url = (code: string, period: string, action = "", unit?: string) =>
  `/api/v1/figures/${code}/${period}${action ? `/${action}` : ""}${unit ? `?unit=${unit}` : ""}`;
const put = (headers: Record<string, string>, code: string, period: string, body: unknown, unit?: string) =>
  callRoute(putRoute, url(code, period, "", unit), { method: "PUT", params: { code, period }, headers, body });
const act = (route: typeof submitRoute, action: string, headers: Record<string, string>, code: string, period: string, unit?: string, body?: unknown) =>
  callRoute(route, url(code, period, action, unit), { method: "POST", params: { code, period }, headers, body });

async function publish(headers: Record<string, string>, code: string, period: string, value: number, unit?: string) {
  expect((await put(headers, code, period, { value }, unit)).status).toBe(200);
  expect((await act(submitRoute, "submit", headers, code, period, unit)).status).toBe(200);
  const approved = await act(approveRoute, "approve", leader, code, period, unit);
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return ZFigure.parse(approved.body);
}

async function detail(code: string) {
  const res = await callRoute(getIndicator, `/api/v1/indicators/${code}?year=2020`, { params: { code } });
  return ZIndicatorDetail.parse(res.body);
}

describe("per-unit targets", () => {
  const code = "rural-scenic-byway-per-county";

  it("take one figure per unit and month, each published under its unit", async () => {
    const lishu = await publish(transport, code, "2020-11", 96.5, "lishu");
    const yitong = await publish(transport, code, "2020-11", 101, "yitong");
    expect(lishu).toMatchObject({ unit: "lishu", value: 96.5, published: { value: 96.5 } });
    expect(yitong).toMatchObject({ unit: "yitong", value: 101 });
    const shown = (await detail(code)).figures.filter((f) => f.period === "2020-11");
    expect(shown.map((f) => [f.unit, f.value])).toEqual([
      ["lishu", 96.5],
      ["yitong", 101],
    ]);
    const rows = await getDb().figure.count({ where: { year: 2020, month: 11, indicator: { code } } });
    expect(rows).toBe(2);
  });

  it("refuse a write without a unit, with an unknown unit, and a unit on an ordinary target: 400 in the caller's language, nothing changes", async () => {
    const cases: [Record<string, string>, string, string | undefined, RegExp, RegExp][] = [
      [transport, code, undefined, /按单位分别填报.*lishu, yitong, shuangliao/, /reported per unit.*lishu, yitong, shuangliao/],
      [transport, code, "tiexi", /没有单位 tiexi/, /has no unit tiexi/],
      [housing, "flush-toilets", "lishu", /不分单位填报/, /not reported per unit/],
    ];
    for (const [headers, c, unit, zh, en] of cases) {
      const scope = { codes: [c], periods: ["2020-12"] };
      const before = await snapshotWrites(getDb(), scope);
      const resZh = await put(headers, c, "2020-12", { value: 1 }, unit);
      expect(resZh.status).toBe(400);
      expect(resZh.body).toMatchObject({ error: { code: "INVALID", message: expect.stringMatching(zh) } });
      const resEn = await put({ ...headers, "accept-language": "en" }, c, "2020-12", { value: 1 }, unit);
      expect(resEn.body).toMatchObject({ error: { message: expect.stringMatching(en) } });
      expect(await snapshotWrites(getDb(), scope)).toBe(before);
      expect(await countAuditRows(getDb(), resZh.headers.get("x-request-id"))).toBe(0);
    }
    // Review routes need the unit too.
    expect((await act(approveRoute, "approve", leader, code, "2020-11")).status).toBe(400);
    expect((await act(returnRoute, "return", leader, code, "2020-11", undefined, { reason: "x" })).status).toBe(400);
  });

  it("check the caller's bureau before the unit: another bureau gets 403, not a hint about units", async () => {
    const res = await put(housing, code, "2020-12", { value: 1 });
    expect(res.status).toBe(403);
  });

  it("refuse a malformed unit code with 400", async () => {
    const res = await put(transport, code, "2020-12", { value: 1 }, "Li%20Shu");
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { issues: [{ path: "query.unit" }] } });
  });
});

describe("entry unit", () => {
  const code = "employment-training";

  it("stores 520 people as typed and publishes 0.052 万人", async () => {
    const figure = await publish(hrss, code, "2020-11", 520);
    expect(figure).toMatchObject({ value: 520, published: { value: 520 } });
    const stored = await getDb().figure.findFirstOrThrow({ where: { year: 2020, month: 11, indicator: { code } }, select: { value: true, publishedValue: true } });
    expect(stored.value?.toString()).toBe("520");
    const view = await detail(code);
    expect(view).toMatchObject({ unit: "万人", entryUnit: "人", entryFactor: 0.0001, basis: "month_amount" });
    expect(view.figures.find((f) => f.period === "2020-11")).toMatchObject({ unit: null, value: 0.052 });
  });

  it("shows a revised training figure old → new in the display unit", async () => {
    const current = ZFigure.parse((await put(hrss, code, "2020-12", { value: 1234 })).body);
    await act(submitRoute, "submit", hrss, code, "2020-12");
    await act(approveRoute, "approve", leader, code, "2020-12");
    await put(hrss, code, "2020-12", { value: 1300, version: current.version + 2, reason: "补报一个培训班" });
    await act(submitRoute, "submit", hrss, code, "2020-12");
    await act(approveRoute, "approve", leader, code, "2020-12");
    const revision = (await detail(code)).revisions.find((r) => r.period === "2020-12");
    expect(revision).toMatchObject({ previousValue: 0.1234, value: 0.13 });
  });

  it("judges a typed share against 0–100 and typed people against nothing but sign", async () => {
    expect((await put(hrss, code, "2020-12", { value: 250_000, reason: "核对" })).status).toBe(200);
    expect((await put(hrss, code, "2020-12", { value: 0.5, reason: "核对" })).status).toBe(200);
    expect((await put(hrss, code, "2020-12", { value: -1, reason: "核对" })).status).toBe(400);
  });
});

describe("GET /api/v1/indicators serves how each target is tracked", () => {
  it("gives basis, frequency, entry unit and factor, hedge, schedule and units", async () => {
    const res = await callRoute(getIndicators, "/api/v1/indicators?year=2020");
    const list = ZIndicatorList.parse(res.body).indicators;
    const by = (c: string) => list.find((i) => i.code === c)!;
    expect(by("gdp-growth")).toMatchObject({ basis: "ytd_rate", frequency: "quarterly", entryUnit: "%", entryFactor: 1, hedge: null, schedule: null, units: null });
    expect(by("good-air-days")).toMatchObject({ basis: "month_count", hedge: "aspirational", schedule: expect.any(Array) });
    expect(by("fertilizer-use-growth").hedge).toBe("guaranteed");
    expect(by("pm25-mean").schedule![0]).toBeGreaterThan(1 / 12);
    expect(by("rural-scenic-byway-per-district").units).toEqual([
      { code: "tiexi", nameZh: "铁西区", nameEn: "Tiexi District", value: 50 },
      { code: "tiedong", nameZh: "铁东区", nameEn: "Tiedong District", value: 50 },
    ]);
    expect(by("general-expenditure-growth")).toMatchObject({ section: { code: "government" }, department: { code: "finance" }, target: { comparator: "<=", value: 0 } });
    for (const i of list) {
      expect(i.schedule === null, i.code).toBe(["growth_rate", "level", "share"].includes(i.kind));
      expect(i.entryUnit === i.unit, i.code).toBe(i.entryFactor === 1);
    }
  });
});
