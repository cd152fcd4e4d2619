import type { TAdminDepartment } from "../../contracts/admin";
import type { TAuditActor } from "../audit/record";
import { recordAudit } from "../audit/record";
import type { TDb, TDbClient } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError } from "../errors";

const DEPARTMENT_SELECT = {
  id: true,
  code: true,
  nameZh: true,
  nameEn: true,
  sortOrder: true,
  _count: { select: { targets: true, tasks: true, users: true, locks: true } },
} as const;

type TRow = { code: string; nameZh: string; nameEn: string; sortOrder: number; _count: Record<"targets" | "tasks" | "users" | "locks", number> };

function toDepartment(row: TRow): TAdminDepartment {
  const c = row._count;
  return { code: row.code, nameZh: row.nameZh, nameEn: row.nameEn, sortOrder: row.sortOrder, references: c.targets + c.tasks + c.users + c.locks };
}

export async function listDepartments(db: TDbClient): Promise<TAdminDepartment[]> {
  const rows = await db.department.findMany({ select: DEPARTMENT_SELECT, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  return rows.map(toDepartment);
}

function notFound(code: string): AppError {
  return new AppError("NOT_FOUND", { "zh-CN": `没有代码为 ${code} 的单位`, en: `No bureau with code ${code}` });
}

function taken(code: string): AppError {
  return new AppError("CONFLICT", { "zh-CN": `单位代码 ${code} 已被使用`, en: `The bureau code ${code} is already in use` });
}

interface TWrite {
  actor: TAuditActor;
  requestId?: string;
}

/** Two requests for one new code at once: the loser gets the same 409 as a later request would. */
async function conflictOnUniqueViolation<T>(code: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw taken(code);
    throw error;
  }
}

/** A new bureau, placed after the others. */
export async function createDepartment(db: TDb, input: TWrite & { code: string; nameZh: string; nameEn: string }): Promise<TAdminDepartment> {
  return conflictOnUniqueViolation(input.code, () => createDepartmentOnce(db, input));
}

async function createDepartmentOnce(db: TDb, input: TWrite & { code: string; nameZh: string; nameEn: string }): Promise<TAdminDepartment> {
  return db.$transaction(async (tx) => {
    if (await tx.department.findUnique({ where: { code: input.code }, select: { id: true } })) throw taken(input.code);
    const last = await tx.department.aggregate({ _max: { sortOrder: true } });
    const row = await tx.department.create({
      data: { code: input.code, nameZh: input.nameZh, nameEn: input.nameEn, sortOrder: (last._max.sortOrder ?? 0) + 1 },
      select: DEPARTMENT_SELECT,
    });
    const department = toDepartment(row);
    await recordAudit(tx, { actor: input.actor, requestId: input.requestId, action: "department.create", entityType: "department", entityId: row.code, departmentId: row.id, after: { ...department } });
    return department;
  });
}

/**
 * Renames a bureau. Its code may change only while nothing uses it (no target, project, user or
 * lock): codes appear in URLs, exports and clients' scripts. The audit log keeps the bureau by id,
 * and this change records the old code.
 */
export async function updateDepartment(db: TDb, input: TWrite & { code: string; newCode?: string; nameZh: string; nameEn: string }): Promise<TAdminDepartment> {
  return conflictOnUniqueViolation(input.newCode ?? input.code, () => updateDepartmentOnce(db, input));
}

async function updateDepartmentOnce(db: TDb, input: TWrite & { code: string; newCode?: string; nameZh: string; nameEn: string }): Promise<TAdminDepartment> {
  return db.$transaction(async (tx) => {
    const row = await tx.department.findUnique({ where: { code: input.code }, select: DEPARTMENT_SELECT });
    if (!row) throw notFound(input.code);
    const before = toDepartment(row);
    const newCode = input.newCode ?? input.code;
    if (newCode !== input.code) {
      if (before.references > 0) {
        throw new AppError("CONFLICT", {
          "zh-CN": `单位代码 ${input.code} 已被指标、项目、用户或锁定引用，不能修改；名称可以修改`,
          en: `The code ${input.code} is already used by targets, projects, users or locks and cannot change; the names can`,
        });
      }
      if (await tx.department.findUnique({ where: { code: newCode }, select: { id: true } })) throw taken(newCode);
    }
    const updated = await tx.department.update({ where: { id: row.id }, data: { code: newCode, nameZh: input.nameZh, nameEn: input.nameEn }, select: DEPARTMENT_SELECT });
    const after = toDepartment(updated);
    await recordAudit(tx, { actor: input.actor, requestId: input.requestId, action: "department.update", entityType: "department", entityId: newCode, departmentId: row.id, before: { ...before }, after: { ...after } });
    return after;
  });
}
