import { createHash } from "node:crypto";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { createUser } from "@/lib/server/accounts/users";
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
export async function signIn(login: string, password: string, options: { address?: string } = {}): Promise<{ status: number; cookie: string | null; body: unknown }> {
  const request = new Request(`${ORIGIN}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, host: "localhost", "x-siping-client-ip": options.address ?? "192.0.2.1" },
    body: JSON.stringify({ username: login, password }),
  });
  const response = await authPost(request);
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const text = await response.text();
  return { status: response.status, cookie: cookies.length > 0 ? cookies.join("; ") : null, body: text ? (JSON.parse(text) as unknown) : null };
}

/** Headers of a same-origin browser request carrying a session cookie. */
export function browserHeaders(cookie: string, extra: Record<string, string> = {}): Record<string, string> {
  return { cookie, origin: ORIGIN, host: "localhost", "content-type": "application/json", ...extra };
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, "content-type": "application/json" };
}

/** A digest of what writes may change, to prove a refused request changed nothing. */
export async function snapshotWrites(db: TDb): Promise<string> {
  const parts = await Promise.all([
    db.$queryRawUnsafe(`SELECT * FROM figures ORDER BY id`),
    db.$queryRawUnsafe(`SELECT * FROM figure_revisions ORDER BY id`),
    db.$queryRawUnsafe(`SELECT * FROM figure_publications ORDER BY id`),
    db.$queryRawUnsafe(`SELECT * FROM period_locks ORDER BY id`),
    db.$queryRawUnsafe(`SELECT id, action, entity_id FROM audit_log ORDER BY id`),
    db.$queryRawUnsafe(`SELECT id, login, banned, must_change_password FROM users ORDER BY id`),
  ]);
  const text = JSON.stringify(parts, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  return createHash("sha256").update(text).digest("hex");
}
