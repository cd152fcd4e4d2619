import { describe, expect, it } from "vitest";
import { findValueProblem } from "./figures";

const MARCH = { year: 2020, month: 3 };

describe("findValueProblem with an entry factor", () => {
  it("checks what the entered value means in the display unit", () => {
    // A share typed in % (factor 1) stays 0–100.
    expect(findValueProblem("share", MARCH, 100)).toBeNull();
    expect(findValueProblem("share", MARCH, 100.5)).toBe("value.percent");
    // A share typed in ‰ (factor 0.1): 950‰ is 95%, 1200‰ is 120%.
    expect(findValueProblem("share", MARCH, 950, 0.1)).toBeNull();
    expect(findValueProblem("share", MARCH, 1200, 0.1)).toBe("value.percent");
    // People typed for a target in 万人: any count is fine, a negative one is not.
    expect(findValueProblem("cumulative", MARCH, 250_000, 0.0001)).toBeNull();
    expect(findValueProblem("cumulative", MARCH, -1, 0.0001)).toBe("value.negative");
  });

  it("checks what is stored on the value as typed: six decimals, whole days", () => {
    // 0.0000001 万人 would be fine shown, but 0.1234567 typed loses its seventh decimal.
    expect(findValueProblem("cumulative", MARCH, 0.1234567, 0.0001)).toBe("value.decimals");
    expect(findValueProblem("cumulative", MARCH, 520, 0.0001)).toBeNull();
    expect(findValueProblem("day_count", MARCH, 31)).toBeNull();
    expect(findValueProblem("day_count", MARCH, 32)).toBe("value.days");
    expect(findValueProblem("day_count", MARCH, 10.5)).toBe("value.days");
  });
});
