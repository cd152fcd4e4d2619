import type { TPeriodLock } from "../../contracts/figures";
import type { TActor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import type { TDb, TDbClient } from "../db/client";
import { fromPeriod, toPeriod } from "../db/mappers";
import { AppError } from "../errors";
import { assertCanManagePeriods } from "../figures/permissions";

const LOCK_SELECT = {
  id: true,
  departmentId: true,
  year: true,
  month: true,
  reason: true,
  lockedAt: true,
  unlockedAt: true,
  unlockReason: true,
  department: { select: { code: true, nameZh: true } },
} as const;

type TLockRow = {
  id: number;
  departmentId: number | null;
  year: number;
  month: number;
  reason: string;
  lockedAt: Date;
  unlockedAt: Date | null;
  unlockReason: string | null;
  department: { code: string; nameZh: string } | null;
};

function toLock(row: TLockRow): TPeriodLock {
  return {
    id: row.id,
    period: toPeriod(row.year, row.month),
    department: row.department?.code ?? null,
    reason: row.reason,
    lockedAt: row.lockedAt.toISOString(),
    unlockedAt: row.unlockedAt?.toISOString() ?? null,
    unlockReason: row.unlockReason,
  };
}

/** The open lock that closes a month for a bureau: one for every bureau, or the bureau's own. */
export async function findOpenLock(db: TDbClient, where: { year: number; month: number; departmentId: number }): Promise<TLockRow | null> {
  return db.periodLock.findFirst({
    where: { year: where.year, month: where.month, unlockedAt: null, OR: [{ departmentId: null }, { departmentId: where.departmentId }] },
    select: LOCK_SELECT,
    orderBy: { id: "asc" },
  });
}

/** Every open lock that closes a month of `year` for a bureau, in month order. */
export async function listOpenLocks(db: TDbClient, where: { year: number; departmentId: number }): Promise<TPeriodLock[]> {
  const rows = await db.periodLock.findMany({
    where: { year: where.year, unlockedAt: null, OR: [{ departmentId: null }, { departmentId: where.departmentId }] },
    select: LOCK_SELECT,
    orderBy: [{ month: "asc" }, { id: "asc" }],
  });
  return rows.map(toLock);
}

/** The open locks of a month, for checking many bureaus' figures at once (an import). */
export async function findOpenLocks(db: TDbClient, where: { year: number; month: number }): Promise<TLockRow[]> {
  return db.periodLock.findMany({ where: { year: where.year, month: where.month, unlockedAt: null }, select: LOCK_SELECT, orderBy: { id: "asc" } });
}

/** Of a month's open locks, the one that closes it for a bureau (the same choice findOpenLock makes). */
export function pickOpenLock(locks: TLockRow[], departmentId: number): TLockRow | null {
  return locks.find((l) => l.departmentId === null || l.departmentId === departmentId) ?? null;
}

/** 423 with the lock's reason, in both languages. */
export function lockedError(lock: TLockRow): AppError {
  const period = `${lock.year}年${lock.month}月`;
  return new AppError("LOCKED", {
    "zh-CN": `${period}${lock.department ? `（${lock.department.nameZh}）` : ""}已锁定，不能修改：${lock.reason}`,
    en: `${toPeriod(lock.year, lock.month)} is locked${lock.department ? ` for ${lock.department.code}` : ""}: ${lock.reason}`,
  });
}

export async function assertUnlocked(db: TDbClient, where: { year: number; month: number; departmentId: number }): Promise<void> {
  const lock = await findOpenLock(db, where);
  if (lock) throw lockedError(lock);
}

async function findDepartmentId(db: TDbClient, code: string | undefined): Promise<{ id: number; code: string } | null> {
  if (code === undefined) return null;
  const department = await db.department.findUnique({ where: { code }, select: { id: true, code: true } });
  if (!department) throw new AppError("NOT_FOUND", { "zh-CN": `没有代码为 ${code} 的单位`, en: `No bureau with code ${code}` });
  return department;
}

interface TLockInput {
  period: string;
  department?: string;
  reason: string;
  actor: TActor;
  requestId: string;
}

/** Closes a month for every bureau or for one; a second open lock of the same scope is a conflict. */
export async function lockPeriod(db: TDb, input: TLockInput): Promise<TPeriodLock> {
  assertCanManagePeriods(input.actor);
  const { year, month } = fromPeriod(input.period);
  return db.$transaction(async (tx) => {
    const department = await findDepartmentId(tx, input.department);
    const open = await tx.periodLock.findFirst({ where: { year, month, departmentId: department?.id ?? null, unlockedAt: null }, select: { id: true } });
    if (open) {
      throw new AppError("CONFLICT", { "zh-CN": `${year}年${month}月已锁定`, en: `${input.period} is already locked` });
    }
    const row = await tx.periodLock.create({
      data: { year, month, departmentId: department?.id ?? null, reason: input.reason, lockedById: input.actor.userId },
      select: LOCK_SELECT,
    });
    const lock = toLock(row);
    await recordAudit(tx, {
      actor: input.actor,
      requestId: input.requestId,
      departmentId: department?.id ?? null,
      action: "period.lock",
      entityType: "period_lock",
      entityId: String(row.id),
      reason: input.reason,
      after: lock,
    });
    return lock;
  });
}

/** Reopens a month: the lock row stays, with who unlocked it, when and why. */
export async function unlockPeriod(db: TDb, input: TLockInput): Promise<TPeriodLock> {
  assertCanManagePeriods(input.actor);
  const { year, month } = fromPeriod(input.period);
  return db.$transaction(async (tx) => {
    const department = await findDepartmentId(tx, input.department);
    const open = await tx.periodLock.findFirst({ where: { year, month, departmentId: department?.id ?? null, unlockedAt: null }, select: LOCK_SELECT });
    if (!open) {
      throw new AppError("NOT_FOUND", { "zh-CN": `${year}年${month}月${department ? `（${department.code}）` : ""}没有锁定`, en: `${input.period} is not locked${department ? ` for ${department.code}` : ""}` });
    }
    const row = await tx.periodLock.update({
      where: { id: open.id },
      data: { unlockedAt: new Date(), unlockedById: input.actor.userId, unlockReason: input.reason },
      select: LOCK_SELECT,
    });
    const lock = toLock(row);
    await recordAudit(tx, {
      actor: input.actor,
      requestId: input.requestId,
      departmentId: department?.id ?? null,
      action: "period.unlock",
      entityType: "period_lock",
      entityId: String(row.id),
      reason: input.reason,
      before: toLock(open),
      after: lock,
    });
    return lock;
  });
}
