import type { z } from "zod";
import { ZFigure, type TFigure } from "../../contracts/figures";

/** An API answer other than 2xx, or no answer at all (status 0: the network failed). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: Record<string, unknown> | null,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The figure as it is now, sent with a 409. */
  get current(): TFigure | null {
    const parsed = ZFigure.nullable().safeParse((this.body?.error as Record<string, unknown> | undefined)?.current);
    return parsed.success ? parsed.data : null;
  }

  /** Worth trying again: the request never got an answer, or the server failed. */
  get isTransient(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

/** Calls the JSON API in the page's language (error messages come back in it) and checks the answer's shape. */
export async function callApi<T extends z.ZodType>(schema: T, url: string, locale: string, init: { method?: string; body?: unknown } = {}): Promise<z.output<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? "GET",
      credentials: "same-origin",
      headers: { "accept-language": locale, ...(init.body === undefined ? {} : { "content-type": "application/json" }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(0, "network", null);
  }
  const body: unknown = await response.json().catch(() => null);
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : null;
  if (!response.ok) {
    const error = record?.error as { message?: unknown } | undefined;
    throw new ApiError(response.status, typeof error?.message === "string" ? error.message : response.statusText, record);
  }
  return schema.parse(body);
}
