import type { TFigure } from "../../contracts/figures";
import type { TBulkReviewResult, TReviewItem } from "../../contracts/review";
import type { TMilestoneReport } from "../../contracts/tasks";
import type { TActor } from "../auth/actor";
import type { TDb, TTx } from "../db/client";
import { fromPeriod } from "../db/mappers";
import { AppError } from "../errors";
import { approveFigureIn, returnFigureIn } from "../figures/mutations";
import { assertCanReviewFigure } from "../figures/permissions";
import { assertUnlocked } from "../periods/locks";
import { approveMilestoneIn, returnMilestoneIn } from "../tasks/mutations";
import { findCurrent, findSelection, labelOf } from "./selection";
import { findDepartment } from "./queries";

/** A bureau's month may hold a few dozen items, each reviewed with its own row lock and audit row. */
const BULK_TX = { maxWait: 20_000, timeout: 60_000 } as const;

export interface TBureauMonthInput {
  department: string;
  period: string;
  /** The items to review at the versions the reviewer saw; absent: everything awaiting review in the month. */
  items?: TReviewItem[];
  actor: TActor;
  requestId: string;
}

type TAction = { kind: "approve" } | { kind: "return"; reason: string };

/** Names the item a refusal is about, so a reviewer of thirty items knows which one stopped the batch. */
function aboutItem(error: unknown, item: TReviewItem): unknown {
  if (!(error instanceof AppError) || !error.text) return error;
  const label = labelOf(item);
  return new AppError(error.code, { "zh-CN": `${label}：${error.text["zh-CN"]}`, en: `${label}: ${error.text.en}` }, error.extras);
}

async function reviewOne(tx: TTx, input: TBureauMonthInput, item: TReviewItem, action: TAction): Promise<TFigure | TMilestoneReport> {
  const body = action.kind === "return" ? { reason: action.reason, version: item.version } : { version: item.version };
  const who = { actor: input.actor, requestId: input.requestId };
  if ("task" in item) {
    const target = { ...who, code: item.task, n: item.milestone };
    return action.kind === "return" ? returnMilestoneIn(tx, { ...target, body: { ...body, reason: action.reason } }) : approveMilestoneIn(tx, { ...target, body });
  }
  const target = { ...who, code: item.code, period: input.period, unit: item.unit };
  return action.kind === "return" ? returnFigureIn(tx, { ...target, body: { ...body, reason: action.reason } }) : approveFigureIn(tx, { ...target, body });
}

/**
 * Reviews a bureau's month, or the listed items of it, in one transaction through the single-item
 * review functions (same guards, same revision and audit row per item): any refusal undoes all.
 * Stale or no longer submitted items are collected, so the 409 carries the current state of each.
 */
async function reviewBureauMonth(db: TDb, input: TBureauMonthInput, action: TAction): Promise<TBulkReviewResult> {
  assertCanReviewFigure(input.actor, { authorId: null });
  const { year, month } = fromPeriod(input.period);
  return db.$transaction(async (tx) => {
    const bureau = await findDepartment(tx, input.department);
    await assertUnlocked(tx, { year, month, departmentId: bureau.id });
    const selection = await findSelection(tx, { year, month, period: input.period, bureau, items: input.items });
    const figures: TFigure[] = [];
    const milestones: TMilestoneReport[] = [];
    const stale: TReviewItem[] = [];
    for (const item of selection) {
      try {
        const done = await reviewOne(tx, input, item, action);
        if ("task" in item) milestones.push(done as TMilestoneReport);
        else figures.push(done as TFigure);
      } catch (error) {
        if (error instanceof AppError && error.code === "CONFLICT") stale.push(item);
        else throw aboutItem(error, item);
      }
    }
    if (stale.length > 0) {
      throw new AppError(
        "CONFLICT",
        {
          "zh-CN": `${stale.length} 条数据已被他人修改或已不在待审核状态（${stale.map(labelOf).join("、")}），本次未做任何更改，请刷新后重试`,
          en: `${stale.length} item(s) changed or no longer await review (${stale.map(labelOf).join(", ")}); nothing was changed: reload and try again`,
        },
        { details: { current: await findCurrent(tx, { year, month, items: stale }) } },
      );
    }
    return { department: bureau.code, period: input.period, figures, milestones };
  }, BULK_TX);
}

export function approveBureauMonth(db: TDb, input: TBureauMonthInput): Promise<TBulkReviewResult> {
  return reviewBureauMonth(db, input, { kind: "approve" });
}

export function returnBureauMonth(db: TDb, input: TBureauMonthInput & { reason: string }): Promise<TBulkReviewResult> {
  return reviewBureauMonth(db, input, { kind: "return", reason: input.reason });
}
