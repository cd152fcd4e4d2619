import type { TAdminTarget } from "../../contracts/admin";
import type { TScheduleProfile } from "../../contracts/tracking";
import { recordAudit, type TAuditActor } from "../audit/record";
import type { TDb, TDbClient } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";

const TARGET_SELECT = {
  id: true,
  year: true,
  indicatorId: true,
  scheduleProfile: true,
  indicator: { select: { code: true, nameZh: true, nameEn: true, kind: true } },
  section: { select: { code: true, nameZh: true, nameEn: true } },
  department: { select: { id: true, code: true, nameZh: true, nameEn: true } },
} as const;

type TRow = Prisma.TargetGetPayload<{ select: typeof TARGET_SELECT }>;

/** Kinds judged on the latest value, not on a path through the year: they have no schedule. */
const UNSCHEDULED_KINDS = new Set(["growth_rate", "level", "share"]);

function toTarget(row: TRow, figures: number): TAdminTarget {
  const { department } = row;
  return {
    code: row.indicator.code,
    nameZh: row.indicator.nameZh,
    nameEn: row.indicator.nameEn,
    kind: row.indicator.kind,
    year: row.year,
    section: row.section,
    department: { code: department.code, nameZh: department.nameZh, nameEn: department.nameEn },
    scheduleProfile: row.scheduleProfile.length > 0 ? row.scheduleProfile.map((d) => d.toNumber()) : null,
    figures,
  };
}

async function countFigures(db: TDbClient, year: number, indicatorIds?: number[]): Promise<Map<number, number>> {
  const rows = await db.figure.groupBy({ by: ["indicatorId"], where: { year, ...(indicatorIds ? { indicatorId: { in: indicatorIds } } : {}) }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.indicatorId, r._count._all]));
}

/** Every target of a year with its lead bureau and schedule, in the report's order. */
export async function listTargets(db: TDbClient, year: number): Promise<TAdminTarget[]> {
  const rows = await db.target.findMany({ where: { year }, select: TARGET_SELECT, orderBy: [{ section: { sortOrder: "asc" } }, { indicator: { sortOrder: "asc" } }] });
  const figures = await countFigures(db, year);
  return rows.map((r) => toTarget(r, figures.get(r.indicatorId) ?? 0));
}

async function findTarget(db: TDbClient, code: string, year: number): Promise<TRow> {
  const row = await db.target.findFirst({ where: { year, indicator: { code } }, select: TARGET_SELECT });
  if (!row) throw new AppError("NOT_FOUND", { "zh-CN": `指标 ${code} 在${year}年没有目标`, en: `Indicator ${code} has no target for ${year}` });
  return row;
}

interface TTargetWrite {
  code: string;
  year: number;
  actor: TAuditActor;
  requestId?: string;
}

/**
 * Assigns the bureau that enters an indicator's figures in one year (editable configuration, not
 * the report's). Figures already entered keep their authors; from now on the new bureau's
 * officials write them.
 */
export async function setLeadBureau(db: TDb, input: TTargetWrite & { department: string }): Promise<TAdminTarget> {
  return db.$transaction(async (tx) => {
    const row = await findTarget(tx, input.code, input.year);
    const department = await tx.department.findUnique({ where: { code: input.department }, select: { id: true } });
    if (!department) throw new AppError("NOT_FOUND", { "zh-CN": `没有代码为 ${input.department} 的单位`, en: `No bureau with code ${input.department}` });
    const figures = (await countFigures(tx, input.year, [row.indicatorId])).get(row.indicatorId) ?? 0;
    if (department.id === row.department.id) return toTarget(row, figures);
    const updated = await tx.target.update({ where: { id: row.id }, data: { departmentId: department.id }, select: TARGET_SELECT });
    await recordAudit(tx, {
      actor: input.actor,
      requestId: input.requestId,
      action: "target.lead_bureau",
      entityType: "target",
      entityId: `${input.code}/${input.year}`,
      departmentId: department.id,
      before: { department: row.department.code },
      after: { department: input.department },
    });
    return toTarget(updated, figures);
  });
}

/** PostgreSQL refused the row (the schedule CHECK or the kind trigger). */
function isCheckViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /23514|check_violation|schedule_profile_check/i.test(`${error.message} ${String(error.cause ?? "")}`);
}

/**
 * Replaces a target's schedule profile (12 cumulative shares, checked by the contract and again by
 * the database). Growth rates, levels and shares have none. The figures keep their meaning: only the
 * expected path through the year changes.
 */
export async function setSchedule(db: TDb, input: TTargetWrite & { scheduleProfile: TScheduleProfile }): Promise<TAdminTarget> {
  try {
    return await db.$transaction(async (tx) => {
      const row = await findTarget(tx, input.code, input.year);
      if (UNSCHEDULED_KINDS.has(row.indicator.kind)) {
        throw new AppError("INVALID", {
          "zh-CN": `“${row.indicator.nameZh}”按最新数值评价（增速、水平或占比），没有时序进度`,
          en: `“${row.indicator.nameEn}” is judged on its latest value (a growth rate, level or share) and has no schedule`,
        });
      }
      const before = toTarget(row, 0).scheduleProfile;
      const updated = await tx.target.update({ where: { id: row.id }, data: { scheduleProfile: input.scheduleProfile }, select: TARGET_SELECT });
      await recordAudit(tx, {
        actor: input.actor,
        requestId: input.requestId,
        action: "target.schedule",
        entityType: "target",
        entityId: `${input.code}/${input.year}`,
        departmentId: row.department.id,
        before: { scheduleProfile: before },
        after: { scheduleProfile: input.scheduleProfile },
      });
      const figures = (await countFigures(tx, input.year, [row.indicatorId])).get(row.indicatorId) ?? 0;
      return toTarget(updated, figures);
    });
  } catch (error) {
    if (error instanceof AppError || !isCheckViolation(error)) throw error;
    throw new AppError("INVALID", {
      "zh-CN": "数据库拒绝了该进度表：应为12个0至1之间、逐月不减、12月为1的累计比例",
      en: "The database refused this schedule: it must be 12 cumulative shares between 0 and 1, never decreasing, ending at 1",
    });
  }
}
