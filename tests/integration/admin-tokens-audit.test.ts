import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listTokensRoute, POST as createTokenRoute } from "@/app/api/v1/admin/tokens/route";
import { POST as revokeTokenRoute } from "@/app/api/v1/admin/tokens/[id]/revoke/route";
import { GET as auditRoute } from "@/app/api/v1/admin/audit/route";
import { POST as lockRoute } from "@/app/api/v1/periods/[period]/lock/route";
import { ZAdminTokenList, ZAuditPage, ZCreatedToken } from "@/lib/contracts/admin";
import { recordAudit } from "@/lib/server/audit/record";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { bearer, countAuditRows } from "../support/accounts";
import { snapshotAdmin, tokenFor } from "../support/admin";
import { callRoute } from "../support/request";

let admin: Awaited<ReturnType<typeof tokenFor>>;
let leader: Awaited<ReturnType<typeof tokenFor>>;
let official: Awaited<ReturnType<typeof tokenFor>>;

beforeAll(async () => {
  const db = getDb();
  admin = await tokenFor(db, "at-admin", "admin");
  leader = await tokenFor(db, "at-leader", "leader");
  official = await tokenFor(db, "at-official", "official", "ecology");
});
afterAll(disconnectDb);

describe("API tokens", () => {
  it("an admin creates a token for a login (shown once), it works, the list shows no secret, revoking stops it", async () => {
    const res = await callRoute(createTokenRoute, "/x", { method: "POST", headers: admin.headers, body: { login: official.login, name: "统计接口", expiresInDays: 30 } });
    const created = ZCreatedToken.parse(res.body);
    expect(created.token).toMatch(/^spt_/);
    expect(created.info).toMatchObject({ login: official.login, name: "统计接口", revokedAt: null });
    const days = (new Date(created.info.expiresAt!).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    const audit = await getDb().auditLog.findMany({ where: { requestId: res.headers.get("x-request-id")! } });
    expect(audit).toMatchObject([{ action: "token.create", actorId: admin.id }]);
    expect(JSON.stringify(audit, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain(created.token);

    const list = await callRoute(listTokensRoute, "/x", { headers: admin.headers });
    expect(JSON.stringify(list.body)).not.toContain(created.token);
    expect(ZAdminTokenList.parse(list.body).tokens.some((t) => t.id === created.info.id)).toBe(true);

    // The new token acts as the official: an admin route refuses it with 403, not 401.
    expect((await callRoute(listTokensRoute, "/x", { headers: bearer(created.token) })).status).toBe(403);
    const revoked = await callRoute(revokeTokenRoute, "/x", { method: "POST", params: { id: String(created.info.id) }, headers: admin.headers });
    expect(revoked.status).toBe(200);
    expect(await countAuditRows(getDb(), revoked.headers.get("x-request-id"))).toBe(1);
    expect((await callRoute(listTokensRoute, "/x", { headers: bearer(created.token) })).status).toBe(401);
  });

  it.each([
    ["unknown login", { login: "at-nobody", name: "x", expiresInDays: 30 }, 404],
    ["no expiry", { login: "at-official", name: "x" }, 400],
    ["a two-year expiry", { login: "at-official", name: "x", expiresInDays: 800 }, 400],
    ["empty name", { login: "at-official", name: "", expiresInDays: 30 }, 400],
  ])("refuses %s, nothing created", async (_name, body, status) => {
    const before = await snapshotAdmin(getDb(), { logins: ["at-official", "at-nobody"] });
    const res = await callRoute(createTokenRoute, "/x", { method: "POST", headers: admin.headers, body });
    expect(res.status).toBe(status);
    expect(await snapshotAdmin(getDb(), { logins: ["at-official", "at-nobody"] })).toBe(before);
  });

  it("leaders and officials get 403 on the token routes, nothing changes", async () => {
    const tokenId = (await getDb().apiToken.findFirstOrThrow({ where: { user: { login: admin.login } }, select: { id: true } })).id;
    for (const headers of [leader.headers, official.headers]) {
      const before = await snapshotAdmin(getDb(), { logins: [official.login], tokenIds: [tokenId] });
      const results = await Promise.all([
        callRoute(listTokensRoute, "/x", { headers }),
        callRoute(createTokenRoute, "/x", { method: "POST", headers, body: { login: official.login, name: "x", expiresInDays: 30 } }),
        callRoute(revokeTokenRoute, "/x", { method: "POST", params: { id: String(tokenId) }, headers }),
      ]);
      expect(results.map((r) => r.status)).toEqual([403, 403, 403]);
      expect(await snapshotAdmin(getDb(), { logins: [official.login], tokenIds: [tokenId] })).toBe(before);
    }
  });
});

describe("audit log", () => {
  it("filters by actor, bureau and days, pages by cursor without gaps or repeats, and is readable by leaders", async () => {
    const auditor = await tokenFor(getDb(), "at-auditor", "admin");
    for (const month of [1, 2, 3]) {
      await callRoute(lockRoute, "/x", { method: "POST", params: { period: `2024-0${month}` }, headers: auditor.headers, body: { department: "ecology", reason: `锁定${month}月` } });
    }
    const page = async (headers: Record<string, string>, query: string) => {
      const res = await callRoute(auditRoute, `/api/v1/admin/audit?${query}`, { headers });
      expect(res.status).toBe(200);
      return ZAuditPage.parse(res.body);
    };
    const all = await page(admin.headers, `actor=${auditor.login}&department=ecology`);
    expect(all.entries.map((e) => e.reason)).toEqual(["锁定3月", "锁定2月", "锁定1月"]);
    expect(all.entries.map((e) => e.entityLabel)).toEqual(["2024-03 ecology", "2024-02 ecology", "2024-01 ecology"]);
    expect(all.entries.every((e) => e.actor?.login === auditor.login && e.via === "token" && e.department === "ecology")).toBe(true);
    const created = ZAuditPage.parse((await callRoute(auditRoute, `/api/v1/admin/audit?actor=${admin.login}`, { headers: admin.headers })).body);
    expect(created.entries.find((e) => e.action === "token.create")).toMatchObject({ entityLabel: expect.stringMatching(/^spt_.{6}…$/) });

    const first = await page(leader.headers, `actor=${auditor.login}&department=ecology&limit=2`);
    expect(first.entries).toHaveLength(2);
    expect(first.nextCursor).toBe(first.entries[1]!.id);
    const second = await page(leader.headers, `actor=${auditor.login}&department=ecology&limit=2&cursor=${first.nextCursor}`);
    expect(second.entries.map((e) => e.reason)).toEqual(["锁定1月"]);
    expect(second.nextCursor).toBeNull();

    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await page(admin.headers, `actor=${auditor.login}&department=ecology&from=${today}&to=${today}`)).entries).toHaveLength(3);
    expect((await page(admin.headers, `actor=${auditor.login}&from=2020-01-01&to=2020-01-31`)).entries).toHaveLength(0);
    expect((await page(admin.headers, `actor=${official.login}&department=ecology`)).entries).toHaveLength(0);
  });

  it("filters by indicator: its figures and targets, not an indicator whose code merely starts the same", async () => {
    const actor = { userId: null, sessionId: null, tokenId: null, label: "test" };
    const rows = [
      { entityType: "figure", entityId: "at-indicator/2020-05" },
      { entityType: "target", entityId: "at-indicator/2020" },
      { entityType: "figure", entityId: "at-indicator-other/2020-05" },
      { entityType: "user", entityId: "at-indicator" },
    ];
    for (const row of rows) await recordAudit(getDb(), { actor, action: "test", ...row });
    const res = ZAuditPage.parse((await callRoute(auditRoute, "/api/v1/admin/audit?indicator=at-indicator", { headers: admin.headers })).body);
    expect(res.entries.map((e) => e.entityId)).toEqual(["at-indicator/2020", "at-indicator/2020-05"]);
  });

  it.each([
    ["from=2020-13-01", "日期格式应为 YYYY-MM-DD"],
    ["from=2020-06-02&to=2020-06-01", "结束日期不能早于开始日期"],
    ["cursor=abc", "翻页位置无效"],
    ["actor=A%20B", "actor"],
    ["color=red", "color"],
  ])("refuses %s with 400", async (query, message) => {
    const res = await callRoute(auditRoute, `/api/v1/admin/audit?${query}`, { headers: admin.headers });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "INVALID", message: expect.stringContaining(message) } });
  });

  it("an official gets 403", async () => {
    const res = await callRoute(auditRoute, "/api/v1/admin/audit", { headers: official.headers });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { message: "只有系统管理员和审核人员可以查看审计日志" } });
  });
});
