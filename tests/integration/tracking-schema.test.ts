import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/server/db/migrate";
import { createScratchDatabase, type TScratchDb } from "../support/scratch-db";
import { findSchemaDrift } from "../support/schema-drift";

/** The database's own guard of tracking semantics, on a migrated scratch database with a few rows. */
let scratch: TScratchDb;
let client: pg.Client;

const LINEAR = "'{0.083333,0.166667,0.25,0.333333,0.416667,0.5,0.583333,0.666667,0.75,0.833333,0.916667,1}'";

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await migrate(scratch.url);
  client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  await client.query(`INSERT INTO sections (code, year, name_zh, name_en, sort_order) VALUES ('s', 2020, 's', 's', 1)`);
  await client.query(`INSERT INTO departments (code, name_zh, name_en, sort_order) VALUES ('d', 'd', 'd', 1)`);
  await client.query(`INSERT INTO indicators (code, name_zh, name_en, kind, unit, direction, sort_order) VALUES
    ('amount', 'a', 'a', 'cumulative', '万人', 'higher_is_better', 1), ('rate', 'r', 'r', 'growth_rate', '%', 'higher_is_better', 2),
    ('road', 'k', 'k', 'cumulative', '公里', 'higher_is_better', 3)`);
});
afterAll(async () => {
  await client.end();
  await scratch.drop();
});

const q = (sql: string) => client.query(sql);
const target = (indicator: number, year: number, profile: string, extra = "") =>
  q(`INSERT INTO targets (indicator_id, year, section_id, department_id, comparator, value, source_quote, basis, entry_unit, schedule_profile${extra ? ", entry_factor" : ""})
     VALUES (${indicator}, ${year}, 1, 1, '=', 1, 'q', '${indicator === 2 ? "ytd_rate" : "ytd_total"}', '人', ${profile}${extra ? `, ${extra}` : ""}) RETURNING id`);

describe("schedules in the database", () => {
  it("accept twelve non-decreasing shares in [0, 1] ending at 1, and only for scheduled kinds", async () => {
    await target(1, 2020, LINEAR, "0.0001");
    await target(2, 2020, "NULL");
    for (const bad of ["'{0.5,0.4,0.9,0.9,0.9,0.9,0.9,0.9,0.9,0.9,0.9,1}'", "'{0.1,0.2,1}'", `'{0,0,0,0,0,0,0,0,0,0,0.5,0.99}'`, `'{-0.1,0,0,0,0,0,0,0,0,0,0.5,1}'`, "'{{0.1},{1}}'"]) {
      await expect(target(1, 2021, bad), bad).rejects.toThrow(/schedule_profile_check/);
    }
    await expect(target(1, 2021, "NULL")).rejects.toThrow(/needs a schedule/);
    await expect(target(2, 2021, LINEAR)).rejects.toThrow(/has no schedule/);
    await expect(target(1, 2022, LINEAR, "0")).rejects.toThrow(/entry_factor_check/);
  });
});

describe("what a figure means", () => {
  it("cannot change once figures exist for the target's indicator and year, and can before", async () => {
    await q(`UPDATE targets SET entry_unit = '人次', entry_factor = 0.0001 WHERE indicator_id = 1 AND year = 2020`);
    await q(`INSERT INTO figures (indicator_id, year, month, value) VALUES (1, 2020, 3, 520)`);
    for (const change of ["basis = 'month_amount'", "frequency = 'quarterly'", "entry_unit = '万人'", "entry_factor = 1"]) {
      await expect(q(`UPDATE targets SET ${change} WHERE indicator_id = 1 AND year = 2020`), change).rejects.toThrow(/figures exist for this target/);
    }
    const [row] = (await q(`SELECT basis, frequency, entry_unit, entry_factor::text FROM targets WHERE indicator_id = 1 AND year = 2020`)).rows;
    expect(row).toEqual({ basis: "ytd_total", frequency: "monthly", entry_unit: "人次", entry_factor: "0.0001000000" });
    // The report's own fields, and the same values written again, still go through.
    await q(`UPDATE targets SET value = 2, source_quote = 'q2', basis = 'ytd_total' WHERE indicator_id = 1 AND year = 2020`);
    // Another year's target of the same indicator has no figures yet.
    await target(1, 2023, LINEAR);
    await q(`UPDATE targets SET basis = 'month_amount' WHERE indicator_id = 1 AND year = 2023`);
  });
});

describe("per-unit figures", () => {
  it("keep one figure per indicator, month and unit, and one per month without a unit", async () => {
    await expect(q(`INSERT INTO figures (indicator_id, year, month, value) VALUES (1, 2020, 3, 1)`)).rejects.toThrow(/figures_indicator_id_year_month_unit_id_key/);
    const { rows } = await target(3, 2020, LINEAR);
    const targetId = (rows[0] as { id: number }).id;
    const units = await q(`INSERT INTO target_units (target_id, code, name_zh, name_en, value, sort_order) VALUES
      (${targetId}, 'lishu', '梨树县', 'Lishu', 100, 0), (${targetId}, 'yitong', '伊通', 'Yitong', 100, 1) RETURNING id`);
    const [lishu, yitong] = units.rows.map((r: { id: number }) => r.id);
    await q(`INSERT INTO figures (indicator_id, year, month, value, unit_id) VALUES (3, 2020, 5, 10, ${lishu}), (3, 2020, 5, 12, ${yitong})`);
    await expect(q(`INSERT INTO figures (indicator_id, year, month, value, unit_id) VALUES (3, 2020, 5, 11, ${lishu})`)).rejects.toThrow(/unit_id_key/);
    await expect(q(`INSERT INTO figures (indicator_id, year, month, value) VALUES (3, 2020, 6, 11)`)).rejects.toThrow(/need a unit/);
    await expect(q(`INSERT INTO figures (indicator_id, year, month, value, unit_id) VALUES (1, 2020, 6, 11, ${lishu})`)).rejects.toThrow(/not a unit of this figure's target/);
  });
});

describe("schema drift", () => {
  it("agrees on the hand-written objects, and notices one gone", async () => {
    expect(await findSchemaDrift(scratch.url)).toEqual([]);
    await q(`DROP TRIGGER targets_tracking_frozen_with_figures ON targets`);
    await q(`ALTER TABLE targets DROP CONSTRAINT targets_schedule_profile_check`);
    await q(`DROP INDEX figures_indicator_id_year_month_unit_id_key; CREATE UNIQUE INDEX figures_indicator_id_year_month_unit_id_key ON figures (indicator_id, year, month, unit_id)`);
    expect(await findSchemaDrift(scratch.url)).toEqual([
      "check constraint written in a migration but not in the database: targets.targets_schedule_profile_check",
      "trigger written in a migration but not in the database: targets.targets_tracking_frozen_with_figures",
      "NULLS NOT DISTINCT unique index written in a migration but not in the database: figures(indicator_id,year,month,unit_id)",
    ]);
  });
});
