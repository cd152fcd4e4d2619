/** Where an account with a one-time password goes, keeping where it was headed. */
export function passwordChangePath(next: string | null): string {
  return next && next !== "/account" ? `/account/password?next=${encodeURIComponent(next)}` : "/account/password";
}
