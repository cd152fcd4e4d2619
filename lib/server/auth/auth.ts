import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin, username } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements } from "better-auth/plugins/admin/access";
import { getDb, type TDb } from "../db/client";
import { recordAudit } from "../audit/record";
import { getAuthEnv, trustedOrigins } from "./auth-env";
import { ZLogin } from "../../contracts/accounts";
import { getAuthSecret } from "./secret";
import { createSignInThrottle, type TSignInThrottle } from "./throttle";

/** Admins manage accounts and their sessions; nobody impersonates anybody. */
const ac = createAccessControl(defaultStatements);
const ROLES = {
  admin: ac.newRole({ user: ["create", "list", "ban", "set-password", "get", "update"], session: ["list", "revoke", "delete"] }),
  leader: ac.newRole({ user: [], session: [] }),
  official: ac.newRole({ user: [], session: [] }),
};

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
const SIGN_IN_PATH = "/sign-in/username";

/**
 * The library's endpoints this product uses; every other one (sign-up, email change, user
 * creation and role changes that would bypass bureau scoping, impersonation…) answers 404.
 */
const OPEN_PATHS = new Set([SIGN_IN_PATH, "/sign-out", "/get-session", "/change-password", "/list-sessions", "/revoke-session", "/revoke-sessions", "/revoke-other-sessions", "/ok", "/error"]);

/**
 * Admin endpoints in use, with the audit action each change is recorded as. Disabling, enabling and
 * resetting a password go through /api/v1/admin/users/… (lib/server/accounts/users.ts), which asks
 * for a reason, ends the sessions and refuses one's own account; the library's ban-user,
 * unban-user and set-user-password would be a second way around that, so they answer 404.
 */
const ADMIN_ACTIONS: Record<string, string | null> = {
  "/admin/list-users": null,
  "/admin/list-user-sessions": null,
  "/admin/revoke-user-sessions": "user.revoke_sessions",
};

function clientAddress(headers: Headers | undefined): string {
  return headers?.get("x-siping-client-ip") ?? "unknown";
}

/**
 * better-auth on the project's own database: sign-in by login and password, sessions in the
 * `sessions` table, the admin plugin for listing and revoking a user's sessions. Passwords are
 * hashed by the library (scrypt, a salt per user). Its own IP rate limiter is off: it trusts
 * X-Forwarded-For and counts per process; guessing is throttled by `throttle` instead, per login
 * and per address, in storage that all instances share.
 */
export function createAuth(db: TDb, throttle: TSignInThrottle) {
  const env = getAuthEnv();
  const publicUrl = env.PUBLIC_URL;
  return betterAuth({
    appName: "四平市政府工作报告目标追踪",
    baseURL: publicUrl,
    basePath: "/api/auth",
    secret: getAuthSecret(env.BETTER_AUTH_SECRET, env.DATA_DIR),
    database: prismaAdapter(db, { provider: "postgresql", transaction: false }),
    telemetry: { enabled: false },
    // Its warnings name logins that do not exist: noise at best, a guesser's list at worst.
    logger: { level: "error" },
    trustedOrigins: (request) => {
      const host = request?.headers.get("host");
      const proto = publicUrl?.startsWith("https") ? "https" : "http";
      return [...(host ? [`${proto}://${host}`] : []), ...trustedOrigins(env)];
    },
    rateLimit: { enabled: false },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH },
    user: {
      fields: { name: "displayName" },
      additionalFields: {
        departmentId: { type: "number", required: false, input: false },
        mustChangePassword: { type: "boolean", required: false, defaultValue: false, input: false },
        isDemo: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    advanced: {
      database: { generateId: "serial" },
      cookiePrefix: "siping",
      useSecureCookies: publicUrl?.startsWith("https://") ?? false,
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!OPEN_PATHS.has(ctx.path) && !(ctx.path in ADMIN_ACTIONS)) throw new APIError("NOT_FOUND");
        if (ctx.path !== SIGN_IN_PATH) return;
        const login = typeof ctx.body?.username === "string" ? ctx.body.username.toLowerCase() : "";
        const wait = await throttle.secondsBlocked({ login, address: clientAddress(ctx.headers) });
        if (wait > 0) {
          throw new APIError("TOO_MANY_REQUESTS", { message: "TOO_MANY_ATTEMPTS", code: "TOO_MANY_ATTEMPTS" }, { "retry-after": String(wait) });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const failed = ctx.context.returned instanceof APIError;
        if (ctx.path === SIGN_IN_PATH) {
          const login = typeof ctx.body?.username === "string" ? ctx.body.username.toLowerCase() : "";
          const address = clientAddress(ctx.headers);
          if (failed) await throttle.recordFailure({ login, address });
          else await throttle.recordSuccess({ login });
          return;
        }
        const adminAction = ADMIN_ACTIONS[ctx.path];
        if (adminAction && !failed && ctx.context.session) {
          const userId = Number(ctx.body?.userId ?? NaN);
          await db.$transaction(async (tx) => {
            await recordAudit(tx, {
              actor: { userId: Number(ctx.context.session!.user.id), sessionId: Number(ctx.context.session!.session.id), tokenId: null },
              action: adminAction,
              entityType: "user",
              entityId: String(userId),
            });
          });
          return;
        }
        if (ctx.path === "/change-password" && !failed && ctx.context.session) {
          const userId = Number(ctx.context.session.user.id);
          await db.$transaction(async (tx) => {
            await tx.user.update({ where: { id: userId }, data: { mustChangePassword: false } });
            await recordAudit(tx, {
              actor: { userId, sessionId: Number(ctx.context.session!.session.id), tokenId: null },
              action: "user.password_change",
              entityType: "user",
              entityId: String(userId),
            });
          });
        }
      }),
    },
    plugins: [
      username({
        minUsernameLength: 2,
        maxUsernameLength: 64,
        usernameValidator: (value) => ZLogin.safeParse(value).success,
        schema: { user: { fields: { username: "login", displayUsername: "displayLogin" } } },
      }),
      admin({ ac, roles: ROLES, adminRoles: ["admin"], defaultRole: "official", bannedUserMessage: "ACCOUNT_DISABLED" }),
      nextCookies(),
    ],
  });
}

export type TAuth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { sipingAuth?: TAuth };

/** The process's one auth instance, on the shared database client. */
export function getAuth(): TAuth {
  globalForAuth.sipingAuth ??= createAuth(getDb(), createSignInThrottle(getDb(), getAuthEnv().REDIS_URL));
  return globalForAuth.sipingAuth;
}
