import { describe, expect, it } from "vitest";
import { pickLocale } from "./locale";
import { translateValidation } from "./validation";

describe("pickLocale", () => {
  it("answers in Chinese unless English comes first", () => {
    expect(pickLocale(null)).toBe("zh-CN");
    expect(pickLocale("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(pickLocale("en-US,en;q=0.9")).toBe("en");
    expect(pickLocale("fr-FR")).toBe("zh-CN");
  });

  it("translates contract validation keys and passes other messages through", () => {
    expect(translateValidation("validation.year", "zh-CN")).toContain("年份");
    expect(translateValidation("validation.year", "en")).toContain("whole year");
    expect(translateValidation("anything else", "en")).toBe("anything else");
  });
});
