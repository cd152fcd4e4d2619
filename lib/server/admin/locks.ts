import type { TAdminLock } from "../../contracts/admin";
import type { TDbClient } from "../db/client";
import { toPeriod } from "../db/mappers";

/** Every lock of a year, open and lifted, newest first, with who locked and unlocked it. */
export async function listLocks(db: TDbClient, year: number): Promise<TAdminLock[]> {
  const rows = await db.periodLock.findMany({
    where: { year },
    select: {
      id: true,
      year: true,
      month: true,
      reason: true,
      lockedAt: true,
      unlockedAt: true,
      unlockReason: true,
      department: { select: { code: true } },
      lockedBy: { select: { login: true } },
      unlockedBy: { select: { login: true } },
    },
    orderBy: [{ month: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    period: toPeriod(r.year, r.month),
    department: r.department?.code ?? null,
    reason: r.reason,
    lockedAt: r.lockedAt.toISOString(),
    lockedBy: r.lockedBy?.login ?? null,
    unlockedAt: r.unlockedAt?.toISOString() ?? null,
    unlockedBy: r.unlockedBy?.login ?? null,
    unlockReason: r.unlockReason,
  }));
}
