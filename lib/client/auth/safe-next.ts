const BASE = "http://same-site.invalid";
const MAX_LENGTH = 512;
/** Pages a sign-in must not return to: they would loop or sign out again. */
const NOT_AFTER_SIGN_IN = ["/sign-in", "/api/"];

/**
 * The `next` parameter when it is a path on this site, normalised; null otherwise. Refuses
 * protocol-relative (`//evil`), absolute (`https://…`), backslashed (`/\evil`, which browsers
 * read as `//evil`), whitespace or control characters (browsers drop tabs and newlines from URLs,
 * so `/\t/evil` becomes `//evil`), and anything that parses to another origin.
 */
export function safeNextPath(value: string | string[] | null | undefined): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  if (/[\\\s\p{Cc}]/u.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("//")) return null;
  if (NOT_AFTER_SIGN_IN.some((p) => url.pathname === p || url.pathname.startsWith(p.endsWith("/") ? p : `${p}/`))) return null;
  return path;
}
