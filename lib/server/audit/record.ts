import type { Prisma } from "../db/generated/client";
import type { TDbClient } from "../db/client";

/** Who acted: a person through a session or an API token, or a named process (seed, cli). */
export interface TAuditActor {
  userId: number | null;
  sessionId: number | null;
  tokenId: number | null;
  label?: string;
}

export interface TAuditEntry {
  actor: TAuditActor;
  action: string;
  entityType: string;
  entityId: string;
  requestId?: string | null;
  departmentId?: number | null;
  /** Required by the caller where the action needs one: return, reopen, unlock, editing after approval. */
  reason?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

function auditData(entry: TAuditEntry) {
  return {
    actorId: entry.actor.userId,
    actorLabel: entry.actor.label ?? null,
    sessionId: entry.actor.sessionId,
    tokenId: entry.actor.tokenId,
    requestId: entry.requestId ?? null,
    departmentId: entry.departmentId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    reason: entry.reason ?? null,
    before: entry.before ?? undefined,
    after: entry.after ?? undefined,
  };
}

/** Appends one audit row; call it with the transaction client of the change it records. */
export async function recordAudit(db: TDbClient, entry: TAuditEntry): Promise<void> {
  await db.auditLog.create({ data: auditData(entry) });
}

/** Appends the audit rows of a batch of changes (an import) in one statement, in their order. */
export async function recordAudits(db: TDbClient, entries: TAuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.auditLog.createMany({ data: entries.map(auditData) });
}
