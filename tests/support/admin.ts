import { createHash } from "node:crypto";
import { createApiToken } from "@/lib/server/auth/tokens";
import type { TDb } from "@/lib/server/db/client";
import type { Role } from "@/lib/server/db/generated/enums";
import { bearer, createTestUser } from "./accounts";

const TEST_ACTOR = { userId: null, sessionId: null, tokenId: null, label: "test" };

export interface TAdminScope {
  logins?: string[];
  departments?: string[];
  /** Indicator codes whose 2020 targets are compared. */
  targets?: string[];
  tokenIds?: number[];
}

/**
 * A digest of the rows an admin request in `scope` may change (users, their passwords and
 * sessions, bureaus, targets, tokens) and of their audit rows, to prove a refusal changed nothing.
 * Scoped, because other test files write to the same database at the same time.
 */
export async function snapshotAdmin(db: TDb, scope: TAdminScope): Promise<string> {
  const logins = scope.logins ?? [];
  const departments = scope.departments ?? [];
  const targets = scope.targets ?? [];
  const tokenIds = scope.tokenIds ?? [];
  const userIds = (await db.user.findMany({ where: { login: { in: logins } }, select: { id: true } })).map((u) => String(u.id));
  const parts = await Promise.all([
    db.user.findMany({ where: { login: { in: logins } }, orderBy: { id: "asc" } }),
    db.account.findMany({ where: { user: { login: { in: logins } } }, orderBy: { id: "asc" } }),
    db.session.findMany({ where: { user: { login: { in: logins } } }, orderBy: { id: "asc" } }),
    db.department.findMany({ where: { code: { in: departments } }, orderBy: { id: "asc" } }),
    db.target.findMany({ where: { year: 2020, indicator: { code: { in: targets } } }, orderBy: { id: "asc" } }),
    // Last use moves when a refused caller's own token is read: not a change the refusal made.
    db.apiToken.findMany({ where: { OR: [{ id: { in: tokenIds } }, { user: { login: { in: logins } } }] }, omit: { lastUsedAt: true }, orderBy: { id: "asc" } }),
    db.auditLog.findMany({
      where: {
        OR: [
          { entityType: "user", entityId: { in: userIds } },
          { entityType: "department", entityId: { in: departments } },
          { entityType: "target", entityId: { in: targets.map((c) => `${c}/2020`) } },
          { entityType: "api_token", entityId: { in: tokenIds.map(String) } },
        ],
      },
      select: { id: true },
      orderBy: { id: "asc" },
    }),
  ]);
  const text = JSON.stringify(parts, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  return createHash("sha256").update(text).digest("hex");
}

/** A ready login (password already chosen) and bearer headers of a token acting as it. */
export async function tokenFor(db: TDb, login: string, role: Role, department?: string): Promise<{ id: number; login: string; password: string; headers: Record<string, string> }> {
  const user = await createTestUser(db, { login, role, department });
  const { token } = await createApiToken(db, { login, name: "test", expiresAt: null, actor: TEST_ACTOR });
  return { ...user, headers: bearer(token) };
}
