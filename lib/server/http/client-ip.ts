import { isIP } from "node:net";

/** Set by the Node server on every request, overwriting whatever the client sent. */
export const CLIENT_IP_HEADER = "x-siping-client-ip";

/** "::ffff:10.0.0.1" and "10.0.0.1" are one client, for throttling and logs alike. */
function normalize(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/**
 * The caller's address. X-Forwarded-For counts only through `trustedHops` proxies: each trusted proxy
 * appends the address it saw, so the client is that many entries from the right of
 * [...forwarded, socket]; anything further left was written by the client and is ignored.
 */
export function resolveClientIp(input: { remoteAddress: string | undefined; forwardedFor: string | undefined; trustedHops: number }): string {
  const socket = normalize(input.remoteAddress ?? "");
  if (input.trustedHops <= 0 || !input.forwardedFor) return socket;
  const chain = [...input.forwardedFor.split(","), socket].map(normalize).filter((a) => a !== "");
  const candidate = chain[Math.max(0, chain.length - 1 - input.trustedHops)];
  return candidate && isIP(candidate) ? candidate : socket;
}

/** For route code (sign-in throttling): the address the Node server resolved, or null when the request did not pass through it. */
export function getClientIp(request: Request): string | null {
  return request.headers.get(CLIENT_IP_HEADER);
}
