import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as statusRoute } from "@/app/api/v1/admin/demo/route";
import { POST as removeRoute } from "@/app/api/v1/admin/demo/remove/route";
import { ZDemoRemoval, ZDemoStatus } from "@/lib/contracts/admin";
import { createDb, disconnectDb, getDb } from "@/lib/server/db/client";
import { migrate } from "@/lib/server/db/migrate";
import { seedDatabase } from "@/seed/apply";
import { snapshotWrites } from "../support/accounts";
import { tokenFor } from "../support/admin";
import { callRoute } from "../support/request";
import { createScratchDatabase, type TScratchDb } from "../support/scratch-db";

/**
 * Demo removal empties the demo data of a whole database, so this file runs on its own scratch
 * database: the app's client (getDb) is pointed at it before its first use.
 */
let scratch: TScratchDb;
let admin: Awaited<ReturnType<typeof tokenFor>>;
let leader: Awaited<ReturnType<typeof tokenFor>>;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await migrate(scratch.url);
  const seedDb = createDb(scratch.url);
  try {
    await seedDatabase(seedDb, { demo: true, demoLoginPassword: "siping2020" });
  } finally {
    await seedDb.$disconnect();
  }
  await disconnectDb();
  process.env.DATABASE_URL = scratch.url;
  const [row] = await getDb().$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
  const db = row?.db ?? "";
  // Never the shared test database: removing its demo data would break every other file.
  if (!scratch.url.includes(`/${db}`) && process.env.TEST_SERVER_URL) throw new Error(`getDb() is on ${db}, not the scratch database`);
  admin = await tokenFor(getDb(), "ad-admin", "admin");
  leader = await tokenFor(getDb(), "ad-leader", "leader");
}, 180_000);
afterAll(async () => {
  await disconnectDb();
  await scratch?.drop();
});

const SCOPE = { codes: ["gdp-growth", "afforestation", "pm25"] };

describe("demo removal", () => {
  it("refuses a leader (403), a missing or wrong confirmation (400, in the caller's language); nothing changes", async () => {
    const before = await snapshotWrites(getDb(), SCOPE);
    const status = ZDemoStatus.parse((await callRoute(statusRoute, "/x", { headers: admin.headers })).body);
    expect(status.figures).toBeGreaterThan(100);
    expect((await callRoute(removeRoute, "/x", { method: "POST", headers: leader.headers, body: { confirm: "删除演示数据" } })).status).toBe(403);
    const wrong = await callRoute(removeRoute, "/x", { method: "POST", headers: admin.headers, body: { confirm: "删除" } });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { message: expect.stringContaining("请输入“删除演示数据”以确认") } });
    const en = await callRoute(removeRoute, "/x", { method: "POST", headers: { ...admin.headers, "accept-language": "en" }, body: {} });
    expect(en.status).toBe(400);
    expect(en.body).toMatchObject({ error: { message: expect.stringContaining("remove demo data") } });
    expect(await snapshotWrites(getDb(), SCOPE)).toBe(before);
    expect(ZDemoStatus.parse((await callRoute(statusRoute, "/x", { headers: admin.headers })).body)).toEqual(status);
  });

  it("an admin who types the confirmation removes the demo data, recorded with their token", async () => {
    const res = await callRoute(removeRoute, "/x", { method: "POST", headers: admin.headers, body: { confirm: " 删除演示数据 " } });
    expect(res.status).toBe(200);
    const removed = ZDemoRemoval.parse(res.body);
    expect(removed.figures).toBeGreaterThan(100);
    expect(ZDemoStatus.parse((await callRoute(statusRoute, "/x", { headers: admin.headers })).body)).toEqual({ figures: 0, milestones: 0, logins: 0 });
    const audit = await getDb().auditLog.findMany({ where: { requestId: res.headers.get("x-request-id")! } });
    expect(audit).toMatchObject([{ action: "demo.remove", actorId: admin.id, tokenId: expect.any(Number) }]);
    // The admin's own (non-demo) login still works.
    expect((await callRoute(statusRoute, "/x", { headers: admin.headers })).status).toBe(200);
  });
});
