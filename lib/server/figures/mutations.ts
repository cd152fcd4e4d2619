import { findValueProblem, type TFigure, type TPutFigureBody, type TReturnBody, type TReviewBody } from "../../contracts/figures";
import { translateValidation } from "../../i18n/validation";
import type { TActor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import type { TDb, TTx } from "../db/client";
import type { FigureStatus } from "../db/generated/enums";
import { Prisma } from "../db/generated/client";
import { fromPeriod } from "../db/mappers";
import { AppError } from "../errors";
import { assertUnlocked } from "../periods/locks";
import { FIGURE_SELECT, toFigure, type TFigureRow } from "./dto";
import { assertCanEditFigure, assertCanReviewFigure } from "./permissions";

/**
 * Writers queue for one row; on the embedded database they also share one connection. Waiting for
 * a turn is normal under a burst, so the wait is generous.
 */
export const WRITE_TX = { maxWait: 20_000, timeout: 20_000 } as const;

interface TTarget {
  code: string;
  period: string;
  /** The unit's code (`?unit=`) for per-unit targets. */
  unit?: string;
  actor: TActor;
  requestId: string;
}

interface TIndicatorScope {
  id: number;
  code: string;
  kind: Parameters<typeof findValueProblem>[0];
  /** The lead bureau of the period's year (the target's), which may differ from other years'. */
  departmentId: number;
  departmentName: string;
  entryFactor: number;
  /** The figure's unit, resolved from the request's unit code against the target's units. */
  unitId: number | null;
}

/**
 * The indicator's target in the period's year and the unit asked for; the permission scope (the
 * year's lead bureau) comes from the target, never from the request. A per-unit target needs a
 * unit, any other refuses one; checked after the caller's permission, so outsiders learn nothing.
 */
async function findIndicator(tx: TTx, target: TTarget, year: number, assertAllowed: (scope: TIndicatorScope) => void = () => undefined): Promise<TIndicatorScope> {
  const { code, unit } = target;
  const row = await tx.target.findFirst({
    where: { year, indicator: { code } },
    select: {
      entryFactor: true,
      departmentId: true,
      department: { select: { nameZh: true } },
      indicator: { select: { id: true, code: true, kind: true } },
      units: { select: { id: true, code: true }, orderBy: { sortOrder: "asc" } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", { "zh-CN": `未找到指标 ${code} 的 ${year} 年目标`, en: `No indicator ${code} with a ${year} target` });
  const scope = {
    id: row.indicator.id,
    code: row.indicator.code,
    kind: row.indicator.kind,
    departmentId: row.departmentId,
    departmentName: row.department.nameZh,
    entryFactor: row.entryFactor.toNumber(),
    unitId: null,
  };
  assertAllowed(scope);
  const codes = row.units.map((u) => u.code).join(", ");
  if (row.units.length === 0) {
    if (unit === undefined) return scope;
    throw new AppError("INVALID", { "zh-CN": `指标 ${code} 不分单位填报，请去掉参数 unit`, en: `${code} is not reported per unit: leave out the unit parameter` });
  }
  const found = row.units.find((u) => u.code === unit);
  if (found) return { ...scope, unitId: found.id };
  throw new AppError(
    "INVALID",
    unit === undefined
      ? { "zh-CN": `指标 ${code} 按单位分别填报，请用参数 unit 指明单位（${codes}）`, en: `${code} is reported per unit: name the unit with the unit parameter (${codes})` }
      : { "zh-CN": `指标 ${code} 没有单位 ${unit}（可选：${codes}）`, en: `${code} has no unit ${unit} (one of: ${codes})` },
  );
}

/** Reads the figure and holds its row until the transaction ends, so concurrent writers queue. */
async function lockFigure(tx: TTx, indicator: TIndicatorScope, year: number, month: number): Promise<TFigureRow | null> {
  const locked = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM figures
    WHERE indicator_id = ${indicator.id} AND year = ${year} AND month = ${month} AND unit_id IS NOT DISTINCT FROM ${indicator.unitId}::int
    FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.figure.findUniqueOrThrow({ where: { id: locked[0]!.id }, select: FIGURE_SELECT });
}

function assertVersion(figure: TFigureRow | null, version: number | undefined): void {
  if (version === undefined) return;
  if (figure && figure.version === version) return;
  throw new AppError(
    "CONFLICT",
    { "zh-CN": "该数据已被他人修改，请查看最新数值后再保存", en: "Someone else changed this figure; check the current value before saving" },
    { details: { current: figure ? toFigure(figure) : null } },
  );
}

function snapshot(figure: TFigureRow | null) {
  if (!figure) return null;
  const f = toFigure(figure);
  return { value: f.value, note: f.note, explanation: f.explanation, status: f.status, version: f.version, published: f.published };
}

interface TChange {
  action: "put" | "submit" | "approve" | "return";
  reason?: string | null;
}

/** The revision row and the audit row of a change, in the change's transaction. */
async function recordChange(tx: TTx, target: TTarget, indicator: TIndicatorScope, before: TFigureRow | null, after: TFigureRow, change: TChange): Promise<TFigure> {
  await tx.figureRevision.create({
    data: {
      figureId: after.id,
      version: after.version,
      action: change.action,
      value: after.value?.toNumber() ?? null,
      note: after.note,
      explanation: after.explanation,
      status: after.status,
      reason: change.reason ?? null,
      actorId: target.actor.userId,
      isDemo: after.isDemo,
    },
  });
  await recordAudit(tx, {
    actor: target.actor,
    requestId: target.requestId,
    departmentId: indicator.departmentId,
    action: `figure.${change.action}`,
    entityType: "figure",
    entityId: `${indicator.code}/${target.period}${target.unit ? `/${target.unit}` : ""}`,
    reason: change.reason ?? null,
    before: snapshot(before),
    after: snapshot(after),
  });
  return toFigure(after);
}

function invalid(key: string): AppError {
  return new AppError("INVALID", {
    "zh-CN": `数值无效：${translateValidation(key, "zh-CN")}`,
    en: `Invalid value: ${translateValidation(key, "en")}`,
  });
}

/**
 * Writes the working value of a month. An approved figure may be reopened with a reason: its
 * published value stays what the public sees until the new value is approved.
 */
export async function putFigure(db: TDb, target: TTarget & { body: TPutFigureBody }): Promise<TFigure> {
  const { year, month } = fromPeriod(target.period);
  const { body } = target;
  // Two first writes of one month race to create the row: the loser retries as an update.
  return retryOnceOnUniqueViolation(() => db.$transaction(async (tx) => {
    const indicator = await findIndicator(tx, target, year, (scope) => assertCanEditFigure(target.actor, scope));
    await assertUnlocked(tx, { year, month, departmentId: indicator.departmentId });
    if (body.value !== null) {
      const problem = findValueProblem(indicator.kind, { year, month }, body.value, indicator.entryFactor);
      if (problem) throw invalid(problem);
    }
    const current = await lockFigure(tx, indicator, year, month);
    assertVersion(current, body.version);
    const reopening = current?.status === "approved";
    if (reopening && !body.reason) {
      throw new AppError("INVALID", {
        "zh-CN": "该数据已审核发布，修改须填写原因（reason）；修改后的数值经审核通过前，公开的仍是原数值",
        en: "This figure is approved and published: changing it needs a reason; the public keeps seeing the published value until the new one is approved",
      });
    }
    const data = {
      value: body.value,
      ...(body.note !== undefined ? { note: body.note || null } : {}),
      ...(body.explanation !== undefined ? { explanation: body.explanation || null } : {}),
      status: "draft" as FigureStatus,
      authorId: target.actor.userId,
      updatedAt: new Date(),
    };
    const after = current
      ? await tx.figure.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } }, select: FIGURE_SELECT })
      : await tx.figure.create({ data: { ...data, indicatorId: indicator.id, unitId: indicator.unitId, year, month, version: 1 }, select: FIGURE_SELECT });
    return recordChange(tx, target, indicator, current, after, { action: "put", reason: body.reason ?? null });
  }, WRITE_TX));
}

async function retryOnceOnUniqueViolation<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return run();
    throw error;
  }
}

function wrongState(status: FigureStatus, action: string): AppError {
  const zh: Record<FigureStatus, string> = { draft: "草稿", submitted: "已提交待审核", approved: "已审核通过", returned: "已退回" };
  const en: Record<FigureStatus, string> = { draft: "a draft", submitted: "submitted", approved: "approved", returned: "returned" };
  const verbZh: Record<string, string> = { submit: "提交", approve: "审核通过", return: "退回" };
  return new AppError("CONFLICT", { "zh-CN": `该数据当前为“${zh[status]}”，不能${verbZh[action]}`, en: `The figure is ${en[status]}: it cannot be ${action === "return" ? "returned" : `${action}d`}` });
}

async function findExisting(tx: TTx, indicator: TIndicatorScope, target: TTarget): Promise<TFigureRow> {
  const { year, month } = fromPeriod(target.period);
  const figure = await lockFigure(tx, indicator, year, month);
  const what = `${target.code}${target.unit ? `（${target.unit}）` : ""}`;
  if (!figure) throw new AppError("NOT_FOUND", { "zh-CN": `${what} 在 ${target.period} 还没有数据`, en: `${what} has no figure for ${target.period} yet` });
  return figure;
}

/** The official hands the month's working value to review. */
export async function submitFigure(db: TDb, target: TTarget & { body: TReviewBody }): Promise<TFigure> {
  return db.$transaction((tx) => submitFigureInTx(tx, target), WRITE_TX);
}

/** submitFigure inside a caller's transaction (a whole month is submitted all or nothing). */
export async function submitFigureInTx(tx: TTx, target: TTarget & { body: TReviewBody }): Promise<TFigure> {
  const { year, month } = fromPeriod(target.period);
  const indicator = await findIndicator(tx, target, year, (scope) => assertCanEditFigure(target.actor, scope));
  await assertUnlocked(tx, { year, month, departmentId: indicator.departmentId });
  const current = await findExisting(tx, indicator, target);
  assertVersion(current, target.body.version);
  if (current.status !== "draft" && current.status !== "returned") throw wrongState(current.status, "submit");
  const after = await tx.figure.update({
    where: { id: current.id },
    data: { status: "submitted", submittedById: target.actor.userId, submittedAt: new Date(), returnReason: null, version: { increment: 1 }, updatedAt: new Date() },
    select: FIGURE_SELECT,
  });
  return recordChange(tx, target, indicator, current, after, { action: "submit" });
}

/**
 * The guards every review action shares, in order: a reviewer at all (before anything is read),
 * the figure exists and was not entered by this reviewer, its month is open, the version is
 * current, and it waits for review.
 */
async function review(
  db: TDb,
  target: TTarget & { body: TReviewBody },
  action: "approve" | "return",
  apply: (tx: TTx, indicator: TIndicatorScope, current: TFigureRow) => Promise<TFigure>,
): Promise<TFigure> {
  const { year, month } = fromPeriod(target.period);
  assertCanReviewFigure(target.actor, { authorId: null });
  return db.$transaction(async (tx) => {
    const indicator = await findIndicator(tx, target, year);
    const current = await findExisting(tx, indicator, target);
    assertCanReviewFigure(target.actor, current);
    await assertUnlocked(tx, { year, month, departmentId: indicator.departmentId });
    assertVersion(current, target.body.version);
    if (current.status !== "submitted") throw wrongState(current.status, action);
    return apply(tx, indicator, current);
  }, WRITE_TX);
}

/** A reviewer publishes the working value: it replaces the published one, logged as a revision when it changes it. */
export async function approveFigure(db: TDb, target: TTarget & { body: TReviewBody }): Promise<TFigure> {
  return review(db, target, "approve", async (tx, indicator, current) => {
    const now = new Date();
    const value = current.value?.toNumber() ?? null;
    const previous = current.publishedAt ? (current.publishedValue?.toNumber() ?? null) : undefined;
    const isRevision = previous !== undefined && (previous !== value || current.publishedNote !== current.note);
    const after = await tx.figure.update({
      where: { id: current.id },
      data: {
        status: "approved",
        reviewedById: target.actor.userId,
        reviewedAt: now,
        publishedValue: value,
        publishedNote: current.note,
        publishedAt: now,
        ...(isRevision ? { revisedAt: now } : {}),
        version: { increment: 1 },
        updatedAt: now,
      },
      select: FIGURE_SELECT,
    });
    await tx.figurePublication.create({
      data: {
        figureId: current.id,
        version: after.version,
        value,
        note: current.note,
        previousValue: previous ?? null,
        isRevision,
        approvedById: target.actor.userId,
        isDemo: current.isDemo,
        publishedAt: now,
      },
    });
    return recordChange(tx, target, indicator, current, after, { action: "approve" });
  });
}

/** A reviewer sends the figure back with a reason; nothing published changes. */
export async function returnFigure(db: TDb, target: TTarget & { body: TReturnBody }): Promise<TFigure> {
  return review(db, target, "return", async (tx, indicator, current) => {
    const after = await tx.figure.update({
      where: { id: current.id },
      data: { status: "returned", reviewedById: target.actor.userId, reviewedAt: new Date(), returnReason: target.body.reason, version: { increment: 1 }, updatedAt: new Date() },
      select: FIGURE_SELECT,
    });
    return recordChange(tx, target, indicator, current, after, { action: "return", reason: target.body.reason });
  });
}
