import { describe, expect, it } from "vitest";
import { formatPoints, formatRatio } from "./points";

describe("formatPoints", () => {
  it("writes a rate gap in 百分点 with its sign, as officials write 增速差", () => {
    expect(formatPoints(-0.8, "zh-CN")).toBe("−0.8个百分点");
    expect(formatPoints(1.25, "zh-CN")).toBe("+1.3个百分点");
    expect(formatPoints(0, "zh-CN")).toBe("0个百分点");
    expect(formatPoints(-0.04, "zh-CN")).toBe("0个百分点");
  });

  it("writes percentage points in English as pp", () => {
    expect(formatPoints(-0.8, "en")).toBe("−0.8 pp");
    expect(formatPoints(2, "en")).toBe("+2 pp");
  });
});

describe("formatRatio", () => {
  it("gives a tenth of a percent, floored so it never reads as the next status", () => {
    expect(formatRatio(0.923, "zh-CN")).toBe("92.3%");
    expect(formatRatio(0.84, "zh-CN")).toBe("84%");
    expect(formatRatio(0.57, "zh-CN")).toBe("57%");
    expect(formatRatio(0.9996, "zh-CN")).toBe("99.9%");
    expect(formatRatio(1.0499, "en")).toBe("104.9%");
    expect(formatRatio(1.05, "en")).toBe("105%");
  });
});
