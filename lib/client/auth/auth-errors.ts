/** Why a sign-in failed, in terms the form can put into words. */
export type TSignInError =
  | { kind: "invalid" }
  | { kind: "throttled"; minutes: number }
  | { kind: "disabled" }
  | { kind: "network" }
  | { kind: "server" };

/** Why a password change failed. */
export type TPasswordChangeError =
  | { kind: "wrongCurrent" }
  | { kind: "tooShort" }
  | { kind: "tooLong" }
  | { kind: "signedOut" }
  | { kind: "network" }
  | { kind: "server" };

/** Whole minutes to wait from a Retry-After in seconds; at least one, 15 when absent or unreadable. */
export function minutesToWait(retryAfter: string | null): number {
  const seconds = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter.trim()) : 15 * 60;
  return Math.max(1, Math.ceil(seconds / 60));
}

/**
 * A failed sign-in answer mapped to what the person is told. 401 and 422 (a login the validator
 * refuses) read the same, so the message never tells whether the login exists.
 */
export function signInErrorFrom(status: number, retryAfter: string | null, code: string | undefined): TSignInError {
  if (status === 401 || status === 422 || status === 400) return { kind: "invalid" };
  if (status === 429) return { kind: "throttled", minutes: minutesToWait(retryAfter) };
  if (status === 403 && code === "BANNED_USER") return { kind: "disabled" };
  return { kind: "server" };
}

export function passwordChangeErrorFrom(status: number, code: string | undefined): TPasswordChangeError {
  if (status === 401) return { kind: "signedOut" };
  if (code === "INVALID_PASSWORD") return { kind: "wrongCurrent" };
  if (code === "PASSWORD_TOO_SHORT") return { kind: "tooShort" };
  if (code === "PASSWORD_TOO_LONG") return { kind: "tooLong" };
  return { kind: "server" };
}
