import type { TIndicator, TBaseline } from "@/lib/contracts/indicators";
import type { TSectionRef } from "@/lib/contracts/common";
import { formatAmount } from "@/lib/format/target";

function BaselineCell({ baseline }: { baseline: TBaseline | null }) {
  if (!baseline) return <span className="muted">—</span>;
  return (
    <>
      {formatAmount(baseline, baseline.unit, "zh-CN")}
      {baseline.estimated ? <span className="hedge">（预计）</span> : null}
      {baseline.comparable ? null : (
        <span className="tag-incomparable" title={baseline.noteZh ?? "与2020年目标口径不同"}>
          口径不同
        </span>
      )}
    </>
  );
}

function TargetsTable({ indicators, year }: { indicators: TIndicator[]; year: number }) {
  return (
    <table className="targets">
      <colgroup>
        <col className="col-name" />
        <col className="col-target" />
        <col className="col-baseline" />
        <col className="col-department" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">指标</th>
          <th scope="col">{year}年目标</th>
          <th scope="col">2019年基数</th>
          <th scope="col">牵头单位</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((ind) => (
          <tr key={ind.code}>
            <th scope="row">
              <span className="indicator-name">{ind.nameZh}</span>
              <q className="quote">{ind.target.sourceQuote}</q>
            </th>
            <td className="target-value" data-label={`${year}年目标`}>
              {formatAmount(ind.target, ind.unit, "zh-CN")}
            </td>
            <td data-label="2019年基数">
              <BaselineCell baseline={ind.baseline} />
            </td>
            <td className="department" data-label="牵头单位">
              {ind.department.nameZh}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface TProps {
  section: TSectionRef;
  indicators: TIndicator[];
  year: number;
  /** Heading override, e.g. for targets of a later year. */
  title?: string;
}

export function SectionTargets({ section, indicators, year, title }: TProps) {
  return (
    <section className="section" id={section.code} aria-labelledby={`${section.code}-title`}>
      <h2 id={`${section.code}-title`}>
        {title ?? section.nameZh}
        <span className="section-count">{indicators.length}项</span>
      </h2>
      {indicators.length === 0 ? (
        <p className="section-empty">报告本部分未提出可量化的{year}年目标。</p>
      ) : (
        <TargetsTable indicators={indicators} year={year} />
      )}
    </section>
  );
}
