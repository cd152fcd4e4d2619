import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as putRoute } from "@/app/api/v1/figures/[code]/[period]/route";
import { POST as submitRoute } from "@/app/api/v1/figures/[code]/[period]/submit/route";
import { POST as approveRoute } from "@/app/api/v1/figures/[code]/[period]/approve/route";
import { POST as returnRoute } from "@/app/api/v1/figures/[code]/[period]/return/route";
import { POST as lockRoute } from "@/app/api/v1/periods/[period]/lock/route";
import { POST as unlockRoute } from "@/app/api/v1/periods/[period]/unlock/route";
import { GET as getIndicator } from "@/app/api/v1/indicators/[code]/route";
import { ZIndicatorDetail } from "@/lib/contracts/indicators";
import { ZFigure } from "@/lib/contracts/figures";
import { createApiToken } from "@/lib/server/auth/tokens";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { bearer, countAuditRows, createTestUser, snapshotWrites, tokenHeaders } from "../support/accounts";
import { callRoute } from "../support/request";

const CLI = { userId: null, sessionId: null, tokenId: null, label: "test" };
let housing: Record<string, string>;
let ecology: Record<string, string>;
let petitions: Record<string, string>;
let leader: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  const db = getDb();
  const token = (login: string, role: "official" | "leader" | "admin", department?: string) => tokenHeaders(db, login, role, department);
  housing = await token("fw-housing", "official", "housing");
  ecology = await token("fw-ecology", "official", "ecology");
  petitions = await token("fw-petitions", "official", "petitions");
  leader = await token("fw-leader", "leader");
  admin = await token("fw-admin", "admin");
});
afterAll(disconnectDb);

const figureUrl = (code: string, period: string, action = "") => `/api/v1/figures/${code}/${period}${action ? `/${action}` : ""}`;

function put(headers: Record<string, string>, code: string, period: string, body: unknown) {
  return callRoute(putRoute, figureUrl(code, period), { method: "PUT", params: { code, period }, headers, body });
}
function act(route: typeof submitRoute, action: string, headers: Record<string, string>, code: string, period: string, body?: unknown) {
  return callRoute(route, figureUrl(code, period, action), { method: "POST", params: { code, period }, headers, body });
}
async function publicView(code: string) {
  const res = await callRoute(getIndicator, `/api/v1/indicators/${code}?year=2020`, { params: { code } });
  return ZIndicatorDetail.parse(res.body);
}

describe("versions", () => {
  it("50 parallel writes at one version: exactly one succeeds, 49 get 409 with the current figure, the history holds the success", async () => {
    const first = ZFigure.parse((await put(housing, "flush-toilets", "2020-11", { value: 1 })).body);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => put(housing, "flush-toilets", "2020-11", { value: 100 + i, version: first.version })),
    );
    const ok = results.filter((r) => r.status === 200);
    const conflicts = results.filter((r) => r.status === 409);
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    const winner = ZFigure.parse(ok[0]!.body);
    for (const c of conflicts) expect(c.body).toMatchObject({ error: { code: "CONFLICT", current: { version: winner.version, value: winner.value } } });
    const history = await getDb().figureRevision.findMany({ where: { figure: { indicator: { code: "flush-toilets" }, year: 2020, month: 11 } }, orderBy: { version: "asc" } });
    expect(history.map((h) => h.value?.toNumber())).toEqual([1, winner.value]);
    expect(history.map((h) => h.version)).toEqual([first.version, winner.version]);
  });

  it("a first write racing another first write never fails with a server error", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => put(housing, "old-community-renovation", "2020-11", { value: i })));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    const versions = results.map((r) => ZFigure.parse(r.body).version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it("first writes that say version 0 (\"no figure yet\"): one creates the figure, every other gets 409 with it, none overwrites", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => put(housing, "old-community-renovation", "2020-12", { value: 200 + i, version: 0 })));
    const ok = results.filter((r) => r.status === 200);
    expect(ok).toHaveLength(1);
    const winner = ZFigure.parse(ok[0]!.body);
    expect(winner.version).toBe(1);
    for (const r of results.filter((x) => x.status !== 200)) expect(r).toMatchObject({ status: 409, body: { error: { code: "CONFLICT", current: { version: 1, value: winner.value } } } });
    expect((await put(housing, "old-community-renovation", "2020-12", { value: 1, version: 0 })).status).toBe(409);
  });
});

describe("bad input", () => {
  const cases: [string, string, string, unknown, number][] = [
    ["value as text", "flush-toilets", "2020-10", { value: "abc" }, 400],
    ["value as boolean", "flush-toilets", "2020-10", { value: true }, 400],
    ["value missing", "flush-toilets", "2020-10", { note: "x" }, 400],
    ["version as text", "flush-toilets", "2020-10", { value: 1, version: "1" }, 400],
    ["version negative", "flush-toilets", "2020-10", { value: 1, version: -1 }, 400],
    ["version 0 (no figure yet) where there is one", "flush-toilets", "2020-10", { value: 1, version: 0 }, 409],
    ["note as number", "flush-toilets", "2020-10", { value: 1, note: 5 }, 400],
    ["an extra field", "flush-toilets", "2020-10", { value: 1, status: "approved" }, 400],
    ["note over 500 characters", "flush-toilets", "2020-10", { value: 1, note: "注".repeat(501) }, 400],
    ["explanation over 2000 characters", "flush-toilets", "2020-10", { value: 1, explanation: "x".repeat(2001) }, 400],
    ["a negative count", "flush-toilets", "2020-10", { value: -1 }, 400],
    ["seven decimals", "flush-toilets", "2020-10", { value: 1.1234567 }, 400],
    ["a huge number", "flush-toilets", "2020-10", { value: 1e15 }, 400],
    ["a share over 100", "inspection-rectification", "2020-10", { value: 100.5 }, 400],
    ["30 good-air days in February 2020", "good-air-days", "2020-02", { value: 30 }, 400],
    ["half a good-air day", "good-air-days", "2020-03", { value: 10.5 }, 400],
    ["a negative PM2.5 mean", "pm25-mean", "2020-10", { value: -3 }, 400],
    ["an unknown code", "no-such-indicator", "2020-10", { value: 1 }, 404],
    ["an upper-case code", "Flush-Toilets", "2020-10", { value: 1 }, 400],
    ["month 13", "flush-toilets", "2020-13", { value: 1 }, 400],
    ["month 00", "flush-toilets", "2020-00", { value: 1 }, 400],
    ["a one-digit month", "flush-toilets", "2020-1", { value: 1 }, 400],
    ["a year with no target", "flush-toilets", "2019-10", { value: 1 }, 404],
  ];
  for (const [label, code, period, body, status] of cases) {
    it(`${label} → ${status}, nothing changes`, async () => {
      const headers = code === "good-air-days" || code === "pm25-mean" || code === "inspection-rectification" ? ecology : housing;
      const scope = { codes: [code.toLowerCase()], periods: [period] };
      const before = await snapshotWrites(getDb(), scope);
      const res = await put(headers, code, period, body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body).toMatchObject({ error: { code: status === 404 ? "NOT_FOUND" : status === 409 ? "CONFLICT" : "INVALID", requestId: expect.any(String) } });
      expect(await snapshotWrites(getDb(), scope)).toBe(before);
      expect(await countAuditRows(getDb(), res.headers.get("x-request-id"))).toBe(0);
    });
  }

  it("accepts the limits themselves: 29 good-air days in February 2020, a 0–100 share, a negative growth rate", async () => {
    expect((await put(ecology, "good-air-days", "2020-02", { value: 29, reason: "按新标准复核" })).status).toBe(200);
    expect((await put(ecology, "inspection-rectification", "2020-11", { value: 100 })).status).toBe(200);
    const stats = await createTestUser(getDb(), { login: "fw-stats", role: "official", department: "stats" });
    const statsToken = bearer((await createApiToken(getDb(), { login: stats.login, name: "t", expiresAt: null, actor: CLI })).token);
    expect((await put(statsToken, "gdp-growth", "2020-11", { value: -6.8 })).status).toBe(200);
  });

  it("answers a body that is not JSON, and a return without a reason, with 400", async () => {
    const res = await callRoute(putRoute, figureUrl("flush-toilets", "2020-10"), { method: "PUT", params: { code: "flush-toilets", period: "2020-10" }, headers: housing, rawBody: "{value: 1" });
    expect(res.status).toBe(400);
    expect((await act(returnRoute, "return", leader, "flush-toilets", "2020-11", {})).status).toBe(400);
    expect((await act(returnRoute, "return", leader, "flush-toilets", "2020-11", { reason: "   " })).status).toBe(400);
  });

  it("answers in English when the caller prefers it", async () => {
    const res = await put({ ...housing, "accept-language": "en-US,en;q=0.9" }, "flush-toilets", "2020-10", { value: -1 });
    expect(res.body).toMatchObject({ error: { message: expect.stringMatching(/cannot be negative/) } });
    const zh = await put(housing, "flush-toilets", "2020-10", { value: -1 });
    expect(zh.body).toMatchObject({ error: { message: expect.stringMatching(/不能为负数/) } });
  });
});

describe("published vs working value", () => {
  it("editing an approved figure keeps the public value until the new one is approved, then the public log shows old → new", async () => {
    const code = "happy-communities";
    const period = "2020-12";
    let f = ZFigure.parse((await put(housing, code, period, { value: 12, note: "12个社区完成建设" })).body);
    f = ZFigure.parse((await act(submitRoute, "submit", housing, code, period, { version: f.version })).body);
    f = ZFigure.parse((await act(approveRoute, "approve", leader, code, period, { version: f.version })).body);
    expect(f.published).toMatchObject({ value: 12, revisedAt: null });
    let shown = (await publicView(code)).figures.find((x) => x.period === period);
    expect(shown).toMatchObject({ value: 12, note: "12个社区完成建设", revisedAt: null });

    // Reopening needs a reason and leaves the public value alone.
    expect((await put(housing, code, period, { value: 14, version: f.version })).status).toBe(400);
    f = ZFigure.parse((await put(housing, code, period, { value: 14, note: "更正：14个", version: f.version, reason: "漏报两个社区" })).body);
    expect(f).toMatchObject({ status: "draft", value: 14, published: { value: 12 } });
    f = ZFigure.parse((await act(submitRoute, "submit", housing, code, period)).body);
    shown = (await publicView(code)).figures.find((x) => x.period === period);
    expect(shown).toMatchObject({ value: 12, revisedAt: null });
    expect((await publicView(code)).revisions.filter((r) => r.period === period)).toEqual([]);

    f = ZFigure.parse((await act(approveRoute, "approve", leader, code, period)).body);
    const view = await publicView(code);
    shown = view.figures.find((x) => x.period === period);
    expect(shown).toMatchObject({ value: 14, note: "更正：14个", revisedAt: expect.any(String) });
    expect(view.revisions.filter((r) => r.period === period)).toEqual([{ period, unit: null, previousValue: 12, value: 14, note: "更正：14个", publishedAt: shown!.revisedAt }]);

    const audit = await getDb().auditLog.findMany({ where: { entityId: `${code}/${period}` }, orderBy: { id: "asc" }, select: { action: true, reason: true } });
    expect(audit.map((a) => a.action)).toEqual(["figure.put", "figure.submit", "figure.approve", "figure.put", "figure.submit", "figure.approve"]);
    expect(audit[3]!.reason).toBe("漏报两个社区");
  });

  it("a returned figure carries the reason and stays unpublished; the reviewer cannot approve it before resubmission", async () => {
    const code = "old-community-renovation";
    const period = "2020-12";
    await put(housing, code, period, { value: 40 });
    await act(submitRoute, "submit", housing, code, period);
    const returned = ZFigure.parse((await act(returnRoute, "return", leader, code, period, { reason: "与住建部门台账不一致" })).body);
    expect(returned).toMatchObject({ status: "returned", returnReason: "与住建部门台账不一致", published: null });
    expect((await act(approveRoute, "approve", leader, code, period)).status).toBe(409);
    expect((await publicView(code)).figures.find((x) => x.period === period)).toBeUndefined();
  });
});

describe("period locks", () => {
  it("a lock for one bureau refuses its writes (423), not others'; unlocking keeps the lock row with who and why", async () => {
    const period = "2020-08";
    const scope = { codes: ["petition-backlog-monthly"], periods: [period] };
    const before = await snapshotWrites(getDb(), scope);
    expect((await callRoute(lockRoute, `/api/v1/periods/${period}/lock`, { method: "POST", params: { period }, headers: admin, body: { department: "petitions", reason: "" } })).status).toBe(400);
    expect((await callRoute(lockRoute, `/api/v1/periods/${period}/lock`, { method: "POST", params: { period }, headers: admin, body: { department: "no-such-bureau", reason: "x" } })).status).toBe(404);
    expect(await snapshotWrites(getDb(), scope)).toBe(before);

    const lock = await callRoute(lockRoute, `/api/v1/periods/${period}/lock`, { method: "POST", params: { period }, headers: admin, body: { department: "petitions", reason: "8月信访数据已报省里" } });
    expect(lock.status).toBe(200);
    expect((await callRoute(lockRoute, `/api/v1/periods/${period}/lock`, { method: "POST", params: { period }, headers: admin, body: { department: "petitions", reason: "again" } })).status).toBe(409);
    const refused = await put(petitions, "petition-backlog-monthly", period, { value: 3, reason: "更正" });
    expect(refused.status).toBe(423);
    expect(refused.body).toMatchObject({ error: { code: "LOCKED", message: expect.stringContaining("8月信访数据已报省里") } });
    expect((await put(housing, "flush-toilets", period, { value: 5, reason: "补充更正" })).status).toBe(200);

    expect((await callRoute(unlockRoute, `/api/v1/periods/${period}/unlock`, { method: "POST", params: { period }, headers: admin, body: { department: "petitions" } })).status).toBe(400);
    const unlock = await callRoute(unlockRoute, `/api/v1/periods/${period}/unlock`, { method: "POST", params: { period }, headers: admin, body: { department: "petitions", reason: "省统计局要求更正" } });
    expect(unlock.status).toBe(200);
    expect(unlock.body).toMatchObject({ unlockReason: "省统计局要求更正", unlockedAt: expect.any(String) });
    expect((await put(petitions, "petition-backlog-monthly", period, { value: 3, reason: "更正" })).status).toBe(200);
    const rows = await getDb().periodLock.findMany({ where: { year: 2020, month: 8 }, select: { reason: true, unlockReason: true, unlockedById: true } });
    expect(rows).toEqual([{ reason: "8月信访数据已报省里", unlockReason: "省统计局要求更正", unlockedById: expect.any(Number) }]);
  });

  it("a lock for every bureau refuses every write of that month, review included", async () => {
    const period = "2020-07";
    expect((await put(housing, "flush-toilets", period, { value: 7, reason: "补充更正" })).status).toBe(200);
    expect((await act(submitRoute, "submit", housing, "flush-toilets", period)).status).toBe(200);
    await callRoute(lockRoute, `/api/v1/periods/${period}/lock`, { method: "POST", params: { period }, headers: admin, body: { reason: "上半年数据封账" } });
    expect((await put(housing, "flush-toilets", period, { value: 8 })).status).toBe(423);
    expect((await put(ecology, "pm25-mean", period, { value: 20 })).status).toBe(423);
    expect((await act(approveRoute, "approve", leader, "flush-toilets", period)).status).toBe(423);
    // The run's database is shared by every test file: leave the month open for the others.
    const unlock = await callRoute(unlockRoute, `/api/v1/periods/${period}/unlock`, { method: "POST", params: { period }, headers: admin, body: { reason: "测试结束，重新开放" } });
    expect(unlock.status).toBe(200);
  });
});
