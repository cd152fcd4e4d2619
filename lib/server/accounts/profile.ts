import type { TDbClient } from "../db/client";
import type { Role } from "../db/generated/enums";

export interface TProfile {
  displayName: string;
  login: string;
  role: Role;
  department: { code: string; nameZh: string; nameEn: string } | null;
}

/** What a person sees about their own account. */
export async function getProfile(db: TDbClient, userId: number): Promise<TProfile | null> {
  return db.user.findUnique({
    where: { id: userId },
    select: { displayName: true, login: true, role: true, department: { select: { code: true, nameZh: true, nameEn: true } } },
  });
}
