import { userInfo } from "node:os";
import { createUser, listUserSessions, listUsers, resetUserPassword, revokeUserSessions, setUserDisabled } from "../../accounts/users";
import type { TAuditActor } from "../../audit/record";
import { createApiToken, listApiTokens, revokeApiToken } from "../../auth/tokens";
import { removeDemoData } from "../../demo/remove";
import { AppError } from "../../errors";
import { parseCommandArgs, UsageError, type TCommand } from "../command";
import { announceFromOutside } from "../../http/change-relay";
import { getEnv } from "../../env";

/** The CLI acts as the operating-system user who runs it, recorded as such in the audit log. */
function cliActor(): TAuditActor {
  return { userId: null, sessionId: null, tokenId: null, label: `cli:${userInfo().username}` };
}

/** An AppError's message in Chinese, then English, as one sentence for the terminal. */
async function explained<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.text) throw new Error(`${error.text["zh-CN"]} (${error.text.en})`, { cause: error });
    throw error;
  }
}

const ROLES = ["admin", "leader", "official"] as const;
const ROLE_ZH = { admin: "系统管理员", leader: "审核人员", official: "填报员" } as const;

export const userCreateCommand: TCommand = {
  name: "user create",
  usage: "--login <login> --role admin|leader|official [--department <code>] [--name <display name>]",
  summary: "create a login and print its one-time password (changed at first sign-in)",
  async run(args, ctx) {
    const { values } = parseCommandArgs(userCreateCommand, args, {
      options: { login: { type: "string" }, role: { type: "string" }, department: { type: "string" }, name: { type: "string" } },
    });
    const role = ROLES.find((r) => r === values.role);
    if (!values.login || !role) throw new UsageError(`Give --login and --role (admin, leader or official). Usage: npm run cli -- user create ${userCreateCommand.usage}`);
    const { user, password } = await ctx.withDb(({ db }) =>
      explained(createUser(db, { login: values.login!, role, department: values.department, displayName: values.name, actor: cliActor() })),
    );
    console.log(`Created ${ROLE_ZH[user.role]} “${user.displayName}” (${user.role}${user.department ? `, ${user.department}` : ""}) with login ${user.login}.`);
    console.log("One-time password, shown only now; it must be changed at first sign-in:");
    console.log(`  ${password}`);
  },
};

export const userListCommand: TCommand = {
  name: "user list",
  usage: "",
  summary: "list logins with role, bureau and state",
  async run(args, ctx) {
    parseCommandArgs(userListCommand, args, { options: {} });
    const users = await ctx.withDb(({ db }) => listUsers(db));
    if (users.length === 0) console.log("No logins yet: create one with npm run cli -- user create.");
    for (const u of users) {
      const state = [u.disabled ? "disabled" : "active", u.mustChangePassword ? "must change password" : "", u.isDemo ? "demo" : ""].filter(Boolean).join(", ");
      console.log(`${u.login.padEnd(32)} ${u.role.padEnd(9)} ${(u.department ?? "-").padEnd(22)} ${state}  ${u.displayName}`);
    }
  },
};

function loginOption(command: TCommand, args: string[]): string {
  const { values } = parseCommandArgs(command, args, { options: { login: { type: "string" } } });
  if (!values.login) throw new UsageError(`Give --login. Usage: npm run cli -- ${command.name} ${command.usage}`);
  return values.login;
}

export const userSessionsCommand: TCommand = {
  name: "user sessions",
  usage: "--login <login>",
  summary: "list a login's open sessions",
  async run(args, ctx) {
    const login = loginOption(userSessionsCommand, args);
    const sessions = await ctx.withDb(({ db }) => listUserSessions(db, login));
    if (sessions.length === 0) console.log(`${login} has no open session.`);
    for (const s of sessions) console.log(`#${s.id}  since ${s.createdAt}  until ${s.expiresAt}  ${s.ipAddress ?? "-"}  ${s.userAgent ?? ""}`);
  },
};

export const userRevokeSessionsCommand: TCommand = {
  name: "user revoke-sessions",
  usage: "--login <login>",
  summary: "sign a login out everywhere",
  async run(args, ctx) {
    const login = loginOption(userRevokeSessionsCommand, args);
    const count = await ctx.withDb(({ db }) => explained(revokeUserSessions(db, { login, actor: cliActor() })));
    console.log(`Revoked ${count} session(s) of ${login}.`);
  },
};

function loginAndReason(command: TCommand, args: string[], reasonRequired: boolean): { login: string; reason?: string } {
  const { values } = parseCommandArgs(command, args, { options: { login: { type: "string" }, reason: { type: "string" } } });
  const reason = values.reason?.trim();
  if (!values.login || (reasonRequired && !reason)) throw new UsageError(`Give --login${reasonRequired ? " and --reason" : ""}. Usage: npm run cli -- ${command.name} ${command.usage}`);
  return { login: values.login, reason: reason || undefined };
}

function disableCommand(disabled: boolean): TCommand {
  const command: TCommand = {
    name: disabled ? "user disable" : "user enable",
    usage: '--login <login> --reason "<why>"',
    summary: disabled ? "disable a login: it cannot sign in, its sessions end, its tokens stop" : "enable a disabled login again",
    async run(args, ctx) {
      const { login, reason } = loginAndReason(command, args, true);
      const user = await ctx.withDb(({ db }) => explained(setUserDisabled(db, { login, disabled, reason: reason!, actor: cliActor() })));
      console.log(`${user.login} is ${user.disabled ? "disabled" : "enabled"}.`);
    },
  };
  return command;
}

export const userDisableCommand = disableCommand(true);
export const userEnableCommand = disableCommand(false);

export const userResetPasswordCommand: TCommand = {
  name: "user reset-password",
  usage: '--login <login> [--reason "<why>"]',
  summary: "give a login a new one-time password (printed once); its sessions end",
  async run(args, ctx) {
    const { login, reason } = loginAndReason(userResetPasswordCommand, args, false);
    const { user, password } = await ctx.withDb(({ db }) => explained(resetUserPassword(db, { login, reason, actor: cliActor() })));
    console.log(`New one-time password for ${user.login}, shown only now; it must be changed at the next sign-in:`);
    console.log(`  ${password}`);
  },
};

/** "90d", "12h", "2w" → milliseconds. */
export function parseDuration(text: string): number | null {
  const match = /^(\d{1,4})([hdw])$/.exec(text.trim());
  if (!match) return null;
  const hours = { h: 1, d: 24, w: 24 * 7 }[match[2] as "h" | "d" | "w"];
  const ms = Number(match[1]) * hours * 3_600_000;
  return ms > 0 ? ms : null;
}

export const tokenCreateCommand: TCommand = {
  name: "token create",
  usage: "--login <login> [--expires 90d] [--name <what it is for>]",
  summary: "create an API token acting as that login (printed once; default expiry 90 days)",
  async run(args, ctx) {
    const { values } = parseCommandArgs(tokenCreateCommand, args, {
      options: { login: { type: "string" }, expires: { type: "string" }, name: { type: "string" } },
    });
    if (!values.login) throw new UsageError(`Give --login. Usage: npm run cli -- token create ${tokenCreateCommand.usage}`);
    const ms = parseDuration(values.expires ?? "90d");
    if (ms === null) throw new UsageError(`--expires takes a number of hours, days or weeks, such as 12h, 90d or 2w.`);
    const expiresAt = new Date(Date.now() + ms);
    const { token, info } = await ctx.withDb(({ db }) =>
      explained(createApiToken(db, { login: values.login!, name: values.name ?? "api", expiresAt, actor: cliActor() })),
    );
    console.log(`Token #${info.id} for ${info.login}, expires ${info.expiresAt}. Send it as "Authorization: Bearer <token>".`);
    console.log("It is shown only now and stored only as a hash:");
    console.log(token);
  },
};

export const tokenListCommand: TCommand = {
  name: "token list",
  usage: "[--login <login>]",
  summary: "list API tokens (never their secrets) with last use",
  async run(args, ctx) {
    const { values } = parseCommandArgs(tokenListCommand, args, { options: { login: { type: "string" } } });
    const tokens = await ctx.withDb(({ db }) => listApiTokens(db, { login: values.login }));
    if (tokens.length === 0) console.log("No tokens.");
    for (const t of tokens) {
      const state = t.revokedAt ? `revoked ${t.revokedAt}` : t.expiresAt && new Date(t.expiresAt) <= new Date() ? `expired ${t.expiresAt}` : `expires ${t.expiresAt ?? "never"}`;
      console.log(`#${String(t.id).padEnd(5)} ${t.prefix}…  ${t.login.padEnd(28)} ${t.name.padEnd(16)} last used ${t.lastUsedAt ?? "never"}  ${state}`);
    }
  },
};

export const tokenRevokeCommand: TCommand = {
  name: "token revoke",
  usage: "<id>",
  summary: "revoke an API token at once",
  async run(args, ctx) {
    const { positionals } = parseCommandArgs(tokenRevokeCommand, args, { allowPositionals: true, options: {} });
    const id = Number(positionals[0]);
    if (positionals.length !== 1 || !Number.isInteger(id) || id <= 0) throw new UsageError(`Give the token's number. Usage: npm run cli -- token revoke <id>`);
    const info = await ctx.withDb(({ db }) => explained(revokeApiToken(db, { id, actor: cliActor() })));
    console.log(`Token #${info.id} of ${info.login} revoked at ${info.revokedAt}.`);
  },
};

export const demoRemoveCommand: TCommand = {
  name: "demo remove",
  usage: "",
  summary: "delete the demo figures and disable the demo logins, for a real database",
  async run(args, ctx) {
    parseCommandArgs(demoRemoveCommand, args, { options: {} });
    const removed = await ctx.withDb(({ db }) => removeDemoData(db, cliActor()));
    console.log(
      `Removed ${removed.figures} demo figures (${removed.revisions} history rows, ${removed.publications} publications), reset ${removed.tasks} demo projects, disabled ${removed.logins} demo logins.`,
    );
    const env = getEnv();
    const told = await announceFromOutside({ redisUrl: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX });
    console.log(
      told
        ? "Running instances were told through Redis: their public pages now show the data without the demo figures."
        : "A running instance keeps showing its cached public pages until the next approval or its restart (the admin page's demo removal refreshes them at once).",
    );
  },
};

export const ACCOUNT_COMMANDS: TCommand[] = [
  userCreateCommand,
  userListCommand,
  userSessionsCommand,
  userRevokeSessionsCommand,
  userDisableCommand,
  userEnableCommand,
  userResetPasswordCommand,
  tokenCreateCommand,
  tokenListCommand,
  tokenRevokeCommand,
  demoRemoveCommand,
];
