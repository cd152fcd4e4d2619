import { createHash } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { TDb, TTx } from "../lib/server/db/client";
import { ZScheduleProfile } from "../lib/contracts/tracking";
import type { Comparator } from "../lib/server/db/generated/enums";
import { buildDemoFigures, buildDemoRevisions, buildDemoTaskStates, DEMO_YEAR } from "./demo";
import type { TComparator, TSeedIndicator } from "./data/types";
import { REPORT, REPORTS, type TReport } from "./report";
import { buildSeedUsers } from "./users";

export interface TSeedOptions {
  /** Load the synthetic monthly figures (labelled 演示数据 wherever shown). */
  demo: boolean;
  /**
   * Create the demo logins with this shared password: only on the embedded demo database.
   * Anywhere else the database has no login until `npm run cli -- user create`.
   */
  demoLoginPassword?: string;
  /**
   * The report years to load, oldest first (default: every year in seed/). A later year adds its
   * sections, targets and bureaus beside the earlier ones and never rewrites them.
   */
  reports?: readonly TReport[];
}

export interface TSeedSummary {
  skipped: boolean;
  hash: string;
  counts: Record<string, number>;
}

const SEED_ACTOR = "seed";
const DEMO_REASON = "演示数据（系统生成，非真实统计）";

const COMPARATORS: Record<TComparator, Comparator> = {
  ">=": "gte",
  "<=": "lte",
  "<": "lt",
  "=": "eq",
  about: "about",
  range: "range",
};

/** What the seed would write; a database already seeded with the same hash is left untouched. */
function seedHash(options: TSeedOptions, reports: readonly TReport[]): string {
  // One report keeps the hash it had before later years could be added.
  const report = reports.length === 1 ? reports[0] : reports;
  return createHash("sha256")
    .update(JSON.stringify({ report, demo: options.demo, demoLogins: options.demoLoginPassword !== undefined }))
    .digest("hex");
}

async function findApplied(db: TDb, hash: string): Promise<boolean> {
  const row = await db.auditLog.findFirst({
    where: { action: "seed.apply", entityType: "database", entityId: hash },
    select: { id: true },
  });
  return row !== null;
}

async function isDemoRemoved(db: TDb): Promise<boolean> {
  const row = await db.auditLog.findFirst({ where: { action: "demo.remove" }, select: { id: true } });
  return row !== null;
}

/**
 * Loads the report's sections, bureaus, results, targets and livelihood projects, the demo
 * logins and, when asked, the demo figures. Idempotent: report-owned fields (names, numbers,
 * quotes) are brought in line with the seed; configuration an admin may have edited (lead
 * bureau, schedule, passwords) is set only when the row is created; figures are only added.
 */
export async function seedDatabase(db: TDb, requested: TSeedOptions): Promise<TSeedSummary> {
  // Once `demo remove` has turned this into a real database, demo data never comes back.
  const options = (await isDemoRemoved(db)) ? { demo: false } : requested;
  const reports = requested.reports ?? REPORTS;
  const hash = seedHash(options, reports);
  if (await findApplied(db, hash)) return { skipped: true, hash, counts: {} };
  // One hash per login, each with its own salt, computed before the transaction (about 160 ms each).
  const password = options.demoLoginPassword;
  const passwordHashes = password === undefined ? null : new Map(await Promise.all(buildSeedUsers(REPORT.departments).map(async (u) => [u.login, await hashPassword(password)] as const)));
  const counts = await db.$transaction(
    async (tx) => {
      const ids = await upsertReference(tx, reports);
      const userIds = passwordHashes ? await upsertDemoLogins(tx, ids.departments, passwordHashes) : new Map<string, number>();
      const figures = options.demo ? await insertDemo(tx, ids, userIds) : 0;
      const summary = {
        sections: ids.sections.size,
        departments: ids.departments.size,
        results: ids.results.size,
        indicators: ids.indicators.size,
        targets: ids.targets,
        tasks: REPORT.tasks.length,
        users: userIds.size,
        demoFigures: figures,
      };
      await tx.auditLog.create({
        data: {
          actorLabel: SEED_ACTOR,
          action: "seed.apply",
          entityType: "database",
          entityId: hash,
          reason: options.demo ? "载入政府工作报告数据及演示数据" : "载入政府工作报告数据",
          after: summary,
        },
      });
      return summary;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { skipped: false, hash, counts };
}

interface TIds {
  sections: Map<string, number>;
  departments: Map<string, number>;
  results: Map<string, number>;
  indicators: Map<string, number>;
  /** Unit ids by `${indicator}:${year}:${unit}`. */
  units: Map<string, number>;
  targets: number;
}

/** Each report's items once, the first report's position first: codes are unique across years. */
function allOf<T extends { code: string }>(reports: readonly TReport[], pick: (r: TReport) => readonly T[]): { item: T; report: TReport }[] {
  const seen = new Set<string>();
  return reports.flatMap((report) => pick(report).filter((item) => !seen.has(item.code) && seen.add(item.code)).map((item) => ({ item, report })));
}

/**
 * An indicator's definition across years: the first year's names; kind, unit and direction must
 * agree in every year, since the figures of earlier years were entered with that meaning.
 */
function mergeIndicators(reports: readonly TReport[]): TSeedIndicator[] {
  const byCode = new Map<string, TSeedIndicator>();
  for (const ind of reports.flatMap((r) => r.indicators)) {
    const first = byCode.get(ind.code);
    if (!first) byCode.set(ind.code, ind);
    else if (first.kind !== ind.kind || first.unit !== ind.unit || first.direction !== ind.direction) {
      throw new Error(`Indicator "${ind.code}" changes its kind, unit or direction between years; give the new measure a new code.`);
    }
  }
  return [...byCode.values()];
}

async function upsertReference(tx: TTx, reports: readonly TReport[]): Promise<TIds> {
  const ids: TIds = { sections: new Map(), departments: new Map(), results: new Map(), indicators: new Map(), units: new Map(), targets: 0 };
  for (const [sortOrder, { item: s }] of allOf(reports, (r) => r.sections).entries()) {
    const data = { year: s.year, nameZh: s.nameZh, nameEn: s.nameEn, sortOrder };
    const row = await tx.section.upsert({ where: { code: s.code }, create: { code: s.code, ...data }, update: data, select: { id: true } });
    ids.sections.set(s.code, row.id);
  }
  for (const [sortOrder, { item: d }] of allOf(reports, (r) => r.departments).entries()) {
    const row = await tx.department.upsert({
      where: { code: d.code },
      create: { code: d.code, nameZh: d.nameZh, nameEn: d.nameEn, sortOrder },
      update: {},
      select: { id: true },
    });
    ids.departments.set(d.code, row.id);
  }
  for (const [sortOrder, { item: r, report }] of allOf(reports, (x) => x.results).entries()) {
    const data = {
      year: report.year - 1,
      sectionId: mustGet(ids.sections, r.section),
      nameZh: r.nameZh,
      nameEn: r.nameEn,
      unit: r.unit,
      comparator: COMPARATORS[r.comparator],
      value: r.value ?? null,
      min: r.min ?? null,
      max: r.max ?? null,
      estimated: r.estimated,
      sourceQuote: r.quote,
      sortOrder,
    };
    const row = await tx.result.upsert({ where: { code: r.code }, create: { code: r.code, ...data }, update: data, select: { id: true } });
    ids.results.set(r.code, row.id);
  }
  for (const [sortOrder, ind] of mergeIndicators(reports).entries()) {
    const data = { nameZh: ind.nameZh, nameEn: ind.nameEn, kind: ind.kind, unit: ind.unit, direction: ind.direction, sortOrder };
    const row = await tx.indicator.upsert({ where: { code: ind.code }, create: { code: ind.code, ...data }, update: data, select: { id: true } });
    ids.indicators.set(ind.code, row.id);
  }
  for (const ind of reports.flatMap((r) => r.indicators)) await upsertTarget(tx, ind, ids);
  await upsertTasks(tx, ids);
  return ids;
}

/**
 * A year's target of an indicator. The report's own fields (number, quote, hedge, section, baseline,
 * units) follow the seed; configuration (lead bureau, schedule, what a figure is and its unit) is set
 * when the target is created, since an admin may have changed it and figures may rest on it.
 */
async function upsertTarget(tx: TTx, ind: TSeedIndicator, ids: TIds): Promise<void> {
  const t = ind.target;
  const indicatorId = mustGet(ids.indicators, ind.code);
  const reportOwned = {
    sectionId: mustGet(ids.sections, ind.section),
    comparator: COMPARATORS[t.comparator],
    value: t.value ?? null,
    min: t.min ?? null,
    max: t.max ?? null,
    sourceQuote: t.quote,
    hedge: t.hedge ?? null,
    baselineResultId: ind.baseline ? mustGet(ids.results, ind.baseline.result) : null,
    baselineComparable: ind.baseline?.comparable ?? null,
    baselineNoteZh: ind.baseline?.noteZh ?? null,
    baselineNoteEn: ind.baseline?.noteEn ?? null,
  };
  const configuration = {
    departmentId: mustGet(ids.departments, ind.department),
    basis: t.basis,
    frequency: t.frequency,
    entryUnit: t.entryUnit ?? ind.unit,
    entryFactor: t.entryFactor ?? 1,
    scheduleProfile: t.schedule ? ZScheduleProfile.parse(t.schedule) : [],
  };
  const row = await tx.target.upsert({
    where: { indicatorId_year: { indicatorId, year: t.year } },
    create: { indicatorId, year: t.year, ...reportOwned, ...configuration },
    update: reportOwned,
    select: { id: true },
  });
  ids.targets += 1;
  for (const [sortOrder, u] of (t.units ?? []).entries()) {
    const data = { nameZh: u.nameZh, nameEn: u.nameEn, value: u.value, sortOrder };
    const unit = await tx.targetUnit.upsert({
      where: { targetId_code: { targetId: row.id, code: u.code } },
      create: { targetId: row.id, code: u.code, ...data },
      update: data,
      select: { id: true },
    });
    ids.units.set(`${ind.code}:${t.year}:${u.code}`, unit.id);
  }
}

async function upsertTasks(tx: TTx, ids: TIds): Promise<void> {
  for (const task of REPORT.tasks) {
    const data = {
      year: 2020,
      number: task.number,
      titleZh: task.titleZh,
      titleEn: task.titleEn,
      indicatorId: mustGet(ids.indicators, task.indicator),
      quantity: task.quantity ?? null,
      unit: task.unit ?? null,
      sourceQuote: task.quote,
    };
    const row = await tx.task.upsert({
      where: { code: task.code },
      create: { code: task.code, departmentId: mustGet(ids.departments, task.department), ...data },
      update: data,
      select: { id: true },
    });
    for (const [index, m] of task.milestones.entries()) {
      await tx.taskMilestone.upsert({
        where: { taskId_sortOrder: { taskId: row.id, sortOrder: index + 1 } },
        create: { taskId: row.id, sortOrder: index + 1, titleZh: m.titleZh, titleEn: m.titleEn, dueDate: new Date(`${m.due}T00:00:00Z`) },
        update: {},
      });
    }
  }
}

/**
 * The demo logins, each with a credential account holding better-auth's hash of the shared demo
 * password, salted per login. A login that exists already keeps its password.
 */
async function upsertDemoLogins(tx: TTx, departments: Map<string, number>, passwordHashes: Map<string, string>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const u of buildSeedUsers(REPORT.departments)) {
    const row = await tx.user.upsert({
      where: { login: u.login },
      create: {
        login: u.login,
        displayLogin: u.login,
        email: `${u.login}@users.invalid`,
        displayName: u.displayName,
        role: u.role,
        departmentId: u.department ? mustGet(departments, u.department) : null,
        isDemo: true,
      },
      update: {},
      select: { id: true, accounts: { where: { providerId: "credential" }, select: { id: true } } },
    });
    if (row.accounts.length === 0) {
      await tx.account.create({ data: { userId: row.id, accountId: String(row.id), providerId: "credential", password: mustGet(passwordHashes, u.login) } });
    }
    ids.set(u.login, row.id);
  }
  return ids;
}

/** Adds demo figures that are not there yet; figures already entered are never touched. */
async function insertDemo(tx: TTx, ids: TIds, users: Map<string, number>): Promise<number> {
  const existing = await tx.figure.findMany({ where: { year: DEMO_YEAR }, select: { indicatorId: true, unitId: true, month: true } });
  const taken = new Set(existing.map((f) => `${f.indicatorId}:${f.unitId ?? ""}:${f.month}`));
  const unitId = (f: { indicator: string; unit: string | null }) => (f.unit === null ? null : mustGet(ids.units, `${f.indicator}:${DEMO_YEAR}:${f.unit}`));
  const key = (f: { indicator: string; unit: string | null; month: number }) => `${f.indicator}:${f.unit ?? ""}:${f.month}`;
  const departmentOf = new Map(REPORT.indicators.map((i) => [i.code, i.department]));
  const figures = buildDemoFigures(REPORT.indicators).filter((f) => !taken.has(`${mustGet(ids.indicators, f.indicator)}:${unitId(f) ?? ""}:${f.month}`));
  const revisions = new Map(buildDemoRevisions(figures).map((r) => [key(r), r]));
  const leaderId = users.get("leader") ?? null;
  const at = (month: number, day: number) => new Date(Date.UTC(DEMO_YEAR, month, day, 2));
  for (const f of figures) {
    const officialId = users.get(`official-${mustGet(departmentOf, f.indicator)}`) ?? null;
    const revision = revisions.get(key(f));
    const history = revision
      ? [
          { version: 1, value: revision.firstValue, status: "approved" as const, reason: DEMO_REASON, actorId: leaderId, createdAt: at(f.month, 12) },
          { version: 2, value: f.value, status: "approved" as const, reason: revision.reason, actorId: leaderId, createdAt: at(f.month + 1, 15) },
        ]
      : [{ version: 1, value: f.value, status: f.status, reason: DEMO_REASON, actorId: f.status === "approved" ? leaderId : officialId, createdAt: at(f.month, f.status === "approved" ? 12 : 6) }];
    const last = history[history.length - 1]!;
    const published = history.filter((h) => h.status === "approved");
    const lastPublished = published[published.length - 1];
    await tx.figure.create({
      data: {
        indicatorId: mustGet(ids.indicators, f.indicator),
        unitId: unitId(f),
        year: DEMO_YEAR,
        month: f.month,
        value: f.value,
        note: f.note,
        explanation: f.explanation,
        status: f.status,
        version: last.version,
        isDemo: true,
        authorId: officialId,
        submittedById: f.status === "draft" ? null : officialId,
        reviewedById: f.status === "approved" ? leaderId : null,
        createdAt: at(f.month, 5),
        updatedAt: last.createdAt,
        submittedAt: f.status === "draft" ? null : at(f.month, 8),
        reviewedAt: f.status === "approved" ? last.createdAt : null,
        publishedValue: lastPublished ? f.value : null,
        publishedNote: lastPublished ? f.note : null,
        publishedAt: lastPublished?.createdAt ?? null,
        revisedAt: published.length > 1 ? lastPublished!.createdAt : null,
        revisions: {
          create: history.map((h) => ({ ...h, action: h.status === "approved" ? "approve" : h.status === "submitted" ? "submit" : "put", note: f.note, isDemo: true })),
        },
        publications: {
          create: published.map((h, index) => ({
            version: h.version,
            value: h.value,
            note: f.note,
            previousValue: index > 0 ? published[index - 1]!.value : null,
            isRevision: index > 0,
            approvedById: h.actorId,
            isDemo: true,
            publishedAt: h.createdAt,
          })),
        },
      },
    });
  }
  await applyDemoTaskStates(tx, users);
  return figures.length;
}

/**
 * The demo projects' milestone reports, with their history, as officials and reviewers would have
 * made them; a milestone someone has already reported keeps its report.
 */
async function applyDemoTaskStates(tx: TTx, users: Map<string, number>): Promise<void> {
  const leaderId = users.get("leader") ?? null;
  const at = (day: string, plusDays: number) => new Date(Date.parse(`${day}T02:00:00Z`) + plusDays * 86_400_000);
  const departmentOf = new Map(REPORT.tasks.map((t) => [t.code, t.department]));
  for (const report of buildDemoTaskStates(REPORT.tasks)) {
    const milestone = await tx.taskMilestone.findFirstOrThrow({ where: { task: { code: report.task }, sortOrder: report.number }, select: { id: true, status: true } });
    if (milestone.status !== null) continue;
    const officialId = users.get(`official-${mustGet(departmentOf, report.task)}`) ?? null;
    const done = report.doneDate;
    const doneDate = done === null ? null : new Date(`${done}T00:00:00Z`);
    const day = done ?? `${DEMO_YEAR}-10-01`;
    const history = [
      { action: "put", status: "draft" as const, actorId: officialId, createdAt: at(day, 0), reason: DEMO_REASON },
      ...(report.status === "draft" ? [] : [{ action: "submit", status: "submitted" as const, actorId: officialId, createdAt: at(day, 1), reason: null }]),
      ...(report.status === "approved" ? [{ action: "approve", status: "approved" as const, actorId: leaderId, createdAt: at(day, 3), reason: null }] : []),
      ...(report.status === "returned" ? [{ action: "return", status: "returned" as const, actorId: leaderId, createdAt: at(day, 2), reason: report.returnReason }] : []),
    ];
    const last = history[history.length - 1]!;
    const isApproved = report.status === "approved";
    await tx.taskMilestone.update({
      where: { id: milestone.id },
      data: {
        doneDate,
        status: report.status,
        version: history.length,
        isDemo: true,
        returnReason: report.returnReason,
        authorId: officialId,
        submittedById: report.status === "draft" ? null : officialId,
        submittedAt: report.status === "draft" ? null : at(day, 1),
        reviewedById: isApproved || report.status === "returned" ? leaderId : null,
        reviewedAt: isApproved || report.status === "returned" ? last.createdAt : null,
        updatedAt: last.createdAt,
        publishedDoneDate: isApproved ? doneDate : null,
        publishedAt: isApproved ? last.createdAt : null,
        revisions: { create: history.map((h, index) => ({ ...h, version: index + 1, doneDate, isDemo: true })) },
      },
    });
  }
}

function mustGet<V>(map: Map<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed data refers to unknown code "${key}".`);
  return value;
}
