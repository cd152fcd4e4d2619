import { createHash, randomBytes } from "node:crypto";
import type { TDb, TDbClient } from "../db/client";
import { AppError } from "../errors";
import { recordAudit, type TAuditActor } from "../audit/record";
import { ACTOR_USER_SELECT, isDisabled, toActor, type TActor } from "./actor";

const TOKEN_PREFIX = "spt_";
/** Writing last_used_at on every request would turn each read into a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface TApiTokenInfo {
  id: number;
  login: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function looksLikeToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && value.length > 20 && value.length < 200;
}

/**
 * Creates a token for a user, with its audit row in the same transaction; the secret is returned
 * once and only its SHA-256 is stored.
 */
export async function createApiToken(
  db: TDb,
  input: { login: string; name: string; expiresAt: Date | null; actor: TAuditActor; requestId?: string },
): Promise<{ token: string; info: TApiTokenInfo }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const prefix = token.slice(0, 10);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { login: input.login }, select: { id: true, banned: true, banExpires: true, departmentId: true } });
    if (!user) throw new AppError("NOT_FOUND", { "zh-CN": `没有登录名为 ${input.login} 的用户`, en: `No user with login ${input.login}` });
    if (isDisabled(user)) throw new AppError("CONFLICT", { "zh-CN": `用户 ${input.login} 已停用`, en: `User ${input.login} is disabled` });
    const row = await tx.apiToken.create({
      data: { userId: user.id, name: input.name, prefix, tokenHash: hashToken(token), expiresAt: input.expiresAt },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: input.actor,
      requestId: input.requestId,
      action: "token.create",
      entityType: "api_token",
      entityId: String(row.id),
      departmentId: user.departmentId,
      after: { login: input.login, name: input.name, prefix, expiresAt: input.expiresAt?.toISOString() ?? null },
    });
    const [info] = await listApiTokens(tx, { id: row.id });
    return { token, info: info! };
  });
}

export async function listApiTokens(db: TDbClient, where: { id?: number; login?: string } = {}): Promise<TApiTokenInfo[]> {
  const rows = await db.apiToken.findMany({
    where: { ...(where.id ? { id: where.id } : {}), ...(where.login ? { user: { login: where.login } } : {}) },
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true, user: { select: { login: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({
    id: r.id,
    login: r.user.login,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  }));
}

/** Revokes a token at once (revoking one already revoked changes nothing and records nothing). */
export async function revokeApiToken(db: TDb, input: { id: number; actor: TAuditActor; requestId?: string }): Promise<TApiTokenInfo> {
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.findUnique({ where: { id: input.id }, select: { id: true, revokedAt: true, user: { select: { login: true, departmentId: true } } } });
    if (!row) throw new AppError("NOT_FOUND", { "zh-CN": `没有编号为 ${input.id} 的令牌`, en: `No token with id ${input.id}` });
    if (!row.revokedAt) {
      const revokedAt = new Date();
      await tx.apiToken.update({ where: { id: row.id }, data: { revokedAt } });
      await recordAudit(tx, {
        actor: input.actor,
        requestId: input.requestId,
        action: "token.revoke",
        entityType: "api_token",
        entityId: String(row.id),
        departmentId: row.user.departmentId,
        after: { login: row.user.login, revokedAt: revokedAt.toISOString() },
      });
    }
    const [info] = await listApiTokens(tx, { id: row.id });
    return info!;
  });
}

/** The actor behind a bearer token, or null when it is unknown, revoked, expired or its user disabled. */
export async function findTokenActor(db: TDbClient, token: string, now = new Date()): Promise<TActor | null> {
  if (!looksLikeToken(token)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: ACTOR_USER_SELECT } },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || isDisabled(row.user, now)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  // A machine client has no password to change: the flag applies to browser sessions only.
  return { ...toActor(row.user, { sessionId: null, tokenId: row.id }), mustChangePassword: false };
}
