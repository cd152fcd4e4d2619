/**
 * The public site's pages and API, in one place: the header's navigation, the response cache in
 * front of Next (lib/server/http/public-cache.ts) and the tests that walk every public page all
 * read this list.
 */
export const PUBLIC_PAGES = {
  overview: "/",
  report: "/report",
  review2019: "/review-2019",
  projects: "/projects",
  methodology: "/methodology",
  data: "/data",
  apiDocs: "/data/api",
} as const;

/** Pages with one path per indicator code. */
export const indicatorPath = (code: string) => `/indicators/${encodeURIComponent(code)}`;
export const embedPath = (code: string) => `/embed/${encodeURIComponent(code)}`;
/** The reader view of the whole report, scrolled to (and highlighting) one indicator's sentence. */
export const reportSentencePath = (code: string) => `${PUBLIC_PAGES.report}#q-${code}`;

export const FEED_PATH = "/feed.xml";

/** Every path (query aside) whose GET answer is the same for every anonymous reader in one language. */
const PUBLIC_PATTERNS: RegExp[] = [
  /^\/$/,
  /^\/(report|review-2019|projects|methodology|data|data\/api)$/,
  /^\/(indicators|embed)\/[a-z0-9_-]+$/,
  /^\/feed\.xml$/,
  /^\/api\/v1\/(indicators|results|tasks|progress|export\.csv|export\.json|openapi\.json)$/,
  /^\/api\/v1\/indicators\/[a-z0-9_-]+(\/progress)?$/,
  /^\/api\/v1\/tasks\/[a-z0-9_-]+$/,
];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATTERNS.some((pattern) => pattern.test(pathname));
}

/** Embeds are the one page another site may frame. */
export function isEmbedPath(pathname: string): boolean {
  return /^\/embed\/[a-z0-9_-]+$/.test(pathname);
}
