import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/lib/client/i18n/language-switch";

/** The language switch with its words looked up on the server. */
export async function LanguageSwitchLabels() {
  const t = await getTranslations("LanguageSwitch");
  return <LanguageSwitch label={t("label")} target={t("labelLang")} title={t("title")} />;
}
