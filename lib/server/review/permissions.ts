import type { TReviewBlock } from "../../contracts/review";
import type { TActor } from "../auth/actor";
import { AppError } from "../errors";
import { canReviewFigure } from "../figures/permissions";
import { canReviewMilestone } from "../tasks/permissions";

/** Leaders review and admins oversee: both read the queue; officials see only their own figures elsewhere. */
export function canReadReviewQueue(actor: TActor): boolean {
  return !actor.mustChangePassword && (actor.role === "leader" || actor.role === "admin");
}

export function assertCanReadReviewQueue(actor: TActor): void {
  if (canReadReviewQueue(actor)) return;
  throw new AppError(
    "FORBIDDEN",
    actor.mustChangePassword
      ? { "zh-CN": "请先修改初始密码，再进行其他操作", en: "Choose a new password before doing anything else" }
      : { "zh-CN": "只有审核人员和系统管理员可以查看审核队列", en: "Only reviewers and administrators can see the review queue" },
  );
}

/**
 * Why this reader may not approve or return an item, from the same permission functions the write
 * routes use: not a reviewer at all, their own entry, or a locked month.
 */
export function reviewBlockOf(actor: TActor, item: { kind: "figure" | "milestone"; authorId: number | null; isLocked: boolean }): TReviewBlock {
  const can = item.kind === "figure" ? canReviewFigure : canReviewMilestone;
  if (!can(actor, { authorId: null })) return "not_reviewer";
  if (!can(actor, item)) return "own";
  return item.isLocked ? "locked" : null;
}
