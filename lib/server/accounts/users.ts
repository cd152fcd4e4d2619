import { generateRandomString, hashPassword } from "better-auth/crypto";
import { ZLogin } from "../../contracts/accounts";
import { recordAudit, type TAuditActor } from "../audit/record";
import type { TDb, TDbClient } from "../db/client";
import type { Role } from "../db/generated/enums";
import { AppError } from "../errors";

export interface TNewUser {
  login: string;
  role: Role;
  /** Required for an official, refused for the others. */
  department?: string;
  displayName?: string;
}

export interface TUserInfo {
  id: number;
  login: string;
  displayName: string;
  role: Role;
  department: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  isDemo: boolean;
}

/** 16 characters of 62: about 95 bits, from better-auth's CSPRNG helper. */
function oneTimePassword(): string {
  return generateRandomString(16, "a-z", "A-Z", "0-9");
}

function invalid(zh: string, en: string): AppError {
  return new AppError("INVALID", { "zh-CN": zh, en });
}

/**
 * Creates a login with a one-time password (printed once by the CLI, stored only as better-auth's
 * salted hash) that must be changed at first sign-in.
 */
export async function createUser(db: TDb, input: TNewUser & { actor: TAuditActor; requestId?: string }): Promise<{ user: TUserInfo; password: string }> {
  const login = input.login.trim().toLowerCase();
  if (!ZLogin.safeParse(login).success) {
    throw invalid(`登录名“${input.login}”无效：只能用小写字母、数字、点、下划线和连字符，2至64个字符`, `Invalid login "${input.login}": lower-case letters, digits, dot, underscore and hyphen, 2 to 64 characters`);
  }
  if (input.role === "official" && !input.department) throw invalid("填报员须指定所属单位（--department）", "An official needs a bureau (--department)");
  if (input.role !== "official" && input.department) throw invalid("只有填报员属于某个单位", "Only officials belong to a bureau");
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const department = input.department ? await tx.department.findUnique({ where: { code: input.department }, select: { id: true, nameZh: true } }) : null;
    if (input.department && !department) throw new AppError("NOT_FOUND", { "zh-CN": `没有代码为 ${input.department} 的单位`, en: `No bureau with code ${input.department}` });
    if (await tx.user.findUnique({ where: { login }, select: { id: true } })) {
      throw new AppError("CONFLICT", { "zh-CN": `登录名 ${login} 已存在`, en: `Login ${login} already exists` });
    }
    const displayName = input.displayName ?? (department ? `${department.nameZh}填报员` : login);
    const row = await tx.user.create({
      data: { login, displayLogin: login, email: `${login}@users.invalid`, displayName, role: input.role, departmentId: department?.id ?? null, mustChangePassword: true },
      select: { id: true },
    });
    await tx.account.create({ data: { userId: row.id, accountId: String(row.id), providerId: "credential", password: passwordHash } });
    const info = (await listUsers(tx, { id: row.id }))[0]!;
    await recordAudit(tx, {
      actor: input.actor,
      requestId: input.requestId,
      action: "user.create",
      entityType: "user",
      entityId: String(row.id),
      departmentId: department?.id ?? null,
      after: { ...info },
    });
    return info;
  });
  return { user, password };
}

export async function listUsers(db: TDbClient, where: { id?: number; login?: string } = {}): Promise<TUserInfo[]> {
  const rows = await db.user.findMany({
    where,
    select: { id: true, login: true, displayName: true, role: true, banned: true, mustChangePassword: true, isDemo: true, department: { select: { code: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map(({ department, banned, ...r }) => ({ ...r, department: department?.code ?? null, disabled: banned }));
}

export interface TSessionInfo {
  id: number;
  createdAt: string;
  expiresAt: string;
  ipAddress: string | null;
  userAgent: string | null;
}

export async function listUserSessions(db: TDbClient, login: string): Promise<TSessionInfo[]> {
  const rows = await db.session.findMany({
    where: { user: { login }, expiresAt: { gt: new Date() } },
    select: { id: true, createdAt: true, expiresAt: true, ipAddress: true, userAgent: true },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((s) => ({ ...s, createdAt: s.createdAt.toISOString(), expiresAt: s.expiresAt.toISOString() }));
}

/** Signs a user out everywhere (a lost laptop, a person leaving the bureau). */
export async function revokeUserSessions(db: TDb, input: { login: string; actor: TAuditActor; reason?: string; requestId?: string }): Promise<number> {
  return db.$transaction(async (tx) => {
    const user = await findUserRow(tx, input.login);
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, {
      actor: input.actor,
      requestId: input.requestId,
      action: "user.revoke_sessions",
      entityType: "user",
      entityId: String(user.id),
      departmentId: user.departmentId,
      reason: input.reason ?? null,
      after: { revoked: count },
    });
    return count;
  });
}

async function findUserRow(db: TDbClient, login: string): Promise<{ id: number; departmentId: number | null }> {
  const user = await db.user.findUnique({ where: { login }, select: { id: true, departmentId: true } });
  if (!user) throw new AppError("NOT_FOUND", { "zh-CN": `没有登录名为 ${login} 的用户`, en: `No user with login ${login}` });
  return user;
}

async function findDepartment(db: TDbClient, code: string): Promise<{ id: number; nameZh: string }> {
  const department = await db.department.findUnique({ where: { code }, select: { id: true, nameZh: true } });
  if (!department) throw new AppError("NOT_FOUND", { "zh-CN": `没有代码为 ${code} 的单位`, en: `No bureau with code ${code}` });
  return department;
}

/** Who may not be changed by whom: an account's own holder never disables, demotes or resets it here. */
export type TGuard = (userId: number) => void;

interface TUserChange {
  login: string;
  actor: TAuditActor;
  requestId?: string;
  /** Called with the target's id before anything changes (the admin surface refuses one's own account). */
  guard?: TGuard;
}

/** Role, bureau and display name; an official always has a bureau, the others none. */
export async function updateUser(
  db: TDb,
  input: TUserChange & { role: Role; department?: string | null; displayName?: string },
): Promise<TUserInfo> {
  if (input.role === "official" && !input.department) throw invalid("填报员须指定所属单位", "An official needs a bureau");
  if (input.role !== "official" && input.department) throw invalid("只有填报员属于某个单位", "Only officials belong to a bureau");
  return db.$transaction(async (tx) => {
    const user = await findUserRow(tx, input.login);
    const [before] = await listUsers(tx, { id: user.id });
    if (before!.role !== input.role) input.guard?.(user.id);
    const department = input.department ? await findDepartment(tx, input.department) : null;
    await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, departmentId: department?.id ?? null, ...(input.displayName ? { displayName: input.displayName } : {}), updatedAt: new Date() },
    });
    const [after] = await listUsers(tx, { id: user.id });
    await recordAudit(tx, {
      actor: input.actor,
      requestId: input.requestId,
      action: "user.update",
      entityType: "user",
      entityId: String(user.id),
      departmentId: department?.id ?? user.departmentId,
      before: { ...before! },
      after: { ...after! },
    });
    return after!;
  });
}

/**
 * Disables (or enables again) a login: a disabled one cannot sign in, its sessions end at once,
 * and its API tokens stop working while it stays disabled. The reason is recorded.
 */
export async function setUserDisabled(db: TDb, input: TUserChange & { disabled: boolean; reason: string }): Promise<TUserInfo> {
  return db.$transaction(async (tx) => {
    const user = await findUserRow(tx, input.login);
    if (input.disabled) input.guard?.(user.id);
    const [before] = await listUsers(tx, { id: user.id });
    if (before!.disabled === input.disabled) {
      throw new AppError(
        "CONFLICT",
        input.disabled ? { "zh-CN": `用户 ${input.login} 已经停用`, en: `User ${input.login} is already disabled` } : { "zh-CN": `用户 ${input.login} 没有停用`, en: `User ${input.login} is not disabled` },
      );
    }
    await tx.user.update({
      where: { id: user.id },
      data: input.disabled ? { banned: true, banReason: input.reason, banExpires: null, updatedAt: new Date() } : { banned: false, banReason: null, banExpires: null, updatedAt: new Date() },
    });
    const revoked = input.disabled ? (await tx.session.deleteMany({ where: { userId: user.id } })).count : 0;
    const [after] = await listUsers(tx, { id: user.id });
    await recordAudit(tx, {
      actor: input.actor,
      requestId: input.requestId,
      action: input.disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: String(user.id),
      departmentId: user.departmentId,
      reason: input.reason,
      before: { disabled: before!.disabled },
      after: { disabled: after!.disabled, revokedSessions: revoked },
    });
    return after!;
  });
}

/**
 * A new one-time password (returned once, stored only as better-auth's hash): the old one stops
 * working, every session ends, and the next sign-in leads to a password change.
 */
export async function resetUserPassword(db: TDb, input: TUserChange & { reason?: string }): Promise<{ user: TUserInfo; password: string }> {
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const row = await findUserRow(tx, input.login);
    input.guard?.(row.id);
    const credential = await tx.account.findFirst({ where: { userId: row.id, providerId: "credential" }, select: { id: true } });
    if (credential) await tx.account.update({ where: { id: credential.id }, data: { password: passwordHash, updatedAt: new Date() } });
    else await tx.account.create({ data: { userId: row.id, accountId: String(row.id), providerId: "credential", password: passwordHash } });
    await tx.user.update({ where: { id: row.id }, data: { mustChangePassword: true, updatedAt: new Date() } });
    const { count } = await tx.session.deleteMany({ where: { userId: row.id } });
    const [info] = await listUsers(tx, { id: row.id });
    await recordAudit(tx, {
      actor: input.actor,
      requestId: input.requestId,
      action: "user.reset_password",
      entityType: "user",
      entityId: String(row.id),
      departmentId: row.departmentId,
      reason: input.reason ?? null,
      after: { mustChangePassword: true, revokedSessions: count },
    });
    return info!;
  });
  return { user, password };
}

/** Every login with its open session count, for the admin list. */
export async function listUsersWithSessions(db: TDbClient): Promise<(TUserInfo & { openSessions: number })[]> {
  const [users, sessions] = await Promise.all([
    listUsers(db),
    db.session.groupBy({ by: ["userId"], where: { expiresAt: { gt: new Date() } }, _count: { _all: true } }),
  ]);
  const open = new Map(sessions.map((s) => [s.userId, s._count._all]));
  return users.map((u) => ({ ...u, openSessions: open.get(u.id) ?? 0 }));
}
