/**
 * True when a request target's path holds a percent escape that is not valid UTF-8 or not hex
 * ("%E0%A4%A", "%zz"). Next.js answers those under an API route with a bare 500, so the Node
 * server refuses them first. The query string is left alone: URLSearchParams decodes it leniently.
 */
export function hasMalformedPercentEscape(target: string): boolean {
  const end = target.search(/[?#]/);
  const path = end === -1 ? target : target.slice(0, end);
  if (!path.includes("%")) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
