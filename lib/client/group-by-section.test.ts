import { describe, expect, it } from "vitest";
import { groupBySection } from "./group-by-section";

const a = { code: "a", nameZh: "甲", nameEn: "A" };
const b = { code: "b", nameZh: "乙", nameEn: "B" };
const c = { code: "c", nameZh: "丙", nameEn: "C" };

describe("groupBySection", () => {
  it("keeps the given section order, empty sections included, then others as they appear", () => {
    const items = [{ id: 1, section: c }, { id: 2, section: a }, { id: 3, section: c }];
    const groups = groupBySection(items, [a, b]);
    expect(groups.map((g) => [g.section.code, g.indicators.map((i) => i.id)])).toEqual([
      ["a", [2]],
      ["b", []],
      ["c", [1, 3]],
    ]);
  });
});
