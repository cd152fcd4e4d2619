import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as gridRoute } from "@/app/api/v1/figures/route";
import { PUT as putRoute } from "@/app/api/v1/figures/[code]/[period]/route";
import { POST as returnRoute } from "@/app/api/v1/figures/[code]/[period]/return/route";
import { POST as submitRoute } from "@/app/api/v1/figures/submissions/route";
import { POST as lockRoute } from "@/app/api/v1/periods/[period]/lock/route";
import { ZEntryGrid, ZSubmitMonthResult } from "@/lib/contracts/entry";
import { ZErrorBody } from "@/lib/contracts/common";
import { ZFigure } from "@/lib/contracts/figures";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { countAuditRows, snapshotWrites, tokenHeaders } from "../support/accounts";
import { callRoute } from "../support/request";

const EN = { "accept-language": "en" };
const COMMERCE = { codes: ["retail-sales-growth", "night-street-24h"], periods: ["2020-11", "2020-12"] };
const FINANCE_CODES = ["urban-fiscal-revenue-growth", "general-expenditure-growth", "three-public-expenses-growth"];
let commerce: Record<string, string>;
let finance: Record<string, string>;
let ecology: Record<string, string>;
let leader: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  const db = getDb();
  const token = (login: string, role: "official" | "leader" | "admin", department?: string) => tokenHeaders(db, login, role, department);
  commerce = await token("es-commerce", "official", "commerce");
  finance = await token("es-finance", "official", "finance");
  ecology = await token("es-ecology", "official", "ecology");
  leader = await token("es-leader", "leader");
  admin = await token("es-admin", "admin");
});
afterAll(disconnectDb);

const submit = (headers: Record<string, string>, body: unknown) => callRoute(submitRoute, "/api/v1/figures/submissions", { method: "POST", headers, body });
async function put(headers: Record<string, string>, code: string, period: string, body: unknown) {
  const res = await callRoute(putRoute, `/api/v1/figures/${code}/${period}`, { method: "PUT", params: { code, period }, headers, body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return ZFigure.parse(res.body);
}
async function gridOf(headers: Record<string, string>) {
  return ZEntryGrid.parse((await callRoute(gridRoute, "/api/v1/figures?year=2020", { headers })).body);
}
const problemsOf = (body: unknown) => (body as { error: { problems: { code: string; unit: string | null; kind: string; reasons: string[] }[] } }).error.problems;

describe("POST /api/v1/figures/submissions", () => {
  it("refuses a month with blank due indicators, listing every one, and changes nothing", async () => {
    const before = await snapshotWrites(getDb(), COMMERCE);
    const res = await submit(commerce, { period: "2020-11" });
    expect(res.status).toBe(400);
    expect(problemsOf(res.body).map((p) => [p.code, p.kind])).toEqual([
      ["retail-sales-growth", "blank"],
      ["night-street-24h", "blank"],
    ]);
    const { error } = ZErrorBody.parse(res.body);
    expect(error.message).toContain("retail-sales-growth：本月应填报但未填写");
    expect(error.message).toContain("night-street-24h");
    const english = await submit({ ...commerce, ...EN }, { period: "2020-11" });
    expect(ZErrorBody.parse(english.body).error.message).toContain("retail-sales-growth: due this month and blank");
    expect(await snapshotWrites(getDb(), COMMERCE)).toBe(before);
    expect(await countAuditRows(getDb(), res.headers.get("x-request-id"))).toBe(0);
  });

  it("with the blanks confirmed but nothing entered, has nothing to submit", async () => {
    const res = await submit(commerce, { period: "2020-11", confirmBlanks: true });
    expect(res.status).toBe(409);
  });

  it("submits the drafts of the month once the blanks are confirmed, with one audit row for the month", async () => {
    const october = (await gridOf(commerce)).rows.find((r) => r.code === "retail-sales-growth")!.cells[9]!.figure;
    // The demo October figure is close enough to 6% that 6 is a plausible November.
    expect(Math.abs((october?.value ?? 0) - 6)).toBeLessThan(10);
    await put(commerce, "retail-sales-growth", "2020-11", { value: 6 });
    const refused = await submit(commerce, { period: "2020-11" });
    expect(refused.status).toBe(400);
    expect(problemsOf(refused.body).map((p) => p.code)).toEqual(["night-street-24h"]);

    const res = await submit(commerce, { period: "2020-11", confirmBlanks: true });
    expect(res.status).toBe(200);
    const result = ZSubmitMonthResult.parse(res.body);
    expect(result.submitted.map((f) => [f.code, f.status])).toEqual([["retail-sales-growth", "submitted"]]);
    expect(result.blanks).toEqual(["night-street-24h"]);
    const requestId = res.headers.get("x-request-id");
    const audit = await getDb().auditLog.findMany({ where: { requestId }, select: { action: true, entityId: true, after: true, actorId: true }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["figure.submit", "figures.submit_month"]);
    expect(audit[1]).toMatchObject({ entityId: "commerce/2020-11", after: { submitted: ["retail-sales-growth"], blanksConfirmed: ["night-street-24h"] } });
    const row = (await gridOf(commerce)).rows.find((r) => r.code === "retail-sales-growth")!;
    expect(row.cells[10]!.figure).toMatchObject({ status: "submitted", value: 6 });
  });

  it("is all or nothing: an implausible figure without an explanation holds back the whole month", async () => {
    const street = await put(commerce, "night-street-24h", "2020-12", { value: 100 });
    const retail = await put(commerce, "retail-sales-growth", "2020-12", { value: 40 });
    const before = await snapshotWrites(getDb(), COMMERCE);
    const res = await submit(commerce, { period: "2020-12", confirmBlanks: true });
    expect(res.status).toBe(400);
    const problems = problemsOf(res.body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "retail-sales-growth", kind: "needs_explanation", reasons: expect.arrayContaining(["plausibility.farFromPrevious"]) });
    expect(ZErrorBody.parse(res.body).error.message).toContain("与上月数值相差很大");
    expect(await snapshotWrites(getDb(), COMMERCE)).toBe(before);

    await put(commerce, "retail-sales-growth", "2020-12", { value: 40, explanation: "年底大型促销活动集中", version: retail.version });
    const ok = await submit(commerce, { period: "2020-12" });
    expect(ok.status).toBe(200);
    const result = ZSubmitMonthResult.parse(ok.body);
    expect(result.submitted.map((f) => f.code).sort()).toEqual(["night-street-24h", "retail-sales-growth"]);
    expect(result.submitted.find((f) => f.code === "night-street-24h")?.version).toBe(street.version + 1);
    expect(result.blanks).toEqual([]);
  });

  it("needs an explanation for a figure that leaves its indicator behind schedule", async () => {
    const row = (await gridOf(finance)).rows.find((r) => r.code === "urban-fiscal-revenue-growth")!;
    const floor = row.target.value ?? row.target.min!;
    const figure = await put(finance, "urban-fiscal-revenue-growth", "2020-11", { value: floor - 0.5 });
    // The grid tells the official beforehand: with the draft counted, November is behind; a value
    // over the floor would put it on track, whatever the published October says.
    const drafted = (await gridOf(finance)).rows.find((r) => r.code === "urban-fiscal-revenue-growth")!;
    expect(drafted.progress[10]!.statusWithDrafts).toBe("behind");
    await put(finance, "urban-fiscal-revenue-growth", "2020-11", { value: floor + 0.5, version: figure.version });
    const above = (await gridOf(finance)).rows.find((r) => r.code === "urban-fiscal-revenue-growth")!.progress[10]!;
    expect(above.statusWithDrafts).not.toMatch(/behind|off_track/);
    expect(above.status).toMatch(/behind|off_track/);
    figure.version += 1;
    await put(finance, "urban-fiscal-revenue-growth", "2020-11", { value: floor - 0.5, version: figure.version });
    figure.version += 1;
    const res = await submit(finance, { period: "2020-11", confirmBlanks: true });
    expect(res.status).toBe(400);
    expect(problemsOf(res.body)).toEqual([expect.objectContaining({ code: "urban-fiscal-revenue-growth", kind: "needs_explanation", reasons: expect.arrayContaining(["plausibility.behind"]) })]);
    await put(finance, "urban-fiscal-revenue-growth", "2020-11", { value: floor - 0.5, explanation: "疫情影响税收减免", version: figure.version });
    expect((await submit(finance, { period: "2020-11", confirmBlanks: true })).status).toBe(200);
  });

  it("lets a returned figure be submitted again, without the old reason", async () => {
    const returned = await callRoute(returnRoute, "/api/v1/figures/retail-sales-growth/2020-11/return", {
      method: "POST",
      params: { code: "retail-sales-growth", period: "2020-11" },
      headers: leader,
      body: { reason: "请核对社零口径" },
    });
    expect(returned.status).toBe(200);
    expect((await gridOf(commerce)).rows.find((r) => r.code === "retail-sales-growth")!.cells[10]!.figure).toMatchObject({ status: "returned", returnReason: "请核对社零口径" });
    const res = await submit(commerce, { period: "2020-11", confirmBlanks: true });
    expect(res.status).toBe(200);
    expect(ZSubmitMonthResult.parse(res.body).submitted).toEqual([expect.objectContaining({ code: "retail-sales-growth", status: "submitted", returnReason: null })]);
  });

  it("refuses leaders, other bureaus, locked months and bad bodies, changing nothing", async () => {
    await put(finance, "urban-fiscal-revenue-growth", "2020-12", { value: 5, explanation: "x" });
    const scope = { codes: [...COMMERCE.codes, ...FINANCE_CODES], periods: ["2020-11", "2020-12"] };
    const before = await snapshotWrites(getDb(), scope);
    expect((await submit(leader, { department: "commerce", period: "2020-12", confirmBlanks: true })).status).toBe(403);
    expect((await submit(admin, { department: "commerce", period: "2020-12", confirmBlanks: true })).status).toBe(403);
    expect((await submit(ecology, { department: "commerce", period: "2020-12", confirmBlanks: true })).status).toBe(404);
    expect((await submit(commerce, { period: "2020-13" })).status).toBe(400);
    expect((await submit(commerce, { period: "2020-12", confirmBlanks: "yes" })).status).toBe(400);
    expect((await submit(commerce, { period: "2020-12", extra: 1 })).status).toBe(400);
    expect((await submit({}, { period: "2020-12" })).status).toBe(401);
    expect(await snapshotWrites(getDb(), scope)).toBe(before);

    const lock = await callRoute(lockRoute, "/api/v1/periods/2020-12/lock", { method: "POST", params: { period: "2020-12" }, headers: admin, body: { department: "finance", reason: "年报封账" } });
    expect(lock.status).toBe(200);
    const beforeLocked = await snapshotWrites(getDb(), { codes: FINANCE_CODES });
    const locked = await submit(finance, { period: "2020-12", confirmBlanks: true });
    expect(locked.status).toBe(423);
    expect(ZErrorBody.parse(locked.body).error.message).toContain("年报封账");
    expect(await snapshotWrites(getDb(), { codes: FINANCE_CODES })).toBe(beforeLocked);
  });
});
