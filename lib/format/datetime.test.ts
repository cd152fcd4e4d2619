import { describe, expect, it } from "vitest";
import { formatDateTime } from "./datetime";

describe("formatDateTime", () => {
  it("reads an instant in China Standard Time", () => {
    expect(formatDateTime("2020-06-30T16:05:00Z", "zh-CN")).toBe("2020年7月1日 00:05");
    expect(formatDateTime("2020-06-30T06:05:00Z", "zh-CN")).toBe("2020年6月30日 14:05");
    expect(formatDateTime("2020-06-30T06:05:00Z", "en")).toBe("30 Jun 2020, 14:05");
  });
  it("passes an unreadable value through", () => {
    expect(formatDateTime("soon", "en")).toBe("soon");
  });
});
