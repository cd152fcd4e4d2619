import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween, daysInYear } from "./calendar";
import { evaluateProgress } from "./evaluate";
import { judgeMet } from "./met-rules";
import { expectedAt } from "./path";
import { dueMonths, isAdditive, spanOf } from "./schedule";
import { rankOf } from "./status-rules";
import type { TComparator, TDirection, TEngineFigure, TEngineTarget } from "./types";

const SHAPES = [
  { kind: "growth_rate", basis: "ytd_rate", lo: -20, hi: 30 },
  { kind: "share", basis: "current", lo: 0, hi: 100 },
  { kind: "level", basis: "current", lo: 0, hi: 50 },
  { kind: "cumulative", basis: "ytd_total", lo: 0, hi: 200 },
  { kind: "cumulative", basis: "month_amount", lo: 0, hi: 30 },
  { kind: "day_count", basis: "month_count", lo: 0, hi: 28 },
  { kind: "average", basis: "month_mean", lo: 5, hi: 80 },
  { kind: "milestone", basis: "percent_done", lo: 0, hi: 100 },
] as const;

/** Comparators that agree with the direction (a floor on a lower-is-better indicator contradicts itself). */
const COMPARATORS: Record<TDirection, readonly TComparator[]> = {
  higher_is_better: [">=", "=", "range", "about"],
  lower_is_better: ["<=", "<", "=", "range", "about"],
};

const arbProfile = fc
  .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 11, maxLength: 11 })
  .map((shares) => [...shares.sort((a, b) => a - b), 1]);

const arbTarget: fc.Arbitrary<TEngineTarget> = fc
  .record({
    shape: fc.constantFrom(...SHAPES),
    direction: fc.constantFrom<TDirection>("higher_is_better", "lower_is_better"),
    pick: fc.nat(),
    goal: fc.integer({ min: 1, max: 60 }),
    width: fc.integer({ min: 1, max: 20 }),
    schedule: fc.option(arbProfile, { nil: null }),
    frequency: fc.constantFrom("monthly", "monthly", "quarterly", "first_month" as const),
  })
  .map(({ shape, direction, pick, goal, width, schedule, frequency }) => {
    const choices = COMPARATORS[direction];
    const comparator = choices[pick % choices.length] ?? "=";
    const isRange = comparator === "range";
    return {
      year: 2020,
      kind: shape.kind,
      basis: shape.basis,
      direction,
      comparator,
      value: isRange ? null : goal,
      min: isRange ? goal : null,
      max: isRange ? goal + width : null,
      frequency: shape.kind === "growth_rate" || shape.basis === "month_amount" ? frequency : frequency === "quarterly" ? "monthly" : frequency,
      schedule,
      units: null,
    };
  });

function shapeOf(target: TEngineTarget) {
  return SHAPES.find((s) => s.kind === target.kind && s.basis === target.basis) ?? SHAPES[0];
}

/** A target with figures for some (or all) of its due months. */
function arbCase(complete: boolean) {
  return arbTarget.chain((target) => {
    const { lo, hi } = shapeOf(target);
    const value = fc.double({ min: lo, max: hi, noNaN: true });
    const months = dueMonths(target);
    const values = fc.array(complete ? value : fc.option(value, { nil: null }), { minLength: months.length, maxLength: months.length });
    return fc.record({ target: fc.constant(target), values, asOf: complete ? fc.constant(12) : fc.integer({ min: 1, max: 12 }) }).map(({ values, asOf }) => ({
      target,
      asOf,
      figures: months.flatMap((month, i): TEngineFigure[] => (values[i] === null || values[i] === undefined ? [] : [{ month, value: values[i], unit: null }])),
    }));
  });
}

/** The year's value computed independently of the engine. */
function yearValue(target: TEngineTarget, figures: readonly TEngineFigure[]): number {
  if (!isAdditive(target.basis)) return figures.at(-1)?.value ?? Number.NaN;
  if (target.basis !== "month_mean") return figures.reduce((sum, f) => sum + (f.value ?? 0), 0);
  const weighted = figures.reduce((sum, f) => {
    const { first, last } = spanOf(target.frequency, f.month);
    return sum + (f.value ?? 0) * daysBetween(target.year, first, last);
  }, 0);
  return weighted / daysInYear(target.year);
}

describe("properties", () => {
  it("a better actual never gives a worse status", () => {
    fc.assert(
      fc.property(arbCase(false), fc.double({ min: 0.001, max: 50, noNaN: true }), ({ target, figures, asOf }, delta) => {
        const reported = figures.filter((f) => f.month <= asOf);
        const latest = reported.at(-1);
        fc.pre(latest !== undefined);
        const better = target.direction === "higher_is_better" ? delta : -delta;
        const improved = figures.map((f) => (f === latest ? { ...f, value: (f.value ?? 0) + better } : f));
        const before = evaluateProgress(target, figures, asOf);
        const after = evaluateProgress(target, improved, asOf);
        expect(rankOf(after.status), `${before.status} → ${after.status}`).toBeGreaterThanOrEqual(rankOf(before.status));
      }),
      { numRuns: 3000 },
    );
  });

  it("a complete year that meets its target is achieved", () => {
    fc.assert(
      fc.property(arbCase(true), ({ target, figures }) => {
        const met = judgeMet(target, yearValue(target, figures))?.met;
        fc.pre(met === true);
        expect(evaluateProgress(target, figures, 12)).toMatchObject({ status: "achieved", met: true });
      }),
      { numRuns: 2000 },
    );
  });

  it("a complete year that misses its target is never on track, ahead or achieved", () => {
    fc.assert(
      fc.property(arbCase(true), ({ target, figures }) => {
        const met = judgeMet(target, yearValue(target, figures))?.met;
        fc.pre(met === false);
        const p = evaluateProgress(target, figures, 12);
        expect(["behind", "off_track"]).toContain(p.status);
        expect(p.met).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("expected is non-decreasing through the year for scheduled cumulative kinds", () => {
    const scheduled = arbTarget.filter((t) => t.kind === "cumulative" || t.kind === "day_count" || t.kind === "milestone");
    fc.assert(
      fc.property(scheduled, (target) => {
        const path = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => expectedAt(target, m) ?? Number.NaN);
        path.slice(1).forEach((e, i) => expect(e).toBeGreaterThanOrEqual(path[i] ?? Number.POSITIVE_INFINITY));
        const figures = dueMonths(target).map((month) => ({ month, value: 1, unit: null }));
        const judged = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => evaluateProgress(target, figures, m).expected ?? 0);
        judged.slice(1).forEach((e, i) => expect(e).toBeGreaterThanOrEqual((judged[i] ?? 0) - 1e-9));
      }),
      { numRuns: 1000 },
    );
  });

  it("figures after the as-of month change nothing", () => {
    fc.assert(
      fc.property(arbCase(false), fc.integer({ min: 1, max: 12 }), fc.double({ min: -50, max: 50, noNaN: true }), ({ target, figures, asOf }, month, value) => {
        fc.pre(month > asOf);
        expect(evaluateProgress(target, [...figures, { month, value, unit: null }], asOf)).toEqual(evaluateProgress(target, figures, asOf));
      }),
      { numRuns: 1000 },
    );
  });
});
