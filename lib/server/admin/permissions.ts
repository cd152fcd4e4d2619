import type { TActor } from "../auth/actor";
import { AppError } from "../errors";

/**
 * Who may use the admin surface. Administrators manage accounts, bureaus, targets' configuration,
 * locks, tokens and demo data. Leaders may read the audit log too: they review figures and answer
 * for what was published, so they need to see who changed what; they change nothing here.
 * Nobody acts before replacing a one-time password.
 */
export function canAdminister(actor: TActor): boolean {
  return !actor.mustChangePassword && actor.role === "admin";
}

export function canReadAuditLog(actor: TActor): boolean {
  return !actor.mustChangePassword && (actor.role === "admin" || actor.role === "leader");
}

function assertPasswordChosen(actor: TActor): void {
  if (actor.mustChangePassword) {
    throw new AppError("FORBIDDEN", { "zh-CN": "请先修改初始密码，再进行其他操作", en: "Choose a new password before doing anything else" });
  }
}

export function assertCanAdminister(actor: TActor): void {
  assertPasswordChosen(actor);
  if (canAdminister(actor)) return;
  throw new AppError("FORBIDDEN", { "zh-CN": "只有系统管理员可以进行此项管理操作", en: "Only an administrator can do this" });
}

export function assertCanReadAuditLog(actor: TActor): void {
  assertPasswordChosen(actor);
  if (canReadAuditLog(actor)) return;
  throw new AppError("FORBIDDEN", { "zh-CN": "只有系统管理员和审核人员可以查看审计日志", en: "Only administrators and reviewers can read the audit log" });
}

/** An administrator cannot lock themselves out: no disabling, demoting or password reset of their own account here. */
export function assertNotSelf(actor: TActor, userId: number): void {
  if (actor.userId !== userId) return;
  throw new AppError("CONFLICT", {
    "zh-CN": "不能在此停用、降级或重置自己的账户；请由另一位管理员操作，修改密码请到“我的账户”",
    en: "You cannot disable, demote or reset your own account here; ask another administrator, or change your password under My account",
  });
}
