import type { TFigure } from "../../contracts/figures";
import type { TBulkReviewResult, TReviewItem, TReviewList } from "../../contracts/review";
import type { TMilestoneReport } from "../../contracts/tasks";
import type { TLocale } from "../../i18n/locale";

/** A refused or failed API call, with the server's message in the reader's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

async function call<T>(path: string, locale: TLocale, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      credentials: "same-origin",
      headers: { accept: "application/json", "accept-language": locale, ...(init.body === undefined ? {} : { "content-type": "application/json" }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(0, "NETWORK", "");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, error?.code ?? "INTERNAL", error?.message ?? "");
  }
  return body as T;
}

export interface TReviewFilter {
  year: number;
  department: string | null;
  period: string | null;
}

export function fetchReviewQueue(filter: TReviewFilter, locale: TLocale): Promise<TReviewList> {
  const query = new URLSearchParams({ year: String(filter.year) });
  if (filter.department) query.set("department", filter.department);
  if (filter.period) query.set("period", filter.period);
  return call(`/api/v1/reviews?${query}`, locale);
}

/** A figure or milestone of the queue, as the single review routes address it. */
export type TReviewTarget = { kind: "figure"; code: string; period: string; unit: string | null; version: number } | { kind: "milestone"; task: string; number: number; version: number };

export type TReviewDecision = { action: "approve" } | { action: "return"; reason: string };

/** Approves or returns one item through its own route (the same the API's clients use). */
export function reviewOne(target: TReviewTarget, decision: TReviewDecision, locale: TLocale): Promise<TFigure | TMilestoneReport> {
  const body = decision.action === "return" ? { reason: decision.reason, version: target.version } : { version: target.version };
  const path =
    target.kind === "figure"
      ? `/api/v1/figures/${target.code}/${target.period}/${decision.action}${target.unit ? `?unit=${encodeURIComponent(target.unit)}` : ""}`
      : `/api/v1/tasks/${target.task}/milestones/${target.number}/${decision.action}`;
  return call(path, locale, { method: "POST", body });
}

/** Approves or returns the listed items of a bureau's month in one transaction. */
export function reviewBureauMonth(input: { department: string; period: string; items: TReviewItem[] }, decision: TReviewDecision, locale: TLocale): Promise<TBulkReviewResult> {
  const body = decision.action === "return" ? { ...input, reason: decision.reason } : input;
  return call(`/api/v1/reviews/${decision.action}`, locale, { method: "POST", body });
}
