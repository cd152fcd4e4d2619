import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "@/lib/server/db/client";
import { toComparator } from "@/lib/server/db/mappers";
import { toDisplayValue } from "@/lib/server/indicators/display";
import { loadTrackedTargets } from "@/lib/server/progress/load";

afterAll(disconnectDb);

/**
 * The progress loader reads a year in a few SQL statements (it must serve 10,000 targets quickly);
 * here its answer is held against the same rows read through Prisma's models, field by field, so
 * the fast path cannot drift from what the tables say.
 */
async function readThroughModels(includeSubmitted: boolean) {
  const db = getDb();
  const targets = await db.target.findMany({
    where: { year: 2020 },
    orderBy: [{ section: { sortOrder: "asc" } }, { indicator: { sortOrder: "asc" } }],
    select: {
      comparator: true,
      value: true,
      min: true,
      max: true,
      basis: true,
      frequency: true,
      entryFactor: true,
      scheduleProfile: true,
      units: { select: { code: true, value: true }, orderBy: { sortOrder: "asc" } },
      indicator: { select: { id: true, code: true, kind: true, unit: true, direction: true, tasks: { select: { milestones: { select: { id: true } } } } } },
    },
  });
  const figures = await db.figure.findMany({
    where: { year: 2020, OR: [{ publishedAt: { not: null } }, ...(includeSubmitted ? [{ status: "submitted" as const }] : [])] },
    select: { indicatorId: true, month: true, status: true, value: true, publishedValue: true, unit: { select: { code: true } } },
  });
  return { targets, figures };
}

const byMonthAndUnit = (a: { month: number; unit: string | null }, b: { month: number; unit: string | null }) => a.month - b.month || (a.unit ?? "").localeCompare(b.unit ?? "");

describe("loadTrackedTargets", () => {
  it("gives every target of the year in section and indicator order, with its tracking fields as stored", async () => {
    const loaded = await loadTrackedTargets(getDb(), { year: 2020 });
    const { targets } = await readThroughModels(false);
    expect(loaded.map((t) => t.code)).toEqual(targets.map((t) => t.indicator.code));
    for (const [n, t] of targets.entries()) {
      const { engine, unit } = loaded[n]!;
      expect(unit, t.indicator.code).toBe(t.indicator.unit);
      expect({ kind: engine.kind, direction: engine.direction, comparator: engine.comparator, basis: engine.basis, frequency: engine.frequency }, t.indicator.code).toEqual({
        kind: t.indicator.kind,
        direction: t.indicator.direction,
        comparator: toComparator(t.comparator),
        basis: t.basis,
        frequency: t.frequency,
      });
      expect([engine.value, engine.min, engine.max], t.indicator.code).toEqual([t.value, t.min, t.max].map((d) => (d === null ? null : d.toNumber())));
      expect(engine.units, t.indicator.code).toEqual(t.units.length > 0 ? t.units.map((u) => ({ code: u.code, value: u.value.toNumber() })) : null);
      if (t.indicator.kind !== "milestone") expect(engine.schedule, t.indicator.code).toEqual(t.scheduleProfile.length === 12 ? t.scheduleProfile.map((d) => d.toNumber()) : null);
    }
  });

  for (const includeSubmitted of [false, true]) {
    it(`converts each ${includeSubmitted ? "published or submitted" : "published"} figure to the display unit exactly as toDisplayValue does`, async () => {
      const loaded = await loadTrackedTargets(getDb(), { year: 2020, includeSubmitted });
      const { targets, figures } = await readThroughModels(includeSubmitted);
      let compared = 0;
      let scaled = 0;
      for (const t of targets) {
        const row = loaded.find((l) => l.code === t.indicator.code)!;
        // A project's milestone indicator takes its path from the milestones (api-progress.test.ts checks those).
        if (t.indicator.kind === "milestone" && t.indicator.tasks.some((task) => task.milestones.length > 0)) continue;
        const expected = figures
          .filter((f) => f.indicatorId === t.indicator.id)
          .map((f) => ({ month: f.month, unit: f.unit?.code ?? null, value: toDisplayValue(includeSubmitted && f.status === "submitted" ? f.value : f.publishedValue, t.entryFactor) }));
        expect([...row.figures].sort(byMonthAndUnit), t.indicator.code).toEqual(expected.sort(byMonthAndUnit));
        compared += expected.length;
        if (!t.entryFactor.equals(1)) scaled += expected.length;
      }
      expect(compared).toBeGreaterThan(100);
      // The demo has a target entered in 人 and shown in 万人: the factor really is applied.
      expect(scaled).toBeGreaterThan(0);
    });
  }

  it("reads figures only up to throughMonth, leaving targets and milestone paths whole", async () => {
    const whole = await loadTrackedTargets(getDb(), { year: 2020 });
    const upToJune = await loadTrackedTargets(getDb(), { year: 2020, throughMonth: 6 });
    expect(upToJune.map((t) => t.engine)).toEqual(whole.map((t) => t.engine));
    const cut = whole.map((t) => ({ ...t, figures: t.engine.kind === "milestone" && t.figures.length === 12 ? t.figures : t.figures.filter((f) => f.month <= 6) }));
    expect(upToJune).toEqual(cut);
    expect(upToJune.flatMap((t) => t.figures).length).toBeLessThan(whole.flatMap((t) => t.figures).length);
  });

  it("gives one indicator's target with code, and nothing for an unknown code or a year without targets", async () => {
    const [one, ...rest] = await loadTrackedTargets(getDb(), { year: 2020, code: "afforestation" });
    expect(rest).toEqual([]);
    expect(one).toEqual((await loadTrackedTargets(getDb(), { year: 2020 })).find((t) => t.code === "afforestation"));
    expect(await loadTrackedTargets(getDb(), { year: 2020, code: "no-such-indicator" })).toEqual([]);
    expect(await loadTrackedTargets(getDb(), { year: 1999 })).toEqual([]);
  });
});
