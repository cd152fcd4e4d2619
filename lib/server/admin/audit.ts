import type { TAuditEntry, TAuditPage, TAuditQuery } from "../../contracts/admin";
import type { TDbClient } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { toPeriod } from "../db/mappers";

/** Days are read in China Standard Time, the report's own calendar. */
const CST = "+08:00";

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00${CST}`);
}

function nextDayStart(day: string): Date {
  return new Date(dayStart(day).getTime() + 86_400_000);
}

/** An indicator's rows: its figures (`code/2020-06…`) and its targets (`code/2020`). */
function indicatorFilter(code: string): Prisma.AuditLogWhereInput {
  return { entityType: { in: ["figure", "target"] }, OR: [{ entityId: code }, { entityId: { startsWith: `${code}/` } }] };
}

/**
 * One page of the audit log, newest first, filtered by actor login, bureau, indicator and days.
 * The cursor is the last id of the previous page, so pages hold still while new rows arrive.
 */
export async function listAuditLog(db: TDbClient, query: TAuditQuery): Promise<TAuditPage> {
  const where: Prisma.AuditLogWhereInput = {
    ...(query.actor ? { actor: { login: query.actor } } : {}),
    ...(query.department ? { department: { code: query.department } } : {}),
    ...(query.from || query.to ? { createdAt: { ...(query.from ? { gte: dayStart(query.from) } : {}), ...(query.to ? { lt: nextDayStart(query.to) } : {}) } } : {}),
    ...(query.cursor ? { id: { lt: BigInt(query.cursor) } } : {}),
    ...(query.indicator ? indicatorFilter(query.indicator) : {}),
  };
  const rows = await db.auditLog.findMany({
    where,
    select: {
      id: true,
      createdAt: true,
      actorLabel: true,
      sessionId: true,
      tokenId: true,
      requestId: true,
      action: true,
      entityType: true,
      entityId: true,
      reason: true,
      before: true,
      after: true,
      actor: { select: { login: true, displayName: true } },
      department: { select: { code: true } },
    },
    orderBy: { id: "desc" },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const labels = await labelEntities(db, page);
  const entries: TAuditEntry[] = page.map((r) => ({
    id: r.id.toString(),
    at: r.createdAt.toISOString(),
    actor: r.actor,
    actorLabel: r.actorLabel,
    via: r.tokenId !== null ? "token" : r.sessionId !== null ? "session" : "process",
    tokenId: r.tokenId,
    requestId: r.requestId,
    department: r.department?.code ?? null,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    entityLabel: labels.get(`${r.entityType}:${r.entityId}`) ?? null,
    reason: r.reason,
    before: r.before,
    after: r.after,
  }));
  return { entries, nextCursor: rows.length > query.limit ? page[page.length - 1]!.id.toString() : null };
}

const NUMERIC_ID = /^\d{1,9}$/;

/** Logins of the users, prefixes of the tokens and months of the locks a page of rows names. */
async function labelEntities(db: TDbClient, rows: { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(rows.filter((r) => r.entityType === type && NUMERIC_ID.test(r.entityId)).map((r) => Number(r.entityId)))];
  const userIds = idsOf("user");
  const tokenIds = idsOf("api_token");
  const lockIds = idsOf("period_lock");
  const [users, tokens, locks] = await Promise.all([
    userIds.length > 0 ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, login: true } }) : [],
    tokenIds.length > 0 ? db.apiToken.findMany({ where: { id: { in: tokenIds } }, select: { id: true, prefix: true } }) : [],
    lockIds.length > 0 ? db.periodLock.findMany({ where: { id: { in: lockIds } }, select: { id: true, year: true, month: true, department: { select: { code: true } } } }) : [],
  ]);
  return new Map([
    ...users.map((u) => [`user:${u.id}`, u.login] as const),
    ...tokens.map((k) => [`api_token:${k.id}`, `${k.prefix}…`] as const),
    ...locks.map((l) => [`period_lock:${l.id}`, `${toPeriod(l.year, l.month)}${l.department ? ` ${l.department.code}` : ""}`] as const),
  ]);
}
