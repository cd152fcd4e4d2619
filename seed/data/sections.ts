import type { TSeedSection } from "./types";

/** 2020 targets follow the report's 主要目标 paragraph, its eight 重点工作 and its 政府自身建设 part. */
export const SECTIONS_2020: readonly TSeedSection[] = [
  { code: "main-targets", year: 2020, nameZh: "主要预期目标", nameEn: "Main development targets" },
  { code: "projects", year: 2020, nameZh: "项目建设", nameEn: "Project construction" },
  { code: "rural", year: 2020, nameZh: "乡村振兴", nameEn: "Rural revitalisation" },
  { code: "industry", year: 2020, nameZh: "转型升级", nameEn: "Industrial upgrading" },
  { code: "services", year: 2020, nameZh: "新兴业态", nameEn: "Services and new business" },
  { code: "reform", year: 2020, nameZh: "深化改革与营商环境", nameEn: "Reform and business environment" },
  { code: "ecology", year: 2020, nameZh: "生态家园", nameEn: "Ecology and environment" },
  { code: "city", year: 2020, nameZh: "城市品质", nameEn: "Urban quality" },
  { code: "livelihood", year: 2020, nameZh: "民生改善", nameEn: "People's wellbeing" },
  { code: "livelihood-projects", year: 2020, nameZh: "10件民生实事", nameEn: "Ten livelihood projects" },
  { code: "government", year: 2020, nameZh: "政府自身建设", nameEn: "Government conduct" },
];

/** 2019 results follow the report's review: the headline paragraph, the six 一年来 paragraphs, the highlights. */
export const SECTIONS_2019: readonly TSeedSection[] = [
  { code: "review-overview", year: 2019, nameZh: "经济发展总体情况", nameEn: "Economy at a glance" },
  { code: "review-growth", year: 2019, nameZh: "稳增长促转型", nameEn: "Growth and transformation" },
  { code: "review-reform", year: 2019, nameZh: "抓改革优环境", nameEn: "Reform and business environment" },
  { code: "review-battles", year: 2019, nameZh: "三大攻坚战", nameEn: "The three critical battles" },
  { code: "review-city", year: 2019, nameZh: "城乡环境整治", nameEn: "Urban and rural improvement" },
  { code: "review-livelihood", year: 2019, nameZh: "民生福祉", nameEn: "People's wellbeing" },
  { code: "review-government", year: 2019, nameZh: "政府自身建设", nameEn: "Government conduct" },
  { code: "review-highlights", year: 2019, nameZh: "工作亮点", nameEn: "Highlights" },
];
