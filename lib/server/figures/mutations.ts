import type { TFigure, TPutFigureBody, TReturnBody, TReviewBody } from "../../contracts/figures";
import type { TDb, TTx } from "../db/client";
import type { FigureStatus } from "../db/generated/enums";
import { Prisma } from "../db/generated/client";
import { fromPeriod } from "../db/mappers";
import { AppError } from "../errors";
import { assertUnlocked } from "../periods/locks";
import { FIGURE_SELECT, type TFigureRow } from "./dto";
import { assertCanEditFigure, assertCanReviewFigure } from "./permissions";
import { assertReopenReason, assertValuePossible, assertVersion, resolveIndicatorScope, TARGET_SCOPE_SELECT, type TIndicatorScope } from "./put-checks";
import { recordChange, writeFigure, type TTarget } from "./write";

export type { TTarget } from "./write";

/**
 * Writers queue for one row; on the embedded database they also share one connection. Waiting for
 * a turn is normal under a burst, so the wait is generous.
 */
export const WRITE_TX = { maxWait: 20_000, timeout: 20_000 } as const;

/** Which figure an action is about, and who acts in which request. */
export type TFigureTarget = TTarget;

/**
 * The indicator's target in the period's year and the unit asked for; the permission scope (the
 * year's lead bureau) comes from the target, never from the request.
 */
async function findIndicator(tx: TTx, target: TTarget, year: number, assertAllowed?: (scope: TIndicatorScope) => void): Promise<TIndicatorScope> {
  const row = await tx.target.findFirst({ where: { year, indicator: { code: target.code } }, select: TARGET_SCOPE_SELECT });
  return resolveIndicatorScope(row, { code: target.code, unit: target.unit, year }, assertAllowed);
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
    assertValuePossible(indicator, { year, month }, body.value);
    const current = await lockFigure(tx, indicator, year, month);
    assertVersion(current, body.version);
    assertReopenReason(current, body);
    return writeFigure(tx, { target, indicator, current, body, year, month });
  }, WRITE_TX));
}

/** A unique violation means another writer created the row first: the second attempt finds it and updates. */
export async function retryOnceOnUniqueViolation<T>(run: () => Promise<T>): Promise<T> {
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
 * The guards every review action shares, in order: the figure exists and was not entered by this
 * reviewer, its month is open, the version is current, and it waits for review. Runs inside the
 * caller's transaction, so a bureau's whole month can be reviewed in one.
 */
async function review(
  tx: TTx,
  target: TTarget & { body: TReviewBody },
  action: "approve" | "return",
  apply: (indicator: TIndicatorScope, current: TFigureRow) => Promise<TFigure>,
): Promise<TFigure> {
  const { year, month } = fromPeriod(target.period);
  assertCanReviewFigure(target.actor, { authorId: null });
  const indicator = await findIndicator(tx, target, year);
  const current = await findExisting(tx, indicator, target);
  assertCanReviewFigure(target.actor, current);
  await assertUnlocked(tx, { year, month, departmentId: indicator.departmentId });
  assertVersion(current, target.body.version);
  if (current.status !== "submitted") throw wrongState(current.status, action);
  return apply(indicator, current);
}

/** One review in its own transaction; whether the actor reviews at all is checked before anything is read. */
function reviewAlone<B extends TReviewBody>(db: TDb, target: TTarget & { body: B }, run: (tx: TTx, target: TTarget & { body: B }) => Promise<TFigure>): Promise<TFigure> {
  assertCanReviewFigure(target.actor, { authorId: null });
  return db.$transaction((tx) => run(tx, target), WRITE_TX);
}

/** A reviewer publishes the working value, inside the caller's transaction (see approveFigure). */
export async function approveFigureIn(tx: TTx, target: TTarget & { body: TReviewBody }): Promise<TFigure> {
  return review(tx, target, "approve", async (indicator, current) => {
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

/** A reviewer sends the figure back with a reason, inside the caller's transaction; nothing published changes. */
export async function returnFigureIn(tx: TTx, target: TTarget & { body: TReturnBody }): Promise<TFigure> {
  return review(tx, target, "return", async (indicator, current) => {
    const after = await tx.figure.update({
      where: { id: current.id },
      data: { status: "returned", reviewedById: target.actor.userId, reviewedAt: new Date(), returnReason: target.body.reason, version: { increment: 1 }, updatedAt: new Date() },
      select: FIGURE_SELECT,
    });
    return recordChange(tx, target, indicator, current, after, { action: "return", reason: target.body.reason });
  });
}

/** A reviewer publishes the working value: it replaces the published one, logged as a revision when it changes it. */
export async function approveFigure(db: TDb, target: TTarget & { body: TReviewBody }): Promise<TFigure> {
  return reviewAlone(db, target, approveFigureIn);
}

/** A reviewer sends the figure back with a reason; nothing published changes. */
export async function returnFigure(db: TDb, target: TTarget & { body: TReturnBody }): Promise<TFigure> {
  return reviewAlone(db, target, returnFigureIn);
}
