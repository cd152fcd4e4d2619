import type { TErrorCode } from "../i18n/errors";
import type { TLocale } from "../i18n/locale";

export type TLocalizedText = Record<TLocale, string>;

/** An expected failure with a status-mapped code and a message in each language. */
export class AppError extends Error {
  readonly code: TErrorCode;
  readonly text: TLocalizedText | undefined;

  constructor(code: TErrorCode, text?: TLocalizedText) {
    super(text?.en ?? code);
    this.name = "AppError";
    this.code = code;
    this.text = text;
  }
}

export const STATUS_BY_CODE: Record<TErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  INTERNAL: 500,
};
