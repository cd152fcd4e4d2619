import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listDepartmentsRoute, POST as createDepartmentRoute } from "@/app/api/v1/admin/departments/route";
import { PATCH as updateDepartmentRoute } from "@/app/api/v1/admin/departments/[code]/route";
import { GET as listTargetsRoute } from "@/app/api/v1/admin/targets/route";
import { PUT as leadRoute } from "@/app/api/v1/admin/targets/[code]/[year]/lead/route";
import { PUT as scheduleRoute } from "@/app/api/v1/admin/targets/[code]/[year]/schedule/route";
import { GET as listLocksRoute } from "@/app/api/v1/admin/locks/route";
import { POST as lockRoute } from "@/app/api/v1/periods/[period]/lock/route";
import { POST as unlockRoute } from "@/app/api/v1/periods/[period]/unlock/route";
import { PUT as putFigureRoute } from "@/app/api/v1/figures/[code]/[period]/route";
import { ZAdminDepartment, ZAdminDepartmentList, ZAdminLockList, ZAdminTarget, ZAdminTargetList } from "@/lib/contracts/admin";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { countAuditRows } from "../support/accounts";
import { snapshotAdmin, tokenFor } from "../support/admin";
import { callRoute } from "../support/request";

/** Fixtures no other test touches: the 2020 targets of two indicators, the bureau codes ac-*, and locks in 2023. */
const LEAD_CODE = "characteristic-towns";
const SCHEDULE_CODE = "conservation-tillage";
const RATE_CODE = "pesticide-use-growth";

let admin: Awaited<ReturnType<typeof tokenFor>>;
let leader: Awaited<ReturnType<typeof tokenFor>>;
let official: Awaited<ReturnType<typeof tokenFor>>;
let originalSchedule: number[] | null = null;
let originalLead = "";

beforeAll(async () => {
  const db = getDb();
  admin = await tokenFor(db, "ac-admin", "admin");
  leader = await tokenFor(db, "ac-leader", "leader");
  official = await tokenFor(db, "ac-official", "official", "stats");
  const targets = ZAdminTargetList.parse((await callRoute(listTargetsRoute, "/api/v1/admin/targets?year=2020", { headers: admin.headers })).body).targets;
  originalSchedule = targets.find((t) => t.code === SCHEDULE_CODE)!.scheduleProfile;
  originalLead = targets.find((t) => t.code === LEAD_CODE)!.department.code;
});
afterAll(async () => {
  // Back to the seeded configuration, so other files' expectations hold.
  const db = getDb();
  const lead = await db.department.findUniqueOrThrow({ where: { code: originalLead }, select: { id: true } });
  await db.target.updateMany({ where: { year: 2020, indicator: { code: LEAD_CODE } }, data: { departmentId: lead.id } });
  if (originalSchedule) await db.target.updateMany({ where: { year: 2020, indicator: { code: SCHEDULE_CODE } }, data: { scheduleProfile: originalSchedule } });
  await disconnectDb();
});

const auditOf = (res: { headers: Headers }) => getDb().auditLog.findMany({ where: { requestId: res.headers.get("x-request-id") ?? "none" }, select: { action: true, before: true, after: true, reason: true } });

describe("bureaus", () => {
  it("an admin creates a bureau, renames it, changes its code while unused, and cannot once a user belongs to it", async () => {
    const created = await callRoute(createDepartmentRoute, "/api/v1/admin/departments", { method: "POST", headers: admin.headers, body: { code: "ac-sports", nameZh: "市体育局", nameEn: "Sports Bureau" } });
    expect(ZAdminDepartment.parse(created.body)).toMatchObject({ code: "ac-sports", references: 0 });
    expect(await auditOf(created)).toMatchObject([{ action: "department.create" }]);
    const renamed = await callRoute(updateDepartmentRoute, "/api/v1/admin/departments/ac-sports", {
      method: "PATCH",
      params: { code: "ac-sports" },
      headers: admin.headers,
      body: { code: "ac-sport", nameZh: "市文体局", nameEn: "Culture and Sports Bureau" },
    });
    expect(ZAdminDepartment.parse(renamed.body)).toMatchObject({ code: "ac-sport", nameZh: "市文体局" });
    expect(await auditOf(renamed)).toMatchObject([{ action: "department.update", before: { code: "ac-sports" }, after: { code: "ac-sport" } }]);

    await tokenFor(getDb(), "ac-sport-official", "official", "ac-sport");
    const before = await snapshotAdmin(getDb(), { departments: ["ac-sport", "ac-sport2"] });
    const refused = await callRoute(updateDepartmentRoute, "/api/v1/admin/departments/ac-sport", {
      method: "PATCH",
      params: { code: "ac-sport" },
      headers: admin.headers,
      body: { code: "ac-sport2", nameZh: "市文体局", nameEn: "Culture and Sports Bureau" },
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { message: expect.stringContaining("不能修改") } });
    expect(await snapshotAdmin(getDb(), { departments: ["ac-sport", "ac-sport2"] })).toBe(before);
    const list = ZAdminDepartmentList.parse((await callRoute(listDepartmentsRoute, "/api/v1/admin/departments", { headers: admin.headers })).body);
    expect(list.departments.find((d) => d.code === "ac-sport")).toMatchObject({ references: 1 });
  });

  it("ten requests for one new code at once: one creates it, nine get 409, one audit row", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => callRoute(createDepartmentRoute, "/x", { method: "POST", headers: admin.headers, body: { code: "ac-race", nameZh: "竞争局", nameEn: "Race Bureau" } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    expect(await getDb().auditLog.count({ where: { entityType: "department", entityId: "ac-race" } })).toBe(1);
  });

  it.each([
    ["a code with capitals", { code: "AC-X", nameZh: "某局", nameEn: "X" }, "单位代码只能由小写字母"],
    ["an empty name", { code: "ac-x", nameZh: " ", nameEn: "X" }, "名称不能为空"],
    ["a code taken", { code: "stats", nameZh: "某局", nameEn: "X" }, "已被使用"],
  ])("refuses %s, nothing created", async (_name, body, message) => {
    const res = await callRoute(createDepartmentRoute, "/api/v1/admin/departments", { method: "POST", headers: admin.headers, body });
    expect([400, 409]).toContain(res.status);
    expect(res.body).toMatchObject({ error: { message: expect.stringContaining(message) } });
    expect(await getDb().department.count({ where: { code: "ac-x" } })).toBe(0);
    expect(await countAuditRows(getDb(), res.headers.get("x-request-id"))).toBe(0);
  });
});

describe("lead bureau and schedule per year", () => {
  it("moving the lead bureau moves who may write the figures", async () => {
    const res = await callRoute(leadRoute, `/api/v1/admin/targets/${LEAD_CODE}/2020/lead`, { method: "PUT", params: { code: LEAD_CODE, year: "2020" }, headers: admin.headers, body: { department: "stats" } });
    expect(ZAdminTarget.parse(res.body).department.code).toBe("stats");
    expect(await auditOf(res)).toMatchObject([{ action: "target.lead_bureau", before: { department: originalLead }, after: { department: "stats" } }]);
    const write = await callRoute(putFigureRoute, `/api/v1/figures/${LEAD_CODE}/2020-12`, { method: "PUT", params: { code: LEAD_CODE, period: "2020-12" }, headers: official.headers, body: { value: 1 } });
    expect(write.status).toBe(200);
  });

  it("a schedule that is valid is stored; one that decreases, does not end at 1 or has 11 months is refused with the reason", async () => {
    const profile = [0, 0, 0.1, 0.4, 0.7, 0.8, 0.85, 0.9, 0.95, 1, 1, 1];
    const ok = await callRoute(scheduleRoute, `/api/v1/admin/targets/${SCHEDULE_CODE}/2020/schedule`, { method: "PUT", params: { code: SCHEDULE_CODE, year: "2020" }, headers: admin.headers, body: { scheduleProfile: profile } });
    expect(ZAdminTarget.parse(ok.body).scheduleProfile).toEqual(profile);
    expect(await auditOf(ok)).toMatchObject([{ action: "target.schedule", before: { scheduleProfile: originalSchedule }, after: { scheduleProfile: profile } }]);

    const before = await snapshotAdmin(getDb(), { targets: [SCHEDULE_CODE, RATE_CODE] });
    const cases: [number[], string][] = [
      [[0.1, 0.05, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1], "累计比例不能比上个月小"],
      [[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9, 0.9, 0.95], "12月的累计比例应为1"],
      [[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1], "12个月"],
      [[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.5, 1], "0至1之间"],
    ];
    for (const [scheduleProfile, message] of cases) {
      const res = await callRoute(scheduleRoute, `/api/v1/admin/targets/${SCHEDULE_CODE}/2020/schedule`, { method: "PUT", params: { code: SCHEDULE_CODE, year: "2020" }, headers: admin.headers, body: { scheduleProfile } });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { message: expect.stringContaining(message) } });
    }
    const en = await callRoute(scheduleRoute, `/api/v1/admin/targets/${RATE_CODE}/2020/schedule`, {
      method: "PUT",
      params: { code: RATE_CODE, year: "2020" },
      headers: { ...admin.headers, "accept-language": "en" },
      body: { scheduleProfile: profile },
    });
    expect(en.status).toBe(400);
    expect(en.body).toMatchObject({ error: { message: expect.stringContaining("has no schedule") } });
    expect(await snapshotAdmin(getDb(), { targets: [SCHEDULE_CODE, RATE_CODE] })).toBe(before);
  });

  it("an unknown indicator or year is 404, an unknown bureau 404, nothing changed", async () => {
    const before = await snapshotAdmin(getDb(), { targets: [LEAD_CODE] });
    const a = await callRoute(leadRoute, "/x", { method: "PUT", params: { code: LEAD_CODE, year: "2031" }, headers: admin.headers, body: { department: "stats" } });
    const b = await callRoute(leadRoute, "/x", { method: "PUT", params: { code: LEAD_CODE, year: "2020" }, headers: admin.headers, body: { department: "no-such" } });
    expect([a.status, b.status]).toEqual([404, 404]);
    expect(await snapshotAdmin(getDb(), { targets: [LEAD_CODE] })).toBe(before);
  });
});

describe("locks", () => {
  it("lists a year's locks with who locked and unlocked and why", async () => {
    await callRoute(lockRoute, "/x", { method: "POST", params: { period: "2023-02" }, headers: admin.headers, body: { reason: "二月结账" } });
    await callRoute(unlockRoute, "/x", { method: "POST", params: { period: "2023-02" }, headers: admin.headers, body: { reason: "统计局更正" } });
    await callRoute(lockRoute, "/x", { method: "POST", params: { period: "2023-03" }, headers: admin.headers, body: { department: "stats", reason: "三月结账" } });
    const list = ZAdminLockList.parse((await callRoute(listLocksRoute, "/api/v1/admin/locks?year=2023", { headers: admin.headers })).body);
    expect(list.locks).toMatchObject([
      { period: "2023-02", department: null, reason: "二月结账", lockedBy: admin.login, unlockedBy: admin.login, unlockReason: "统计局更正" },
      { period: "2023-03", department: "stats", reason: "三月结账", unlockedAt: null },
    ]);
  });
});

describe("leaders and officials are refused on every configuration route, nothing changes", () => {
  it.each([
    ["leader", () => leader.headers],
    ["official", () => official.headers],
  ])("%s: 403", async (_who, headersOf) => {
    const headers = headersOf();
    const scope = { departments: ["stats", "ac-forbidden"], targets: [LEAD_CODE, SCHEDULE_CODE] };
    const before = await snapshotAdmin(getDb(), scope);
    const results = await Promise.all([
      callRoute(listDepartmentsRoute, "/x", { headers }),
      callRoute(createDepartmentRoute, "/x", { method: "POST", headers, body: { code: "ac-forbidden", nameZh: "某局", nameEn: "X" } }),
      callRoute(updateDepartmentRoute, "/x", { method: "PATCH", params: { code: "stats" }, headers, body: { nameZh: "改名", nameEn: "Renamed" } }),
      callRoute(listTargetsRoute, "/x", { headers }),
      callRoute(leadRoute, "/x", { method: "PUT", params: { code: LEAD_CODE, year: "2020" }, headers, body: { department: "ecology" } }),
      callRoute(scheduleRoute, "/x", { method: "PUT", params: { code: SCHEDULE_CODE, year: "2020" }, headers, body: { scheduleProfile: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1, 1] } }),
      callRoute(listLocksRoute, "/x", { headers }),
    ]);
    expect(results.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403, 403]);
    expect(await snapshotAdmin(getDb(), scope)).toBe(before);
  });
});
