import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeNextPath("/account")).toBe("/account");
    expect(safeNextPath("/entry?period=2020-03#gdp")).toBe("/entry?period=2020-03#gdp");
    expect(safeNextPath("/dashboard/%E6%8C%87%E6%A0%87")).toBe("/dashboard/%E6%8C%87%E6%A0%87");
  });

  it("normalises dot segments without leaving the site", () => {
    expect(safeNextPath("/a/../account")).toBe("/account");
    expect(safeNextPath("/../../account")).toBe("/account");
  });

  it.each([
    ["protocol-relative", "//evil.example/x"],
    ["absolute https", "https://evil.example/"],
    ["absolute http", "http://127.0.0.1/account"],
    ["javascript", "javascript:alert(1)"],
    ["relative", "account"],
    ["backslash after slash", "/\\evil.example"],
    ["backslash inside", "/account\\..\\..\\evil"],
    ["tab that browsers drop", "/\t/evil.example"],
    ["newline", "/\n/evil.example"],
    ["space", "/ /evil.example"],
    ["empty", ""],
    ["too long", `/${"a".repeat(600)}`],
  ])("refuses %s", (_name, value) => {
    expect(safeNextPath(value)).toBeNull();
  });

  it("refuses pages that would loop back into signing in or out", () => {
    expect(safeNextPath("/sign-in")).toBeNull();
    expect(safeNextPath("/sign-in?next=/account")).toBeNull();
    expect(safeNextPath("/api/auth/sign-out")).toBeNull();
    expect(safeNextPath("/sign-insurance")).toBe("/sign-insurance");
  });

  it("refuses missing and repeated parameters", () => {
    expect(safeNextPath(undefined)).toBeNull();
    expect(safeNextPath(null)).toBeNull();
    expect(safeNextPath(["/account", "/evil"])).toBeNull();
  });
});
