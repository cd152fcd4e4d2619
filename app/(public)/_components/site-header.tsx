import Link from "next/link";

export function SiteHeader({ isDemo }: { isDemo: boolean }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link className="brand" href="/">
          <span className="brand-city">四平市</span>
          <span className="brand-title">政府工作报告目标追踪</span>
        </Link>
        {isDemo ? (
          <span className="demo-badge" title="当前显示的月度数据为系统生成的演示数据，并非真实统计">
            演示数据
          </span>
        ) : null}
      </div>
    </header>
  );
}
