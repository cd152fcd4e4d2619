import { describe, expect, it } from "vitest";
import { daysBetween, daysInMonth, daysInYear, daysThrough, isLeapYear, periodOf } from "./calendar";

describe("calendar", () => {
  it("2020 is a leap year: February has 29 days and the year 366", () => {
    expect(isLeapYear(2020)).toBe(true);
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInYear(2020)).toBe(366);
    expect(daysThrough(2020, 12)).toBe(366);
  });

  it.each([
    [2019, false, 365],
    [2021, false, 365],
    [2000, true, 366],
    [2100, false, 365],
  ])("%i: leap %s, %i days", (year, leap, days) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInYear(year)).toBe(days);
    expect(daysThrough(year, 12)).toBe(days);
  });

  it("month lengths and spans", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2020, m))).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysThrough(2020, 0)).toBe(0);
    expect(daysThrough(2020, 2)).toBe(60);
    expect(daysBetween(2020, 4, 6)).toBe(91);
  });

  it("periods are YYYY-MM", () => {
    expect(periodOf(2020, 3)).toBe("2020-03");
    expect(periodOf(2020, 12)).toBe("2020-12");
  });
});
