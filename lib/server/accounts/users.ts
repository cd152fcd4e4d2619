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
export async function createUser(db: TDb, input: TNewUser & { actor: TAuditActor }): Promise<{ user: TUserInfo; password: string }> {
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
    await recordAudit(tx, { actor: input.actor, action: "user.create", entityType: "user", entityId: String(row.id), departmentId: department?.id ?? null, after: { ...info } });
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
export async function revokeUserSessions(db: TDb, input: { login: string; actor: TAuditActor; reason?: string }): Promise<number> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { login: input.login }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", { "zh-CN": `没有登录名为 ${input.login} 的用户`, en: `No user with login ${input.login}` });
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, { actor: input.actor, action: "user.revoke_sessions", entityType: "user", entityId: String(user.id), reason: input.reason ?? null, after: { revoked: count } });
    return count;
  });
}
