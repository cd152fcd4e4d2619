import { passwordChangeErrorFrom, signInErrorFrom, type TPasswordChangeError, type TSignInError } from "./auth-errors";

/**
 * The three better-auth endpoints the pages use, over plain fetch: the forms need the raw status
 * and Retry-After, and the session is read on the server, so no client-side session store.
 */
const BASE = "/api/auth";

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${BASE}${path}`, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function readJson(response: Response): Promise<Record<string, unknown>> {
  const value: unknown = await response.json().catch(() => null);
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

function codeOf(body: Record<string, unknown>): string | undefined {
  return typeof body.code === "string" ? body.code : undefined;
}

export type TSignInResult = { ok: true; mustChangePassword: boolean } | { ok: false; error: TSignInError };

export async function signIn(login: string, password: string): Promise<TSignInResult> {
  let response: Response;
  try {
    response = await post("/sign-in/username", { username: login.trim(), password });
  } catch {
    return { ok: false, error: { kind: "network" } };
  }
  const body = await readJson(response);
  if (!response.ok) return { ok: false, error: signInErrorFrom(response.status, response.headers.get("retry-after"), codeOf(body)) };
  const user = body.user as { mustChangePassword?: unknown } | undefined;
  return { ok: true, mustChangePassword: user?.mustChangePassword === true };
}

export type TPasswordChangeResult = { ok: true } | { ok: false; error: TPasswordChangeError };

/** Changes the password and ends every other session (a new cookie replaces this one). */
export async function changePassword(currentPassword: string, newPassword: string): Promise<TPasswordChangeResult> {
  let response: Response;
  try {
    response = await post("/change-password", { currentPassword, newPassword, revokeOtherSessions: true });
  } catch {
    return { ok: false, error: { kind: "network" } };
  }
  if (response.ok) return { ok: true };
  return { ok: false, error: passwordChangeErrorFrom(response.status, codeOf(await readJson(response))) };
}

export async function signOut(): Promise<boolean> {
  try {
    const response = await post("/sign-out", {});
    return response.ok;
  } catch {
    return false;
  }
}
