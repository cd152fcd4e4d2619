import type { TDepartmentRef } from "../../contracts/common";
import type { TActor } from "../auth/actor";
import type { TDbClient } from "../db/client";
import { AppError } from "../errors";

export interface TEntryDepartment extends TDepartmentRef {
  id: number;
}

const DEPARTMENT_SELECT = { id: true, code: true, nameZh: true, nameEn: true } as const;

function notFound(code: string | undefined): AppError {
  return new AppError("NOT_FOUND", { "zh-CN": `没有代码为 ${code ?? "（空）"} 的单位`, en: `No bureau with code ${code ?? "(none)"}` });
}

/**
 * The bureau whose figures are read: an official's own (asking for another bureau is answered as
 * if it did not exist, as the write path does); a leader or admin names one with `department`.
 */
export async function resolveEntryDepartment(db: TDbClient, actor: TActor, code: string | undefined): Promise<TEntryDepartment> {
  if (actor.role === "official") {
    const own = actor.departmentId === null ? null : await db.department.findUnique({ where: { id: actor.departmentId }, select: DEPARTMENT_SELECT });
    if (!own || (code !== undefined && code !== own.code)) throw notFound(code);
    return own;
  }
  if (code === undefined) {
    throw new AppError("INVALID", { "zh-CN": "请用参数 department 指明单位，例如 department=stats", en: "Name the bureau with the department parameter, e.g. department=stats" });
  }
  const department = await db.department.findUnique({ where: { code }, select: DEPARTMENT_SELECT });
  if (!department) throw notFound(code);
  return department;
}
