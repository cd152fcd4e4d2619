import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as putRoute } from "@/app/api/v1/figures/[code]/[period]/route";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { ZIndicatorList } from "@/lib/contracts/indicators";
import { createApiToken } from "@/lib/server/auth/tokens";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { migrate } from "@/lib/server/db/migrate";
import { seedDatabase } from "@/seed/apply";
import { REPORT } from "@/seed/report";
import { REPORT_2021 } from "../fixtures/report-2021";
import { bearer, createTestUser } from "../support/accounts";
import { callRoute } from "../support/request";
import { createScratchDatabase, type TScratchDb } from "../support/scratch-db";

/**
 * A second report year loaded beside the first through the same seeding code, in a scratch
 * database that the app's routes use for this file: 2020 stays exactly as it was, 2021 has its own
 * sections, bureaus and schedules, and a 2021 write is checked against the 2021 lead bureau.
 */
let scratch: TScratchDb;
const CLI = { userId: null, sessionId: null, tokenId: null, label: "test" };

/** Everything of 2020 (and of the 2019 results it compares with) as text, to compare two states exactly. */
const SNAPSHOT_2020 = {
  targets: `SELECT json_agg(x ORDER BY x.code)::text FROM (SELECT t.*, i.code, s.code AS section, d.code AS department FROM targets t
    JOIN indicators i ON i.id = t.indicator_id JOIN sections s ON s.id = t.section_id JOIN departments d ON d.id = t.department_id WHERE t.year = 2020) x`,
  units: `SELECT json_agg(u ORDER BY u.id)::text FROM target_units u JOIN targets t ON t.id = u.target_id WHERE t.year = 2020`,
  figures: `SELECT json_agg(f ORDER BY f.id)::text FROM figures f WHERE f.year = 2020`,
  revisions: `SELECT json_agg(r ORDER BY r.id)::text FROM figure_revisions r JOIN figures f ON f.id = r.figure_id WHERE f.year = 2020`,
  sections: `SELECT json_agg(s ORDER BY s.id)::text FROM sections s WHERE s.year <= 2020 AND s.code <> 'review-2020'`,
  departments: `SELECT json_agg(d ORDER BY d.id)::text FROM departments d WHERE d.code <> 'digital'`,
  indicators: `SELECT json_agg(i ORDER BY i.id)::text FROM indicators i WHERE i.code <> 'digital-economy-share'`,
  results: `SELECT json_agg(r ORDER BY r.id)::text FROM results r WHERE r.year = 2019`,
};

async function snapshot2020(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    for (const [name, sql] of Object.entries(SNAPSHOT_2020)) out[name] = ((await client.query<{ json_agg: string }>(sql)).rows[0]?.json_agg ?? "[]");
    return out;
  } finally {
    await client.end();
  }
}

let before: Record<string, string>;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await migrate(scratch.url);
  // This file's routes and queries talk to the scratch database.
  await disconnectDb();
  process.env.DATABASE_URL = scratch.url;
  const first = await seedDatabase(getDb(), { demo: true, reports: [REPORT] });
  expect(first.counts.demoFigures).toBeGreaterThan(300);
  before = await snapshot2020();
  const second = await seedDatabase(getDb(), { demo: true, reports: [REPORT, REPORT_2021] });
  expect(second).toMatchObject({ skipped: false, counts: { targets: REPORT.indicators.length + 3 } });
}, 300_000);

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

async function list(year: number) {
  const res = await callRoute(getIndicators, `/api/v1/indicators?year=${year}`);
  expect(res.status).toBe(200);
  return ZIndicatorList.parse(res.body).indicators;
}

async function official(login: string, department: string) {
  const user = await createTestUser(getDb(), { login, role: "official", department });
  return bearer((await createApiToken(getDb(), { login: user.login, name: "test", expiresAt: null, actor: CLI })).token);
}

const put = (headers: Record<string, string>, code: string, period: string, value: number) =>
  callRoute(putRoute, `/api/v1/figures/${code}/${period}`, { method: "PUT", params: { code, period }, headers, body: { value } });

describe("a second report year", () => {
  it("leaves 2020 exactly as it was: targets, bureaus, sections, units, figures and their history", async () => {
    const after = await snapshot2020();
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const key of Object.keys(before)) expect(after[key], key).toBe(before[key]);
    expect(JSON.parse(before.figures!).length).toBeGreaterThan(300);
  });

  it("serves 2021 with its own sections, bureaus, schedules and baseline, and 2020 as before", async () => {
    const y2021 = await list(2021);
    // The 2020 report's own 2021 target (力争2021年…专用车) stays where that report put it.
    expect(y2021.map((i) => [i.code, i.section.code, i.department.code])).toEqual([
      ["special-vehicle-capacity", "industry", "industry"],
      ["gdp-growth", "main-targets-2021", "ndrc"],
      ["afforestation", "main-targets-2021", "ecology"],
      ["digital-economy-share", "main-targets-2021", "digital"],
    ]);
    const afforestation = y2021.find((i) => i.code === "afforestation")!;
    expect(afforestation).toMatchObject({ basis: "month_amount", entryUnit: "亩", entryFactor: 0.0001, schedule: [0, 0, 0, 0.4, 0.8, 0.85, 0.85, 0.85, 0.9, 1, 1, 1] });
    expect(y2021.find((i) => i.code === "gdp-growth")!.baseline).toMatchObject({ year: 2020, code: "gdp-growth-2020", value: 2.3 });

    const y2020 = await list(2020);
    expect(y2020.find((i) => i.code === "gdp-growth")).toMatchObject({ section: { code: "main-targets" }, department: { code: "stats" }, baseline: { year: 2019 } });
    expect(y2020.find((i) => i.code === "afforestation")).toMatchObject({ department: { code: "forestry" }, basis: "ytd_total", entryUnit: "万亩" });
    expect(y2020.map((i) => i.code)).not.toContain("digital-economy-share");
  });

  it("checks a write against the lead bureau of the figure's year", async () => {
    const stats = await official("sy-stats", "stats");
    const ndrc = await official("sy-ndrc", "ndrc");
    expect((await put(stats, "gdp-growth", "2021-03", 6.2)).status).toBe(403);
    expect((await put(ndrc, "gdp-growth", "2021-03", 6.2)).status).toBe(200);
    expect((await put(ndrc, "gdp-growth", "2020-12", 2.3)).status).toBe(403);
    expect((await put(stats, "gdp-growth", "2020-12", 2.3)).status).toBe(200);
    const forestry = await official("sy-forestry", "forestry");
    const ecology = await official("sy-ecology", "ecology");
    expect((await put(forestry, "afforestation", "2021-05", 35_000)).status).toBe(403);
    const written = await put(ecology, "afforestation", "2021-05", 35_000);
    expect(written).toMatchObject({ status: 200, body: { value: 35_000 } });
  });

  it("refuses a later year that changes what an indicator measures, and changes nothing", async () => {
    const changed = { ...REPORT_2021, indicators: REPORT_2021.indicators.map((i) => (i.code === "afforestation" ? { ...i, unit: "亩" } : i)) };
    const state = await snapshot2020();
    await expect(seedDatabase(getDb(), { demo: false, reports: [REPORT, changed] })).rejects.toThrow(/afforestation.*kind, unit or direction/);
    expect(await snapshot2020()).toEqual(state);
  });
});
