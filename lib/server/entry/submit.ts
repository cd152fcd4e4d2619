import type { TSubmitMonthBody, TSubmitMonthResult, TSubmitProblemKind } from "../../contracts/entry";
import { checkPlausibility, needsExplanation, previousValue } from "../../contracts/plausibility";
import { dueMonths, evaluateProgress } from "../../progress";
import type { TLocale } from "../../i18n/locale";
import { translateValidation } from "../../i18n/validation";
import type { TActor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import type { TDb, TTx } from "../db/client";
import { fromPeriod, toNumber } from "../db/mappers";
import { AppError } from "../errors";
import { submitFigureInTx, WRITE_TX } from "../figures/mutations";
import { assertCanEditFigure } from "../figures/permissions";
import { assertUnlocked } from "../periods/locks";
import { loadTrackedTargets } from "../progress/load";
import { resolveEntryDepartment } from "./scope";

interface TProblem {
  code: string;
  unit: string | null;
  kind: TSubmitProblemKind;
  /** Validation keys: why an explanation is needed. */
  reasons: string[];
}

interface TSlot {
  code: string;
  unit: string | null;
  isDue: boolean;
  figure: { value: number | null; status: string; explanation: string | null } | null;
  /** The reference month's value in the entry unit (latest due month before, working else published). */
  previous: number | null;
  warnings: ReturnType<typeof checkPlausibility>;
  isBehind: boolean;
}

async function readMonth(tx: TTx, departmentId: number, year: number, month: number): Promise<TSlot[]> {
  const targets = await tx.target.findMany({
    where: { year, departmentId },
    select: {
      basis: true,
      frequency: true,
      entryFactor: true,
      value: true,
      max: true,
      baselineComparable: true,
      baselineResult: { select: { value: true } },
      units: { select: { code: true, value: true }, orderBy: { sortOrder: "asc" } },
      indicator: { select: { id: true, code: true, kind: true, direction: true, _count: { select: { tasks: true } } } },
    },
    orderBy: [{ section: { sortOrder: "asc" } }, { indicator: { sortOrder: "asc" } }],
  });
  const figures = await tx.figure.findMany({
    where: { year, month: { lte: month }, indicatorId: { in: targets.map((t) => t.indicator.id) } },
    select: { indicatorId: true, month: true, unit: { select: { code: true } }, value: true, status: true, explanation: true, publishedValue: true, publishedAt: true },
  });
  // What the month would look like once submitted: drafts counted with their working values.
  const tracked = new Map((await loadTrackedTargets(tx, { year, departmentId, includeSubmitted: true, includeDrafts: true })).map((t) => [t.code, t]));
  return targets
    .filter((t) => !(t.indicator.kind === "milestone" && t.indicator._count.tasks > 0))
    .flatMap((t) => {
      const due = dueMonths(t);
      const factor = t.entryFactor.toNumber();
      return (t.units.length > 0 ? t.units : [null]).map((unit): TSlot => {
        const own = figures.filter((f) => f.indicatorId === t.indicator.id && (f.unit?.code ?? null) === (unit?.code ?? null));
        const cells = Array.from({ length: 12 }, (_, i) => {
          const f = own.find((x) => x.month === i + 1);
          return { isDue: due.includes(i + 1), figure: f ? { value: toNumber(f.value), published: f.publishedAt ? { value: toNumber(f.publishedValue) } : null } : null };
        });
        const row = own.find((f) => f.month === month) ?? null;
        const figure = row ? { value: toNumber(row.value), status: row.status, explanation: row.explanation } : null;
        const previous = previousValue(cells, month);
        const target = unit ? unit.value.toNumber() : (toNumber(t.max) ?? toNumber(t.value));
        const warnings =
          figure?.value == null
            ? []
            : checkPlausibility({
                kind: t.indicator.kind,
                basis: t.basis,
                direction: t.indicator.direction,
                value: figure.value * factor,
                previous: previous === null ? null : previous * factor,
                baseline: t.baselineComparable && t.baselineResult ? toNumber(t.baselineResult.value) : null,
                target,
              });
        const engine = tracked.get(t.indicator.code);
        const progress = engine ? evaluateProgress(engine.engine, engine.figures, month) : null;
        const status = unit ? progress?.units?.find((u) => u.code === unit.code)?.status : progress?.status;
        return { code: t.indicator.code, unit: unit?.code ?? null, isDue: due.includes(month), figure, previous, warnings, isBehind: status === "behind" || status === "off_track" };
      });
    });
}

const isOpen = (status: string) => status === "draft" || status === "returned";
const label = (p: { code: string; unit: string | null }) => (p.unit ? `${p.code}/${p.unit}` : p.code);

function describeProblems(problems: TProblem[]): Record<TLocale, string> {
  const line = (p: TProblem, locale: TLocale) =>
    p.kind === "blank"
      ? locale === "en"
        ? `${label(p)}: due this month and blank`
        : `${label(p)}：本月应填报但未填写`
      : locale === "en"
        ? `${label(p)}: needs an explanation (${p.reasons.map((r) => translateValidation(r, "en")).join(", ")})`
        : `${label(p)}：须填写说明（${p.reasons.map((r) => translateValidation(r, "zh-CN")).join("，")}）`;
  return {
    "zh-CN": `本月不能提交，共${problems.length}处问题：${problems.map((p) => line(p, "zh-CN")).join("；")}`,
    en: `The month cannot be submitted (${problems.length} problem${problems.length === 1 ? "" : "s"}): ${problems.map((p) => line(p, "en")).join("; ")}`,
  };
}

/**
 * Submits every draft and returned figure of a bureau's month in one transaction through
 * submitFigure's own rules, or nothing: refused with every reason at once when a due indicator is
 * blank (unless the official confirmed the blanks) or a figure that is implausible or behind
 * schedule has no explanation. One audit row records the month's submission and the confirmed blanks.
 */
export async function submitMonth(db: TDb, input: { actor: TActor; body: TSubmitMonthBody; requestId: string }): Promise<TSubmitMonthResult> {
  const { actor, body, requestId } = input;
  const { year, month } = fromPeriod(body.period);
  const department = await resolveEntryDepartment(db, actor, body.department);
  assertCanEditFigure(actor, { departmentId: department.id, departmentName: department.nameZh });
  return db.$transaction(async (tx) => {
    await assertUnlocked(tx, { year, month, departmentId: department.id });
    const slots = await readMonth(tx, department.id, year, month);
    const blanks = slots.filter((s) => s.isDue && (s.figure === null || (s.figure.value === null && isOpen(s.figure.status))));
    const problems: TProblem[] = [];
    if (body.confirmBlanks !== true) problems.push(...blanks.map((s) => ({ code: s.code, unit: s.unit, kind: "blank" as const, reasons: [] })));
    const ready = slots.filter((s) => s.figure !== null && s.figure.value !== null && isOpen(s.figure.status));
    for (const s of ready) {
      if (!needsExplanation(s.warnings, s.isBehind ? "behind" : null) || s.figure?.explanation) continue;
      problems.push({ code: s.code, unit: s.unit, kind: "needs_explanation", reasons: [...s.warnings, ...(s.isBehind ? ["plausibility.behind"] : [])] });
    }
    if (problems.length > 0) throw new AppError("INVALID", describeProblems(problems), { details: { problems: problems.map((p) => ({ ...p, period: body.period })) } });
    if (ready.length === 0) {
      throw new AppError("CONFLICT", { "zh-CN": `${year}年${month}月没有待提交的草稿或退回数据`, en: `${body.period} has no draft or returned figure to submit` });
    }
    const submitted = [];
    for (const s of ready) {
      submitted.push(await submitFigureInTx(tx, { code: s.code, period: body.period, unit: s.unit ?? undefined, actor, requestId, body: {} }));
    }
    const blankLabels = blanks.map(label);
    await recordAudit(tx, {
      actor,
      requestId,
      departmentId: department.id,
      action: "figures.submit_month",
      entityType: "period",
      entityId: `${department.code}/${body.period}`,
      after: { submitted: ready.map(label), blanksConfirmed: blankLabels },
    });
    return { period: body.period, department: department.code, submitted, blanks: blankLabels };
  }, WRITE_TX);
}
