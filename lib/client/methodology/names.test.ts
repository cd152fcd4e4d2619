import { describe, expect, it } from "vitest";
import { listNames } from "./names";

const items = ["甲", "乙", "丙", "丁"].map((z, i) => ({ nameZh: z, nameEn: `N${i}` }));

describe("listNames", () => {
  it("joins names in the reader's language and says when some are left out", () => {
    expect(listNames(items, "zh-CN")).toEqual({ names: "甲、乙、丙、丁", total: 4, isTruncated: false });
    expect(listNames(items, "en", 2)).toEqual({ names: "N0, N1", total: 4, isTruncated: true });
    expect(listNames([], "en")).toEqual({ names: "", total: 0, isTruncated: false });
  });
});
