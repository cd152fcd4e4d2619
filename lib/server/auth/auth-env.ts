import { z } from "zod";

const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

/** Account settings from the environment, parsed once. */
const ZAuthEnv = z.object({
  /** Signs session cookies; at least 32 characters. Unset: a random key kept in DATA_DIR. */
  BETTER_AUTH_SECRET: z.preprocess(emptyAsUnset, z.string().min(32).optional()),
  /** The address users open (https://… turns on Secure cookies); unset: taken from each request. */
  PUBLIC_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^https?$/ }).optional()),
  /** More origins allowed to send state-changing requests with a session cookie, comma-separated. */
  TRUSTED_ORIGINS: z.preprocess(emptyAsUnset, z.string().optional()),
  /** Shares sign-in failure counts between instances through Redis instead of the database. */
  REDIS_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^rediss?$/ }).optional()),
  DATA_DIR: z.string().default(".data"),
});

export type TAuthEnv = z.infer<typeof ZAuthEnv>;

let cached: TAuthEnv | undefined;

export function getAuthEnv(): TAuthEnv {
  if (cached) return cached;
  const parsed = ZAuthEnv.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  cached = parsed.data;
  return cached;
}

export function trustedOrigins(env: TAuthEnv): string[] {
  const extra = env.TRUSTED_ORIGINS?.split(",").map((o) => o.trim()).filter(Boolean) ?? [];
  return [...(env.PUBLIC_URL ? [new URL(env.PUBLIC_URL).origin] : []), ...extra];
}
