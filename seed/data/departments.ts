import type { TSeedDepartment } from "./types";

/**
 * The report names no responsible bureau per target. These lead bureaus are editable
 * configuration chosen by the product team, not part of the report.
 */
export const DEPARTMENTS: readonly TSeedDepartment[] = [
  { code: "stats", nameZh: "市统计局", nameEn: "Statistics Bureau" },
  { code: "ndrc", nameZh: "市发展和改革委员会", nameEn: "Development and Reform Commission" },
  { code: "industry", nameZh: "市工业和信息化局", nameEn: "Industry and Information Technology Bureau" },
  { code: "commerce", nameZh: "市商务局", nameEn: "Commerce Bureau" },
  { code: "finance", nameZh: "市财政局", nameEn: "Finance Bureau" },
  { code: "investment", nameZh: "市招商局", nameEn: "Investment Promotion Bureau" },
  { code: "science", nameZh: "市科学技术局", nameEn: "Science and Technology Bureau" },
  { code: "agriculture", nameZh: "市农业农村局", nameEn: "Agriculture and Rural Affairs Bureau" },
  { code: "forestry", nameZh: "市林业局", nameEn: "Forestry Bureau" },
  { code: "water", nameZh: "市水利局", nameEn: "Water Resources Bureau" },
  { code: "ecology", nameZh: "市生态环境局", nameEn: "Ecology and Environment Bureau" },
  { code: "housing", nameZh: "市住房和城乡建设局", nameEn: "Housing and Urban-Rural Development Bureau" },
  { code: "transport", nameZh: "市交通运输局", nameEn: "Transport Bureau" },
  { code: "hrss", nameZh: "市人力资源和社会保障局", nameEn: "Human Resources and Social Security Bureau" },
  { code: "culture-tourism", nameZh: "市文化广播电视和旅游局", nameEn: "Culture, Radio, TV and Tourism Bureau" },
  { code: "education", nameZh: "市教育局", nameEn: "Education Bureau" },
  { code: "health", nameZh: "市卫生健康委员会", nameEn: "Health Commission" },
  { code: "civil-affairs", nameZh: "市民政局", nameEn: "Civil Affairs Bureau" },
  { code: "market-regulation", nameZh: "市市场监督管理局", nameEn: "Market Regulation Bureau" },
  { code: "gov-services", nameZh: "市政务服务和数字化建设管理局", nameEn: "Government Services and Digitalisation Bureau" },
  { code: "petitions", nameZh: "市信访局", nameEn: "Public Complaints Bureau" },
  { code: "public-security", nameZh: "市公安局", nameEn: "Public Security Bureau" },
  { code: "emergency", nameZh: "市应急管理局", nameEn: "Emergency Management Bureau" },
  { code: "rural-revitalisation", nameZh: "市扶贫开发办公室", nameEn: "Poverty Alleviation Office" },
  { code: "government-office", nameZh: "市政府办公室", nameEn: "Municipal Government Office" },
];
