import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmbedSnippet } from "@/lib/client/public/embed-snippet";
import { embedPath } from "@/lib/server/public/routes";
import { YEAR } from "./data";

function exportPath(format: "csv" | "json", code: string): string {
  return `/api/v1/export.${format}?${new URLSearchParams({ year: String(YEAR), indicator: code })}`;
}

/** This indicator's open data, and the embed: a preview link and an iframe snippet to copy. */
export async function Downloads({ code, name }: { code: string; name: string }) {
  const t = await getTranslations("PublicIndicator.downloads");
  return (
    <section className="section" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t("title")}</h2>
      <ul className="ind-downloads">
        <li>
          <a href={exportPath("csv", code)} data-testid="download-csv">
            {t("csv")}
          </a>
        </li>
        <li>
          <a href={exportPath("json", code)} data-testid="download-json">
            {t("json")}
          </a>
        </li>
        <li>
          <Link href={embedPath(code)} data-testid="embed-link">
            {t("embed")}
          </Link>
        </li>
      </ul>
      <EmbedSnippet path={embedPath(code)} title={name} label={t("snippetLabel")} />
    </section>
  );
}
