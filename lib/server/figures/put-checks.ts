import { findValueProblem, type TPutFigureBody } from "../../contracts/figures";
import { translateValidation } from "../../i18n/validation";
import { AppError } from "../errors";
import { toFigure, type TFigureRow } from "./dto";

/**
 * The guards a figure write passes, shared by PUT /api/v1/figures and the spreadsheet import so
 * both refuse the same things with the same words. Each takes what the caller already loaded.
 */

/** What a write needs of the target of the period's year: its scope comes from here, never from the request. */
export const TARGET_SCOPE_SELECT = {
  entryFactor: true,
  departmentId: true,
  department: { select: { nameZh: true } },
  indicator: { select: { id: true, code: true, kind: true } },
  units: { select: { id: true, code: true }, orderBy: { sortOrder: "asc" } },
} as const;

export interface TTargetScopeRow {
  entryFactor: { toNumber(): number };
  departmentId: number;
  department: { nameZh: string };
  indicator: { id: number; code: string; kind: Parameters<typeof findValueProblem>[0] };
  units: { id: number; code: string }[];
}

export interface TIndicatorScope {
  id: number;
  code: string;
  kind: Parameters<typeof findValueProblem>[0];
  /** The lead bureau of the period's year (the target's), which may differ from other years'. */
  departmentId: number;
  departmentName: string;
  entryFactor: number;
  /** The figure's unit, resolved from the request's unit code against the target's units. */
  unitId: number | null;
}

export function indicatorNotFound(code: string, year: number): AppError {
  return new AppError("NOT_FOUND", { "zh-CN": `未找到指标 ${code} 的 ${year} 年目标`, en: `No indicator ${code} with a ${year} target` });
}

/**
 * The indicator's scope and the unit asked for. A per-unit target needs a unit, any other refuses
 * one; checked after the caller's permission, so outsiders learn nothing about units.
 */
export function resolveIndicatorScope(
  row: TTargetScopeRow | null,
  ask: { code: string; unit?: string; year: number },
  assertAllowed: (scope: TIndicatorScope) => void = () => undefined,
): TIndicatorScope {
  const { code, unit, year } = ask;
  if (!row) throw indicatorNotFound(code, year);
  const scope: TIndicatorScope = {
    id: row.indicator.id,
    code: row.indicator.code,
    kind: row.indicator.kind,
    departmentId: row.departmentId,
    departmentName: row.department.nameZh,
    entryFactor: row.entryFactor.toNumber(),
    unitId: null,
  };
  assertAllowed(scope);
  const codes = row.units.map((u) => u.code).join(", ");
  if (row.units.length === 0) {
    if (unit === undefined) return scope;
    throw new AppError("INVALID", { "zh-CN": `指标 ${code} 不分单位填报，请去掉参数 unit`, en: `${code} is not reported per unit: leave out the unit parameter` });
  }
  const found = row.units.find((u) => u.code === unit);
  if (found) return { ...scope, unitId: found.id };
  throw new AppError(
    "INVALID",
    unit === undefined
      ? { "zh-CN": `指标 ${code} 按单位分别填报，请用参数 unit 指明单位（${codes}）`, en: `${code} is reported per unit: name the unit with the unit parameter (${codes})` }
      : { "zh-CN": `指标 ${code} 没有单位 ${unit}（可选：${codes}）`, en: `${code} has no unit ${unit} (one of: ${codes})` },
  );
}

/** A value its kind cannot have (a share over 100, negative people, more days than the month has). */
export function assertValuePossible(indicator: TIndicatorScope, period: { year: number; month: number }, value: number | null): void {
  if (value === null) return;
  const problem = findValueProblem(indicator.kind, period, value, indicator.entryFactor);
  if (problem) {
    throw new AppError("INVALID", {
      "zh-CN": `数值无效：${translateValidation(problem, "zh-CN")}`,
      en: `Invalid value: ${translateValidation(problem, "en")}`,
    });
  }
}

/** No version given, or the one the figure has now (0 for none yet): the writer saw what it is changing. */
export function isCurrentVersion(figure: { version: number } | null, version: number | undefined): boolean {
  if (version === undefined) return true;
  return figure === null ? version === 0 : figure.version === version;
}

/** The writer's version must be the current one (409 with the current figure otherwise). */
export function assertVersion(figure: TFigureRow | null, version: number | undefined): void {
  if (isCurrentVersion(figure, version)) return;
  throw new AppError(
    "CONFLICT",
    { "zh-CN": "该数据已被他人修改，请查看最新数值后再保存", en: "Someone else changed this figure; check the current value before saving" },
    { details: { current: figure ? toFigure(figure) : null } },
  );
}

/** Changing an approved figure needs a reason; the published value stays until the new one is approved. */
export function assertReopenReason(current: { status: TFigureRow["status"] } | null, body: TPutFigureBody): void {
  if (current?.status !== "approved" || body.reason) return;
  throw new AppError("INVALID", {
    "zh-CN": "该数据已审核发布，修改须填写原因（reason）；修改后的数值经审核通过前，公开的仍是原数值",
    en: "This figure is approved and published: changing it needs a reason; the public keeps seeing the published value until the new one is approved",
  });
}
