import { describe, expect, it } from "vitest";
import { hasMalformedPercentEscape } from "./percent-escapes";

describe("hasMalformedPercentEscape", () => {
  it.each(["/api/v1/indicators/%E0%A4%A", "/api/v1/%zz", "/api/v1/x%", "/api/v1/%E0%A4", "/api/v1/%C0%AF", "/api/v1/%FF?year=2020"])("finds one in %s", (target) => {
    expect(hasMalformedPercentEscape(target)).toBe(true);
  });

  it.each(["/api/v1/indicators", "/api/v1/indicators/gdp-growth?year=2020", "/api/v1/%E0%A4%A8", "/api/v1/a%20b", "/api/v1/x?q=%E0%A4%A", "/api/v1/x#%zz"])(
    "leaves %s alone",
    (target) => {
      expect(hasMalformedPercentEscape(target)).toBe(false);
    },
  );
});
