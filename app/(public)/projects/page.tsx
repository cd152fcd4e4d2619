import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { resolveAsOf } from "@/lib/contracts/tasks-progress";
import { MILESTONE_SHAPES, milestoneState } from "@/lib/client/dashboard/milestones";
import { localName } from "@/lib/client/dashboard/status";
import { formatDay } from "@/lib/format/number";
import { formatQuantity } from "@/lib/format/unit";
import { getDb } from "@/lib/server/db/client";
import { cachedPublic, loadPublicIsDemo } from "@/lib/server/public/cached";
import { loadProjects } from "@/lib/server/public/projects";
import { PUBLIC_PAGES, indicatorPath } from "@/lib/server/public/routes";
import { todayInChina } from "@/lib/server/tasks/dto";
import { PublicFooter } from "../_components/public-footer";
import { PublicHeader } from "../_components/public-header";
import "./projects.css";

export const dynamic = "force-dynamic";

const YEAR = 2020;

const getProjects = cachedPublic("public-projects", (year: number, asOf: string) => loadProjects(getDb(), { year, asOf }));

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("PublicProjects"), getTranslations("Meta")]);
  return { title: `${t("title")} · ${meta("siteName")}` };
}

/** The livelihood projects as /api/v1/tasks gives them: approved milestones only, as of today within the year. */
export default async function ProjectsPage() {
  const asOf = resolveAsOf(YEAR, undefined, todayInChina());
  const [projects, isDemo, t, dash, locale] = await Promise.all([
    getProjects(YEAR, asOf),
    loadPublicIsDemo(),
    getTranslations("PublicProjects"),
    getTranslations("Dashboard"),
    getLocale(),
  ]);
  return (
    <>
      <PublicHeader isDemo={isDemo} current="projects" />
      <main id="main" className="page public-projects">
        <section className="intro" aria-labelledby="projects-title">
          <h1 id="projects-title">{t("title")}</h1>
          <p>{t("lead")}</p>
          <p className="projects-as-of">{t("asOf", { day: formatDay(projects.asOf, locale) })}</p>
          <p className="intro-note">{t("bureauNote")}</p>
          {projects.isDemo ? (
            <p className="demo-notice" role="note">
              <span className="demo-badge">{t("demoTag")}</span> {t("demoNotice")}
            </p>
          ) : null}
        </section>
        {projects.tasks.length === 0 ? <p className="muted">{t("none")}</p> : null}
        <ol className="project-list">
          {projects.tasks.map((task) => {
            const name = localName({ nameZh: task.titleZh, nameEn: task.titleEn }, locale);
            const states = task.milestones.map((m) => milestoneState(m, projects.asOf));
            return (
              <li key={task.code} id={task.code} className="project-card" data-task={task.code} data-task-status={task.status} data-percent={task.progressPercent}>
                <div className="project-head">
                  <h2>
                    <span className="project-number">{task.number}</span>
                    {name}
                  </h2>
                  <span className={`task-status task-${task.status}`}>{dash(`taskStatus.${task.status}`)}</span>
                </div>
                <p className="project-meta">
                  {t("leadBureau", { name: localName(task.department, locale) })}
                  {task.quantity !== null && task.unit ? <> · {t("quantity", { value: formatQuantity(task.quantity, task.unit, locale) })}</> : null}
                </p>
                <div className="project-progress">
                  <progress max={100} value={task.progressPercent} aria-label={t("progressName", { name })} />
                  <span className="project-percent">{t("percentDone", { percent: task.progressPercent })}</span>
                </div>
                <div className="table-scroll">
                  <table className="dash-table milestones">
                    <caption className="sr-only">{t("milestones", { name })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("milestone")}</th>
                        <th scope="col">{t("due")}</th>
                        <th scope="col">{t("done")}</th>
                        <th scope="col">{t("state")}</th>
                        <th scope="col">{t("note")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {task.milestones.map((m, i) => (
                        <tr key={m.number} data-milestone={states[i]} data-done={m.doneDate ?? ""}>
                          <th scope="row">
                            {localName({ nameZh: m.titleZh, nameEn: m.titleEn }, locale)}
                            {m.isDemo ? <span className="demo-tag">{t("demoTag")}</span> : null}
                          </th>
                          <td data-label={t("due")}>{formatDay(m.dueDate, locale)}</td>
                          <td data-label={t("done")}>{m.doneDate && m.doneDate <= projects.asOf ? formatDay(m.doneDate, locale) : "—"}</td>
                          <td data-label={t("state")}>
                            <span className={`ms ms-${states[i]}`}>
                              <span aria-hidden="true">{MILESTONE_SHAPES[states[i]!]} </span>
                              {dash(`milestoneState.${states[i]!}`)}
                            </span>
                          </td>
                          <td data-label={t("note")}>{m.note ?? "—"}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <blockquote className="project-quote">
                  <span className="sr-only">{t("quoteLabel")}</span>
                  <q lang="zh-CN">{task.sourceQuote}</q>
                </blockquote>
                <p className="project-links">
                  <a href={`${PUBLIC_PAGES.report}#${task.reportKey}`} aria-label={t("inReportName", { name })}>
                    {t("inReport")}
                  </a>
                  {task.indicatorCode ? (
                    <a href={indicatorPath(task.indicatorCode)} aria-label={t("indicatorName", { name })}>
                      {t("indicator")}
                    </a>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ol>
      </main>
      <PublicFooter />
    </>
  );
}
