import { ZPutFigureBody, type TPutFigureBody } from "../../contracts/figures";
import type { TImportChange, TImportResult } from "../../contracts/imports";
import type { TLocale } from "../../i18n/locale";
import { translateValidation } from "../../i18n/validation";
import type { TActor } from "../auth/actor";
import type { TDb, TTx } from "../db/client";
import { fromPeriod, toNumber } from "../db/mappers";
import { AppError } from "../errors";
import type { TFigureState } from "../figures/dto";
import { retryOnceOnUniqueViolation } from "../figures/mutations";
import { assertCanEditFigure } from "../figures/permissions";
import { assertReopenReason, assertValuePossible, isCurrentVersion, resolveIndicatorScope, type TIndicatorScope } from "../figures/put-checks";
import { writeFigures, type TFigureWrite } from "../figures/write";
import { lockedError, pickOpenLock } from "../periods/locks";
import { columnLetter } from "./cells";
import { headerOf, type TColumnKey } from "./layout";
import { loadImportState, type TImportState } from "./load-state";
import { IMPORT_MESSAGES } from "./messages";
import { normaliseValue } from "./numbers";
import { readSpreadsheet } from "./read-file";
import { extractRows, fileError, type TExtracted, type TImportRow, type TRowError } from "./sheet-rows";

/** Thousands of rows in one transaction: longer than a single write may take. */
const IMPORT_TX = { maxWait: 20_000, timeout: 120_000 } as const;

export interface TImportInput {
  actor: TActor;
  requestId: string;
  locale: TLocale;
  file: { name: string; bytes: Buffer };
  dryRun: boolean;
  /** The month the caller means to import; rows of another month are errors. */
  period?: string;
}

/** Ends a dry run's transaction after the writes ran, so everything is rolled back. */
class DryRunDone extends Error {
  constructor(readonly result: TImportResult) {
    super("dry run");
  }
}

function assertCanImport(actor: TActor): void {
  if (actor.role === "official" && !actor.mustChangePassword) return;
  throw new AppError("FORBIDDEN", actor.mustChangePassword ? { "zh-CN": "请先修改初始密码，再进行其他操作", en: "Choose a new password before doing anything else" } : IMPORT_MESSAGES.onlyOfficials());
}

/**
 * Imports a filled template: all or nothing, in one transaction, through the guards and the write
 * of PUT /api/v1/figures (permission, unit, lock, value, version, reopen reason; revision and
 * audit rows, the audit noting the file and row). A dry run runs the same code, writes included,
 * and rolls back. Every error of every row is collected before anything is answered.
 */
export async function importFigures(db: TDb, input: TImportInput): Promise<TImportResult> {
  assertCanImport(input.actor);
  const extracted = extractRows(await readSpreadsheet(input.file));
  if (extracted.rows.length === 0 && extracted.errors.length === 0) throw fileError(IMPORT_MESSAGES.noRows());
  try {
    return await retryOnceOnUniqueViolation(() => db.$transaction((tx) => run(tx, input, extracted), IMPORT_TX));
  } catch (error) {
    if (error instanceof DryRunDone) return error.result;
    throw error;
  }
}

async function run(tx: TTx, input: TImportInput, extracted: TExtracted): Promise<TImportResult> {
  const state = await loadImportState(tx, extracted.rows);
  const errors: TRowError[] = [...extracted.errors];
  const writes: (TFigureWrite & { row: number })[] = [];
  const firstRow = new Map<string, number>();
  const expected = input.period ?? extracted.rows.find((r) => r.period !== null)?.period ?? undefined;
  for (const row of extracted.rows) {
    const judged = judgeRow(row, { input, state, expected, firstRow, column: (key) => columnOf(extracted, key) });
    if ("errors" in judged) errors.push(...judged.errors);
    else if (judged.write) writes.push({ ...judged.write, row: row.row });
  }
  if (errors.length > 0) throw rowErrors(errors, input.locale);
  const done = await writeFigures(tx, writes);
  const changes = done.map(({ write, after }): TImportChange => {
    const named = state.targets.get(`${fromPeriod(write.target.period).year}/${write.indicator.code}`);
    const unit = named?.units.find((u) => u.code === write.target.unit);
    return {
      row: (write as TFigureWrite & { row: number }).row,
      code: write.indicator.code,
      nameZh: named?.indicator.nameZh ?? write.indicator.code,
      nameEn: named?.indicator.nameEn ?? write.indicator.code,
      unit: write.target.unit ?? null,
      unitNameZh: unit?.nameZh ?? null,
      unitNameEn: unit?.nameEn ?? null,
      period: write.target.period,
      old: write.current?.value?.toNumber() ?? null,
      new: toNumber(after.value),
      oldNote: write.current?.note ?? null,
      newNote: after.note,
    };
  });
  const result = { applied: input.dryRun ? 0 : changes.length, dryRun: input.dryRun, changes };
  if (input.dryRun) throw new DryRunDone(result);
  return result;
}

function columnOf(extracted: TExtracted, key: TColumnKey): string | null {
  const index = extracted.columns[key];
  return index === undefined ? null : columnLetter(index);
}

interface TJudgeContext {
  input: TImportInput;
  state: TImportState;
  expected: string | undefined;
  firstRow: Map<string, number>;
  column: (key: TColumnKey) => string | null;
}

/** Nothing to write when the row says what is already there. */
function isUnchanged(current: TFigureState | null, body: TPutFigureBody): boolean {
  const note = body.note === undefined ? undefined : body.note || null;
  if (!current) return body.value === null && !note;
  const value = current.value?.toNumber() ?? null;
  return value === body.value && (note === undefined || note === (current.note ?? null));
}

function judgeRow(row: TImportRow, ctx: TJudgeContext): { errors: TRowError[] } | { write: TFigureWrite | null } {
  const errors: TRowError[] = [];
  const fail = (key: TColumnKey | null, message: TRowError["message"]) => errors.push({ row: row.row, column: key ? ctx.column(key) : null, message });
  const { actor, requestId, file } = ctx.input;
  const { code, period } = row;
  if (code === null || period === null) return { errors };
  if (ctx.expected && period !== ctx.expected) {
    fail("period", IMPORT_MESSAGES.wrongPeriod(ctx.expected, period));
    return { errors };
  }
  const { year, month } = fromPeriod(period);
  const target = ctx.state.targets.get(`${year}/${code}`);
  if (!target) {
    fail("code", IMPORT_MESSAGES.unknownCode(code, year));
    return { errors };
  }
  let indicator: TIndicatorScope;
  try {
    indicator = resolveIndicatorScope(target, { code, unit: row.unit, year }, (scope) => assertCanEditFigure(actor, scope));
  } catch (error) {
    if (!(error instanceof AppError) || !error.text) throw error;
    fail(error.code === "FORBIDDEN" ? "code" : "unit", error.code === "FORBIDDEN" ? error.text : unitProblem(code, row.unit, target.units));
    return { errors };
  }
  const key = `${period}/${code}/${row.unit ?? ""}`;
  const first = ctx.firstRow.get(key);
  if (first !== undefined) {
    fail(null, IMPORT_MESSAGES.duplicate(first));
    return { errors };
  }
  ctx.firstRow.set(key, row.row);
  if (row.entryUnitText !== undefined && row.entryUnitText.normalize("NFKC") !== target.entryUnit.normalize("NFKC")) {
    fail("entryUnit", IMPORT_MESSAGES.entryUnit(row.entryUnitText, target.entryUnit));
  }
  const value = normaliseValue(row.valueCell, target.entryUnit);
  if (!value.ok) fail("value", IMPORT_MESSAGES.value(value.problem, target.entryUnit));
  const parsed = ZPutFigureBody.safeParse({ value: value.ok ? value.value : null, note: row.note, version: row.version, reason: row.reason });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = (["value", "note", "version", "reason"] as const).find((k) => k === issue.path[0]) ?? null;
      fail(column, { "zh-CN": `${column ? headerOf(column) : ""} ${translateValidation(issue.message, "zh-CN")}`.trim(), en: `${column ?? ""} ${issue.message}`.trim() });
    }
  }
  // Without a readable value there is nothing for the write's own guards to judge.
  if (!value.ok || !parsed.success) return { errors };
  const body = parsed.data;
  const current = ctx.state.figures.get(`${year}-${month}/${indicator.id}/${indicator.unitId ?? ""}`) ?? null;
  if (isUnchanged(current, body)) return errors.length > 0 ? { errors } : { write: null };
  // The guards of a PUT, each in its own try so that a row reports all of them at once.
  const guards: [TColumnKey | null, () => void][] = [
    ["value", () => {
      const lock = pickOpenLock(ctx.state.locks.get(period) ?? [], indicator.departmentId);
      if (lock) throw lockedError(lock);
    }],
    ["value", () => assertValuePossible(indicator, { year, month }, body.value)],
    ["version", () => {
      if (!isCurrentVersion(current, body.version)) throw new AppError("CONFLICT", IMPORT_MESSAGES.changedSince());
    }],
    ["reason", () => assertReopenReason(current, body)],
  ];
  for (const [column, guard] of guards) {
    try {
      guard();
    } catch (error) {
      if (!(error instanceof AppError) || !error.text) throw error;
      fail(column, error.text);
    }
  }
  if (errors.length > 0) return { errors };
  return {
    write: {
      target: { code, period, unit: row.unit, actor, requestId },
      indicator,
      current,
      body,
      year,
      month,
      change: { auditAction: "figure.import", context: { importFile: file.name, importRow: row.row } },
    },
  };
}

/** The write path's unit refusal in the template's words (the column, not the API's `?unit=`). */
function unitProblem(code: string, unit: string | undefined, units: { code: string }[]): TRowError["message"] {
  const codes = units.map((u) => u.code).join(", ");
  if (units.length === 0) return IMPORT_MESSAGES.unitNotWanted(code);
  return unit === undefined ? IMPORT_MESSAGES.unitMissing(code, codes) : IMPORT_MESSAGES.unitUnknown(code, unit, codes);
}

function rowErrors(errors: TRowError[], locale: TLocale): AppError {
  const sorted = [...errors].sort((a, b) => a.row - b.row || (a.column ?? "").localeCompare(b.column ?? ""));
  const rows = sorted.map((e) => ({ row: e.row, column: e.column, message: e.message[locale] }));
  return new AppError("INVALID", IMPORT_MESSAGES.rowErrors(errors.length, new Set(errors.map((e) => e.row)).size), { details: { rows } });
}
