import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as putRoute } from "@/app/api/v1/figures/[code]/[period]/route";
import { POST as submitRoute } from "@/app/api/v1/figures/[code]/[period]/submit/route";
import { GET as getIndicator } from "@/app/api/v1/indicators/[code]/route";
import { POST as lockRoute } from "@/app/api/v1/periods/[period]/lock/route";
import { POST as unlockRoute } from "@/app/api/v1/periods/[period]/unlock/route";
import { POST as bulkApprove } from "@/app/api/v1/reviews/approve/route";
import { POST as bulkReturn } from "@/app/api/v1/reviews/return/route";
import { ZFigure } from "@/lib/contracts/figures";
import { ZIndicatorDetail } from "@/lib/contracts/indicators";
import { ZBulkReviewResult } from "@/lib/contracts/review";
import { createApiToken } from "@/lib/server/auth/tokens";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { bearer, countAuditRows, createTestUser, snapshotWrites } from "../support/accounts";
import { callMilestone, snapshotMilestones } from "../support/milestones";
import { callRoute } from "../support/request";

/**
 * Fixtures written by this file only: agriculture's figures of 2020-11 (and its locks of that
 * month), ndrc's dev-zone-industrial-carrier-area of 2020-12 (per unit), happy-communities
 * milestone 3 (housing, due 2020-11).
 */
const CLI = { userId: null, sessionId: null, tokenId: null, label: "test" };
const tokens: Record<string, Record<string, string>> = {};
const AGRI = ["high-standard-farmland", "conservation-tillage", "livestock-manure-centres", "fertilizer-use-growth", "pesticide-use-growth"];
const SCOPE = { codes: AGRI, periods: ["2020-11"] };
let promotedId = 0;

beforeAll(async () => {
  const db = getDb();
  const make = async (login: string, role: "official" | "leader" | "admin", department?: string) => {
    const user = await createTestUser(db, { login, role, department });
    tokens[login] = bearer((await createApiToken(db, { login: user.login, name: "test", expiresAt: null, actor: CLI })).token);
    return user;
  };
  await make("rb-agri", "official", "agriculture");
  await make("rb-ndrc", "official", "ndrc");
  await make("rb-housing", "official", "housing");
  await make("rb-leader", "leader");
  await make("rb-leader2", "leader");
  await make("rb-admin", "admin");
  promotedId = (await make("rb-promoted", "official", "agriculture")).id;
});
afterAll(disconnectDb);

function put(who: string, code: string, period: string, body: unknown, unit?: string) {
  const query = unit ? `?unit=${unit}` : "";
  return callRoute(putRoute, `/api/v1/figures/${code}/${period}${query}`, { method: "PUT", params: { code, period }, headers: tokens[who], body });
}
function submit(who: string, code: string, period: string, unit?: string) {
  const query = unit ? `?unit=${unit}` : "";
  return callRoute(submitRoute, `/api/v1/figures/${code}/${period}/submit${query}`, { method: "POST", params: { code, period }, headers: tokens[who] });
}
async function enter(who: string, code: string, period: string, value: number, unit?: string) {
  const res = await put(who, code, period, { value, note: `${code}备注` }, unit);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const submitted = await submit(who, code, period, unit);
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  return ZFigure.parse(submitted.body);
}
function approve(who: string, body: unknown, extra: Record<string, string> = {}) {
  return callRoute(bulkApprove, "/api/v1/reviews/approve", { method: "POST", headers: { ...tokens[who], ...extra }, body });
}
function giveBack(who: string, body: unknown) {
  return callRoute(bulkReturn, "/api/v1/reviews/return", { method: "POST", headers: tokens[who], body });
}
async function expectNothingChanged(res: { status: number; headers: Headers }, before: string, status: number) {
  expect(res.status).toBe(status);
  expect(await snapshotWrites(getDb(), SCOPE)).toBe(before);
  expect(await countAuditRows(getDb(), res.headers.get("x-request-id"))).toBe(0);
}

describe("a bureau's whole month, all or nothing", () => {
  it("refuses a stale version (409 with the current figures), an own figure (403), a locked month (423), a non-reviewer (403): nothing changes", async () => {
    const farmland = await enter("rb-agri", "high-standard-farmland", "2020-11", 2.5);
    const tillage = await enter("rb-agri", "conservation-tillage", "2020-11", 31);
    const items = [
      { code: farmland.code, version: farmland.version },
      { code: tillage.code, version: tillage.version - 1 },
    ];
    const before = await snapshotWrites(getDb(), SCOPE);

    const stale = await approve("rb-leader", { department: "agriculture", period: "2020-11", items });
    await expectNothingChanged(stale, before, 409);
    expect(stale.body).toMatchObject({ error: { code: "CONFLICT", message: expect.stringContaining("conservation-tillage"), current: { figures: [{ code: "conservation-tillage", version: tillage.version, status: "submitted" }], milestones: [] } } });

    for (const who of ["rb-agri", "rb-admin"]) await expectNothingChanged(await approve(who, { department: "agriculture", period: "2020-11" }), before, 403);

    // An official who entered a figure and was then made a leader: the batch holding it is refused.
    await enter("rb-promoted", "livestock-manure-centres", "2020-11", 12);
    await getDb().user.update({ where: { id: promotedId }, data: { role: "leader", departmentId: null } });
    const withOwn = await snapshotWrites(getDb(), SCOPE);
    const own = await approve("rb-promoted", { department: "agriculture", period: "2020-11" });
    await expectNothingChanged(own, withOwn, 403);
    expect(own.body).toMatchObject({ error: { code: "FORBIDDEN", message: expect.stringContaining("livestock-manure-centres：不能审核自己填报的数据") } });

    const lock = await callRoute(lockRoute, "/api/v1/periods/2020-11/lock", { method: "POST", params: { period: "2020-11" }, headers: tokens["rb-admin"], body: { department: "agriculture", reason: "11月农业数据已上报" } });
    expect(lock.status).toBe(200);
    const locked = await snapshotWrites(getDb(), SCOPE);
    await expectNothingChanged(await approve("rb-leader", { department: "agriculture", period: "2020-11" }), locked, 423);
    await expectNothingChanged(await giveBack("rb-leader", { department: "agriculture", period: "2020-11", reason: "请核实" }), locked, 423);
    const unlock = await callRoute(unlockRoute, "/api/v1/periods/2020-11/unlock", { method: "POST", params: { period: "2020-11" }, headers: tokens["rb-admin"], body: { department: "agriculture", reason: "补充审核" } });
    expect(unlock.status).toBe(200);
  });

  it("approves the whole month in one go: one revision and one audit row per figure, author kept, reviewer recorded, public at once", async () => {
    const db = getDb();
    const res = await approve("rb-leader", { department: "agriculture", period: "2020-11" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const result = ZBulkReviewResult.parse(res.body);
    expect(result.figures.map((f) => f.code)).toEqual(["conservation-tillage", "high-standard-farmland", "livestock-manure-centres"]);
    for (const f of result.figures) {
      expect(f).toMatchObject({ status: "approved", reviewedBy: { login: "rb-leader" }, published: { value: f.value } });
      expect(f.author?.login, f.code).toBe(f.code === "livestock-manure-centres" ? "rb-promoted" : "rb-agri");
    }
    const audit = await db.auditLog.findMany({ where: { requestId: res.headers.get("x-request-id") }, select: { action: true, entityId: true, actorId: true, tokenId: true }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual(result.figures.map((f) => ["figure.approve", `${f.code}/2020-11`]));
    expect(new Set(audit.map((a) => a.tokenId === null))).toEqual(new Set([false]));
    const revisions = await db.figureRevision.findMany({ where: { figure: { year: 2020, month: 11, indicator: { code: { in: AGRI } } }, action: "approve" } });
    expect(revisions).toHaveLength(3);

    const shown = ZIndicatorDetail.parse((await callRoute(getIndicator, "/api/v1/indicators/high-standard-farmland?year=2020", { params: { code: "high-standard-farmland" } })).body);
    expect(shown.figures.find((f) => f.period === "2020-11")).toMatchObject({ value: 2.5, note: "high-standard-farmland备注" });

    const again = await approve("rb-leader", { department: "agriculture", period: "2020-11" });
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ error: { message: expect.stringContaining("没有待审核的数据") } });
  });

  it("returns the listed items with one reason, figures per unit and milestones alike, each audited with the reason", async () => {
    const db = getDb();
    const units = ["hongkai", "jingkai"];
    const figures = [];
    for (const unit of units) figures.push(await enter("rb-ndrc", "dev-zone-industrial-carrier-area", "2020-12", 8, unit));
    const items = figures.map((f) => ({ code: f.code, unit: f.unit!, version: f.version }));
    const res = await giveBack("rb-leader", { department: "ndrc", period: "2020-12", items, reason: "两个开发区面积口径不一致，请核对" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const result = ZBulkReviewResult.parse(res.body);
    expect(result.figures.map((f) => [f.unit, f.status, f.returnReason])).toEqual(units.map((u) => [u, "returned", "两个开发区面积口径不一致，请核对"]));
    const audit = await db.auditLog.findMany({ where: { requestId: res.headers.get("x-request-id") }, select: { action: true, entityId: true, reason: true }, orderBy: { id: "asc" } });
    expect(audit).toEqual(units.map((u) => ({ action: "figure.return", entityId: `dev-zone-industrial-carrier-area/2020-12/${u}`, reason: "两个开发区面积口径不一致，请核对" })));

    expect((await callMilestone("put", tokens["rb-housing"]!, "happy-communities", 3, { doneDate: "2020-11-25" })).status).toBe(200);
    const submitted = await callMilestone("submit", tokens["rb-housing"]!, "happy-communities", 3);
    const version = (submitted.body as { version: number }).version;
    const milestoneItem = { task: "happy-communities", milestone: 3, version };
    const back = await giveBack("rb-leader", { department: "housing", period: "2020-11", items: [milestoneItem], reason: "缺少验收材料" });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(ZBulkReviewResult.parse(back.body).milestones).toMatchObject([{ task: "happy-communities", number: 3, status: "returned", returnReason: "缺少验收材料", published: null }]);
    expect(await db.auditLog.findMany({ where: { requestId: back.headers.get("x-request-id") }, select: { action: true, entityId: true, reason: true } })).toEqual([
      { action: "milestone.return", entityId: "happy-communities#3", reason: "缺少验收材料" },
    ]);
  });

  it("refuses bad bodies and items of another bureau or month with 400 or 404, changing nothing", async () => {
    await enter("rb-agri", "fertilizer-use-growth", "2020-11", -3.5);
    const before = await snapshotWrites(getDb(), SCOPE);
    const beforeMilestones = await snapshotMilestones(getDb(), ["happy-communities"]);
    const bad: [unknown, number][] = [
      [{ department: "agriculture", period: "2020-11", reason: "" }, 400],
      [{ department: "agriculture", period: "2020-11" }, 400],
      [{ department: "agriculture", period: "2020-13", reason: "x" }, 400],
      [{ department: "agriculture", period: "2020-11", reason: "x", items: [] }, 400],
      [{ department: "agriculture", period: "2020-11", reason: "x", items: [{ code: "fertilizer-use-growth", version: 3 }, { code: "fertilizer-use-growth", version: 3 }] }, 400],
      [{ department: "agriculture", period: "2020-11", reason: "x", items: [{ code: "fertilizer-use-growth" }] }, 400],
      [{ department: "agriculture", period: "2020-11", reason: "x", extra: true }, 400],
      [{ department: "agriculture", period: "2020-11", reason: "x", items: [{ code: "fertilizer-use-growth", version: 2 }, { code: "gdp-growth", version: 1 }] }, 400],
      [{ department: "agriculture", period: "2020-11", reason: "x", items: [{ code: "fertilizer-use-growth", version: 2 }, { task: "happy-communities", milestone: 3, version: 1 }] }, 400],
      [{ department: "agriculture", period: "2020-11", reason: "x", items: [{ code: "no-such-indicator", version: 1 }] }, 404],
      [{ department: "no-such-bureau", period: "2020-11", reason: "x" }, 404],
    ];
    for (const [body, status] of bad) {
      const res = await giveBack("rb-leader", body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body).toMatchObject({ error: { requestId: expect.any(String) } });
      await expectNothingChanged(res, before, status);
    }
    expect(await snapshotMilestones(getDb(), ["happy-communities"])).toBe(beforeMilestones);
    const en = await approve("rb-leader", { department: "agriculture", period: "2020-11", items: [{ code: "gdp-growth", version: 1 }] }, { "accept-language": "en" });
    expect(en.body).toMatchObject({ error: { message: expect.stringContaining("gdp-growth is not among agriculture's items for 2020-11") } });
  });

  it("two reviewers approving the same month at once, items listed in opposite orders: one succeeds, the other gets 409, each figure approved once", async () => {
    const db = getDb();
    const pesticide = await enter("rb-agri", "pesticide-use-growth", "2020-11", -2);
    const fertilizer = await db.figure.findFirstOrThrow({ where: { year: 2020, month: 11, indicator: { code: "fertilizer-use-growth" } }, select: { version: true } });
    const items = [
      { code: "fertilizer-use-growth", version: fertilizer.version },
      { code: "pesticide-use-growth", version: pesticide.version },
    ];
    const results = await Promise.all([
      approve("rb-leader", { department: "agriculture", period: "2020-11", items }),
      approve("rb-leader2", { department: "agriculture", period: "2020-11", items: [...items].reverse() }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.body).toMatchObject({ error: { current: { figures: [{ status: "approved" }, { status: "approved" }] } } });
    expect(await countAuditRows(db, refused.headers.get("x-request-id"))).toBe(0);
    const approvals = await db.figureRevision.findMany({ where: { action: "approve", figure: { year: 2020, month: 11, indicator: { code: { in: ["fertilizer-use-growth", "pesticide-use-growth"] } } } } });
    expect(approvals).toHaveLength(2);
  });
});
