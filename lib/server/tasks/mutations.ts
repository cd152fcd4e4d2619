import type { TReturnBody, TReviewBody } from "../../contracts/figures";
import type { TMilestoneReport, TPutMilestoneBody } from "../../contracts/tasks";
import type { TActor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import type { TDb, TTx } from "../db/client";
import type { FigureStatus } from "../db/generated/enums";
import { AppError } from "../errors";
import { assertUnlocked } from "../periods/locks";
import { fromIsoDay, MILESTONE_SELECT, todayInChina, toMilestoneReport, type TMilestoneRow } from "./dto";
import { assertCanEditMilestone, assertCanReviewMilestone } from "./permissions";

/** Writers of one milestone queue on its row (and share one connection on the embedded database). */
const WRITE_TX = { maxWait: 20_000, timeout: 20_000 } as const;

interface TTarget {
  code: string;
  /** The milestone's 1-based place in the project's plan. */
  n: number;
  actor: TActor;
  requestId: string;
}

/** Which milestone an action is about, and who acts in which request. */
export type TMilestoneTarget = TTarget;

interface TTaskScope {
  id: number;
  code: string;
  year: number;
  departmentId: number;
  departmentName: string;
}

/** The project; the permission scope comes from it, never from the request. */
async function findTask(tx: TTx, code: string): Promise<TTaskScope> {
  const row = await tx.task.findUnique({
    where: { code },
    select: { id: true, code: true, year: true, departmentId: true, department: { select: { nameZh: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", { "zh-CN": `未找到民生实事 ${code}`, en: `No livelihood project ${code}` });
  return { id: row.id, code: row.code, year: row.year, departmentId: row.departmentId, departmentName: row.department.nameZh };
}

/** Reads the milestone and holds its row until the transaction ends, so concurrent writers queue. */
async function lockMilestone(tx: TTx, task: TTaskScope, n: number): Promise<TMilestoneRow> {
  const locked = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM task_milestones WHERE task_id = ${task.id} AND sort_order = ${n} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", { "zh-CN": `${task.code} 没有第 ${n} 个工作节点`, en: `${task.code} has no milestone ${n}` });
  return tx.taskMilestone.findUniqueOrThrow({ where: { id: locked[0]!.id }, select: MILESTONE_SELECT });
}

/** A milestone is reported in its due month: that month's lock (for every bureau or the project's) closes it. */
async function assertDueMonthUnlocked(tx: TTx, task: TTaskScope, milestone: TMilestoneRow): Promise<void> {
  await assertUnlocked(tx, { year: milestone.dueDate.getUTCFullYear(), month: milestone.dueDate.getUTCMonth() + 1, departmentId: task.departmentId });
}

function assertVersion(milestone: TMilestoneRow, version: number | undefined): void {
  if (version === undefined || milestone.version === version) return;
  throw new AppError(
    "CONFLICT",
    { "zh-CN": "该工作节点已被他人修改，请查看最新状态后再保存", en: "Someone else changed this milestone; check its current state before saving" },
    { details: { current: toMilestoneReport(milestone) } },
  );
}

function assertPossibleDoneDate(task: TTaskScope, doneDate: string | null): void {
  if (doneDate === null) return;
  const today = todayInChina();
  if (doneDate > today) {
    throw new AppError("INVALID", { "zh-CN": `完成日期 ${doneDate} 晚于今天（${today}）`, en: `The done date ${doneDate} is after today (${today})` });
  }
  if (doneDate < `${task.year}-01-01`) {
    throw new AppError("INVALID", { "zh-CN": `完成日期 ${doneDate} 早于该项目所属的 ${task.year} 年`, en: `The done date ${doneDate} is before the project's year ${task.year}` });
  }
}

function snapshot(m: TMilestoneRow | null) {
  if (!m) return null;
  const r = toMilestoneReport(m);
  return { doneDate: r.doneDate, note: r.note, status: r.status, version: r.version, published: r.published };
}

type TAction = "put" | "submit" | "approve" | "return";

/** The revision row and the audit row of a change, in the change's transaction. */
async function recordChange(tx: TTx, target: TTarget, task: TTaskScope, before: TMilestoneRow, after: TMilestoneRow, action: TAction, reason: string | null): Promise<TMilestoneReport> {
  await tx.taskMilestoneRevision.create({
    data: {
      milestoneId: after.id,
      version: after.version,
      action,
      doneDate: after.doneDate,
      note: after.note,
      status: after.status!,
      reason,
      actorId: target.actor.userId,
      isDemo: after.isDemo,
    },
  });
  await recordAudit(tx, {
    actor: target.actor,
    requestId: target.requestId,
    departmentId: task.departmentId,
    action: `milestone.${action}`,
    entityType: "task_milestone",
    // Not "code/n": task codes double as indicator codes, whose figure entries are "code/period".
    entityId: `${task.code}#${target.n}`,
    reason,
    before: snapshot(before),
    after: snapshot(after),
  });
  return toMilestoneReport(after);
}

/**
 * Writes a milestone's working done date (null: not done). An approved milestone may be reopened
 * with a reason: its published date stays what the public sees until the new state is approved.
 */
export async function putMilestone(db: TDb, target: TTarget & { body: TPutMilestoneBody }): Promise<TMilestoneReport> {
  const { body } = target;
  return db.$transaction(async (tx) => {
    const task = await findTask(tx, target.code);
    assertCanEditMilestone(target.actor, task);
    const current = await lockMilestone(tx, task, target.n);
    await assertDueMonthUnlocked(tx, task, current);
    assertPossibleDoneDate(task, body.doneDate);
    assertVersion(current, body.version);
    if (current.status === "approved" && !body.reason) {
      throw new AppError("INVALID", {
        "zh-CN": "该工作节点已审核发布，修改须填写原因（reason）；修改经审核通过前，公开的仍是原完成情况",
        en: "This milestone is approved and published: changing it needs a reason; the public keeps seeing the published state until the new one is approved",
      });
    }
    const after = await tx.taskMilestone.update({
      where: { id: current.id },
      data: {
        doneDate: body.doneDate === null ? null : fromIsoDay(body.doneDate),
        ...(body.note !== undefined ? { note: body.note || null } : {}),
        status: "draft",
        authorId: target.actor.userId,
        version: { increment: 1 },
        updatedAt: new Date(),
      },
      select: MILESTONE_SELECT,
    });
    return recordChange(tx, target, task, current, after, "put", body.reason ?? null);
  }, WRITE_TX);
}

function wrongState(status: FigureStatus | null, action: TAction): AppError {
  const zh: Record<FigureStatus, string> = { draft: "草稿", submitted: "已提交待审核", approved: "已审核通过", returned: "已退回" };
  const en: Record<FigureStatus, string> = { draft: "a draft", submitted: "submitted", approved: "approved", returned: "returned" };
  const verbZh: Record<TAction, string> = { put: "填报", submit: "提交", approve: "审核通过", return: "退回" };
  const verbEn: Record<TAction, string> = { put: "written", submit: "submitted", approve: "approved", return: "returned" };
  return new AppError("CONFLICT", {
    "zh-CN": status ? `该工作节点当前为“${zh[status]}”，不能${verbZh[action]}` : `该工作节点尚未填报，不能${verbZh[action]}`,
    en: status ? `The milestone is ${en[status]}: it cannot be ${verbEn[action]}` : `Nothing is reported for this milestone yet: it cannot be ${verbEn[action]}`,
  });
}

/** The official hands the milestone's working state to review. */
export async function submitMilestone(db: TDb, target: TTarget & { body: TReviewBody }): Promise<TMilestoneReport> {
  return db.$transaction(async (tx) => {
    const task = await findTask(tx, target.code);
    assertCanEditMilestone(target.actor, task);
    const current = await lockMilestone(tx, task, target.n);
    await assertDueMonthUnlocked(tx, task, current);
    assertVersion(current, target.body.version);
    if (current.status !== "draft" && current.status !== "returned") throw wrongState(current.status, "submit");
    const now = new Date();
    const after = await tx.taskMilestone.update({
      where: { id: current.id },
      data: { status: "submitted", submittedById: target.actor.userId, submittedAt: now, returnReason: null, version: { increment: 1 }, updatedAt: now },
      select: MILESTONE_SELECT,
    });
    return recordChange(tx, target, task, current, after, "submit", null);
  }, WRITE_TX);
}

/**
 * The guards both review actions share, in order: the milestone exists and was not reported by this
 * reviewer, its due month is open, the version is current, and it waits for review. Runs inside
 * the caller's transaction, so a bureau's whole month can be reviewed in one.
 */
async function review(
  tx: TTx,
  target: TTarget & { body: TReviewBody },
  action: "approve" | "return",
  apply: (task: TTaskScope, current: TMilestoneRow) => Promise<TMilestoneReport>,
): Promise<TMilestoneReport> {
  assertCanReviewMilestone(target.actor, { authorId: null });
  const task = await findTask(tx, target.code);
  const current = await lockMilestone(tx, task, target.n);
  assertCanReviewMilestone(target.actor, current);
  await assertDueMonthUnlocked(tx, task, current);
  assertVersion(current, target.body.version);
  if (current.status !== "submitted") throw wrongState(current.status, action);
  return apply(task, current);
}

/** A reviewer publishes the working state, inside the caller's transaction (see approveMilestone). */
export async function approveMilestoneIn(tx: TTx, target: TTarget & { body: TReviewBody }): Promise<TMilestoneReport> {
  return review(tx, target, "approve", async (task, current) => {
    const now = new Date();
    const after = await tx.taskMilestone.update({
      where: { id: current.id },
      data: {
        status: "approved",
        reviewedById: target.actor.userId,
        reviewedAt: now,
        publishedDoneDate: current.doneDate,
        publishedNote: current.note,
        publishedAt: now,
        version: { increment: 1 },
        updatedAt: now,
      },
      select: MILESTONE_SELECT,
    });
    return recordChange(tx, target, task, current, after, "approve", null);
  });
}

/** A reviewer sends the milestone back with a reason, inside the caller's transaction. */
export async function returnMilestoneIn(tx: TTx, target: TTarget & { body: TReturnBody }): Promise<TMilestoneReport> {
  return review(tx, target, "return", async (task, current) => {
    const now = new Date();
    const after = await tx.taskMilestone.update({
      where: { id: current.id },
      data: { status: "returned", reviewedById: target.actor.userId, reviewedAt: now, returnReason: target.body.reason, version: { increment: 1 }, updatedAt: now },
      select: MILESTONE_SELECT,
    });
    return recordChange(tx, target, task, current, after, "return", target.body.reason);
  });
}

/** A reviewer publishes the working state: the public now sees its done date and note. */
export async function approveMilestone(db: TDb, target: TTarget & { body: TReviewBody }): Promise<TMilestoneReport> {
  assertCanReviewMilestone(target.actor, { authorId: null });
  return db.$transaction((tx) => approveMilestoneIn(tx, target), WRITE_TX);
}

/** A reviewer sends the milestone back with a reason; nothing published changes. */
export async function returnMilestone(db: TDb, target: TTarget & { body: TReturnBody }): Promise<TMilestoneReport> {
  assertCanReviewMilestone(target.actor, { authorId: null });
  return db.$transaction((tx) => returnMilestoneIn(tx, target), WRITE_TX);
}
