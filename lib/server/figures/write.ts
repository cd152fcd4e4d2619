import type { TFigure, TPutFigureBody } from "../../contracts/figures";
import type { TActor } from "../auth/actor";
import { recordAudit, recordAudits, type TAuditEntry } from "../audit/record";
import type { TTx } from "../db/client";
import type { FigureStatus } from "../db/generated/enums";
import { toNumber } from "../db/mappers";
import { FIGURE_SELECT, FIGURE_STATE_SELECT, toFigure, toPublished, type TFigureRow, type TFigureState } from "./dto";
import type { TIndicatorScope } from "./put-checks";

/** Which figure a request is about, and who asks. */
export interface TTarget {
  code: string;
  period: string;
  /** The unit's code (`?unit=`) for per-unit targets. */
  unit?: string;
  actor: TActor;
  requestId: string;
}

export interface TChange {
  action: "put" | "submit" | "approve" | "return";
  reason?: string | null;
  /** The audit action when it is not `figure.<action>` (an import writes `figure.import`). */
  auditAction?: string;
  /** Recorded beside the after-state in the audit row (the import's file and row). */
  context?: Record<string, string | number>;
}

function snapshot(figure: TFigureState | null) {
  if (!figure) return null;
  return { value: toNumber(figure.value), note: figure.note, explanation: figure.explanation, status: figure.status, version: figure.version, published: toPublished(figure) };
}

function revisionData(after: TFigureState, change: TChange, actorId: number) {
  return {
    figureId: after.id,
    version: after.version,
    action: change.action,
    value: after.value?.toNumber() ?? null,
    note: after.note,
    explanation: after.explanation,
    status: after.status,
    reason: change.reason ?? null,
    actorId,
    isDemo: after.isDemo,
  };
}

function auditEntry(target: TTarget, indicator: TIndicatorScope, before: TFigureState | null, after: TFigureState, change: TChange): TAuditEntry {
  const afterState = snapshot(after);
  return {
    actor: target.actor,
    requestId: target.requestId,
    departmentId: indicator.departmentId,
    action: change.auditAction ?? `figure.${change.action}`,
    entityType: "figure",
    entityId: `${indicator.code}/${target.period}${target.unit ? `/${target.unit}` : ""}`,
    reason: change.reason ?? null,
    before: snapshot(before),
    after: change.context && afterState ? { ...afterState, ...change.context } : afterState,
  };
}

/** The revision row and the audit row of a change, in the change's transaction. */
export async function recordChange(tx: TTx, target: TTarget, indicator: TIndicatorScope, before: TFigureState | null, after: TFigureRow, change: TChange): Promise<TFigure> {
  await tx.figureRevision.create({ data: revisionData(after, change, target.actor.userId) });
  await recordAudit(tx, auditEntry(target, indicator, before, after, change));
  return toFigure(after);
}

/** A checked write of a working value: every guard of put-checks.ts has passed. */
export interface TFigureWrite {
  target: TTarget;
  indicator: TIndicatorScope;
  current: TFigureState | null;
  body: TPutFigureBody;
  year: number;
  month: number;
  change?: Omit<TChange, "action" | "reason">;
}

/** What a put sets: the value, the note and explanation when given (empty clears), back to draft. */
function workingData(write: TFigureWrite, now: Date) {
  const { body } = write;
  return {
    value: body.value,
    ...(body.note !== undefined ? { note: body.note || null } : {}),
    ...(body.explanation !== undefined ? { explanation: body.explanation || null } : {}),
    status: "draft" as FigureStatus,
    authorId: write.target.actor.userId,
    updatedAt: now,
  };
}

function changeOf(write: TFigureWrite): TChange {
  return { action: "put", reason: write.body.reason ?? null, ...write.change };
}

/** Writes one working value with its revision and audit rows. */
export async function writeFigure(tx: TTx, write: TFigureWrite): Promise<TFigure> {
  const { current, indicator, year, month } = write;
  const data = workingData(write, new Date());
  const after = current
    ? await tx.figure.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } }, select: FIGURE_SELECT })
    : await tx.figure.create({ data: { ...data, indicatorId: indicator.id, unitId: indicator.unitId, year, month, version: 1 }, select: FIGURE_SELECT });
  return recordChange(tx, write.target, indicator, current, after, changeOf(write));
}

const figureKey = (year: number, month: number, indicatorId: number, unitId: number | null) => `${year}-${month}/${indicatorId}/${unitId ?? ""}`;

/**
 * The same writes as writeFigure, for many figures in a few set-based statements (an import of
 * thousands of rows; row-by-row statements would take seconds): rows already there are updated in
 * one UPDATE, new ones inserted in one INSERT, then their revision and audit rows appended in one
 * statement each. One actor writes the whole batch; each figure appears at most once.
 */
export async function writeFigures(tx: TTx, writes: TFigureWrite[]): Promise<{ write: TFigureWrite; after: TFigureState }[]> {
  if (writes.length === 0) return [];
  const now = new Date();
  const updates = writes.filter((w) => w.current !== null);
  const creates = writes.filter((w) => w.current === null);
  if (updates.length > 0) await updateWorking(tx, updates, now);
  if (creates.length > 0) await insertWorking(tx, creates, now);
  const rows = await tx.figure.findMany({
    where: { OR: groupByMonth(writes).map(({ year, month, indicatorIds }) => ({ year, month, indicatorId: { in: indicatorIds } })) },
    select: { ...FIGURE_STATE_SELECT, indicatorId: true, unitId: true, year: true, month: true },
  });
  const byKey = new Map(rows.map((r) => [figureKey(r.year, r.month, r.indicatorId, r.unitId), r]));
  const done = writes.map((write) => {
    const after = byKey.get(figureKey(write.year, write.month, write.indicator.id, write.indicator.unitId));
    if (!after) throw new Error(`figure ${write.indicator.code} ${write.target.period} missing after its write`);
    return { write, after };
  });
  await insertRevisions(tx, done.map(({ write, after }) => revisionData(after, changeOf(write), write.target.actor.userId)));
  await recordAudits(tx, done.map(({ write, after }) => auditEntry(write.target, write.indicator, write.current, after, changeOf(write))));
  return done;
}

function groupByMonth(writes: TFigureWrite[]): { year: number; month: number; indicatorIds: number[] }[] {
  const groups = new Map<string, { year: number; month: number; indicatorIds: Set<number> }>();
  for (const w of writes) {
    const key = `${w.year}-${w.month}`;
    const group = groups.get(key) ?? { year: w.year, month: w.month, indicatorIds: new Set<number>() };
    group.indicatorIds.add(w.indicator.id);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({ year: g.year, month: g.month, indicatorIds: [...g.indicatorIds] }));
}

const decimalText = (value: number | null) => (value === null ? null : String(value));

/** workingData for many rows at once: the same columns, the version incremented, in one statement. */
async function updateWorking(tx: TTx, writes: TFigureWrite[], now: Date): Promise<void> {
  const ids = writes.map((w) => w.current!.id);
  const values = writes.map((w) => decimalText(w.body.value));
  const setNote = writes.map((w) => w.body.note !== undefined);
  const notes = writes.map((w) => w.body.note || null);
  const setExplanation = writes.map((w) => w.body.explanation !== undefined);
  const explanations = writes.map((w) => w.body.explanation || null);
  const authorId = writes[0]!.target.actor.userId;
  await tx.$executeRaw`
    UPDATE figures AS f SET
      value = v.value,
      note = CASE WHEN v.set_note THEN v.note ELSE f.note END,
      explanation = CASE WHEN v.set_explanation THEN v.explanation ELSE f.explanation END,
      status = 'draft',
      author_id = ${authorId}::int,
      updated_at = ${now},
      version = f.version + 1
    FROM unnest(${ids}::int[], ${values}::numeric[], ${setNote}::boolean[], ${notes}::text[], ${setExplanation}::boolean[], ${explanations}::text[])
      AS v(id, value, set_note, note, set_explanation, explanation)
    WHERE f.id = v.id`;
}

/** New figures at version 1 as drafts, as writeFigure creates them. */
async function insertWorking(tx: TTx, writes: TFigureWrite[], now: Date): Promise<void> {
  const authorId = writes[0]!.target.actor.userId;
  await tx.$executeRaw`
    INSERT INTO figures (indicator_id, unit_id, year, month, value, note, explanation, status, version, author_id, created_at, updated_at)
    SELECT v.indicator_id, v.unit_id, v.year, v.month, v.value, v.note, v.explanation, 'draft', 1, ${authorId}::int, ${now}, ${now}
    FROM unnest(
      ${writes.map((w) => w.indicator.id)}::int[], ${writes.map((w) => w.indicator.unitId)}::int[],
      ${writes.map((w) => w.year)}::int[], ${writes.map((w) => w.month)}::int[],
      ${writes.map((w) => decimalText(w.body.value))}::numeric[],
      ${writes.map((w) => w.body.note || null)}::text[], ${writes.map((w) => w.body.explanation || null)}::text[]
    ) AS v(indicator_id, unit_id, year, month, value, note, explanation)`;
}

async function insertRevisions(tx: TTx, rows: ReturnType<typeof revisionData>[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO figure_revisions (figure_id, version, action, value, note, explanation, status, reason, actor_id, is_demo)
    SELECT v.figure_id, v.version, v.action, v.value, v.note, v.explanation, v.status::"FigureStatus", v.reason, v.actor_id, v.is_demo
    FROM unnest(
      ${rows.map((r) => r.figureId)}::int[], ${rows.map((r) => r.version)}::int[], ${rows.map((r) => r.action)}::text[],
      ${rows.map((r) => decimalText(r.value))}::numeric[], ${rows.map((r) => r.note)}::text[], ${rows.map((r) => r.explanation)}::text[],
      ${rows.map((r) => r.status)}::text[], ${rows.map((r) => r.reason)}::text[], ${rows.map((r) => r.actorId)}::int[], ${rows.map((r) => r.isDemo)}::boolean[]
    ) AS v(figure_id, version, action, value, note, explanation, status, reason, actor_id, is_demo)`;
}
