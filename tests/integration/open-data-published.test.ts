import { parse } from "csv-parse/sync";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZExport, type TExport } from "@/lib/contracts/export";
import type { TActor } from "@/lib/server/auth/actor";
import { createDb, type TDb } from "@/lib/server/db/client";
import { migrate } from "@/lib/server/db/migrate";
import { approveFigure, putFigure, submitFigure } from "@/lib/server/figures/mutations";
import { listPublishedFigures } from "@/lib/server/indicators/queries";
import { renderAtomFeed } from "@/lib/server/public/atom";
import { CSV_HEADER, toCsv } from "@/lib/server/public/export-csv";
import { loadExport } from "@/lib/server/public/export";
import { loadFeedEntries } from "@/lib/server/public/feed";
import { seedDatabase } from "@/seed/apply";
import { parseAtom } from "../support/atom";
import { createTestUser } from "../support/accounts";
import { createScratchDatabase, type TScratchDb } from "../support/scratch-db";

/**
 * The open-data outputs against a database of this file's own (the demo seed plus figures written
 * here through the real write path), so the comparison with every stored figure is exact.
 */
let scratch: TScratchDb;
let db: TDb;

/** Strings that exist only in working (unapproved) values or internal explanations. */
const SECRETS = { draftNote: "DRAFT-NOTE-7f3a", submittedNote: "SUBMITTED-NOTE-7f3a", explanation: "INTERNAL-EXPLANATION-7f3a", pendingNote: "PENDING-EDIT-7f3a" };
const SECRET_VALUES = [4242.4242, 5151.5151, 6161.6161];
const PUBLIC_NOTE = "已公开的备注 7f3a";

async function actorOf(login: string, role: "official" | "leader", department?: string): Promise<TActor> {
  const user = await createTestUser(db, { login, role, department });
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { displayName: true, departmentId: true } });
  return { userId: user.id, login, displayName: row.displayName, role, departmentId: row.departmentId, sessionId: null, tokenId: null, mustChangePassword: false };
}

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await migrate(scratch.url);
  db = createDb(scratch.url);
  await seedDatabase(db, { demo: true });
  const official = await actorOf("od-forestry", "official", "forestry");
  const admin = await actorOf("od-leader", "leader");
  const write = (period: string, body: Parameters<typeof putFigure>[1]["body"]) => putFigure(db, { code: "afforestation", period, body, actor: official, requestId: randomUUID() });
  const submit = (period: string) => submitFigure(db, { code: "afforestation", period, body: {}, actor: official, requestId: randomUUID() });
  const approve = (period: string) => approveFigure(db, { code: "afforestation", period, body: {}, actor: admin, requestId: randomUUID() });
  // The demo seed leaves the year's last months open: write there.
  await write("2020-11", { value: 1.25, note: PUBLIC_NOTE, explanation: SECRETS.explanation });
  await submit("2020-11");
  await approve("2020-11");
  // An approved figure edited again: the public keeps the approved value until the edit is approved.
  await write("2020-11", { value: SECRET_VALUES[2]!, note: SECRETS.pendingNote, reason: "复核" });
  await submit("2020-11");
  await write("2020-12", { value: SECRET_VALUES[0]!, note: SECRETS.draftNote });
  await write("2020-10", { value: SECRET_VALUES[1]!, note: SECRETS.submittedNote });
  await submit("2020-10");
  // A revision: published 10, then 12.
  const housing = await actorOf("od-housing", "official", "housing");
  const step = { code: "old-community-renovation", period: "2020-12", requestId: randomUUID() };
  await putFigure(db, { ...step, actor: housing, body: { value: 10 } });
  await submitFigure(db, { ...step, actor: housing, body: {} });
  await approveFigure(db, { ...step, actor: admin, body: {} });
  await putFigure(db, { ...step, actor: housing, body: { value: 12, reason: "核实后更正" } });
  await submitFigure(db, { ...step, actor: housing, body: {} });
  await approveFigure(db, { ...step, actor: admin, body: {} });
}, 240_000);

afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

function figureKey(code: string, period: string, unit: string | null): string {
  return `${code}|${period}|${unit ?? ""}`;
}

async function exportOf(indicator?: string): Promise<TExport> {
  return ZExport.parse(await loadExport(db, { year: 2020, indicator }));
}

function csvRecords(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

describe("open data shows approved figures only", () => {
  it("exports every published figure of the database and nothing else, with the values the indicator API publishes", async () => {
    const data = await exportOf();
    const stored = await db.figure.findMany({
      where: { year: 2020, publishedAt: { not: null } },
      select: { month: true, indicator: { select: { code: true } }, unit: { select: { code: true } } },
    });
    const exported = data.indicators.flatMap((i) => i.figures.map((f) => figureKey(i.code, f.period, f.unit)));
    expect(new Set(exported).size).toBe(exported.length);
    expect(new Set(exported)).toEqual(new Set(stored.map((f) => figureKey(f.indicator.code, `2020-${String(f.month).padStart(2, "0")}`, f.unit?.code ?? null))));
    expect(stored.length).toBeGreaterThan(100);
    for (const indicator of data.indicators) {
      const published = await listPublishedFigures(db, { code: indicator.code, year: 2020 });
      expect(
        indicator.figures.map(({ period, unit, value, note, publishedAt, revisedAt, isDemo }) => ({ period, unit, value, note, publishedAt, revisedAt, isDemo })),
        indicator.code,
      ).toEqual(published);
    }
  });

  it("keeps the approved value of a figure under edit and leaves out drafts, submissions and explanations", async () => {
    const data = await exportOf("afforestation");
    const november = data.indicators[0]!.figures.find((f) => f.period === "2020-11");
    expect(november).toMatchObject({ value: 1.25, note: PUBLIC_NOTE });
    expect(data.indicators[0]!.figures.some((f) => f.period === "2020-12")).toBe(false);

    const outputs = [JSON.stringify(await exportOf()), toCsv(await exportOf()), renderAtomFeed(await loadFeedEntries(db), { origin: "https://example.org", locale: "zh-CN" })];
    const explanations = await db.figure.findMany({ where: { explanation: { not: null } }, select: { explanation: true } });
    expect(explanations.length).toBeGreaterThan(1);
    for (const output of outputs) {
      expect(output).toContain(PUBLIC_NOTE);
      for (const secret of Object.values(SECRETS)) expect(output).not.toContain(secret);
      for (const value of SECRET_VALUES) expect(output).not.toContain(String(value));
      for (const { explanation } of explanations) expect(output).not.toContain(explanation!);
    }
  });

  it("has the same rows in the CSV as figures in the JSON, plus one empty row per indicator without a figure", async () => {
    const data = await exportOf();
    const records = csvRecords(toCsv(data));
    expect(Object.keys(records[0]!)).toEqual(CSV_HEADER);
    const column = (key: string) => CSV_HEADER.find((h) => h.endsWith(` ${key}`))!;
    const withFigures = data.indicators.filter((i) => i.figures.length > 0);
    expect(records.length).toBe(data.indicators.reduce((n, i) => n + Math.max(1, i.figures.length), 0));
    expect(new Set(records.map((r) => r[column("code")]))).toEqual(new Set(data.indicators.map((i) => i.code)));
    for (const indicator of withFigures) {
      const rows = records.filter((r) => r[column("code")] === indicator.code);
      expect(
        rows.map((r) => ({ period: r[column("period")], part: r[column("part")] || null, value: r[column("value")] === "" ? null : Number(r[column("value")]), status: r[column("status")], expected: r[column("expected")] === "" ? null : Number(r[column("expected")]) })),
        indicator.code,
      ).toEqual(indicator.figures.map((f) => ({ period: f.period, part: f.unit, value: f.value, status: f.status, expected: f.expected })));
      expect(rows.every((r) => r[column("name_zh")] === indicator.nameZh && r[column("lead_bureau_zh")] === indicator.department.nameZh)).toBe(true);
    }
    for (const indicator of data.indicators.filter((i) => i.figures.length === 0)) {
      const rows = records.filter((r) => r[column("code")] === indicator.code);
      expect(rows, indicator.code).toHaveLength(1);
      expect(rows[0]![column("period")]).toBe("");
      expect(rows[0]![column("status")]).toBe(indicator.progress.status);
    }
  });

  it("publishes the latest approval time rather than a generation time, so the same data gives the same bytes", async () => {
    const [first, second] = [await exportOf(), await exportOf()];
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
    const latest = await db.figurePublication.aggregate({ _max: { publishedAt: true } });
    expect(first.publishedAt).toBe(latest._max.publishedAt!.toISOString());
    expect(first.isDemo).toBe(true);
  });

  it("feeds one entry per approval, newest first, with revisions old → new and the lead bureau as author", async () => {
    const entries = await loadFeedEntries(db);
    const total = await db.figurePublication.count();
    expect(entries).toHaveLength(Math.min(100, total));
    const feed = parseAtom(renderAtomFeed(entries, { origin: "https://example.org", locale: "zh-CN" }));
    expect(feed.entries).toHaveLength(entries.length);
    const times = feed.entries.map((e) => e.updated);
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
    const mine = feed.entries.find((e) => e.id.includes("afforestation/2020-11"));
    expect(mine).toMatchObject({ title: "造林绿化面积 2020年11月：发布 1.25万亩", author: "市林业局", link: "https://example.org/indicators/afforestation" });
    const revision = feed.entries.find((e) => e.id.includes("old-community-renovation/2020-12"));
    expect(revision?.title).toMatch(/^老旧小区改造工程 2020年12月：修订 10个 → 12个$/);
    const bureaus = new Set((await db.department.findMany({ select: { nameZh: true } })).map((d) => d.nameZh));
    const people = new Set((await db.user.findMany({ select: { displayName: true, login: true } })).flatMap((u) => [u.displayName, u.login]));
    for (const entry of feed.entries) {
      expect(bureaus.has(entry.author), entry.author).toBe(true);
      expect(people.has(entry.author), entry.author).toBe(false);
    }
  });
});
