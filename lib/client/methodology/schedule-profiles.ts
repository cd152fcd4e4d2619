import type { TIndicatorKind } from "../../contracts/common";
import type { TBasis } from "../../contracts/tracking";
import { hasSchedule, shareDue } from "../../progress/schedule";

export interface TProfileItem {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: TIndicatorKind;
  basis: TBasis;
  schedule: readonly number[] | null;
}

export interface TProfileGroup {
  /** Cumulative share due by each month end, January first. */
  shares: number[];
  /** Even progress: m/12 by the end of month m (as written out in the data, to six decimals). */
  isLinear: boolean;
  indicators: TProfileItem[];
}

/** Stored shares have six decimals: 0.083333 is 1/12. */
const TOLERANCE = 1e-6;

export function isLinearProfile(shares: readonly number[]): boolean {
  return shares.length === 12 && shares.every((s, i) => Math.abs(s - (i + 1) / 12) <= TOLERANCE);
}

/**
 * The expected paths the year's targets use, one group per distinct profile (linear first, then
 * the most used). Targets the engine tracks without a path (growth rates, unscheduled levels and
 * shares) are left out, and so are milestone projects, whose path follows their milestones' due
 * dates. A target without a stored profile gets the engine's own linear path.
 */
export function groupScheduleProfiles(items: readonly TProfileItem[], year: number): TProfileGroup[] {
  const groups = new Map<string, TProfileGroup>();
  for (const item of items) {
    if (item.kind === "milestone" || !hasSchedule({ kind: item.kind, schedule: item.schedule === null ? null : [...item.schedule] })) continue;
    const shares = item.schedule ? [...item.schedule] : Array.from({ length: 12 }, (_, i) => shareDue({ schedule: null, basis: item.basis, year }, i + 1));
    const key = shares.map((s) => s.toFixed(6)).join(",");
    const group = groups.get(key) ?? { shares, isLinear: isLinearProfile(shares), indicators: [] };
    group.indicators.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => Number(b.isLinear) - Number(a.isLinear) || b.indicators.length - a.indicators.length);
}
