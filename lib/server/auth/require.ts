import { redirect } from "next/navigation";
import type { TActor } from "./actor";
import { getPageActor } from "./page";

export const SIGN_IN_PATH = "/sign-in";
export const PASSWORD_CHANGE_PATH = "/account/password";

export interface TRequireOptions {
  /** Only the password change page itself may be shown before the one-time password is replaced. */
  allowPendingPasswordChange?: boolean;
}

/**
 * The signed-in person for a page, or a redirect: to the sign-in page when signed out (coming back
 * to `path` afterwards), to the password change while the account still has its one-time password.
 * Every signed-in page calls this first; `path` is the page's own path (and query), which a
 * server component cannot read for itself.
 */
export async function requireSignedIn(path: string, options: TRequireOptions = {}): Promise<TActor> {
  const actor = await getPageActor();
  if (!actor) redirect(`${SIGN_IN_PATH}?next=${encodeURIComponent(path)}`);
  if (actor.mustChangePassword && !options.allowPendingPasswordChange) {
    redirect(path === "/account" ? PASSWORD_CHANGE_PATH : `${PASSWORD_CHANGE_PATH}?next=${encodeURIComponent(path)}`);
  }
  return actor;
}
