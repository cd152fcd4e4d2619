import { getTranslations } from "next-intl/server";
import type { TIndicator } from "@/lib/contracts/indicators";
import { listNames } from "@/lib/client/methodology/names";
import { groupScheduleProfiles } from "@/lib/client/methodology/schedule-profiles";
import { formatMonthShort } from "@/lib/format/month";
import { formatNumber } from "@/lib/format/number";
import type { TLocale } from "@/lib/i18n/locale";

interface TProps {
  indicators: TIndicator[];
  year: number;
  locale: TLocale;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The profiles the year's targets use, as stored in the database: 12 cumulative shares each, and who uses it. */
export async function ScheduleTable({ indicators, year, locale }: TProps) {
  const t = await getTranslations("Methodology");
  const groups = groupScheduleProfiles(indicators, year);
  const linear = groups.filter((g) => g.isLinear).length;
  return (
    <div className="table-scroll">
      <table className="dash-table method-table schedule-table">
        <caption>{t("schedule.caption", { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("schedule.colProfile")}</th>
            {MONTHS.map((m) => (
              <th scope="col" key={m} className="num">
                {formatMonthShort(`${year}-${String(m).padStart(2, "0")}`, locale)}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g, index) => {
          // Linear groups come first, so the seasonal ones are numbered from 1 after them.
          const label = g.isLinear ? t("schedule.linear") : t("schedule.profile", { n: index - linear + 1 });
          const list = listNames(g.indicators, locale, 8);
          const names = list.isTruncated ? t("moreNames", { names: list.names, total: list.total }) : list.names;
          return (
            <tbody key={g.shares.join(",")} data-profile={g.isLinear ? "linear" : "profile"}>
              <tr>
                <th scope="row">{label}</th>
                {g.shares.map((s, i) => (
                  <td key={i} className="num">
                    {formatNumber(s * 100, locale, 1)}%
                  </td>
                ))}
              </tr>
              <tr className="profile-users">
                <td colSpan={13}>{t("schedule.usedBy", { count: g.indicators.length, names })}</td>
              </tr>
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
