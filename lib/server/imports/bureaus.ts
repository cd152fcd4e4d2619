import type { TActor } from "../auth/actor";
import type { TDbClient } from "../db/client";

/** The bureaus whose templates a person may download: an official's own, everyone's for leaders and admins. */
export async function listTemplateBureaus(db: TDbClient, actor: TActor): Promise<{ code: string; nameZh: string; nameEn: string }[]> {
  const where = actor.role === "official" ? { id: actor.departmentId ?? -1 } : {};
  return db.department.findMany({ where, select: { code: true, nameZh: true, nameEn: true }, orderBy: { sortOrder: "asc" } });
}
