import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { MILESTONE_SHAPES, milestoneState } from "@/lib/client/dashboard/milestones";
import { localName } from "@/lib/client/dashboard/status";
import { formatDay } from "@/lib/format/number";
import type { TPublicIndicator } from "@/lib/server/public/indicator";
import { PUBLIC_PAGES } from "@/lib/server/public/routes";

/** A livelihood project instead of a chart: its percent done and its milestones, approved progress only. */
export async function ProjectMilestones({ data }: { data: TPublicIndicator }) {
  const [t, locale] = await Promise.all([getTranslations("PublicIndicator.project"), getLocale()]);
  const task = data.task;
  if (!task) return null;
  const name = localName({ nameZh: task.titleZh, nameEn: task.titleEn }, locale);
  const today = data.taskAsOf ?? `${data.year}-12-31`;
  return (
    <section className="section" aria-labelledby="project-title" data-task={task.code} data-task-status={task.status}>
      <h2 id="project-title">{t("title")}</h2>
      <p className="ind-project-meta">
        <span className={`task-status task-${task.status}`}>{t(`status.${task.status}`)}</span> <span data-testid="percent">{t("percent", { percent: task.progressPercent })}</span>
      </p>
      <progress className="ind-progress" max={100} value={task.progressPercent} aria-label={t("percent", { percent: task.progressPercent })} />
      <div className="table-scroll">
        <table className="dash-table" data-testid="milestones">
          <caption>{t("caption", { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("milestone")}</th>
              <th scope="col">{t("dueDate")}</th>
              <th scope="col">{t("doneDate")}</th>
              <th scope="col">{t("state")}</th>
              <th scope="col">{t("note")}</th>
            </tr>
          </thead>
          <tbody>
            {task.milestones.map((m) => {
              const state = milestoneState(m, today);
              return (
                <tr key={m.number} data-milestone={m.number} data-state={state}>
                  <th scope="row">{localName({ nameZh: m.titleZh, nameEn: m.titleEn }, locale)}</th>
                  <td>{formatDay(m.dueDate, locale)}</td>
                  <td>{m.doneDate ? formatDay(m.doneDate, locale) : <span className="muted">—</span>}</td>
                  <td>
                    <span className={`ms ms-${state}`}>
                      <span aria-hidden="true">{MILESTONE_SHAPES[state]} </span>
                      {t(`milestoneState.${state}`)}
                    </span>
                  </td>
                  <td lang="zh-CN">{m.note ?? <span className="muted">—</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>
        <Link href={PUBLIC_PAGES.projects}>{t("allProjects")}</Link>
      </p>
    </section>
  );
}
