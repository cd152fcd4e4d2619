import type { TActor } from "../auth/actor";
import { AppError } from "../errors";

/**
 * Who may act on a livelihood project's milestones, as for figures (lib/server/figures/permissions.ts):
 * the officials of the project's bureau report and submit; leaders review, never what they wrote
 * themselves; nobody acts before replacing a one-time password.
 */
export function canEditMilestone(actor: TActor, task: { departmentId: number }): boolean {
  return !actor.mustChangePassword && actor.role === "official" && actor.departmentId === task.departmentId;
}

export function canReviewMilestone(actor: TActor, milestone: { authorId: number | null }): boolean {
  return !actor.mustChangePassword && actor.role === "leader" && milestone.authorId !== actor.userId;
}

function assertPasswordChosen(actor: TActor): void {
  if (actor.mustChangePassword) {
    throw new AppError("FORBIDDEN", { "zh-CN": "请先修改初始密码，再进行其他操作", en: "Choose a new password before doing anything else" });
  }
}

export function assertCanEditMilestone(actor: TActor, task: { departmentId: number; departmentName: string }): void {
  assertPasswordChosen(actor);
  if (canEditMilestone(actor, task)) return;
  throw new AppError(
    "FORBIDDEN",
    actor.role === "official"
      ? { "zh-CN": `该民生实事由${task.departmentName}负责，您只能填报本单位的项目进度`, en: "This project belongs to another bureau; you can report only your own bureau's projects" }
      : { "zh-CN": "只有项目所属单位的填报员可以填报工作节点", en: "Only an official of the project's bureau can report its milestones" },
  );
}

export function assertCanReviewMilestone(actor: TActor, milestone: { authorId: number | null }): void {
  assertPasswordChosen(actor);
  if (canReviewMilestone(actor, milestone)) return;
  throw new AppError(
    "FORBIDDEN",
    actor.role === "leader"
      ? { "zh-CN": "不能审核自己填报的工作节点", en: "You cannot review a milestone you reported yourself" }
      : { "zh-CN": "只有审核人员（市政府领导、督查室）可以审核工作节点", en: "Only reviewers (leadership) can approve or return milestones" },
  );
}
