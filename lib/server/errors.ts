import type { TErrorCode } from "../i18n/errors";
import type { TLocale } from "../i18n/locale";

export type TLocalizedText = Record<TLocale, string>;

/** What an error adds to the response beyond code and message: headers (Allow, Retry-After) and body fields. */
export interface TErrorExtras {
  headers?: Record<string, string>;
  /** Merged into the `error` object; must not use the keys code, message, requestId. */
  details?: Record<string, unknown>;
}

/** An expected failure with a status-mapped code and a message in each language. */
export class AppError extends Error {
  readonly code: TErrorCode;
  readonly text: TLocalizedText | undefined;
  readonly extras: TErrorExtras;

  constructor(code: TErrorCode, text?: TLocalizedText, extras: TErrorExtras = {}) {
    super(text?.en ?? code);
    this.name = "AppError";
    this.code = code;
    this.text = text;
    this.extras = extras;
  }
}

export const STATUS_BY_CODE: Record<TErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};
