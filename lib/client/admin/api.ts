import type { z } from "zod";
import type { TLocale } from "../../i18n/locale";

/** A refused admin request: the status and the server's message, already in the page's language. */
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

interface TRequest<S extends z.ZodType> {
  locale: TLocale;
  method?: "GET" | "POST" | "PUT" | "PATCH";
  body?: unknown;
  /** The contract the answer must satisfy. */
  schema: S;
}

/**
 * One call to /api/v1/admin/… (or /api/v1/periods/…) with the session cookie. The page's
 * language (the switch's cookie, not the browser's) goes as Accept-Language, so a refusal reads
 * in the language of the page around it.
 */
export async function adminRequest<S extends z.ZodType>(path: string, request: TRequest<S>): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: request.method ?? "GET",
      credentials: "same-origin",
      headers: { "accept-language": request.locale, ...(request.body === undefined ? {} : { "content-type": "application/json" }) },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
  } catch {
    throw new ApiError(0, "NETWORK", request.locale === "en" ? "The server could not be reached; check the connection and try again." : "无法连接服务器，请检查网络后重试。");
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, error?.code ?? "INTERNAL", error?.message ?? response.statusText);
  }
  return request.schema.parse(payload);
}
