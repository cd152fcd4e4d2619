import type { Metadata } from "next";
import { groupBySection } from "@/lib/client/group-by-section";
import { getDb } from "@/lib/server/db/client";
import { hasDemoData } from "@/lib/server/figures/queries";
import { listIndicators } from "@/lib/server/indicators/queries";
import { listSections } from "@/lib/server/sections/queries";
import { DemoNotice } from "./_components/demo-notice";
import { SectionTargets } from "./_components/section-targets";
import { PublicFooter } from "./_components/public-footer";
import { PublicHeader } from "./_components/public-header";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "2020年目标一览 · 四平市政府工作报告目标追踪" };

const YEAR = 2020;

export default async function HomePage() {
  const db = getDb();
  const [sectionList, indicators, later, isDemo] = await Promise.all([
    listSections(db, { year: YEAR }),
    listIndicators(db, { year: YEAR }),
    listIndicators(db, { year: YEAR + 1 }),
    hasDemoData(db),
  ]);
  const sections = groupBySection(indicators, sectionList);
  const milestones = indicators.filter((i) => i.kind === "milestone").length;
  const quantified = indicators.length - milestones;
  return (
    <>
      <PublicHeader isDemo={isDemo} />
      {/* The overview is written in Chinese only so far: say so, whatever the chosen language. */}
      <main id="main" className="page" lang="zh-CN">
        <section className="intro" aria-labelledby="intro-title">
          <h1 id="intro-title">{YEAR}年政府工作报告目标一览</h1>
          <p>
            2020年1月7日，四平市人民政府在市第八届人民代表大会第五次会议上作《政府工作报告》。本页逐句梳理报告提出的{YEAR}年目标，共
            <strong>{indicators.length}</strong>项（其中有具体数值的{quantified}项，另有{milestones}项民生实事按工作节点跟踪），分{sections.length}个方面，每项均附报告原文。
          </p>
          <p className="intro-note">
            “牵头单位”为本系统的可编辑配置，报告本身未指定各项目标的责任单位。“2019年基数”取自报告对上年工作的回顾，口径不同之处已注明。
          </p>
          {isDemo ? <DemoNotice /> : null}
        </section>
        <nav className="toc" aria-label="目标分类">
          {sections.map((s) => (
            <a key={s.section.code} href={`#${s.section.code}`}>
              {s.section.nameZh}
              <span className="toc-count">{s.indicators.length}</span>
            </a>
          ))}
        </nav>
        {sections.map((s) => (
          <SectionTargets key={s.section.code} section={s.section} indicators={s.indicators} year={YEAR} />
        ))}
        {later.length > 0 ? (
          <SectionTargets
            section={{ code: "later-targets", nameZh: "远期目标", nameEn: "Later targets" }}
            title={`报告提出的${YEAR + 1}年目标`}
            indicators={later}
            year={YEAR + 1}
          />
        ) : null}
      </main>
      <PublicFooter />
    </>
  );
}
