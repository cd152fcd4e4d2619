import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as putFigure } from "@/app/api/v1/figures/[code]/[period]/route";
import { createApiToken, revokeApiToken } from "@/lib/server/auth/tokens";
import { SIGN_IN_LIMITS } from "@/lib/server/auth/throttle";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { bearer, browserHeaders, createTestUser, signIn, snapshotWrites, type TTestUser } from "../support/accounts";
import { callRoute } from "../support/request";

const CLI = { userId: null, sessionId: null, tokenId: null, label: "test" };
let official: TTestUser;

beforeAll(async () => {
  official = await createTestUser(getDb(), { login: "auth-official", role: "official", department: "forestry" });
});
afterAll(disconnectDb);

function put(headers: Record<string, string>, value: number) {
  return callRoute(putFigure, "/api/v1/figures/afforestation/2020-11", { method: "PUT", params: { code: "afforestation", period: "2020-11" }, headers, body: { value } });
}

describe("sign-in", () => {
  it("signs in with login and password, and a session cookie writes for the official's bureau", async () => {
    const bad = await signIn(official.login, "wrong-password-1");
    expect(bad.status).toBe(401);
    expect(bad.cookie).toBeNull();
    const ok = await signIn(official.login, official.password);
    expect(ok.status).toBe(200);
    expect(ok.cookie).toMatch(/siping\.session_token=/);
    const flags = ok.setCookie.find((c) => c.startsWith("siping.session_token="))!;
    expect(flags).toMatch(/; HttpOnly/i);
    expect(flags).toMatch(/; SameSite=Lax/i);
    // Plain-http intranet use: Secure only when PUBLIC_URL is https.
    expect(flags).not.toMatch(/; Secure/i);
    const res = await put(browserHeaders(ok.cookie!), 1.5);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: "afforestation", period: "2020-11", value: 1.5, status: "draft", author: { login: official.login } });
  });

  it("refuses a write with a session cookie from another origin (CSRF) and changes nothing", async () => {
    const { cookie } = await signIn(official.login, official.password);
    const scope = { codes: ["afforestation"] };
    const before = await snapshotWrites(getDb(), scope);
    const foreign: Record<string, string>[] = [{ origin: "https://evil.example" }, { origin: "null" }, { "sec-fetch-site": "cross-site", origin: "https://evil.example" }];
    for (const extra of foreign) {
      const res = await put(browserHeaders(cookie!, extra), 2);
      expect(res.status).toBe(403);
    }
    const { origin: _origin, ...noOrigin } = browserHeaders(cookie!);
    expect((await put({ ...noOrigin, referer: "https://evil.example/page" }, 2)).status).toBe(403);
    expect(await snapshotWrites(getDb(), scope)).toBe(before);
  });

  it("throttles guessing per login, even with the right password, and per address", async () => {
    const victim = await createTestUser(getDb(), { login: "auth-throttled", role: "official", department: "forestry" });
    for (let i = 0; i < SIGN_IN_LIMITS.perLogin.points; i += 1) {
      expect((await signIn(victim.login, `guess-${i}-xxxxx`, { address: `198.51.100.${i}` })).status).toBe(401);
    }
    const blocked = await signIn(victim.login, victim.password, { address: "198.51.100.200" });
    expect(blocked.status).toBe(429);
    expect(blocked.cookie).toBeNull();

    const address = "203.0.113.9";
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress.points; i += 1) {
      expect((await signIn(`nobody-${i}`, "whatever-123", { address })).status).toBe(401);
    }
    expect((await signIn(official.login, official.password, { address })).status).toBe(429);
    expect((await signIn(official.login, official.password, { address: "203.0.113.10" })).status).toBe(200);
  });
});

describe("API tokens", () => {
  it("act with their user's scope until revoked or expired", async () => {
    const { token, info } = await createApiToken(getDb(), { login: official.login, name: "stats system", expiresAt: null, actor: CLI });
    expect(token).toMatch(/^spt_/);
    const stored = await getDb().apiToken.findUniqueOrThrow({ where: { id: info.id }, select: { tokenHash: true } });
    expect(stored.tokenHash).not.toContain(token);
    expect((await put(bearer(token), 3)).status).toBe(200);
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id: info.id } })).lastUsedAt).not.toBeNull();
    await revokeApiToken(getDb(), { id: info.id, actor: CLI });
    expect((await put(bearer(token), 4)).status).toBe(401);

    const expired = await createApiToken(getDb(), { login: official.login, name: "old", expiresAt: new Date(Date.now() - 1000), actor: CLI });
    expect((await put(bearer(expired.token), 4)).status).toBe(401);
    expect((await put(bearer("spt_not-a-real-token-at-all-000000"), 4)).status).toBe(401);
  });
});

async function authCall(path: string, headers: Record<string, string>, body?: unknown) {
  const { POST, GET } = await import("@/app/api/auth/[...all]/route");
  const request = new Request(`http://localhost/api/auth${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { ...headers, host: "localhost", origin: "http://localhost", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await (body === undefined ? GET(request) : POST(request));
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null, setCookie: response.headers.getSetCookie() };
}

describe("first sign-in and account administration", () => {
  it("a created account must choose a new password before it can write; the change clears the flag and is audited", async () => {
    const fresh = await createTestUser(getDb(), { login: "auth-first", role: "official", department: "forestry", ready: false });
    const { cookie } = await signIn(fresh.login, fresh.password);
    const refused = await put(browserHeaders(cookie!), 5);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { message: expect.stringContaining("修改初始密码") } });
    const tooShort = await authCall("/change-password", { cookie: cookie! }, { currentPassword: fresh.password, newPassword: "short", revokeOtherSessions: true });
    expect(tooShort.status).toBe(400);
    const changed = await authCall("/change-password", { cookie: cookie! }, { currentPassword: fresh.password, newPassword: "四平2020-new-password", revokeOtherSessions: true });
    expect(changed.status).toBe(200);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: fresh.id } })).mustChangePassword).toBe(false);
    expect(await getDb().auditLog.count({ where: { action: "user.password_change", entityId: String(fresh.id) } })).toBe(1);
    expect((await signIn(fresh.login, fresh.password)).status).toBe(401);
    const again = await signIn(fresh.login, "四平2020-new-password");
    expect((await put(browserHeaders(again.cookie!), 5)).status).toBe(200);
  });

  it("an admin lists and revokes a user's sessions; others may not; unused library endpoints answer 404", async () => {
    const adminUser = await createTestUser(getDb(), { login: "auth-admin", role: "admin" });
    const leaderUser = await createTestUser(getDb(), { login: "auth-leader", role: "leader" });
    const target = await createTestUser(getDb(), { login: "auth-target", role: "official", department: "forestry" });
    const targetSession = await signIn(target.login, target.password);
    const admin = (await signIn(adminUser.login, adminUser.password)).cookie!;
    const leader = (await signIn(leaderUser.login, leaderUser.password)).cookie!;

    const listed = await authCall("/admin/list-user-sessions", { cookie: admin }, { userId: String(target.id) });
    expect(listed.status).toBe(200);
    expect((listed.body as { sessions: unknown[] }).sessions).toHaveLength(1);
    expect((await authCall("/admin/list-user-sessions", { cookie: leader }, { userId: String(target.id) })).status).toBe(403);
    expect((await authCall("/admin/revoke-user-sessions", { cookie: leader }, { userId: String(target.id) })).status).toBe(403);

    expect((await authCall("/admin/revoke-user-sessions", { cookie: admin }, { userId: String(target.id) })).status).toBe(200);
    expect((await put(browserHeaders(targetSession.cookie!), 6)).status).toBe(401);
    expect(await getDb().auditLog.count({ where: { action: "user.revoke_sessions", entityId: String(target.id), actorId: adminUser.id } })).toBe(1);

    for (const path of ["/sign-up/email", "/admin/create-user", "/admin/set-role", "/admin/impersonate-user", "/admin/ban-user", "/admin/unban-user", "/admin/set-user-password", "/update-user", "/delete-user"]) {
      const res = await authCall(path, { cookie: admin }, { userId: String(target.id), role: "admin", email: "x@example.com", password: "whatever-123", name: "x" });
      expect(res.status, path).toBe(404);
    }
    expect((await getDb().user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("official");
  });
});
