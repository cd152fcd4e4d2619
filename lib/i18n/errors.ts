import type { TLocale } from "./locale";

export type TErrorCode =
  | "INVALID"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "METHOD_NOT_ALLOWED"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "LOCKED"
  | "RATE_LIMITED"
  | "INTERNAL";

const MESSAGES: Record<TErrorCode, Record<TLocale, string>> = {
  INVALID: { "zh-CN": "请求无效", en: "Invalid request" },
  UNAUTHENTICATED: { "zh-CN": "请先登录", en: "Sign-in required" },
  FORBIDDEN: { "zh-CN": "无权执行此操作", en: "Not permitted" },
  NOT_FOUND: { "zh-CN": "未找到", en: "Not found" },
  METHOD_NOT_ALLOWED: { "zh-CN": "该接口不支持此请求方法", en: "This endpoint does not accept that method" },
  CONFLICT: { "zh-CN": "数据已被他人修改，请刷新后重试", en: "Changed by someone else; reload and try again" },
  PAYLOAD_TOO_LARGE: { "zh-CN": "请求内容过大", en: "Request body too large" },
  LOCKED: { "zh-CN": "该月份已锁定，不能修改", en: "This period is locked" },
  RATE_LIMITED: { "zh-CN": "请求过于频繁，请稍后再试", en: "Too many requests; try again later" },
  INTERNAL: { "zh-CN": "服务器内部错误", en: "Internal server error" },
};

export function errorMessage(code: TErrorCode, locale: TLocale): string {
  return MESSAGES[code][locale];
}

/** Problems with the request itself, found before any contract schema runs. */
export const REQUEST_MESSAGES = {
  invalidJson: () => ({ "zh-CN": "请求体不是有效的 JSON", en: "Body is not valid JSON" }),
  repeatedParameter: () => ({ "zh-CN": "只能出现一次", en: "may be given only once" }),
  malformedPath: () => ({ "zh-CN": "请求路径含有无效的百分号编码", en: "The path contains a malformed percent escape" }),
  bodyTooLarge: (limitBytes: number) => ({
    "zh-CN": `请求内容过大，上限为 ${formatBytes(limitBytes)}`,
    en: `Request body too large; the limit is ${formatBytes(limitBytes)}`,
  }),
  methodNotAllowed: (method: string, allow: readonly string[]) => ({
    "zh-CN": `该接口不支持 ${method} 方法，可用：${allow.join("、")}`,
    en: `This endpoint does not accept ${method}; allowed: ${allow.join(", ")}`,
  }),
} satisfies Record<string, (...args: never[]) => Record<TLocale, string>>;

function formatBytes(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} B`;
}
