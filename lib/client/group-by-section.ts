import type { TSectionRef } from "../contracts/common";

export interface TSectionGroup<T> {
  section: TSectionRef;
  indicators: T[];
}

/** Groups items by section, keeping the order in which sections first appear. */
export function groupBySection<T extends { section: TSectionRef }>(items: readonly T[]): TSectionGroup<T>[] {
  const groups = new Map<string, TSectionGroup<T>>();
  for (const item of items) {
    const group = groups.get(item.section.code) ?? { section: item.section, indicators: [] };
    group.indicators.push(item);
    groups.set(item.section.code, group);
  }
  return [...groups.values()];
}
