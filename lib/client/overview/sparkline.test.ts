import { describe, expect, it } from "vitest";
import { shapeSparkline } from "./sparkline";

describe("shapeSparkline", () => {
  it("puts both series on one scale, highest at the top", () => {
    const line = shapeSparkline({ actual: [0, 10, null], expected: [0, 5, 20] }, 22, 22, 1);
    expect(line.expected).toBe("M1 21L11 16L21 1");
    expect(line.actual).toBe("M1 21L11 11");
    expect(line.last).toEqual({ x: 11, y: 11 });
  });

  it("joins the quarters of a quarterly series across the months without a figure", () => {
    const line = shapeSparkline({ actual: [null, null, -8, null, null, 2, null, null, 4, null, null, null], expected: Array(12).fill(5) }, 112, 28, 1);
    expect(line.actual.match(/[ML]/g)).toEqual(["M", "L", "L"]);
    expect(line.actual.startsWith("M21 27")).toBe(true);
  });

  it("draws a flat series in the middle and nothing without values", () => {
    expect(shapeSparkline({ actual: [100, 100], expected: [100, 100] }, 10, 20, 0).expected).toBe("M0 10L10 10");
    expect(shapeSparkline({ actual: [null], expected: [null] }, 10, 20)).toEqual({ actual: "", expected: "", last: null });
  });
});
