import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZMilestoneReport } from "@/lib/contracts/tasks";
import { createApiToken } from "@/lib/server/auth/tokens";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { bearer, browserHeaders, countAuditRows, createTestUser, signIn } from "../support/accounts";
import { callMilestone, snapshotMilestones, type TMilestoneAction } from "../support/milestones";

/**
 * The four milestone write routes × every kind of caller, with the status each must get; after
 * every refusal the database is exactly as before. Fixture: housing's smart-parking, milestone 4
 * (due 2020-11; no demo report and no other test writes it).
 */
const CODE = "smart-parking";
const N = 4;
const CLI = { userId: null, sessionId: null, tokenId: null, label: "test" };

type TCaller = "anonymous" | "admin" | "leader" | "own official" | "other official" | "token";

const WRITE = { anonymous: 401, admin: 403, leader: 403, "own official": 200, "other official": 403, token: 200 } as const;
const REVIEW = { anonymous: 401, admin: 403, leader: 200, "own official": 403, "other official": 403, token: 403 } as const;
const EXPECTED: Record<TMilestoneAction, Record<TCaller, number>> = { put: WRITE, submit: WRITE, approve: REVIEW, return: REVIEW };

const headersOf = {} as Record<TCaller, Record<string, string>>;
let authorId = 0;

async function sessionHeaders(login: string, password: string): Promise<Record<string, string>> {
  const { cookie } = await signIn(login, password);
  return browserHeaders(cookie!);
}

beforeAll(async () => {
  const db = getDb();
  const admin = await createTestUser(db, { login: "ms-matrix-admin", role: "admin" });
  const leader = await createTestUser(db, { login: "ms-matrix-leader", role: "leader" });
  const own = await createTestUser(db, { login: "ms-matrix-housing", role: "official", department: "housing" });
  const other = await createTestUser(db, { login: "ms-matrix-ecology", role: "official", department: "ecology" });
  authorId = own.id;
  headersOf.anonymous = { "content-type": "application/json" };
  headersOf.admin = await sessionHeaders(admin.login, admin.password);
  headersOf.leader = await sessionHeaders(leader.login, leader.password);
  headersOf["own official"] = await sessionHeaders(own.login, own.password);
  headersOf["other official"] = await sessionHeaders(other.login, other.password);
  headersOf.token = bearer((await createApiToken(db, { login: own.login, name: "ms-matrix", expiresAt: null, actor: CLI })).token);
});
afterAll(disconnectDb);

/** Puts the fixture in the state the route acts on (written by the own official), so a permitted call can succeed. */
async function prepare(action: TMilestoneAction): Promise<void> {
  const status = action === "approve" || action === "return" ? "submitted" : "draft";
  const task = await getDb().task.findUniqueOrThrow({ where: { code: CODE }, select: { id: true } });
  await getDb().taskMilestone.update({
    where: { taskId_sortOrder: { taskId: task.id, sortOrder: N } },
    data: { status, authorId, doneDate: new Date("2020-11-20T00:00:00Z") },
  });
}

const BODIES: Record<TMilestoneAction, unknown> = {
  put: { doneDate: "2020-11-21", note: "两处停车场均已投入使用" },
  submit: undefined,
  approve: undefined,
  return: { reason: "请附验收报告" },
};

describe("milestone permission matrix", () => {
  for (const action of Object.keys(EXPECTED) as TMilestoneAction[]) {
    for (const [caller, status] of Object.entries(EXPECTED[action]) as [TCaller, number][]) {
      it(`${action} by ${caller} → ${status}`, async () => {
        await prepare(action);
        const db = getDb();
        const before = await snapshotMilestones(db, [CODE]);
        const revisionsBefore = await db.taskMilestoneRevision.count({ where: { milestone: { task: { code: CODE }, sortOrder: N } } });
        const res = await callMilestone(action, headersOf[caller], CODE, N, BODIES[action]);
        expect(res.status, JSON.stringify(res.body)).toBe(status);
        if (status === 200) {
          const report = ZMilestoneReport.parse(res.body);
          expect(report).toMatchObject({ task: CODE, number: N });
          const requestId = res.headers.get("x-request-id");
          const entry = await db.auditLog.findFirstOrThrow({ where: { requestId }, select: { action: true, entityType: true, entityId: true, actorId: true, tokenId: true, sessionId: true } });
          expect(entry).toMatchObject({ action: `milestone.${action}`, entityType: "task_milestone", entityId: `${CODE}#${N}` });
          expect(entry.actorId).not.toBeNull();
          expect(caller === "token" ? entry.tokenId : entry.sessionId).not.toBeNull();
          const revision = await db.taskMilestoneRevision.findFirstOrThrow({ where: { milestone: { task: { code: CODE }, sortOrder: N } }, orderBy: { id: "desc" } });
          expect(revision).toMatchObject({ action, version: report.version, status: report.status });
          expect(await db.taskMilestoneRevision.count({ where: { milestone: { task: { code: CODE }, sortOrder: N } } })).toBe(revisionsBefore + 1);
        } else {
          expect(res.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String), requestId: expect.any(String) } });
          expect(await snapshotMilestones(db, [CODE])).toBe(before);
          expect(await countAuditRows(db, res.headers.get("x-request-id"))).toBe(0);
        }
      });
    }
  }

  it("a leader never reviews a milestone they wrote (say, before a change of role)", async () => {
    const db = getDb();
    const leader = await db.user.findUniqueOrThrow({ where: { login: "ms-matrix-leader" }, select: { id: true } });
    await prepare("approve");
    const task = await db.task.findUniqueOrThrow({ where: { code: CODE }, select: { id: true } });
    await db.taskMilestone.update({ where: { taskId_sortOrder: { taskId: task.id, sortOrder: N } }, data: { authorId: leader.id } });
    const before = await snapshotMilestones(db, [CODE]);
    for (const action of ["approve", "return"] as const) {
      const res = await callMilestone(action, headersOf.leader, CODE, N, BODIES[action]);
      expect(res.status, JSON.stringify(res.body)).toBe(403);
      expect(res.body).toMatchObject({ error: { message: expect.stringContaining("不能审核自己") } });
    }
    expect(await snapshotMilestones(db, [CODE])).toBe(before);
  });

  it("answers methods a route does not have with 405 and Allow", async () => {
    const { GET } = await import("@/app/api/v1/tasks/[code]/milestones/[n]/approve/route");
    const res = await GET(new Request(`http://localhost/api/v1/tasks/${CODE}/milestones/${N}/approve`), { params: Promise.resolve({ code: CODE, n: String(N) }) });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toContain("POST");
  });
});
