import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, getClientIp, resolveClientIp } from "./client-ip";

describe("resolveClientIp", () => {
  it("takes the socket's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientIp({ remoteAddress: "10.1.2.3", forwardedFor: "6.6.6.6", trustedHops: 0 })).toBe("10.1.2.3");
    expect(resolveClientIp({ remoteAddress: "::ffff:127.0.0.1", forwardedFor: undefined, trustedHops: 0 })).toBe("127.0.0.1");
    expect(resolveClientIp({ remoteAddress: "::1", forwardedFor: undefined, trustedHops: 0 })).toBe("::1");
  });

  it("counts trusted proxies from the right, so a forged left-hand entry never wins", () => {
    // The client forged 6.6.6.6; the proxy at 10.0.0.5 appended the address it saw, 203.0.113.9.
    const forwarded = "6.6.6.6, 203.0.113.9";
    expect(resolveClientIp({ remoteAddress: "10.0.0.5", forwardedFor: forwarded, trustedHops: 1 })).toBe("203.0.113.9");
    expect(resolveClientIp({ remoteAddress: "10.0.0.5", forwardedFor: `${forwarded}, 10.0.0.4`, trustedHops: 2 })).toBe("203.0.113.9");
    expect(resolveClientIp({ remoteAddress: "10.0.0.5", forwardedFor: "203.0.113.9", trustedHops: 3 })).toBe("203.0.113.9");
  });

  it("falls back to the socket when the trusted entry is not an address", () => {
    expect(resolveClientIp({ remoteAddress: "10.0.0.5", forwardedFor: "unknown", trustedHops: 1 })).toBe("10.0.0.5");
  });

  it("is readable from route code", () => {
    expect(getClientIp(new Request("http://x/", { headers: { [CLIENT_IP_HEADER]: "10.1.2.3" } }))).toBe("10.1.2.3");
    expect(getClientIp(new Request("http://x/"))).toBeNull();
  });
});
