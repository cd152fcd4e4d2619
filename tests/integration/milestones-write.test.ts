import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as lockRoute } from "@/app/api/v1/periods/[period]/lock/route";
import { POST as unlockRoute } from "@/app/api/v1/periods/[period]/unlock/route";
import { ZMilestoneReport, type TTask } from "@/lib/contracts/tasks";
import { computeTaskProgress } from "@/lib/contracts/tasks-progress";
import { createApiToken } from "@/lib/server/auth/tokens";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { bearer, countAuditRows, createTestUser } from "../support/accounts";
import { callMilestone, publicTasks, snapshotMilestones } from "../support/milestones";
import { callRoute } from "../support/request";

/**
 * Fixtures, each written by one test only (other files write neither these milestones nor, but for
 * 2020-06 here, these months' locks): elevator-safety 4, emergency-120-upgrade 2–4,
 * libraries-and-venues 3, community-kindergartens 4, employment-training 3–4. The demo reports of
 * the other projects are read, never written.
 */
const CLI = { userId: null, sessionId: null, tokenId: null, label: "test" };
const tokens: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  const db = getDb();
  const make = async (login: string, role: "official" | "leader" | "admin", department?: string) => {
    const user = await createTestUser(db, { login, role, department });
    tokens[login] = bearer((await createApiToken(db, { login: user.login, name: "test", expiresAt: null, actor: CLI })).token);
  };
  await make("mw-market", "official", "market-regulation");
  await make("mw-health", "official", "health");
  await make("mw-culture", "official", "culture-tourism");
  await make("mw-education", "official", "education");
  await make("mw-hrss", "official", "hrss");
  await make("mw-leader", "leader");
  await make("mw-admin", "admin");
});
afterAll(disconnectDb);

const find = (list: TTask[], code: string) => list.find((t) => t.code === code)!;

describe("versions", () => {
  it("20 parallel writes at one version: exactly one succeeds, 19 get 409 with the current milestone, the history holds the success", async () => {
    const code = "elevator-safety";
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => callMilestone("put", tokens["mw-market"]!, code, 4, { doneDate: `2020-11-${String(i + 1).padStart(2, "0")}`, version: 1 })),
    );
    const ok = results.filter((r) => r.status === 200);
    const conflicts = results.filter((r) => r.status === 409);
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    const winner = ZMilestoneReport.parse(ok[0]!.body);
    expect(winner).toMatchObject({ version: 2, status: "draft", published: null });
    for (const c of conflicts) expect(c.body).toMatchObject({ error: { code: "CONFLICT", current: { version: 2, doneDate: winner.doneDate } } });
    const history = await getDb().taskMilestoneRevision.findMany({ where: { milestone: { task: { code }, sortOrder: 4 } }, orderBy: { version: "asc" } });
    expect(history.map((h) => [h.version, h.action, h.doneDate?.toISOString().slice(0, 10)])).toEqual([[2, "put", winner.doneDate]]);

    const stale = await callMilestone("submit", tokens["mw-market"]!, code, 4, { version: 1 });
    expect(stale.status).toBe(409);
    expect((await callMilestone("submit", tokens["mw-market"]!, code, 4, { version: 2 })).status).toBe(200);
  });
});

describe("published vs working done date", () => {
  it("reopening an approved milestone needs a reason and keeps the published date until the new one is approved", async () => {
    const code = "emergency-120-upgrade";
    const health = tokens["mw-health"]!;
    const leader = tokens["mw-leader"]!;
    const shown = async () => find((await publicTasks("year=2020&asOf=2020-12-31")).list!.tasks, code).milestones[2]!;
    const published = await shown();
    expect(published).toMatchObject({ number: 3, doneDate: expect.any(String), isDemo: true });

    expect((await callMilestone("put", health, code, 3, { doneDate: null })).status).toBe(400);
    let m = ZMilestoneReport.parse((await callMilestone("put", health, code, 3, { doneDate: null, note: "试运行中发现调度故障", reason: "系统试运行未通过" })).body);
    expect(m).toMatchObject({ status: "draft", doneDate: null, published: { doneDate: published.doneDate } });
    expect(await shown()).toEqual(published);
    m = ZMilestoneReport.parse((await callMilestone("submit", health, code, 3, { version: m.version })).body);
    expect(await shown()).toEqual(published);

    m = ZMilestoneReport.parse((await callMilestone("approve", leader, code, 3, { version: m.version })).body);
    expect(m).toMatchObject({ status: "approved", published: { doneDate: null, note: "试运行中发现调度故障" } });
    expect(await shown()).toMatchObject({ doneDate: null, note: "试运行中发现调度故障" });

    const audit = await getDb().auditLog.findMany({ where: { entityType: "task_milestone", entityId: `${code}#3` }, orderBy: { id: "asc" }, select: { action: true, reason: true } });
    expect(audit).toEqual([
      { action: "milestone.put", reason: "系统试运行未通过" },
      { action: "milestone.submit", reason: null },
      { action: "milestone.approve", reason: null },
    ]);
  });

  it("the public task list never shows a draft, submitted or returned milestone, nor any working field", async () => {
    const leader = tokens["mw-leader"]!;
    await callMilestone("put", tokens["mw-culture"]!, "libraries-and-venues", 3, { doneDate: "2020-11-03", note: "工作中草稿XYZ" });
    await callMilestone("put", tokens["mw-education"]!, "community-kindergartens", 4, { doneDate: "2020-11-04", note: "已提交待审XYZ" });
    await callMilestone("submit", tokens["mw-education"]!, "community-kindergartens", 4);
    await callMilestone("put", tokens["mw-hrss"]!, "employment-training", 4, { doneDate: "2020-11-05", note: "被退回XYZ" });
    await callMilestone("submit", tokens["mw-hrss"]!, "employment-training", 4);
    const returned = await callMilestone("return", leader, "employment-training", 4, { reason: "退回理由XYZ" });
    expect(returned.body).toMatchObject({ status: "returned", returnReason: "退回理由XYZ" });

    for (const query of ["year=2020", "year=2020&asOf=2020-12-31", "year=2020&asOf=2020-11"]) {
      const { status, text, list } = await publicTasks(query);
      expect(status).toBe(200);
      // The demo's open reports (2020-10-09 returned, 10-12 draft, 10-16 submitted) and this test's.
      for (const hidden of ["2020-11-03", "2020-11-04", "2020-11-05", "2020-10-09", "2020-10-12", "2020-10-16", "XYZ", "draft", "submitted", "returned", "returnReason", "version", "author"]) {
        expect(text, `${query}: ${hidden}`).not.toContain(hidden);
      }
      expect(find(list!.tasks, "libraries-and-venues").milestones[2]).toMatchObject({ doneDate: null, note: null, isDemo: false });
      expect(find(list!.tasks, "dongfangju-sewer-renovation").milestones[3]).toMatchObject({ doneDate: null });
    }
  });
});

describe("computed percent and status", () => {
  it("follow the published milestones as of the day asked, the same as the pure rule", async () => {
    const at = async (asOf: string) => (await publicTasks(`year=2020&asOf=${asOf}`)).list!;
    const september = await at("2020-09-30");
    expect(september.asOf).toBe("2020-09-30");
    // Demo: happy-communities' second milestone (due July) is overdue; flush-toilets' third is due this month.
    expect(find(september.tasks, "happy-communities")).toMatchObject({ status: "delayed", progressPercent: 25, isDemo: true });
    expect(find(september.tasks, "flush-toilets")).toMatchObject({ status: "in_progress", progressPercent: 50 });
    expect(find(september.tasks, "dongfangju-sewer-renovation")).toMatchObject({ status: "in_progress", progressPercent: 75 });
    expect(find((await at("2020-10-01")).tasks, "flush-toilets")).toMatchObject({ status: "delayed", progressPercent: 50 });
    // Its fourth milestone is submitted, not approved: still 75% at the end of October, late after it.
    expect(find((await at("2020-10")).tasks, "dongfangju-sewer-renovation")).toMatchObject({ status: "in_progress", progressPercent: 75 });
    expect(find((await at("2020-11-01")).tasks, "dongfangju-sewer-renovation")).toMatchObject({ status: "delayed", progressPercent: 75 });
    expect(find((await at("2020-02-01")).tasks, "happy-communities")).toMatchObject({ status: "not_started", progressPercent: 0 });
    for (const list of [september, await at("2020-12-31")]) {
      for (const task of list.tasks) {
        const { status, progressPercent } = computeTaskProgress(task.milestones, list.asOf);
        expect({ status: task.status, progressPercent: task.progressPercent }, task.code).toEqual({ status, progressPercent });
      }
    }
  });

  it("refuse an as-of day outside the year or malformed", async () => {
    for (const query of ["year=2020&asOf=2021-01-01", "year=2020&asOf=2020-13", "year=2020&asOf=2020-02-30", "year=2020&asOf=yesterday"]) {
      expect((await publicTasks(query)).status, query).toBe(400);
    }
  });

  it("projects' milestone indicators carry no separately entered percent", async () => {
    const figures = await getDb().figure.count({ where: { indicator: { kind: "milestone", tasks: { some: {} } } } });
    expect(figures).toBe(0);
  });
});

describe("milestone history", () => {
  it("is append-only: no update, delete or truncate of a real revision", async () => {
    const db = getDb();
    expect(await db.taskMilestoneRevision.count({ where: { isDemo: false } })).toBeGreaterThan(0);
    await expect(db.$executeRawUnsafe(`UPDATE task_milestone_revisions SET reason = 'rewritten' WHERE NOT is_demo`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM task_milestone_revisions WHERE NOT is_demo`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE task_milestone_revisions CASCADE`)).rejects.toThrow(/cannot be truncated/);
  });
});

describe("bad input, locks", () => {
  const cases: [string, string, string, unknown, number][] = [
    ["a done date in the future", "emergency-120-upgrade", "4", { doneDate: "2099-01-01" }, 400],
    ["a done date before the project's year", "emergency-120-upgrade", "4", { doneDate: "2019-12-31" }, 400],
    ["a day that does not exist", "emergency-120-upgrade", "4", { doneDate: "2020-02-30" }, 400],
    ["a month instead of a day", "emergency-120-upgrade", "4", { doneDate: "2020-11" }, 400],
    ["doneDate missing", "emergency-120-upgrade", "4", { note: "x" }, 400],
    ["an extra field", "emergency-120-upgrade", "4", { doneDate: null, status: "approved" }, 400],
    ["a note over 500 characters", "emergency-120-upgrade", "4", { doneDate: null, note: "注".repeat(501) }, 400],
    ["milestone 0", "emergency-120-upgrade", "0", { doneDate: null }, 400],
    ["a milestone that is not a number", "emergency-120-upgrade", "two", { doneDate: null }, 400],
    ["a milestone the plan does not have", "emergency-120-upgrade", "9", { doneDate: null }, 404],
    ["an unknown project", "no-such-project", "1", { doneDate: null }, 404],
  ];
  for (const [label, code, n, body, status] of cases) {
    it(`${label} → ${status}, nothing changes`, async () => {
      const before = await snapshotMilestones(getDb(), [code]);
      const res = await callMilestone("put", tokens["mw-health"]!, code, n, body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(await snapshotMilestones(getDb(), [code])).toBe(before);
      expect(await countAuditRows(getDb(), res.headers.get("x-request-id"))).toBe(0);
    });
  }

  it("a lock of the due month for the project's bureau refuses its milestone (423); other months stay open", async () => {
    const admin = tokens["mw-admin"]!;
    const period = "2020-06";
    const lock = (route: typeof lockRoute, action: string, body: unknown) => callRoute(route, `/api/v1/periods/${period}/${action}`, { method: "POST", params: { period }, headers: admin, body });
    expect((await lock(lockRoute, "lock", { department: "health", reason: "上半年进度已报市政府" })).status).toBe(200);
    try {
      const before = await snapshotMilestones(getDb(), ["emergency-120-upgrade"], [period]);
      const refused = await callMilestone("put", tokens["mw-health"]!, "emergency-120-upgrade", 2, { doneDate: "2020-06-20", reason: "更正完成日期" });
      expect(refused.status).toBe(423);
      expect(refused.body).toMatchObject({ error: { code: "LOCKED", message: expect.stringContaining("上半年进度已报市政府") } });
      expect(await snapshotMilestones(getDb(), ["emergency-120-upgrade"], [period])).toBe(before);
      expect((await callMilestone("put", tokens["mw-health"]!, "emergency-120-upgrade", 4, { doneDate: null, note: "验收准备中" })).status).toBe(200);
    } finally {
      expect((await lock(unlockRoute, "unlock", { department: "health", reason: "测试结束" })).status).toBe(200);
    }
    expect((await callMilestone("put", tokens["mw-health"]!, "emergency-120-upgrade", 2, { doneDate: "2020-06-20", reason: "更正完成日期" })).status).toBe(200);
  });

  it("refuses to review a milestone that is not submitted, and to submit one never reported", async () => {
    expect((await callMilestone("approve", tokens["mw-leader"]!, "libraries-and-venues", 3)).status).toBe(409);
    const fresh = await callMilestone("submit", tokens["mw-hrss"]!, "employment-training", 3);
    expect(fresh.status).toBe(409);
    expect(fresh.body).toMatchObject({ error: { message: expect.stringContaining("尚未填报") } });
  });
});
