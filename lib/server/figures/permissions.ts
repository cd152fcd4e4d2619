import type { TActor } from "../auth/actor";
import { AppError } from "../errors";

/**
 * One permission function per action, used by routes, server actions and pages alike. Officials
 * write their own bureau's figures; leaders review; admins manage periods and accounts. Nobody
 * acts before replacing a one-time password.
 */
export function canEditFigure(actor: TActor, indicator: { departmentId: number }): boolean {
  return !actor.mustChangePassword && actor.role === "official" && actor.departmentId === indicator.departmentId;
}

export function canReviewFigure(actor: TActor, figure: { authorId: number | null }): boolean {
  return !actor.mustChangePassword && actor.role === "leader" && figure.authorId !== actor.userId;
}

export function canManagePeriods(actor: TActor): boolean {
  return !actor.mustChangePassword && actor.role === "admin";
}

function assertPasswordChosen(actor: TActor): void {
  if (actor.mustChangePassword) {
    throw new AppError("FORBIDDEN", { "zh-CN": "请先修改初始密码，再进行其他操作", en: "Choose a new password before doing anything else" });
  }
}

export function assertCanEditFigure(actor: TActor, indicator: { departmentId: number; departmentName: string }): void {
  assertPasswordChosen(actor);
  if (canEditFigure(actor, indicator)) return;
  throw new AppError(
    "FORBIDDEN",
    actor.role === "official"
      ? { "zh-CN": `该指标由${indicator.departmentName}填报，您只能填报本单位的指标`, en: "This indicator belongs to another bureau; you can enter only your own bureau's figures" }
      : { "zh-CN": "只有指标所属单位的填报员可以填报数据", en: "Only an official of the indicator's bureau can enter its figures" },
  );
}

export function assertCanReviewFigure(actor: TActor, figure: { authorId: number | null }): void {
  assertPasswordChosen(actor);
  if (canReviewFigure(actor, figure)) return;
  throw new AppError(
    "FORBIDDEN",
    actor.role === "leader"
      ? { "zh-CN": "不能审核自己填报的数据", en: "You cannot review a figure you entered yourself" }
      : { "zh-CN": "只有审核人员（市政府领导、督查室）可以审核数据", en: "Only reviewers (leadership) can approve or return figures" },
  );
}

export function assertCanManagePeriods(actor: TActor): void {
  assertPasswordChosen(actor);
  if (canManagePeriods(actor)) return;
  throw new AppError("FORBIDDEN", { "zh-CN": "只有系统管理员可以锁定或解锁月份", en: "Only an administrator can lock or unlock a period" });
}
