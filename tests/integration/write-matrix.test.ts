import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as putRoute } from "@/app/api/v1/figures/[code]/[period]/route";
import { POST as submitRoute } from "@/app/api/v1/figures/[code]/[period]/submit/route";
import { POST as approveRoute } from "@/app/api/v1/figures/[code]/[period]/approve/route";
import { POST as returnRoute } from "@/app/api/v1/figures/[code]/[period]/return/route";
import { POST as lockRoute } from "@/app/api/v1/periods/[period]/lock/route";
import { POST as unlockRoute } from "@/app/api/v1/periods/[period]/unlock/route";
import { POST as submissionsRoute } from "@/app/api/v1/figures/submissions/route";
import { POST as bulkApproveRoute } from "@/app/api/v1/reviews/approve/route";
import { POST as bulkReturnRoute } from "@/app/api/v1/reviews/return/route";
import { POST as createUserRoute } from "@/app/api/v1/admin/users/route";
import { createApiToken, revokeApiToken } from "@/lib/server/auth/tokens";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { bearer, browserHeaders, countAuditRows, createTestUser, signIn, snapshotWrites } from "../support/accounts";
import { fixture, upload } from "../support/imports";
import { callRoute } from "../support/request";

/**
 * Every write route × every kind of caller, with the status each must get; after every refusal
 * the database is exactly as before. Fixtures: housing's happy-communities in 2020-11, and the
 * month 2021-06 for locks (no other test writes either).
 */
const CODE = "happy-communities";
const PERIOD = "2020-11";
const LOCK_PERIOD = "2021-06";
const CLI = { userId: null, sessionId: null, tokenId: null, label: "test" };
const SCOPE = { codes: [CODE], periods: [PERIOD, LOCK_PERIOD] };

type TCaller = "anonymous" | "admin" | "leader" | "own official" | "other official" | "token" | "revoked token" | "expired session";
type TRoute = "put" | "submit" | "approve" | "return" | "lock" | "unlock";

const EXPECTED: Record<TRoute, Record<TCaller, number>> = {
  put: { anonymous: 401, admin: 403, leader: 403, "own official": 200, "other official": 403, token: 200, "revoked token": 401, "expired session": 401 },
  submit: { anonymous: 401, admin: 403, leader: 403, "own official": 200, "other official": 403, token: 200, "revoked token": 401, "expired session": 401 },
  approve: { anonymous: 401, admin: 403, leader: 200, "own official": 403, "other official": 403, token: 403, "revoked token": 401, "expired session": 401 },
  return: { anonymous: 401, admin: 403, leader: 200, "own official": 403, "other official": 403, token: 403, "revoked token": 401, "expired session": 401 },
  lock: { anonymous: 401, admin: 200, leader: 403, "own official": 403, "other official": 403, token: 403, "revoked token": 401, "expired session": 401 },
  unlock: { anonymous: 401, admin: 200, leader: 403, "own official": 403, "other official": 403, token: 403, "revoked token": 401, "expired session": 401 },
};

const headersOf = {} as Record<TCaller, Record<string, string>>;
let authorId = 0;

async function sessionHeaders(login: string, password: string): Promise<Record<string, string>> {
  const { cookie } = await signIn(login, password);
  return browserHeaders(cookie!);
}

beforeAll(async () => {
  const db = getDb();
  const admin = await createTestUser(db, { login: "matrix-admin", role: "admin" });
  const leader = await createTestUser(db, { login: "matrix-leader", role: "leader" });
  const own = await createTestUser(db, { login: "matrix-housing", role: "official", department: "housing" });
  const other = await createTestUser(db, { login: "matrix-ecology", role: "official", department: "ecology" });
  const expired = await createTestUser(db, { login: "matrix-expired", role: "official", department: "housing" });
  authorId = own.id;
  headersOf.anonymous = { "content-type": "application/json" };
  headersOf.admin = await sessionHeaders(admin.login, admin.password);
  headersOf.leader = await sessionHeaders(leader.login, leader.password);
  headersOf["own official"] = await sessionHeaders(own.login, own.password);
  headersOf["other official"] = await sessionHeaders(other.login, other.password);
  headersOf.token = bearer((await createApiToken(db, { login: own.login, name: "matrix", expiresAt: null, actor: CLI })).token);
  const revoked = await createApiToken(db, { login: own.login, name: "revoked", expiresAt: null, actor: CLI });
  await revokeApiToken(db, { id: revoked.info.id, actor: CLI });
  headersOf["revoked token"] = bearer(revoked.token);
  headersOf["expired session"] = await sessionHeaders(expired.login, expired.password);
  await db.session.updateMany({ where: { userId: expired.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
});
afterAll(disconnectDb);

/** Puts the fixture in the state the route acts on, so a permitted call can succeed. */
async function prepare(route: TRoute): Promise<void> {
  const db = getDb();
  const indicator = await db.indicator.findUniqueOrThrow({ where: { code: CODE }, select: { id: true } });
  const status = route === "approve" || route === "return" ? "submitted" : "draft";
  // The figure without a unit: its unique key has a null part, which Prisma's upsert cannot name.
  const existing = await db.figure.findFirst({ where: { indicatorId: indicator.id, year: 2020, month: 11, unitId: null }, select: { id: true } });
  if (existing) await db.figure.update({ where: { id: existing.id }, data: { status, authorId } });
  else await db.figure.create({ data: { indicatorId: indicator.id, year: 2020, month: 11, value: 3, status, authorId } });
  await db.periodLock.deleteMany({ where: { year: 2021, month: 6 } });
  if (route === "unlock") await db.periodLock.create({ data: { year: 2021, month: 6, reason: "月报已完成" } });
}

function call(route: TRoute, headers: Record<string, string>) {
  const figure = { params: { code: CODE, period: PERIOD }, headers, method: "POST" };
  switch (route) {
    case "put":
      return callRoute(putRoute, `/api/v1/figures/${CODE}/${PERIOD}`, { ...figure, method: "PUT", body: { value: 4 } });
    case "submit":
      return callRoute(submitRoute, `/api/v1/figures/${CODE}/${PERIOD}/submit`, figure);
    case "approve":
      return callRoute(approveRoute, `/api/v1/figures/${CODE}/${PERIOD}/approve`, figure);
    case "return":
      return callRoute(returnRoute, `/api/v1/figures/${CODE}/${PERIOD}/return`, { ...figure, body: { reason: "数值与上月差异过大，请核实" } });
    case "lock":
      return callRoute(lockRoute, `/api/v1/periods/${LOCK_PERIOD}/lock`, { params: { period: LOCK_PERIOD }, headers, method: "POST", body: { reason: "月报已完成" } });
    case "unlock":
      return callRoute(unlockRoute, `/api/v1/periods/${LOCK_PERIOD}/unlock`, { params: { period: LOCK_PERIOD }, headers, method: "POST", body: { reason: "统计局更正数据" } });
  }
}

describe("permission matrix", () => {
  for (const route of Object.keys(EXPECTED) as TRoute[]) {
    for (const [caller, status] of Object.entries(EXPECTED[route]) as [TCaller, number][]) {
      it(`${route} by ${caller} → ${status}`, async () => {
        await prepare(route);
        const before = await snapshotWrites(getDb(), SCOPE);
        const res = await call(route, headersOf[caller]);
        expect(res.status, JSON.stringify(res.body)).toBe(status);
        if (status === 200) {
          const entry = await getDb().auditLog.findFirstOrThrow({ where: { requestId: res.headers.get("x-request-id") }, select: { action: true, actorId: true, tokenId: true, sessionId: true, requestId: true } });
          expect(entry.action).toMatch(new RegExp(`\\.${route}$`));
          expect(entry.actorId).not.toBeNull();
          expect(entry.requestId).toBe(res.headers.get("x-request-id"));
          expect(caller === "token" ? entry.tokenId : entry.sessionId).not.toBeNull();
        } else {
          expect(res.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String), requestId: expect.any(String) } });
          expect(await snapshotWrites(getDb(), SCOPE)).toBe(before);
          expect(await countAuditRows(getDb(), res.headers.get("x-request-id"))).toBe(0);
        }
      });
    }
  }
});

/**
 * The write routes added with the working pages, refused to every caller who may not use them:
 * the status, nothing changed (the fixture's figures, the accounts) and no audit row. What the
 * permitted callers get is in each route's own tests (entry-submit, imports, review-bulk, admin-users).
 */
type TLaterRoute = "submit month" | "import" | "bulk approve" | "bulk return" | "create user";
const REFUSED: Record<TLaterRoute, Partial<Record<TCaller, number>>> = {
  "submit month": { anonymous: 401, admin: 403, leader: 403, "revoked token": 401, "expired session": 401 },
  import: { anonymous: 401, admin: 403, leader: 403, "other official": 400, "revoked token": 401, "expired session": 401 },
  "bulk approve": { anonymous: 401, admin: 403, "own official": 403, "other official": 403, token: 403, "revoked token": 401, "expired session": 401 },
  "bulk return": { anonymous: 401, admin: 403, "own official": 403, "other official": 403, token: 403, "revoked token": 401, "expired session": 401 },
  "create user": { anonymous: 401, leader: 403, "own official": 403, "other official": 403, token: 403, "revoked token": 401, "expired session": 401 },
};

function callLater(route: TLaterRoute, headers: Record<string, string>) {
  switch (route) {
    case "submit month":
      return callRoute(submissionsRoute, "/api/v1/figures/submissions", { method: "POST", headers, body: { department: "housing", period: PERIOD, confirmBlanks: true } });
    case "import":
      // Agriculture's rows: another bureau's for every caller here, so a permitted upload is refused row by row.
      return upload(headers, { name: "agriculture.csv", bytes: fixture("agriculture-2020-11-gbk.csv") });
    case "bulk approve":
      return callRoute(bulkApproveRoute, "/api/v1/reviews/approve", { method: "POST", headers, body: { department: "housing", period: PERIOD } });
    case "bulk return":
      return callRoute(bulkReturnRoute, "/api/v1/reviews/return", { method: "POST", headers, body: { department: "housing", period: PERIOD, reason: "请核实" } });
    case "create user":
      return callRoute(createUserRoute, "/api/v1/admin/users", { method: "POST", headers, body: { login: "matrix-never", role: "official", department: "housing" } });
  }
}

describe("permission matrix of the working pages' write routes: refusals", () => {
  for (const route of Object.keys(REFUSED) as TLaterRoute[]) {
    for (const [caller, status] of Object.entries(REFUSED[route]) as [TCaller, number][]) {
      it(`${route} by ${caller} → ${status}, nothing changes`, async () => {
        await prepare(route === "bulk approve" || route === "bulk return" ? "approve" : "put");
        const before = await snapshotWrites(getDb(), SCOPE);
        const users = await getDb().user.count();
        const res = await callLater(route, headersOf[caller]);
        expect(res.status, JSON.stringify(res.body)).toBe(status);
        expect(res.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String), requestId: expect.any(String) } });
        expect(await snapshotWrites(getDb(), SCOPE)).toBe(before);
        expect(await getDb().user.count()).toBe(users);
        expect(await countAuditRows(getDb(), res.headers.get("x-request-id"))).toBe(0);
      });
    }
  }
});
