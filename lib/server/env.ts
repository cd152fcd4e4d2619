import { z } from "zod";

/** An empty variable (`DATABASE_URL=`) counts as unset. */
const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

const ZEnv = z.object({
  /**
   * postgresql://user:password@host:5432/db, or on a Unix socket postgresql://user@localhost/db?host=/socket/dir
   * (the `host` parameter wins over the host part, as in pg and libpq).
   */
  DATABASE_URL: z.preprocess(
    emptyAsUnset,
    z
      .url({ protocol: /^postgres(ql)?$/, error: "must be a URL such as postgresql://user:password@host:5432/database" })
      .refine((url) => new URL(url).hostname !== "" || new URL(url).searchParams.has("host"), {
        error: "needs a host: postgresql://user:password@host:5432/database, or ?host=/socket/dir",
      })
      .optional(),
  ),
  /** Connections in the app's pool; npm start sets 1 on the embedded database (one PGlite session). */
  DATABASE_POOL_SIZE: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(100).default(5)),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** "true" loads the demo figures; unset means: on the embedded database only. */
  SEED_DEMO: z.preprocess(emptyAsUnset, z.enum(["true", "false"]).optional()),
  /** Password given to the demo logins when they are first created. */
  SEED_PASSWORD: z.preprocess(emptyAsUnset, z.string().min(8).optional()),
  /** Where the embedded database keeps its files. */
  DATA_DIR: z.string().default(".data"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Instances behind one load balancer share public changes and Next's data cache through this Redis. */
  REDIS_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^rediss?$/ }).optional()),
  /** Prefix of every Redis key and channel of this deployment (tests and several cities can share one Redis). */
  REDIS_KEY_PREFIX: z.preprocess(emptyAsUnset, z.string().regex(/^[A-Za-z0-9_:.-]{1,64}$/).default("siping:")),
  /** Proxies in front of the app whose X-Forwarded-For is believed: unset or "false" none, "true" one, or a count. */
  TRUST_PROXY: z.preprocess(
    emptyAsUnset,
    z
      .enum(["true", "false", "0", "1", "2", "3", "4", "5"])
      .default("false")
      .transform((value) => (value === "true" ? 1 : value === "false" ? 0 : Number(value))),
  ),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

/** Environment variables, parsed once; an invalid value stops the process with a clear message. */
export function getEnv(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

export function requireDatabaseUrl(): string {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database).");
  return url;
}
