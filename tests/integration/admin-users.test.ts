import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/admin/users/route";
import { PATCH as updateRoute } from "@/app/api/v1/admin/users/[login]/route";
import { POST as statusRoute } from "@/app/api/v1/admin/users/[login]/status/route";
import { POST as passwordRoute } from "@/app/api/v1/admin/users/[login]/password/route";
import { POST as revokeRoute } from "@/app/api/v1/admin/users/[login]/revoke-sessions/route";
import { ZAdminUser, ZAdminUserList, ZOneTimePassword, ZRevokedSessions } from "@/lib/contracts/admin";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { browserHeaders, countAuditRows, createTestUser, signIn } from "../support/accounts";
import { snapshotAdmin, tokenFor } from "../support/admin";
import { callRoute } from "../support/request";

let admin: Awaited<ReturnType<typeof tokenFor>>;
let leader: Awaited<ReturnType<typeof tokenFor>>;
let official: Awaited<ReturnType<typeof tokenFor>>;
let adminSession: Record<string, string>;

beforeAll(async () => {
  const db = getDb();
  admin = await tokenFor(db, "au-admin", "admin");
  leader = await tokenFor(db, "au-leader", "leader");
  official = await tokenFor(db, "au-official", "official", "stats");
  const { cookie } = await signIn(admin.login, admin.password);
  adminSession = browserHeaders(cookie!);
});
afterAll(disconnectDb);

const userUrl = (login: string, action = "") => `/api/v1/admin/users/${login}${action ? `/${action}` : ""}`;

async function auditOf(requestId: string | null) {
  return getDb().auditLog.findMany({ where: { requestId: requestId ?? "none" }, select: { action: true, actorId: true, sessionId: true, tokenId: true, reason: true, after: true } });
}

describe("admin users: the admin", () => {
  it("creates an official with a one-time password that signs in and must be changed; the audit row names the admin's session", async () => {
    const res = await callRoute(createRoute, "/api/v1/admin/users", { method: "POST", headers: adminSession, body: { login: " AU-New-Stats ", role: "official", department: "stats" } });
    expect(res.status).toBe(200);
    const created = ZOneTimePassword.parse(res.body);
    expect(created.user).toMatchObject({ login: "au-new-stats", role: "official", department: "stats", mustChangePassword: true, disabled: false });
    expect(created.password).toMatch(/^[A-Za-z0-9]{16}$/);
    const signedIn = await signIn("au-new-stats", created.password);
    expect(signedIn.status).toBe(200);
    const audit = await auditOf(res.headers.get("x-request-id"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "user.create", actorId: admin.id, sessionId: expect.any(Number), tokenId: null });
    expect(JSON.stringify(audit[0]!.after)).not.toContain(created.password);
    const list = ZAdminUserList.parse((await callRoute(listRoute, "/api/v1/admin/users", { headers: admin.headers })).body);
    expect(list.users.find((u) => u.login === "au-new-stats")).toMatchObject({ openSessions: 1, mustChangePassword: true });
  });

  it("changes a role and bureau, and refuses an official without a bureau (in Chinese, and in English when asked)", async () => {
    await createTestUser(getDb(), { login: "au-move", role: "official", department: "stats" });
    const moved = await callRoute(updateRoute, userUrl("au-move"), { method: "PATCH", params: { login: "au-move" }, headers: admin.headers, body: { role: "official", department: "ecology" } });
    expect(ZAdminUser.parse(moved.body)).toMatchObject({ role: "official", department: "ecology" });
    expect(await auditOf(moved.headers.get("x-request-id"))).toMatchObject([{ action: "user.update", tokenId: expect.any(Number) }]);

    const before = await snapshotAdmin(getDb(), { logins: ["au-move"] });
    const zh = await callRoute(updateRoute, userUrl("au-move"), { method: "PATCH", params: { login: "au-move" }, headers: admin.headers, body: { role: "official" } });
    expect(zh.status).toBe(400);
    expect(zh.body).toMatchObject({ error: { code: "INVALID", message: expect.stringContaining("填报员须指定所属单位") } });
    const en = await callRoute(updateRoute, userUrl("au-move"), { method: "PATCH", params: { login: "au-move" }, headers: { ...admin.headers, "accept-language": "en" }, body: { role: "leader", department: "stats" } });
    expect(en.status).toBe(400);
    expect(en.body).toMatchObject({ error: { message: expect.stringContaining("only officials belong to a bureau") } });
    expect(await snapshotAdmin(getDb(), { logins: ["au-move"] })).toBe(before);
  });

  it("disables a login with a reason: its sessions end, it cannot sign in, its token stops; enabling lets it back", async () => {
    const victim = await tokenFor(getDb(), "au-disable", "official", "stats");
    const first = await signIn(victim.login, victim.password);
    expect(first.status).toBe(200);
    const res = await callRoute(statusRoute, userUrl(victim.login, "status"), { method: "POST", params: { login: victim.login }, headers: admin.headers, body: { disabled: true, reason: "调离本单位" } });
    expect(ZAdminUser.parse(res.body)).toMatchObject({ disabled: true });
    expect(await getDb().session.count({ where: { userId: victim.id } })).toBe(0);
    expect((await signIn(victim.login, victim.password)).status).toBe(403);
    expect((await callRoute(listRoute, "/api/v1/admin/users", { headers: victim.headers })).status).toBe(401);
    expect(await auditOf(res.headers.get("x-request-id"))).toMatchObject([{ action: "user.disable", reason: "调离本单位" }]);

    const again = await callRoute(statusRoute, userUrl(victim.login, "status"), { method: "POST", params: { login: victim.login }, headers: admin.headers, body: { disabled: true, reason: "再次" } });
    expect(again.status).toBe(409);
    const enabled = await callRoute(statusRoute, userUrl(victim.login, "status"), { method: "POST", params: { login: victim.login }, headers: admin.headers, body: { disabled: false, reason: "返回本单位" } });
    expect(ZAdminUser.parse(enabled.body)).toMatchObject({ disabled: false });
    expect((await signIn(victim.login, victim.password)).status).toBe(200);
  });

  it("resets a password to a new one-time password: the old one fails, the new one works and must be changed", async () => {
    const user = await createTestUser(getDb(), { login: "au-reset", role: "leader" });
    await signIn(user.login, user.password);
    const res = await callRoute(passwordRoute, userUrl(user.login, "password"), { method: "POST", params: { login: user.login }, headers: admin.headers, body: { reason: "忘记密码" } });
    const reset = ZOneTimePassword.parse(res.body);
    expect(reset.password).not.toBe(user.password);
    expect(reset.user.mustChangePassword).toBe(true);
    expect(await getDb().session.count({ where: { userId: user.id } })).toBe(0);
    expect((await signIn(user.login, user.password)).status).toBe(401);
    expect((await signIn(user.login, reset.password)).status).toBe(200);
    const audit = await auditOf(res.headers.get("x-request-id"));
    expect(audit).toMatchObject([{ action: "user.reset_password", reason: "忘记密码" }]);
    expect(JSON.stringify(audit)).not.toContain(reset.password);
  });

  it("revokes a login's sessions", async () => {
    const user = await createTestUser(getDb(), { login: "au-sessions", role: "leader" });
    await signIn(user.login, user.password);
    await signIn(user.login, user.password);
    const res = await callRoute(revokeRoute, userUrl(user.login, "revoke-sessions"), { method: "POST", params: { login: user.login }, headers: admin.headers, body: { reason: "笔记本电脑丢失" } });
    expect(ZRevokedSessions.parse(res.body)).toEqual({ login: user.login, revoked: 2 });
    expect(await getDb().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await auditOf(res.headers.get("x-request-id"))).toMatchObject([{ action: "user.revoke_sessions", reason: "笔记本电脑丢失" }]);
  });

  it("cannot disable, demote or reset their own account", async () => {
    const before = await snapshotAdmin(getDb(), { logins: [admin.login] });
    const calls = [
      callRoute(statusRoute, userUrl(admin.login, "status"), { method: "POST", params: { login: admin.login }, headers: admin.headers, body: { disabled: true, reason: "x" } }),
      callRoute(updateRoute, userUrl(admin.login), { method: "PATCH", params: { login: admin.login }, headers: admin.headers, body: { role: "leader" } }),
      callRoute(passwordRoute, userUrl(admin.login, "password"), { method: "POST", params: { login: admin.login }, headers: admin.headers, body: { reason: "x" } }),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ error: { message: expect.stringContaining("不能在此停用、降级或重置自己的账户") } });
    }
    expect(await snapshotAdmin(getDb(), { logins: [admin.login] })).toBe(before);
  });
});

describe("admin users: refusals change nothing", () => {
  const bad: [string, unknown][] = [
    ["login with spaces inside", { login: "a b", role: "leader" }],
    ["unknown role", { login: "au-bad", role: "root" }],
    ["official without bureau", { login: "au-bad", role: "official" }],
    ["leader with bureau", { login: "au-bad", role: "leader", department: "stats" }],
    ["extra field", { login: "au-bad", role: "leader", password: "x" }],
  ];
  it.each(bad)("%s: 400 in the caller's language, nothing created", async (_name, body) => {
    const res = await callRoute(createRoute, "/api/v1/admin/users", { method: "POST", headers: admin.headers, body });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "INVALID", message: expect.stringMatching(/^请求无效/) } });
    expect(await getDb().user.count({ where: { login: "au-bad" } })).toBe(0);
    expect(await countAuditRows(getDb(), res.headers.get("x-request-id"))).toBe(0);
  });

  it("a login that exists: 409, nothing changed", async () => {
    const res = await callRoute(createRoute, "/api/v1/admin/users", { method: "POST", headers: admin.headers, body: { login: leader.login, role: "admin" } });
    expect(res.status).toBe(409);
    expect(await getDb().user.findUnique({ where: { login: leader.login }, select: { role: true } })).toEqual({ role: "leader" });
  });

  it.each([
    ["leader", () => leader.headers],
    ["official", () => official.headers],
  ])("a %s gets 403 on every users route and nothing changes", async (_who, headersOf) => {
    const headers = headersOf();
    const target = await createTestUser(getDb(), { login: `au-target-${_who}`, role: "official", department: "stats" });
    const before = await snapshotAdmin(getDb(), { logins: [target.login, "au-forbidden"] });
    const p = { login: target.login };
    const results = await Promise.all([
      callRoute(listRoute, "/api/v1/admin/users", { headers }),
      callRoute(createRoute, "/api/v1/admin/users", { method: "POST", headers, body: { login: "au-forbidden", role: "admin" } }),
      callRoute(updateRoute, userUrl(target.login), { method: "PATCH", params: p, headers, body: { role: "admin" } }),
      callRoute(statusRoute, userUrl(target.login, "status"), { method: "POST", params: p, headers, body: { disabled: true, reason: "x" } }),
      callRoute(passwordRoute, userUrl(target.login, "password"), { method: "POST", params: p, headers, body: { reason: "x" } }),
      callRoute(revokeRoute, userUrl(target.login, "revoke-sessions"), { method: "POST", params: p, headers, body: { reason: "x" } }),
    ]);
    expect(results.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect(results[0]!.body).toMatchObject({ error: { message: "只有系统管理员可以进行此项管理操作" } });
    expect(await snapshotAdmin(getDb(), { logins: [target.login, "au-forbidden"] })).toBe(before);
  });

  it("a session-cookie write from another site is refused (403) and changes nothing", async () => {
    const before = await snapshotAdmin(getDb(), { logins: ["au-cross-site"] });
    const res = await callRoute(createRoute, "/api/v1/admin/users", {
      method: "POST",
      headers: { ...adminSession, origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      body: { login: "au-cross-site", role: "admin" },
    });
    expect(res.status).toBe(403);
    expect(await snapshotAdmin(getDb(), { logins: ["au-cross-site"] })).toBe(before);
    expect(await getDb().user.count({ where: { login: "au-cross-site" } })).toBe(0);
  });

  it("without credentials: 401", async () => {
    expect((await callRoute(listRoute, "/api/v1/admin/users")).status).toBe(401);
  });

  it("an admin who still has a one-time password is refused until it is changed", async () => {
    const fresh = await createTestUser(getDb(), { login: "au-fresh-admin", role: "admin", ready: false });
    const { cookie } = await signIn(fresh.login, fresh.password);
    const res = await callRoute(listRoute, "/api/v1/admin/users", { headers: browserHeaders(cookie!) });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { message: expect.stringContaining("请先修改初始密码") } });
  });
});
