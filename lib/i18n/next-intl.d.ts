import type messages from "./messages/zh-CN";
import type { TLocale } from "./locale";

/** Typed keys: a misspelt message key or a missing argument fails the type check. */
declare module "next-intl" {
  interface AppConfig {
    Locale: TLocale;
    Messages: typeof messages;
  }
}
