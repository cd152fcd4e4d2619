import type { TLocale } from "./locale";

export type TErrorCode = "INVALID" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "LOCKED" | "INTERNAL";

const MESSAGES: Record<TErrorCode, Record<TLocale, string>> = {
  INVALID: { "zh-CN": "请求无效", en: "Invalid request" },
  UNAUTHENTICATED: { "zh-CN": "请先登录", en: "Sign-in required" },
  FORBIDDEN: { "zh-CN": "无权执行此操作", en: "Not permitted" },
  NOT_FOUND: { "zh-CN": "未找到", en: "Not found" },
  CONFLICT: { "zh-CN": "数据已被他人修改，请刷新后重试", en: "Changed by someone else; reload and try again" },
  LOCKED: { "zh-CN": "该月份已锁定，不能修改", en: "This period is locked" },
  INTERNAL: { "zh-CN": "服务器内部错误", en: "Internal server error" },
};

export function errorMessage(code: TErrorCode, locale: TLocale): string {
  return MESSAGES[code][locale];
}
