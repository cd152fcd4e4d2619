import type { TLocale } from "../i18n/locale";
import { formatNumber, formatScaled } from "./number";

/** English names of the report's measure units; an empty name means a bare count. */
const EN_UNITS: Record<string, { one: string; many: string }> = {
  个: { one: "", many: "" },
  座: { one: "", many: "" },
  台: { one: "unit", many: "units" },
  件: { one: "case", many: "cases" },
  起: { one: "case", many: "cases" },
  项: { one: "item", many: "items" },
  户: { one: "household", many: "households" },
  家: { one: "firm", many: "firms" },
  人: { one: "person", many: "people" },
  名: { one: "person", many: "people" },
  人次: { one: "visit", many: "visits" },
  次: { one: "time", many: "times" },
  栋: { one: "building", many: "buildings" },
  条: { one: "road", many: "roads" },
  处: { one: "site", many: "sites" },
  株: { one: "tree", many: "trees" },
  辆: { one: "vehicle", many: "vehicles" },
  天: { one: "day", many: "days" },
  亩: { one: "mu", many: "mu" },
  斤: { one: "jin", many: "jin" },
  吨: { one: "tonne", many: "tonnes" },
  公里: { one: "km", many: "km" },
  平方公里: { one: "km²", many: "km²" },
  平方米: { one: "m²", many: "m²" },
};

const SYMBOL_UNITS = new Set(["%", "微克/立方米"]);

/**
 * A value with its unit. Chinese keeps the report's unit as written (23.6万亩); English spells the
 * magnitude out (236,000 mu; 2.97 million mu from a million up), money in CNY millions or billions, ranks as "No. 136".
 */
export function formatQuantity(value: number, unit: string, locale: TLocale): string {
  if (locale !== "en") return `${formatNumber(value, locale)}${unit}`;
  if (unit === "%") return `${formatNumber(value, locale)}%`;
  if (unit === "微克/立方米") return `${formatNumber(value, locale)} μg/m³`;
  if (unit === "位") return `No. ${formatNumber(value, locale)}`;
  const scale = unit.startsWith("亿") ? 1e8 : unit.startsWith("万") ? 1e4 : 1;
  const base = scale === 1 ? unit : unit.slice(1);
  const amount = value * scale;
  if (base === "元") return amount >= 1e9 ? `CNY ${formatNumber(amount / 1e9, locale, 2)} bn` : `CNY ${formatNumber(amount / 1e6, locale, 2)} m`;
  // From a million up English says "2.97 million mu", not "2,970,000 mu".
  const count = Math.abs(amount) >= 1e6 ? formatScaled(amount, locale) : formatNumber(amount, locale);
  const name = EN_UNITS[base];
  if (!name) return `${count} ${unit}`;
  const word = amount === 1 ? name.one : name.many;
  return word ? `${count} ${word}` : count;
}

export function isSymbolUnit(unit: string): boolean {
  return SYMBOL_UNITS.has(unit);
}

/** A unit on its own, as a column or field label: 万亩 stays 万亩 in Chinese; English says "10,000 mu", a bare count "count". */
export function unitLabel(unit: string, locale: TLocale): string {
  if (locale !== "en") return unit;
  if (unit === "%") return "%";
  if (unit === "微克/立方米") return "μg/m³";
  const scale = unit.startsWith("亿") ? "100 million " : unit.startsWith("万") ? "10,000 " : "";
  const base = scale ? unit.slice(1) : unit;
  if (base === "元") return `${scale}yuan`;
  const name = EN_UNITS[base];
  if (!name) return unit;
  return `${scale}${name.many || "count"}`.trim();
}
