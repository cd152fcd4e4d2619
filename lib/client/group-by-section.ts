import type { TSectionRef } from "../contracts/common";

export interface TSectionGroup<T> {
  section: TSectionRef;
  indicators: T[];
}

/**
 * Groups items by section: the given sections first, in their order (empty ones included), then
 * any other section in the order it first appears.
 */
export function groupBySection<T extends { section: TSectionRef }>(items: readonly T[], sections: readonly TSectionRef[] = []): TSectionGroup<T>[] {
  const groups = new Map<string, TSectionGroup<T>>(sections.map((section) => [section.code, { section, indicators: [] }]));
  for (const item of items) {
    const group = groups.get(item.section.code) ?? { section: item.section, indicators: [] };
    group.indicators.push(item);
    groups.set(item.section.code, group);
  }
  return [...groups.values()];
}
