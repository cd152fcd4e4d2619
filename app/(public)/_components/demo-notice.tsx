export function DemoNotice() {
  return (
    <p className="demo-notice" role="note">
      <span className="demo-badge">演示数据</span>
      本系统当前载有系统生成的2020年月度演示数据，仅用于展示功能，不是真实统计数据。目标与基数均来自报告原文。
    </p>
  );
}
