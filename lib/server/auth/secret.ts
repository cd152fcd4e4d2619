import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The key that signs session cookies. BETTER_AUTH_SECRET when set (required when several
 * instances serve one city: they must share it); otherwise one random key per installation,
 * kept in DATA_DIR with owner-only permissions and never printed.
 */
export function getAuthSecret(fromEnv: string | undefined, dataDir: string): string {
  if (fromEnv) return fromEnv;
  const file = path.resolve(dataDir, "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    // "wx": two processes starting at once must not write two different keys.
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    } catch {
      return readFileSync(file, "utf8").trim();
    }
    chmodSync(file, 0o600);
    return secret;
  }
}
