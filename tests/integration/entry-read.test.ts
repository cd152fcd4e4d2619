import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as gridRoute } from "@/app/api/v1/figures/route";
import { GET as figureRoute, PUT as putRoute } from "@/app/api/v1/figures/[code]/[period]/route";
import { POST as lockRoute } from "@/app/api/v1/periods/[period]/lock/route";
import { ZEntryGrid, ZFigureWithHistory } from "@/lib/contracts/entry";
import { ZErrorBody } from "@/lib/contracts/common";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { getProgressList } from "@/lib/server/progress/queries";
import { tokenHeaders } from "../support/accounts";
import { callRoute } from "../support/request";

const EN = { "accept-language": "en" };
let stats: Record<string, string>;
let ecology: Record<string, string>;
let leader: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  const db = getDb();
  const token = (login: string, role: "official" | "leader" | "admin", department?: string) => tokenHeaders(db, login, role, department);
  stats = await token("er-stats", "official", "stats");
  ecology = await token("er-ecology", "official", "ecology");
  leader = await token("er-leader", "leader");
  admin = await token("er-admin", "admin");
});
afterAll(disconnectDb);

const grid = (headers: Record<string, string>, query = "year=2020") => callRoute(gridRoute, `/api/v1/figures?${query}`, { headers });
const figure = (headers: Record<string, string>, code: string, period: string, unit?: string) =>
  callRoute(figureRoute, `/api/v1/figures/${code}/${period}${unit ? `?unit=${unit}` : ""}`, { headers, params: { code, period } });

describe("GET /api/v1/figures: scope per role", () => {
  it("gives an official their own bureau's indicators, and only those", async () => {
    const res = await grid(stats);
    expect(res.status).toBe(200);
    const body = ZEntryGrid.parse(res.body);
    expect(body.department.code).toBe("stats");
    expect(body.canEdit).toBe(true);
    const codes = body.rows.map((r) => r.code);
    expect(codes).toContain("gdp-growth");
    expect(codes).toContain("industrial-value-added-growth");
    expect(codes).not.toContain("pm25-mean");
    const all = await getDb().target.findMany({ where: { year: 2020, department: { code: "stats" } }, select: { indicator: { select: { code: true } } } });
    expect(new Set(codes)).toEqual(new Set(all.map((t) => t.indicator.code)));
    expect(res.headers.get("cache-control")).toBe("private, no-store");
  });

  it("answers an official asking for another bureau as not found, and their own by name", async () => {
    const other = await grid(stats, "year=2020&department=ecology");
    expect(other.status).toBe(404);
    expect(ZErrorBody.parse(other.body).error.code).toBe("NOT_FOUND");
    expect((await grid(stats, "year=2020&department=stats")).status).toBe(200);
  });

  it("needs leaders and admins to name the bureau, and lets them read any without writing", async () => {
    const missing = await grid({ ...leader, ...EN });
    expect(missing.status).toBe(400);
    expect(ZErrorBody.parse(missing.body).error.message).toContain("department");
    for (const who of [leader, admin]) {
      const res = await grid(who, "year=2020&department=ecology");
      expect(res.status).toBe(200);
      const body = ZEntryGrid.parse(res.body);
      expect(body.department.code).toBe("ecology");
      expect(body.canEdit).toBe(false);
    }
    expect((await grid(leader, "year=2020&department=no-such-bureau")).status).toBe(404);
    expect((await grid(leader, "year=2020&department=Not A Code")).status).toBe(400);
  });

  it("refuses a request without credentials", async () => {
    expect((await grid({})).status).toBe(401);
    expect((await figure({}, "gdp-growth", "2020-03")).status).toBe(401);
  });
});

describe("GET /api/v1/figures: what a row says", () => {
  it("marks quarterly indicators due only in quarter months, monthly year-to-date rates from February (the 1—2月 release)", async () => {
    const body = ZEntryGrid.parse((await grid(stats)).body);
    const gdp = body.rows.find((r) => r.code === "gdp-growth")!;
    expect(gdp.frequency).toBe("quarterly");
    expect(gdp.dueMonths).toEqual([3, 6, 9, 12]);
    expect(gdp.cells.map((c) => c.isDue)).toEqual([false, false, true, false, false, true, false, false, true, false, false, true]);
    expect(gdp.cells[4]!.period).toBe("2020-05");
    const industry = body.rows.find((r) => r.code === "industrial-value-added-growth")!;
    expect(industry.dueMonths).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(industry.cells.map((c) => c.isDue)).toEqual([false, ...Array(11).fill(true)]);
    // The demo set has approved figures through September.
    expect(industry.cells[8]!.figure).toMatchObject({ status: "approved", period: "2020-09" });
    expect(gdp.cells[8]!.figure?.value).not.toBeNull();
  });

  it("gives each unit of a per-unit target its own row with its own number", async () => {
    const body = ZEntryGrid.parse((await grid(leader, "year=2020&department=transport")).body);
    const rows = body.rows.filter((r) => r.code === "rural-scenic-byway-per-county");
    expect(rows.map((r) => r.unitCode)).toEqual(["lishu", "yitong", "shuangliao"]);
    for (const row of rows) {
      expect(row.target.value).toBe(100);
      expect(row.cells.every((c) => c.figure === null || c.figure.unit === row.unitCode)).toBe(true);
    }
  });

  it("states each month's progress as leadership's preview does (submitted figures counted)", async () => {
    const body = ZEntryGrid.parse((await grid(stats)).body);
    for (const month of [3, 9, 10]) {
      const asOf = `2020-${String(month).padStart(2, "0")}`;
      const preview = await getProgressList(getDb(), { year: 2020, asOf, includeSubmitted: true });
      for (const row of body.rows) {
        const expected = preview.indicators.find((i) => i.code === row.code)!;
        expect(row.progress[month - 1], `${row.code} ${asOf}`).toMatchObject({ period: asOf, status: expected.status, expected: expected.expected });
      }
    }
  });

  it("lists the open locks of the bureau's months with their reasons, and not other bureaus' locks", async () => {
    const period = "2020-11";
    const lock = await callRoute(lockRoute, `/api/v1/periods/${period}/lock`, { method: "POST", params: { period }, headers: admin, body: { department: "agriculture", reason: "11月农业数据已报省厅" } });
    expect(lock.status).toBe(200);
    const agriculture = ZEntryGrid.parse((await grid(leader, "year=2020&department=agriculture")).body);
    // Other test files lock other months for every bureau meanwhile: look at this month only.
    expect(agriculture.locks.filter((l) => l.period === period)).toEqual([expect.objectContaining({ period, department: "agriculture", reason: "11月农业数据已报省厅", unlockedAt: null })]);
    expect(agriculture.locks.every((l) => l.department === null || l.department === "agriculture")).toBe(true);
    const own = ZEntryGrid.parse((await grid(stats)).body);
    expect(own.locks.filter((l) => l.period === period)).toEqual([]);
  });
});

describe("GET /api/v1/figures/{code}/{period}: one figure and its history", () => {
  it("shows who changed what, old → new and why, newest first", async () => {
    const before = ZFigureWithHistory.parse((await figure(stats, "industrial-value-added-growth", "2020-12")).body);
    expect(before).toEqual({ figure: null, history: [] });
    const put = (body: unknown) => callRoute(putRoute, "/api/v1/figures/industrial-value-added-growth/2020-12", { method: "PUT", params: { code: "industrial-value-added-growth", period: "2020-12" }, headers: stats, body });
    const first = await put({ value: 4.2 });
    expect(first.status).toBe(200);
    expect((await put({ value: 4.5, explanation: "统计局年报口径调整", version: 1 })).status).toBe(200);
    const after = ZFigureWithHistory.parse((await figure(stats, "industrial-value-added-growth", "2020-12")).body);
    expect(after.figure).toMatchObject({ value: 4.5, version: 2, status: "draft", explanation: "统计局年报口径调整" });
    expect(after.history).toEqual([
      expect.objectContaining({ version: 2, action: "put", value: 4.5, previousValue: 4.2, explanation: "统计局年报口径调整", actor: { login: "er-stats", displayName: expect.any(String) } }),
      expect.objectContaining({ version: 1, action: "put", value: 4.2, previousValue: null }),
    ]);
  });

  it("keeps the reviewer's side of the story: approvals and their history for a demo month", async () => {
    const res = ZFigureWithHistory.parse((await figure(leader, "industrial-value-added-growth", "2020-09")).body);
    expect(res.figure?.status).toBe("approved");
    expect(res.history.map((h) => h.action)).toContain("approve");
  });

  it("answers another bureau's official with not found and needs the unit of a per-unit target", async () => {
    expect((await figure(ecology, "industrial-value-added-growth", "2020-09")).status).toBe(404);
    expect((await figure(stats, "pm25-mean", "2020-09")).status).toBe(404);
    expect((await figure(leader, "rural-scenic-byway-per-county", "2020-09")).status).toBe(400);
    expect((await figure(leader, "rural-scenic-byway-per-county", "2020-09", "lishu")).status).toBe(200);
    expect((await figure(leader, "gdp-growth", "2020-09", "lishu")).status).toBe(400);
    expect((await figure(leader, "no-such-indicator", "2020-09")).status).toBe(404);
    expect((await figure(leader, "gdp-growth", "2020-13")).status).toBe(400);
  });
});
