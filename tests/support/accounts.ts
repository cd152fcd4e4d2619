import { createHash } from "node:crypto";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { createUser } from "@/lib/server/accounts/users";
import { createApiToken } from "@/lib/server/auth/tokens";
import type { TDb } from "@/lib/server/db/client";
import type { Role } from "@/lib/server/db/generated/enums";

export const ORIGIN = "http://localhost";
const SEED_ACTOR = { userId: null, sessionId: null, tokenId: null, label: "test" };

export interface TTestUser {
  id: number;
  login: string;
  password: string;
}

/** A login as `user create` makes it; `ready` clears the first-sign-in password change. */
export async function createTestUser(db: TDb, input: { login: string; role: Role; department?: string; ready?: boolean }): Promise<TTestUser> {
  const { user, password } = await createUser(db, { login: input.login, role: input.role, department: input.department, actor: SEED_ACTOR });
  if (input.ready !== false) await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
  return { id: user.id, login: user.login, password };
}

/** Signs in through the real auth endpoint; returns the response and the cookie header to send back. */
export async function signIn(login: string, password: string, options: { address?: string } = {}): Promise<{ status: number; cookie: string | null; setCookie: string[]; body: unknown }> {
  const request = new Request(`${ORIGIN}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, host: "localhost", "x-siping-client-ip": options.address ?? "192.0.2.1" },
    body: JSON.stringify({ username: login, password }),
  });
  const response = await authPost(request);
  const setCookie = response.headers.getSetCookie();
  const cookies = setCookie.map((c) => c.split(";")[0]!);
  const text = await response.text();
  return { status: response.status, cookie: cookies.length > 0 ? cookies.join("; ") : null, setCookie, body: text ? (JSON.parse(text) as unknown) : null };
}

/** Headers of a same-origin browser request carrying a session cookie. */
export function browserHeaders(cookie: string, extra: Record<string, string> = {}): Record<string, string> {
  return { cookie, origin: ORIGIN, host: "localhost", "content-type": "application/json", ...extra };
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, "content-type": "application/json" };
}

/** A ready login with an API token, as the headers of a request made with it. */
export async function tokenHeaders(db: TDb, login: string, role: Role, department?: string): Promise<Record<string, string>> {
  const user = await createTestUser(db, { login, role, department });
  return bearer((await createApiToken(db, { login: user.login, name: "test", expiresAt: null, actor: SEED_ACTOR })).token);
}

export interface TWriteScope {
  /** Indicators whose figures, history and publications are compared. */
  codes: string[];
  /** Months whose locks are compared, as "2020-08". */
  periods?: string[];
}

/**
 * A digest of what a write in `scope` may change, to prove a refused request changed nothing.
 * Scoped, because other test files write to the same database at the same time: the audit log
 * rows of these indicators and months are part of it.
 */
export async function snapshotWrites(db: TDb, scope: TWriteScope): Promise<string> {
  const months = (scope.periods ?? []).map((p) => p.split("-").map(Number) as [number, number]);
  const lockFilter = months.length > 0 ? months.map(([y, m]) => `(year = ${y} AND month = ${m})`).join(" OR ") : "false";
  const codes = scope.codes.map((c) => `'${c.replace(/'/g, "")}'`).join(",");
  const figureIds = `SELECT f.id FROM figures f JOIN indicators i ON i.id = f.indicator_id WHERE i.code IN (${codes})`;
  const parts = await Promise.all([
    db.$queryRawUnsafe(`SELECT * FROM figures WHERE id IN (${figureIds}) ORDER BY id`),
    db.$queryRawUnsafe(`SELECT * FROM figure_revisions WHERE figure_id IN (${figureIds}) ORDER BY id`),
    db.$queryRawUnsafe(`SELECT * FROM figure_publications WHERE figure_id IN (${figureIds}) ORDER BY id`),
    db.$queryRawUnsafe(`SELECT * FROM period_locks WHERE ${lockFilter} ORDER BY id`),
    db.$queryRawUnsafe(
      `SELECT id, action, entity_id FROM audit_log WHERE split_part(entity_id, '/', 1) IN (${codes}) OR entity_type = 'period_lock' AND entity_id IN (SELECT id::text FROM period_locks WHERE ${lockFilter}) ORDER BY id`,
    ),
  ]);
  const text = JSON.stringify(parts, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  return createHash("sha256").update(text).digest("hex");
}

/** Nothing at all was recorded for a request: no audit row carries its id. */
export async function countAuditRows(db: TDb, requestId: string | null): Promise<number> {
  if (!requestId) return 0;
  return db.auditLog.count({ where: { requestId } });
}
