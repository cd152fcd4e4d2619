/**
 * One sentence saying what went wrong and what to do, for failures a person running `npm start`
 * or the CLI can fix: no stack trace, and never a password (the database is named by host and
 * port only).
 */

export interface TFailureContext {
  /** The DATABASE_URL in use, if any. */
  databaseUrl?: string;
  /** The HTTP port npm start wanted. */
  port?: number;
}

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOENT", "ECONNRESET"]);

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    for (const inner of (e as { errors?: unknown }).errors instanceof Array ? (e as { errors: unknown[] }).errors : []) {
      const innerCode = (inner as { code?: unknown } | null)?.code;
      if (typeof innerCode === "string") codes.push(innerCode);
    }
  }
  return codes;
}

/** "127.0.0.1:5999" or the socket folder, never the user or password. */
export function describeDatabaseServer(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const socketDir = url.searchParams.get("host");
    if (socketDir?.startsWith("/")) return `the Unix socket in ${socketDir}`;
    return `${socketDir || url.hostname || "localhost"}:${url.port || "5432"}`;
  } catch {
    return "DATABASE_URL";
  }
}

function databaseName(databaseUrl: string): string {
  try {
    return decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || "postgres";
  } catch {
    return "?";
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const [head = "Unknown error.", ...rest] = message.split("\n").map((line) => line.trim()).filter(Boolean);
  return rest.length ? `${head.replace(/:$/, "")}: ${rest.join("; ")}` : head;
}

export function describeFailure(error: unknown, context: TFailureContext = {}): string {
  const codes = codesOf(error);
  const has = (code: string) => codes.includes(code);
  if (has("DATA_DIR_IN_USE")) return oneLine(error);
  if (has("EADDRINUSE") && context.port !== undefined) {
    return `Port ${context.port} is already in use: stop the program using it, or set PORT to a free port.`;
  }
  if (has("EACCES") && context.port !== undefined) {
    return `Port ${context.port} needs more privileges than this user has: set PORT to a number above 1023.`;
  }
  const url = context.databaseUrl;
  if (url) {
    const server = describeDatabaseServer(url);
    if (codes.some((c) => UNREACHABLE.has(c))) {
      return `The database server at ${server} does not answer: check DATABASE_URL and that PostgreSQL is running there.`;
    }
    if (has("28P01") || has("28000")) {
      return `The database server at ${server} refused the login (authentication failed): check the user and password in DATABASE_URL.`;
    }
    if (has("3D000")) {
      return `The database "${databaseName(url)}" does not exist on the server at ${server}: create it (createdb) or correct DATABASE_URL.`;
    }
  }
  return oneLine(error);
}
