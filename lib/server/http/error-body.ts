import { errorMessage, type TErrorCode } from "../../i18n/errors";
import type { TLocale } from "../../i18n/locale";
import type { TLocalizedText } from "../errors";

/** The API's one error shape, `{"error":{"code","message","requestId",...}}`, for route handlers and the Node server alike. */
export function errorBody(
  code: TErrorCode,
  locale: TLocale,
  requestId: string,
  text?: TLocalizedText,
  details: Record<string, unknown> = {},
): { error: Record<string, unknown> } {
  const error: Record<string, unknown> = { code, message: text?.[locale] ?? errorMessage(code, locale), requestId };
  for (const [key, value] of Object.entries(details)) if (!(key in error)) error[key] = value;
  return { error };
}
