import type { TDbClient } from "../db/client";
import type { Role } from "../db/generated/enums";

/** Whoever a request acts for: a person through a browser session or an API token. */
export interface TActor {
  userId: number;
  login: string;
  displayName: string;
  role: Role;
  /** An official's bureau; null for admins and leaders. */
  departmentId: number | null;
  sessionId: number | null;
  tokenId: number | null;
  /** Created with a one-time password: must choose a new one before doing anything else. */
  mustChangePassword: boolean;
}

export const ACTOR_USER_SELECT = {
  id: true,
  login: true,
  displayName: true,
  role: true,
  departmentId: true,
  mustChangePassword: true,
  banned: true,
  banExpires: true,
} as const;

export interface TActorUserRow {
  id: number;
  login: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  mustChangePassword: boolean;
  banned: boolean;
  banExpires: Date | null;
}

export function isDisabled(user: { banned: boolean; banExpires: Date | null }, now = new Date()): boolean {
  return user.banned && (user.banExpires === null || user.banExpires > now);
}

export function toActor(user: TActorUserRow, via: { sessionId: number | null; tokenId: number | null }): TActor {
  return {
    userId: user.id,
    login: user.login,
    displayName: user.displayName,
    role: user.role,
    departmentId: user.departmentId,
    mustChangePassword: user.mustChangePassword,
    ...via,
  };
}

export async function findActorUser(db: TDbClient, userId: number): Promise<TActorUserRow | null> {
  return db.user.findUnique({ where: { id: userId }, select: ACTOR_USER_SELECT });
}
