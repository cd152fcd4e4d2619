import { describe, expect, it } from "vitest";
import { parseReviewFilter, reviewHref } from "./filter";

describe("review filter", () => {
  const bureaus = ["stats", "housing"];

  it("keeps a known bureau and a month of the year", () => {
    expect(parseReviewFilter({ department: "stats", period: "2020-10" }, 2020, bureaus)).toEqual({ year: 2020, department: "stats", period: "2020-10" });
  });

  it("ignores an unknown bureau, a month of another year or a malformed one, and takes the first of repeated values", () => {
    expect(parseReviewFilter({ department: "nope", period: "2021-01" }, 2020, bureaus)).toEqual({ year: 2020, department: null, period: null });
    expect(parseReviewFilter({ period: "2020-13" }, 2020, bureaus).period).toBeNull();
    expect(parseReviewFilter({ department: ["housing", "stats"] }, 2020, bureaus).department).toBe("housing");
  });

  it("links back to the same filter", () => {
    expect(reviewHref({ department: null, period: null })).toBe("/admin/review");
    expect(reviewHref({ department: "stats", period: "2020-10" })).toBe("/admin/review?department=stats&period=2020-10");
  });
});
