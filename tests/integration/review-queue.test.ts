import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as putRoute } from "@/app/api/v1/figures/[code]/[period]/route";
import { POST as submitRoute } from "@/app/api/v1/figures/[code]/[period]/submit/route";
import { POST as approveRoute } from "@/app/api/v1/figures/[code]/[period]/approve/route";
import { POST as lockRoute } from "@/app/api/v1/periods/[period]/lock/route";
import { POST as unlockRoute } from "@/app/api/v1/periods/[period]/unlock/route";
import { GET as getReviews, PUT as putReviews } from "@/app/api/v1/reviews/route";
import { ZFigure } from "@/lib/contracts/figures";
import { ZReviewList, type TReviewList } from "@/lib/contracts/review";
import { createApiToken } from "@/lib/server/auth/tokens";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { getProgressList } from "@/lib/server/progress/queries";
import { bearer, createTestUser } from "../support/accounts";
import { callMilestone } from "../support/milestones";
import { callRoute } from "../support/request";

/**
 * Fixtures written by this file only: industry's figures of 2020-11, employment-training 2020-05
 * (a demo figure reopened), stairwell-door-repair milestone 4 (due 2020-11). Other files submit
 * figures of other bureaus at the same time, so assertions look at these bureaus' groups.
 */
const CLI = { userId: null, sessionId: null, tokenId: null, label: "test" };
const tokens: Record<string, Record<string, string>> = {};
let promotedId = 0;

beforeAll(async () => {
  const db = getDb();
  const make = async (login: string, role: "official" | "leader" | "admin", department?: string) => {
    const user = await createTestUser(db, { login, role, department });
    tokens[login] = bearer((await createApiToken(db, { login: user.login, name: "test", expiresAt: null, actor: CLI })).token);
    return user;
  };
  await make("rq-industry", "official", "industry");
  await make("rq-hrss", "official", "hrss");
  await make("rq-housing", "official", "housing");
  await make("rq-leader", "leader");
  await make("rq-admin", "admin");
  promotedId = (await make("rq-promoted", "official", "industry")).id;

  const put = (who: string, code: string, period: string, body: unknown) =>
    callRoute(putRoute, `/api/v1/figures/${code}/${period}`, { method: "PUT", params: { code, period }, headers: tokens[who], body });
  const submit = (who: string, code: string, period: string) => callRoute(submitRoute, `/api/v1/figures/${code}/${period}/submit`, { method: "POST", params: { code, period }, headers: tokens[who] });
  for (const [code, value] of [["key-enterprise-output-growth", 4.2]] as const) {
    const res = await put("rq-industry", code, "2020-11", { value, note: `${code} 说明`, explanation: "受疫情影响订单回落" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await submit("rq-industry", code, "2020-11")).status).toBe(200);
  }
  // Entered by an official who then became a leader: their own figure stays theirs to not review.
  expect((await put("rq-promoted", "hq-enterprise-output-growth", "2020-11", { value: 3.1 })).status).toBe(200);
  expect((await submit("rq-promoted", "hq-enterprise-output-growth", "2020-11")).status).toBe(200);
  await db.user.update({ where: { id: promotedId }, data: { role: "leader", departmentId: null } });
  // A demo figure reopened with a reason: its published value stays beside the new one.
  expect((await put("rq-hrss", "employment-training", "2020-05", { value: 640, reason: "补报一个培训班" })).status).toBe(200);
  expect((await submit("rq-hrss", "employment-training", "2020-05")).status).toBe(200);
  expect((await callMilestone("put", tokens["rq-housing"]!, "stairwell-door-repair", 4, { doneDate: "2020-11-20", note: "已验收" })).status).toBe(200);
  expect((await callMilestone("submit", tokens["rq-housing"]!, "stairwell-door-repair", 4)).status).toBe(200);
});
afterAll(disconnectDb);

async function queue(who: string, query = "year=2020", extra: Record<string, string> = {}) {
  return callRoute(getReviews, `/api/v1/reviews?${query}`, { headers: { ...tokens[who], ...extra } });
}
async function queueOf(who: string, query: string): Promise<TReviewList> {
  const res = await queue(who, query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return ZReviewList.parse(res.body);
}
const groupOf = (list: TReviewList, department: string, period: string) => list.groups.find((g) => g.department.code === department && g.period === period);

describe("who sees the queue", () => {
  it("leaders and admins get it; officials get 403, even for their own bureau; no credentials 401", async () => {
    expect((await queue("rq-leader")).status).toBe(200);
    expect((await queue("rq-admin")).status).toBe(200);
    for (const query of ["year=2020", "year=2020&department=industry"]) {
      const res = await queue("rq-industry", query);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ error: { code: "FORBIDDEN", message: expect.stringContaining("审核队列") } });
    }
    expect((await callRoute(getReviews, "/api/v1/reviews?year=2020")).status).toBe(401);
  });

  it("refuses a bad query with 400 in the caller's language, and an unknown bureau with 404", async () => {
    for (const query of ["year=2020&period=2020-13", "year=2020&period=2021-01", "year=twenty", "year=2020&department=Industry", "year=2020&period=2020-11&period=2020-12"]) {
      expect((await queue("rq-leader", query)).status, query).toBe(400);
    }
    const en = await queue("rq-leader", "year=2020&period=2021-01", { "accept-language": "en" });
    expect(en.body).toMatchObject({ error: { message: expect.stringContaining("must be a month of the requested year") } });
    expect((await queue("rq-leader", "year=2020&department=no-such-bureau")).status).toBe(404);
    const wrongMethod = await callRoute(putReviews, "/api/v1/reviews", { method: "PUT", headers: tokens["rq-leader"], body: {} });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("what a reviewer sees", () => {
  it("groups submitted figures and milestones by bureau and month, filtered by bureau and month", async () => {
    const all = await queueOf("rq-leader", "year=2020");
    const industry = groupOf(all, "industry", "2020-11");
    expect(industry?.figures.map((f) => f.code)).toEqual(["key-enterprise-output-growth", "hq-enterprise-output-growth"]);
    expect(groupOf(all, "housing", "2020-11")?.milestones.map((m) => `${m.task}#${m.number}`)).toContain("stairwell-door-repair#4");
    expect(all.total).toBe(all.groups.reduce((n, g) => n + g.figures.length + g.milestones.length, 0));
    const periods = all.groups.map((g) => g.period);
    expect(periods).toEqual([...periods].sort());

    const narrowed = await queueOf("rq-leader", "year=2020&department=industry&period=2020-11");
    expect(narrowed.groups.map((g) => `${g.department.code} ${g.period}`)).toEqual(["industry 2020-11"]);
    expect(narrowed.groups[0]).toEqual(industry);
    expect((await queueOf("rq-leader", "year=2020&department=industry&period=2020-12")).groups).toEqual([]);
  });

  it("shows each figure's value, note, explanation, author, version, history and status as of its month counting submitted figures", async () => {
    const db = getDb();
    const list = await queueOf("rq-leader", "year=2020&department=industry&period=2020-11");
    const figure = list.groups[0]!.figures.find((f) => f.code === "key-enterprise-output-growth")!;
    const stored = await db.figure.findFirstOrThrow({ where: { year: 2020, month: 11, indicator: { code: figure.code } }, select: { version: true } });
    expect(figure).toMatchObject({
      displayUnit: "%",
      entryUnit: "%",
      value: { entered: 4.2, display: 4.2 },
      note: "key-enterprise-output-growth 说明",
      explanation: "受疫情影响订单回落",
      author: { login: "rq-industry" },
      submittedAt: expect.any(String),
      version: stored.version,
      published: null,
      block: null,
    });
    expect(figure.history.map((h) => [h.action, h.status, h.value, h.actor?.login])).toEqual([
      ["put", "draft", 4.2, "rq-industry"],
      ["submit", "submitted", 4.2, "rq-industry"],
    ]);
    const progress = await getProgressList(db, { year: 2020, asOf: "2020-11", includeSubmitted: true });
    for (const f of list.groups[0]!.figures) {
      const row = progress.indicators.find((r) => r.code === f.code)!;
      expect(f.progress, f.code).toEqual({ status: row.status, actual: row.actual, expected: row.expected });
    }
    const latest = await db.figure.findFirst({
      where: { year: 2020, month: { lt: 11 }, publishedAt: { not: null }, indicator: { code: figure.code } },
      orderBy: { month: "desc" },
      select: { month: true, publishedValue: true },
    });
    expect(figure.previous).toEqual(latest ? { period: `2020-${String(latest.month).padStart(2, "0")}`, value: latest.publishedValue?.toNumber() ?? null } : null);
  });

  it("shows an entered value in both units, with the published value it would replace and the previous month's", async () => {
    const db = getDb();
    const list = await queueOf("rq-leader", "year=2020&department=hrss&period=2020-05");
    const figure = list.groups[0]!.figures.find((f) => f.code === "employment-training")!;
    const [may, april] = await Promise.all(
      [5, 4].map((month) => db.figure.findFirstOrThrow({ where: { year: 2020, month, indicator: { code: "employment-training" } }, select: { publishedValue: true } })),
    );
    expect(figure).toMatchObject({ displayUnit: "万人", entryUnit: "人", value: { entered: 640, display: 0.064 } });
    expect(figure.published?.value).toBeCloseTo(may!.publishedValue!.toNumber() * 0.0001, 10);
    expect(figure.previous?.period).toBe("2020-04");
    expect(figure.previous?.value).toBeCloseTo(april!.publishedValue!.toNumber() * 0.0001, 10);
    expect(figure.history.at(-2)).toMatchObject({ action: "put", reason: "补报一个培训班", actor: { login: "rq-hrss" } });
  });

  it("shows a milestone with its due and done dates and history", async () => {
    const list = await queueOf("rq-leader", "year=2020&department=housing&period=2020-11");
    const milestone = list.groups[0]!.milestones.find((m) => m.task === "stairwell-door-repair" && m.number === 4);
    expect(milestone).toMatchObject({ dueDate: "2020-11-30", doneDate: "2020-11-20", note: "已验收", author: { login: "rq-housing" }, published: null, block: null });
    expect(milestone?.history.map((h) => [h.action, h.doneDate])).toEqual([
      ["put", "2020-11-20"],
      ["submit", "2020-11-20"],
    ]);
  });

  it("marks a leader's own figure, and every item for an admin, as not theirs to review", async () => {
    const promoted = await queueOf("rq-promoted", "year=2020&department=industry&period=2020-11");
    const blocks = Object.fromEntries(promoted.groups[0]!.figures.map((f) => [f.code, f.block]));
    expect(blocks).toEqual({ "key-enterprise-output-growth": null, "hq-enterprise-output-growth": "own" });
    const admin = await queueOf("rq-admin", "year=2020&department=industry&period=2020-11");
    expect(new Set(admin.groups[0]!.figures.map((f) => f.block))).toEqual(new Set(["not_reviewer"]));
  });

  it("marks the items of a locked month as not reviewable until it is unlocked", async () => {
    const lockUrl = (action: string) => `/api/v1/periods/2020-05/${action}`;
    const body = { department: "hrss", reason: "5月数据已报省统计局" };
    expect((await callRoute(lockRoute, lockUrl("lock"), { method: "POST", params: { period: "2020-05" }, headers: tokens["rq-admin"], body })).status).toBe(200);
    try {
      const locked = await queueOf("rq-leader", "year=2020&department=hrss&period=2020-05");
      expect(locked.groups[0]!.figures.find((f) => f.code === "employment-training")?.block).toBe("locked");
    } finally {
      expect((await callRoute(unlockRoute, lockUrl("unlock"), { method: "POST", params: { period: "2020-05" }, headers: tokens["rq-admin"], body })).status).toBe(200);
    }
    const open = await queueOf("rq-leader", "year=2020&department=hrss&period=2020-05");
    expect(open.groups[0]!.figures.find((f) => f.code === "employment-training")?.block).toBeNull();
  });

  it("drops an item from the queue once it is approved", async () => {
    const code = "key-enterprise-output-growth";
    const approved = await callRoute(approveRoute, `/api/v1/figures/${code}/2020-11/approve`, { method: "POST", params: { code, period: "2020-11" }, headers: tokens["rq-leader"] });
    expect(approved.status).toBe(200);
    expect(ZFigure.parse(approved.body)).toMatchObject({ status: "approved", author: { login: "rq-industry" }, reviewedBy: { login: "rq-leader" } });
    const list = await queueOf("rq-leader", "year=2020&department=industry&period=2020-11");
    expect(list.groups[0]!.figures.map((f) => f.code)).toEqual(["hq-enterprise-output-growth"]);
  });
});
