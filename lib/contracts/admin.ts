import { z } from "zod";
import { ZLogin } from "./accounts";
import { ZCode, ZYear } from "./common";
import { ZScheduleProfile } from "./tracking";

/**
 * The admin API (/api/v1/admin/…): accounts, bureaus, lead bureaus and schedules per year, period
 * locks, API tokens, the audit log and demo removal. Every body is strict; validation keys are
 * translated by lib/i18n/validation.ts.
 */
export const ADMIN_VALIDATION = {
  login: "admin.login",
  departmentCode: "admin.departmentCode",
  name: "admin.name",
  reason: "admin.reason",
  confirm: "admin.confirm",
  date: "admin.date",
  cursor: "admin.cursor",
  expires: "admin.expires",
} as const;

export const ZRole = z.enum(["admin", "leader", "official"]);
export type TRole = z.infer<typeof ZRole>;

/** A login as typed into a form: trimmed and lower-cased, then the rule of ZLogin with its own message. */
const ZLoginField = z
  .string({ error: ADMIN_VALIDATION.login })
  .trim()
  .toLowerCase()
  .min(2, { error: ADMIN_VALIDATION.login })
  .max(64, { error: ADMIN_VALIDATION.login })
  .regex(/^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/, { error: ADMIN_VALIDATION.login });

/** A bureau code: kebab-case, up to 40 characters (stats, ecology, urban-management). */
export const ZDepartmentCode = z
  .string({ error: ADMIN_VALIDATION.departmentCode })
  .max(40, { error: ADMIN_VALIDATION.departmentCode })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: ADMIN_VALIDATION.departmentCode });

const ZName = z.string({ error: ADMIN_VALIDATION.name }).trim().min(1, { error: ADMIN_VALIDATION.name }).max(100, { error: ADMIN_VALIDATION.name });
export const ZAdminReason = z.string({ error: ADMIN_VALIDATION.reason }).trim().min(1, { error: ADMIN_VALIDATION.reason }).max(500, { error: ADMIN_VALIDATION.reason });

// ─── users ───────────────────────────────────────────────────────────────────

export const ZAdminUser = z.object({
  id: z.number(),
  login: z.string(),
  displayName: z.string(),
  role: ZRole,
  department: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  isDemo: z.boolean(),
  openSessions: z.number(),
});
export type TAdminUser = z.infer<typeof ZAdminUser>;
export const ZAdminUserList = z.object({ users: z.array(ZAdminUser) });
export type TAdminUserList = z.infer<typeof ZAdminUserList>;

/** An official belongs to exactly one bureau; admins and leaders to none (checked in the refinement). */
function bureauMatchesRole(value: { role?: TRole; department?: string | null }, ctx: z.RefinementCtx): void {
  if (value.role === "official" && !value.department) ctx.addIssue({ code: "custom", path: ["department"], message: "admin.departmentRequired" });
  if (value.role !== undefined && value.role !== "official" && value.department) ctx.addIssue({ code: "custom", path: ["department"], message: "admin.departmentRefused" });
}

export const ZCreateUserBody = z
  .object({ login: ZLoginField, role: ZRole, department: ZDepartmentCode.optional(), displayName: ZName.optional() })
  .strict()
  .superRefine(bureauMatchesRole);
export type TCreateUserBody = z.infer<typeof ZCreateUserBody>;

/** A new account or a reset password: the one-time password is in this answer only. */
export const ZOneTimePassword = z.object({ user: ZAdminUser, password: z.string() });
export type TOneTimePassword = z.infer<typeof ZOneTimePassword>;

export const ZUserParams = z.object({ login: ZLogin }).strict();

export const ZUpdateUserBody = z
  .object({ role: ZRole, department: ZDepartmentCode.nullable().optional(), displayName: ZName.optional() })
  .strict()
  .superRefine(bureauMatchesRole);
export type TUpdateUserBody = z.infer<typeof ZUpdateUserBody>;

export const ZDisableUserBody = z.object({ disabled: z.boolean(), reason: ZAdminReason }).strict();
export type TDisableUserBody = z.infer<typeof ZDisableUserBody>;

export const ZReasonBody = z.object({ reason: ZAdminReason }).strict();
export type TReasonBody = z.infer<typeof ZReasonBody>;

export const ZRevokedSessions = z.object({ login: z.string(), revoked: z.number() });
export type TRevokedSessions = z.infer<typeof ZRevokedSessions>;

// ─── departments ─────────────────────────────────────────────────────────────

export const ZAdminDepartment = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  sortOrder: z.number(),
  /** Targets, projects, users and locks that use it: its code is fixed once any exist. */
  references: z.number(),
});
export type TAdminDepartment = z.infer<typeof ZAdminDepartment>;
export const ZAdminDepartmentList = z.object({ departments: z.array(ZAdminDepartment) });

export const ZCreateDepartmentBody = z.object({ code: ZDepartmentCode, nameZh: ZName, nameEn: ZName }).strict();
export type TCreateDepartmentBody = z.infer<typeof ZCreateDepartmentBody>;
export const ZDepartmentParams = z.object({ code: ZDepartmentCode }).strict();
export const ZUpdateDepartmentBody = z.object({ code: ZDepartmentCode.optional(), nameZh: ZName, nameEn: ZName }).strict();
export type TUpdateDepartmentBody = z.infer<typeof ZUpdateDepartmentBody>;

// ─── targets: lead bureau and schedule per year ──────────────────────────────

export const ZAdminTarget = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: z.string(),
  year: z.number(),
  section: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() }),
  department: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() }),
  /** null for growth rates, levels and shares, which have no schedule. */
  scheduleProfile: z.array(z.number()).nullable(),
  figures: z.number(),
});
export type TAdminTarget = z.infer<typeof ZAdminTarget>;
export const ZAdminTargetList = z.object({ year: z.number(), targets: z.array(ZAdminTarget) });
export type TAdminTargetList = z.infer<typeof ZAdminTargetList>;

export const ZTargetParams = z.object({ code: ZCode, year: ZYear }).strict();
export const ZTargetsQuery = z.object({ year: ZYear.default(2020) }).strict();
export const ZLeadBody = z.object({ department: ZDepartmentCode }).strict();
export type TLeadBody = z.infer<typeof ZLeadBody>;
export const ZScheduleBody = z.object({ scheduleProfile: ZScheduleProfile }).strict();
export type TScheduleBody = z.infer<typeof ZScheduleBody>;

// ─── period locks ────────────────────────────────────────────────────────────

export const ZAdminLock = z.object({
  id: z.number(),
  period: z.string(),
  department: z.string().nullable(),
  reason: z.string(),
  lockedAt: z.string(),
  lockedBy: z.string().nullable(),
  unlockedAt: z.string().nullable(),
  unlockedBy: z.string().nullable(),
  unlockReason: z.string().nullable(),
});
export type TAdminLock = z.infer<typeof ZAdminLock>;
export const ZAdminLockList = z.object({ year: z.number(), locks: z.array(ZAdminLock) });
export type TAdminLockList = z.infer<typeof ZAdminLockList>;
export const ZLocksQuery = z.object({ year: ZYear.default(2020) }).strict();

// ─── API tokens ──────────────────────────────────────────────────────────────

export const ZAdminToken = z.object({
  id: z.number(),
  login: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TAdminToken = z.infer<typeof ZAdminToken>;
export const ZAdminTokenList = z.object({ tokens: z.array(ZAdminToken) });
export type TAdminTokenList = z.infer<typeof ZAdminTokenList>;

export const ZCreateTokenBody = z
  .object({
    login: ZLoginField,
    name: ZName,
    expiresInDays: z.number({ error: ADMIN_VALIDATION.expires }).int({ error: ADMIN_VALIDATION.expires }).min(1, { error: ADMIN_VALIDATION.expires }).max(366, { error: ADMIN_VALIDATION.expires }),
  })
  .strict();
export type TCreateTokenBody = z.infer<typeof ZCreateTokenBody>;
export const ZCreatedToken = z.object({ token: z.string(), info: ZAdminToken });
export type TCreatedToken = z.infer<typeof ZCreatedToken>;
export const ZTokenParams = z.object({ id: z.coerce.number().int().positive() }).strict();

// ─── audit log ───────────────────────────────────────────────────────────────

const ZDay = z.string({ error: ADMIN_VALIDATION.date }).regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: ADMIN_VALIDATION.date });

export const AUDIT_PAGE_SIZE = 50;

export const ZAuditQuery = z
  .object({
    actor: ZLogin.optional(),
    department: ZDepartmentCode.optional(),
    indicator: ZCode.optional(),
    /** Days in China Standard Time, both included. */
    from: ZDay.optional(),
    to: ZDay.optional(),
    /** The id of the last row of the previous page: the next page holds older rows. */
    cursor: z.string().regex(/^\d{1,18}$/, { error: ADMIN_VALIDATION.cursor }).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(AUDIT_PAGE_SIZE),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "admin.dateOrder" });
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ login: z.string(), displayName: z.string() }).nullable(),
  actorLabel: z.string().nullable(),
  via: z.enum(["session", "token", "process"]),
  tokenId: z.number().nullable(),
  requestId: z.string().nullable(),
  department: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** The login of a user, the prefix of a token: what a reader recognises instead of an id. */
  entityLabel: z.string().nullable(),
  reason: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;
export const ZAuditPage = z.object({ entries: z.array(ZAuditEntry), nextCursor: z.string().nullable() });
export type TAuditPage = z.infer<typeof ZAuditPage>;

// ─── demo removal ────────────────────────────────────────────────────────────

/** What the admin types to confirm, in either language. */
export const DEMO_CONFIRMATIONS = ["删除演示数据", "remove demo data"] as const;
export const ZDemoRemoveBody = z
  .object({ confirm: z.string({ error: ADMIN_VALIDATION.confirm }).trim().refine((v) => (DEMO_CONFIRMATIONS as readonly string[]).includes(v.toLowerCase()), { error: ADMIN_VALIDATION.confirm }) })
  .strict();
export type TDemoRemoveBody = z.infer<typeof ZDemoRemoveBody>;

export const ZDemoStatus = z.object({ figures: z.number(), milestones: z.number(), logins: z.number() });
export type TDemoStatus = z.infer<typeof ZDemoStatus>;
export const ZDemoRemoval = z.object({
  figures: z.number(),
  revisions: z.number(),
  publications: z.number(),
  tasks: z.number(),
  milestones: z.number(),
  milestoneRevisions: z.number(),
  logins: z.number(),
});
export type TDemoRemoval = z.infer<typeof ZDemoRemoval>;

