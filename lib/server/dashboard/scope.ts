import type { TDepartmentRef } from "../../contracts/common";
import type { TActor } from "../auth/actor";
import type { TDbClient } from "../db/client";

/** What a dashboard reader may see: everything (leader, admin) or one bureau (an official). */
export interface TDashboardScope {
  departmentId: number | null;
  department: TDepartmentRef | null;
}

/** The scope comes from the signed-in person, never from the request. */
export async function getDashboardScope(db: TDbClient, actor: TActor): Promise<TDashboardScope> {
  if (actor.role !== "official") return { departmentId: null, department: null };
  // An official without a bureau sees nothing rather than everything.
  if (actor.departmentId === null) return { departmentId: -1, department: null };
  const department = await db.department.findUnique({ where: { id: actor.departmentId }, select: { code: true, nameZh: true, nameEn: true } });
  return { departmentId: actor.departmentId, department };
}

/** The `where` of a target (or anything with a target's department) within the scope. */
export function targetScope(scope: TDashboardScope): { departmentId?: number } {
  return scope.departmentId === null ? {} : { departmentId: scope.departmentId };
}

/** Whether a leader's page (explanations, every bureau) may be shown in full. */
export function isLeadership(actor: TActor): boolean {
  return actor.role === "leader" || actor.role === "admin";
}
