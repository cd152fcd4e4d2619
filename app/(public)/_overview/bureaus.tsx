import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { localName } from "@/lib/client/dashboard/status";
import type { TLocale } from "@/lib/i18n/locale";
import type { TOverviewBureau } from "@/lib/server/public/overview";
import { PUBLIC_PAGES } from "@/lib/server/public/routes";

interface TProps {
  bureaus: TOverviewBureau[];
  year: number;
  locale: TLocale;
}

/** Who reports the figures: each lead bureau with how many of the year's targets it reports. */
export async function Bureaus({ bureaus, year, locale }: TProps) {
  const t = await getTranslations("PublicOverview");
  return (
    <section className="section overview-sources" id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t("sources.title")}</h2>
      <p>{t("sources.lead")}</p>
      <p className="intro-note">{t("bureauNote")}</p>
      <table className="overview-bureaus">
        <caption>{t("sources.caption", { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("sources.bureau")}</th>
            <th scope="col" className="num">
              {t("sources.targets")}
            </th>
          </tr>
        </thead>
        <tbody>
          {bureaus.map((b) => (
            <tr key={b.code} data-bureau={b.code}>
              <th scope="row">{localName(b, locale)}</th>
              <td className="num">{b.targets}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t.rich("sources.more", {
          methodology: (text) => <Link href={PUBLIC_PAGES.methodology}>{text}</Link>,
          data: (text) => <Link href={PUBLIC_PAGES.data}>{text}</Link>,
        })}
      </p>
    </section>
  );
}
