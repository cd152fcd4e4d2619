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

/**
 * Appends the audit rows of a batch of changes (an import) in one set-based statement, in their
 * order: the same columns recordAudit writes.
 */
export async function recordAudits(db: TDbClient, entries: TAuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map(auditData);
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  await db.$executeRaw`
    INSERT INTO audit_log (actor_id, actor_label, session_id, token_id, request_id, department_id, action, entity_type, entity_id, reason, before, after)
    SELECT v.actor_id, v.actor_label, v.session_id, v.token_id, v.request_id, v.department_id, v.action, v.entity_type, v.entity_id, v.reason, v.before, v.after
    FROM unnest(
      ${rows.map((r) => r.actorId)}::int[], ${rows.map((r) => r.actorLabel)}::text[], ${rows.map((r) => r.sessionId)}::int[], ${rows.map((r) => r.tokenId)}::int[],
      ${rows.map((r) => r.requestId)}::text[], ${rows.map((r) => r.departmentId)}::int[], ${rows.map((r) => r.action)}::text[], ${rows.map((r) => r.entityType)}::text[],
      ${rows.map((r) => r.entityId)}::text[], ${rows.map((r) => r.reason)}::text[], ${rows.map((r) => json(r.before))}::jsonb[], ${rows.map((r) => json(r.after))}::jsonb[]
    ) WITH ORDINALITY AS v(actor_id, actor_label, session_id, token_id, request_id, department_id, action, entity_type, entity_id, reason, before, after, n)
    ORDER BY n`;
}
