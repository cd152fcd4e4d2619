import { describe, expect, it } from "vitest";
import { formatMonthList, formatMonthShort } from "./month";

describe("formatMonthShort", () => {
  it("writes a month as a column head in either language", () => {
    expect(formatMonthShort("2020-03", "zh-CN")).toBe("3月");
    expect(formatMonthShort("2020-12", "en")).toBe("Dec");
    expect(formatMonthShort("2020-13", "en")).toBe("2020-13");
  });
});

describe("formatMonthList", () => {
  it("lists due months, the whole year in words", () => {
    expect(formatMonthList([3, 6, 9, 12], "zh-CN")).toBe("3、6、9、12月");
    expect(formatMonthList([3, 6, 9, 12], "en")).toBe("Mar, Jun, Sept, Dec");
    expect(formatMonthList([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "zh-CN")).toBe("1—12月");
    expect(formatMonthList([1], "en")).toBe("Jan");
  });
});
