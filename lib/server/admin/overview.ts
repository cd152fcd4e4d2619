import type { TDbClient } from "../db/client";

export interface TAdminOverview {
  activeUsers: number;
  departments: number;
  openLocks: number;
  activeTokens: number;
  demoFigures: number;
}

/** The counts on the admin overview's tiles. */
export async function getAdminOverview(db: TDbClient, now = new Date()): Promise<TAdminOverview> {
  const [activeUsers, departments, openLocks, activeTokens, demoFigures] = await Promise.all([
    db.user.count({ where: { banned: false } }),
    db.department.count(),
    db.periodLock.count({ where: { unlockedAt: null } }),
    db.apiToken.count({ where: { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } }),
    db.figure.count({ where: { isDemo: true } }),
  ]);
  return { activeUsers, departments, openLocks, activeTokens, demoFigures };
}
