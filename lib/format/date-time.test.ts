import { describe, expect, it } from "vitest";
import { formatDateTime } from "./date-time";

describe("formatDateTime", () => {
  it("shows China time in both languages", () => {
    expect(formatDateTime("2020-11-20T06:05:00.000Z", "zh-CN")).toBe("2020年11月20日 14:05");
    expect(formatDateTime("2020-11-20T06:05:00.000Z", "en")).toBe("20 Nov 2020, 14:05");
  });

  it("crosses midnight into the next day in China", () => {
    expect(formatDateTime("2020-12-31T16:30:00.000Z", "zh-CN")).toBe("2021年1月1日 00:30");
  });
});
