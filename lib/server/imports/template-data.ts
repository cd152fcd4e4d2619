import type { TFigureStatus } from "../../contracts/figures";
import type { TBasis, TFrequency } from "../../contracts/tracking";
import type { TActor } from "../auth/actor";
import type { TDbClient } from "../db/client";
import { fromPeriod } from "../db/mappers";
import { AppError } from "../errors";
import { basisText, isDue } from "./basis-text";

export interface TTemplateRow {
  code: string;
  nameZh: string;
  unitCode: string | null;
  unitNameZh: string | null;
  basis: TBasis;
  basisText: string;
  due: boolean;
  entryUnit: string;
  value: number | null;
  note: string | null;
  status: TFigureStatus | null;
  version: number | null;
}

export interface TTemplate {
  department: { code: string; nameZh: string };
  period: string;
  rows: TTemplateRow[];
}

/** Officials get their own bureau's template; leaders and admins any. Another bureau's is 403, as on the write path. */
function assertCanReadTemplate(actor: TActor, department: { id: number; nameZh: string }): void {
  if (actor.mustChangePassword) throw new AppError("FORBIDDEN", { "zh-CN": "请先修改初始密码，再进行其他操作", en: "Choose a new password before doing anything else" });
  if (actor.role !== "official" || actor.departmentId === department.id) return;
  throw new AppError("FORBIDDEN", { "zh-CN": `这是${department.nameZh}的模板，您只能下载本单位的填报模板`, en: "This is another bureau's template; you can download only your own bureau's" });
}

/** One row per indicator of the bureau's targets in the period's year (per unit for per-unit targets), with the month's working values. */
export async function loadTemplate(db: TDbClient, input: { actor: TActor; department: string; period: string }): Promise<TTemplate> {
  const department = await db.department.findUnique({ where: { code: input.department }, select: { id: true, code: true, nameZh: true } });
  if (!department) throw new AppError("NOT_FOUND", { "zh-CN": `没有代码为 ${input.department} 的单位`, en: `No bureau with code ${input.department}` });
  assertCanReadTemplate(input.actor, department);
  const { year, month } = fromPeriod(input.period);
  const targets = await db.target.findMany({
    where: { year, departmentId: department.id },
    select: {
      basis: true,
      frequency: true,
      entryUnit: true,
      indicator: { select: { id: true, code: true, nameZh: true } },
      units: { select: { id: true, code: true, nameZh: true }, orderBy: { sortOrder: "asc" } },
    },
    orderBy: { indicator: { sortOrder: "asc" } },
  });
  const figures = await db.figure.findMany({
    where: { year, month, indicatorId: { in: targets.map((t) => t.indicator.id) } },
    select: { indicatorId: true, unitId: true, value: true, note: true, status: true, version: true },
  });
  const byKey = new Map(figures.map((f) => [`${f.indicatorId}/${f.unitId ?? ""}`, f]));
  const rows = targets.flatMap((t) => {
    const units = t.units.length > 0 ? t.units : [null];
    return units.map((unit): TTemplateRow => {
      const figure = byKey.get(`${t.indicator.id}/${unit?.id ?? ""}`);
      return {
        code: t.indicator.code,
        nameZh: t.indicator.nameZh,
        unitCode: unit?.code ?? null,
        unitNameZh: unit?.nameZh ?? null,
        basis: t.basis,
        basisText: basisText(t.basis, t.frequency as TFrequency, month),
        due: isDue(t.frequency as TFrequency, month),
        entryUnit: t.entryUnit,
        value: figure?.value?.toNumber() ?? null,
        note: figure?.note ?? null,
        status: figure?.status ?? null,
        version: figure?.version ?? null,
      };
    });
  });
  return { department: { code: department.code, nameZh: department.nameZh }, period: input.period, rows };
}
