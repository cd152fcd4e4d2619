import { describe, expect, it } from "vitest";
import { minutesToWait, passwordChangeErrorFrom, signInErrorFrom } from "./auth-errors";

describe("signInErrorFrom", () => {
  it("never tells a wrong login from a wrong password", () => {
    expect(signInErrorFrom(401, null, "INVALID_USERNAME_OR_PASSWORD")).toEqual({ kind: "invalid" });
    expect(signInErrorFrom(422, null, "INVALID_USERNAME")).toEqual({ kind: "invalid" });
  });

  it("turns Retry-After seconds into whole minutes, rounding up", () => {
    expect(signInErrorFrom(429, "900", "TOO_MANY_ATTEMPTS")).toEqual({ kind: "throttled", minutes: 15 });
    expect(signInErrorFrom(429, "61", undefined)).toEqual({ kind: "throttled", minutes: 2 });
    expect(minutesToWait("1")).toBe(1);
    expect(minutesToWait(null)).toBe(15);
    expect(minutesToWait("soon")).toBe(15);
  });

  it("names a disabled account, but not a refused origin", () => {
    expect(signInErrorFrom(403, null, "BANNED_USER")).toEqual({ kind: "disabled" });
    expect(signInErrorFrom(403, null, "INVALID_ORIGIN")).toEqual({ kind: "server" });
    expect(signInErrorFrom(500, null, undefined)).toEqual({ kind: "server" });
  });
});

describe("passwordChangeErrorFrom", () => {
  it("maps better-auth's codes", () => {
    expect(passwordChangeErrorFrom(400, "INVALID_PASSWORD")).toEqual({ kind: "wrongCurrent" });
    expect(passwordChangeErrorFrom(400, "PASSWORD_TOO_SHORT")).toEqual({ kind: "tooShort" });
    expect(passwordChangeErrorFrom(400, "PASSWORD_TOO_LONG")).toEqual({ kind: "tooLong" });
    expect(passwordChangeErrorFrom(401, undefined)).toEqual({ kind: "signedOut" });
    expect(passwordChangeErrorFrom(502, undefined)).toEqual({ kind: "server" });
  });
});
