import type { TTask } from "@/lib/contracts/tasks";
import { milestoneState } from "@/lib/client/dashboard/milestones";
import { localName } from "@/lib/client/dashboard/status";
import type { TLocale } from "@/lib/i18n/locale";
import type { TPageContext } from "./page-context";

interface TProps {
  tasks: TTask[];
  asOfDay: string;
  locale: TLocale;
  t: TPageContext["t"];
}

/** The projects in one table for the briefing: status, percent, milestones done / due / overdue. */
export function ProjectsTable({ tasks, asOfDay, locale, t }: TProps) {
  if (tasks.length === 0) return <p className="muted">{t("noProjects")}</p>;
  return (
    <table className="dash-table projects-table">
      <caption className="sr-only">{t("tabs.projects")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("project")}</th>
          <th scope="col">{t("col.bureau")}</th>
          <th scope="col">{t("col.status")}</th>
          <th scope="col" className="num">
            {t("percent")}
          </th>
          <th scope="col" className="num">
            {t("milestonesDone")}
          </th>
          <th scope="col">{t("overdueMilestones")}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => {
          const states = task.milestones.map((m) => milestoneState(m, asOfDay));
          const done = states.filter((s) => s === "done" || s === "done_late").length;
          const overdue = task.milestones.filter((_, i) => states[i] === "overdue");
          return (
            <tr key={task.code} data-task={task.code}>
              <th scope="row">
                {task.number}. {localName({ nameZh: task.titleZh, nameEn: task.titleEn }, locale)}
              </th>
              <td data-label={t("col.bureau")}>{localName(task.department, locale)}</td>
              <td data-label={t("col.status")}>
                <span className={`task-status task-${task.status}`}>{t(`taskStatus.${task.status}`)}</span>
              </td>
              <td className="num" data-label={t("percent")}>
                {task.progressPercent}%
              </td>
              <td className="num" data-label={t("milestonesDone")}>
                {done}/{task.milestones.length}
              </td>
              <td data-label={t("overdueMilestones")}>
                {overdue.length === 0 ? <span className="muted">—</span> : overdue.map((m) => localName({ nameZh: m.titleZh, nameEn: m.titleEn }, locale)).join(locale === "en" ? "; " : "；")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
