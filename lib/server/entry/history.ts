import type { TFigureHistoryEntry, TFigureWithHistory } from "../../contracts/entry";
import type { TActor } from "../auth/actor";
import type { TDbClient } from "../db/client";
import { fromPeriod, toNumber } from "../db/mappers";
import { AppError } from "../errors";
import { FIGURE_SELECT, toFigure } from "../figures/dto";

function notFound(code: string, year: number): AppError {
  return new AppError("NOT_FOUND", { "zh-CN": `未找到指标 ${code} 的 ${year} 年目标`, en: `No indicator ${code} with a ${year} target` });
}

/**
 * One working figure with its history (who, when, what, old → new, why), newest first. An official
 * reads only their bureau's indicators (others are answered as not found); leaders and admins any.
 */
export async function getFigureWithHistory(db: TDbClient, input: { actor: TActor; code: string; period: string; unit?: string }): Promise<TFigureWithHistory> {
  const { year, month } = fromPeriod(input.period);
  const scope = input.actor.role === "official" ? { departmentId: input.actor.departmentId ?? -1 } : {};
  const target = await db.target.findFirst({
    where: { year, indicator: { code: input.code }, ...scope },
    select: { indicatorId: true, units: { select: { id: true, code: true } } },
  });
  if (!target) throw notFound(input.code, year);
  const codes = target.units.map((u) => u.code).join(", ");
  if (target.units.length === 0 && input.unit !== undefined) {
    throw new AppError("INVALID", { "zh-CN": `指标 ${input.code} 不分单位填报，请去掉参数 unit`, en: `${input.code} is not reported per unit: leave out the unit parameter` });
  }
  const unit = target.units.find((u) => u.code === input.unit);
  if (target.units.length > 0 && !unit) {
    throw new AppError("INVALID", { "zh-CN": `指标 ${input.code} 按单位分别填报，请用参数 unit 指明单位（${codes}）`, en: `${input.code} is reported per unit: name the unit with the unit parameter (${codes})` });
  }
  const figure = await db.figure.findFirst({ where: { indicatorId: target.indicatorId, year, month, unitId: unit?.id ?? null }, select: FIGURE_SELECT });
  if (!figure) return { figure: null, history: [] };
  const revisions = await db.figureRevision.findMany({
    where: { figureId: figure.id },
    select: { version: true, action: true, status: true, value: true, note: true, explanation: true, reason: true, createdAt: true, actor: { select: { login: true, displayName: true } } },
    orderBy: { version: "asc" },
  });
  const history: TFigureHistoryEntry[] = revisions.map((r, i) => ({
    version: r.version,
    action: r.action,
    status: r.status,
    value: toNumber(r.value),
    previousValue: i === 0 ? null : toNumber(revisions[i - 1]!.value),
    note: r.note,
    explanation: r.explanation,
    reason: r.reason,
    actor: r.actor,
    at: r.createdAt.toISOString(),
  }));
  return { figure: toFigure(figure), history: history.reverse() };
}
