import { describe, expect, it } from "vitest";
import { evaluateProgress } from "./evaluate";
import { atMonths, makeTarget } from "./testing";
import type { TEngineTarget, TProgressStatus } from "./types";

const SEASON = [0, 0, 0, 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1, 1];

type TRow = [string, Partial<TEngineTarget>, Record<number, number>, number, TProgressStatus, boolean | null];

/**
 * Every kind × comparator × direction × schedule the 2020 targets use (and the ones PRODUCT.md names),
 * one row each: target, figures, as-of month, status, met.
 */
const ROWS: TRow[] = [
  ["growth_rate range ↑ quarterly (GDP 5%—6%)", { kind: "growth_rate", basis: "ytd_rate", frequency: "quarterly", comparator: "range", value: null, min: 5, max: 6 }, { 6: 5.2 }, 6, "on_track", true],
  ["growth_rate = ↑ (规上工业 增长5%)", { kind: "growth_rate", basis: "ytd_rate", comparator: "=", value: 5 }, { 8: 3.8 }, 8, "off_track", false],
  ["growth_rate >= ↑ (总部企业 12%以上)", { kind: "growth_rate", basis: "ytd_rate", comparator: ">=", value: 12 }, { 8: 13.5 }, 8, "ahead", true],
  ["growth_rate < ↓ (化肥 负增长)", { kind: "growth_rate", basis: "ytd_rate", direction: "lower_is_better", comparator: "<", value: 0 }, { 8: -2 }, 8, "ahead", true],
  ["growth_rate <= ↓ (三公经费 只减不增)", { kind: "growth_rate", basis: "ytd_rate", direction: "lower_is_better", comparator: "<=", value: 0 }, { 8: 0.4 }, 8, "behind", false],
  ["growth_rate about ↑ (左右)", { kind: "growth_rate", basis: "ytd_rate", comparator: "about", value: 6 }, { 8: 5.7 }, 8, "on_track", true],
  ["cumulative = ↑ linear (谋划项目150个)", { comparator: "=", value: 150, basis: "ytd_total" }, { 6: 70 }, 6, "behind", false],
  ["cumulative >= ↑ linear month amounts (培训1万人)", { comparator: ">=", value: 1 }, { 1: 0.1, 2: 0.1, 3: 0.1 }, 3, "ahead", false],
  ["cumulative = ↑ seasonal (造林23.6万亩)", { comparator: "=", value: 23.6, schedule: SEASON, basis: "ytd_total" }, { 9: 16 }, 9, "off_track", false],
  ["cumulative >= ↑ seasonal, met (开发区1平方公里)", { comparator: ">=", value: 1, schedule: SEASON, basis: "ytd_total" }, { 9: 1.1 }, 9, "achieved", true],
  ["cumulative about ↑", { comparator: "about", value: 100, basis: "ytd_total" }, { 12: 104 }, 12, "achieved", true],
  ["cumulative range ↑", { comparator: "range", value: null, min: 100, max: 120, basis: "ytd_total" }, { 12: 130 }, 12, "achieved", true],
  ["share >= ↑ (占比70%以上)", { kind: "share", basis: "current", comparator: ">=", value: 70 }, { 5: 70.4 }, 5, "on_track", true],
  ["share = ↑ (入统率100%)", { kind: "share", basis: "current", comparator: "=", value: 100 }, { 5: 99.5 }, 5, "behind", false],
  ["share = ↑ with profile (脱贫)", { kind: "share", basis: "current", comparator: "=", value: 100, schedule: [0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0.3, 0.7, 1] }, { 11: 69.5 }, 11, "behind", false],
  ["level = ↑ (17个处理中心)", { kind: "level", basis: "current", comparator: "=", value: 17 }, { 7: 17 }, 7, "on_track", true],
  ["level >= ↑ (每月至少10件)", { kind: "level", basis: "current", comparator: ">=", value: 10 }, { 7: 12 }, 7, "ahead", true],
  ["level = ↓ (清零)", { kind: "level", basis: "current", direction: "lower_is_better", comparator: "=", value: 0 }, { 7: 0 }, 7, "on_track", true],
  ["level <= ↓", { kind: "level", basis: "current", direction: "lower_is_better", comparator: "<=", value: 20 }, { 7: 21 }, 7, "behind", false],
  ["average <= ↓ linear (PM2.5 ≤35)", { kind: "average", basis: "month_mean", direction: "lower_is_better", comparator: "<=", value: 35 }, { 1: 36, 2: 36 }, 2, "behind", false],
  ["average <= ↓ profile", { kind: "average", basis: "month_mean", direction: "lower_is_better", comparator: "<=", value: 35, schedule: [0.15, 0.27, 0.36, 0.43, 0.49, 0.54, 0.58, 0.62, 0.66, 0.74, 0.85, 1] }, { 1: 60 }, 1, "on_track", false],
  ["day_count >= ↑ linear (优良天数300天)", { kind: "day_count", basis: "month_count", comparator: ">=", value: 300 }, { 1: 26 }, 1, "on_track", false],
  ["day_count <= ↓ (污染天数)", { kind: "day_count", basis: "month_count", direction: "lower_is_better", comparator: "<=", value: 30 }, { 1: 2 }, 1, "ahead", true],
  ["milestone = ↑ percent done", { kind: "milestone", basis: "percent_done", comparator: "=", value: 100 }, { 6: 40 }, 6, "off_track", false],
  ["milestone = ↑ percent done, seasonal", { kind: "milestone", basis: "percent_done", comparator: "=", value: 100, schedule: SEASON }, { 6: 35 }, 6, "on_track", false],
];

describe("kind × comparator × direction × schedule", () => {
  it.each(ROWS)("%s", (_name, overrides, figures, asOf, status, met) => {
    const p = evaluateProgress(makeTarget(overrides), atMonths(figures), asOf);
    expect({ status: p.status, met: p.met }).toEqual({ status, met });
  });

  it("covers every kind, comparator and direction", () => {
    const targets = ROWS.map(([, o]) => makeTarget(o));
    expect(new Set(targets.map((t) => t.kind))).toEqual(new Set(["growth_rate", "cumulative", "level", "share", "average", "day_count", "milestone"]));
    expect(new Set(targets.map((t) => t.comparator))).toEqual(new Set([">=", "<=", "<", "=", "about", "range"]));
    expect(new Set(targets.map((t) => t.basis))).toEqual(new Set(["ytd_total", "month_amount", "ytd_rate", "current", "month_mean", "month_count", "percent_done"]));
  });
});
