import type { TTask } from "@/lib/contracts/tasks";
import { MILESTONE_SHAPES, milestoneState } from "@/lib/client/dashboard/milestones";
import { localName } from "@/lib/client/dashboard/status";
import { formatDay } from "@/lib/format/number";
import type { TLocale } from "@/lib/i18n/locale";
import type { TPageContext } from "./page-context";

interface TProps {
  tasks: TTask[];
  asOfDay: string;
  locale: TLocale;
  t: TPageContext["t"];
}

/** The ten livelihood projects with their milestones: done, due this month, overdue, upcoming. */
export function ProjectsList({ tasks, asOfDay, locale, t }: TProps) {
  if (tasks.length === 0) return <p className="muted">{t("noProjects")}</p>;
  return (
    <ol className="projects">
      {tasks.map((task) => {
        const states = task.milestones.map((m) => milestoneState(m, asOfDay));
        const overdue = states.filter((s) => s === "overdue").length;
        return (
          <li key={task.code} className="project" data-task={task.code} data-task-status={task.status}>
            <div className="project-head">
              <h3>
                <span className="project-number">{task.number}</span>
                {localName({ nameZh: task.titleZh, nameEn: task.titleEn }, locale)}
              </h3>
              <span className={`task-status task-${task.status}`}>{t(`taskStatus.${task.status}`)}</span>
            </div>
            <p className="project-meta">
              {localName(task.department, locale)} · {t("percentDone", { percent: task.progressPercent })}
              {overdue > 0 ? <strong className="overdue-count"> · {t("overdueCount", { count: overdue })}</strong> : null}
            </p>
            <div className="progress-bar" aria-hidden="true">
              <progress max={100} value={task.progressPercent} />
            </div>
            {task.milestones.length > 0 ? (
              <table className="dash-table milestones">
                <caption className="sr-only">{t("milestonesOf", { name: localName({ nameZh: task.titleZh, nameEn: task.titleEn }, locale) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("milestone")}</th>
                    <th scope="col">{t("dueDate")}</th>
                    <th scope="col">{t("doneDate")}</th>
                    <th scope="col">{t("col.status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {task.milestones.map((m, i) => (
                    <tr key={m.number} data-milestone={states[i]}>
                      <th scope="row">{localName({ nameZh: m.titleZh, nameEn: m.titleEn }, locale)}</th>
                      <td data-label={t("dueDate")}>{formatDay(m.dueDate, locale)}</td>
                      <td data-label={t("doneDate")}>{m.doneDate && m.doneDate <= asOfDay ? formatDay(m.doneDate, locale) : "—"}</td>
                      <td data-label={t("col.status")}>
                        <span className={`ms ms-${states[i]}`}>
                          <span aria-hidden="true">{MILESTONE_SHAPES[states[i]!]} </span>
                          {t(`milestoneState.${states[i]!}`)}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
