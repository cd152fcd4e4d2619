import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ZIndicatorDetail, ZIndicatorList } from "@/lib/contracts/indicators";
import { ZTaskList } from "@/lib/contracts/tasks";
import { formatDay, formatNumber, formatScaled } from "@/lib/format/number";
import { formatQuantity } from "@/lib/format/unit";
import type { TLocale } from "@/lib/i18n/locale";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";
import { createApiToken } from "@/lib/server/auth/tokens";
import { createDb, type TDb } from "@/lib/server/db/client";
import { FEED_PATH, PUBLIC_PAGES, embedPath, indicatorPath } from "@/lib/server/public/routes";
import { createReadyUser, fetchText, mapLimit } from "./support";

/**
 * Issue 8's promise: what is not approved never reaches a public page, export, feed or API answer.
 * Each kind of unpublished work is written through the real API by real users (an official writes,
 * a leader reviews), carrying a sentinel no real figure has; then every public output, for every
 * indicator and in both languages, is searched for every rendering of every sentinel. Controls in the
 * same run prove the search finds what is published.
 *
 * Indicators and months are chosen so that no other browser test reads or writes them: the bureaus
 * investment, petitions, hrss (month 11 only), industry, commerce, culture-tourism, health and
 * market-regulation, in November and December 2020, after the demo's last reported month.
 */

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const YEAR = 2020;
const CLI = { userId: null, sessionId: null, tokenId: null, label: "e2e" };
const LOCALES: TLocale[] = ["zh-CN", "en"];
/** Several hundred answers, pages rendered on a shared two-core machine. */
const FETCH_ALL_MS = 300_000;

/** Sentinel tags: unpublished texts carry 7Q3X, published (control) texts P5W2. */
const HIDDEN = {
  draftValue: 987654.321,
  draftNote: "草稿备注-7Q3X-A1",
  draftExplanation: "内部草稿说明-7Q3X-A2",
  submittedValue: 876543.219,
  submittedNote: "待审备注-7Q3X-B1",
  submittedExplanation: "内部待审说明-7Q3X-B2",
  returnedValue: 765432.198,
  returnedNote: "退回前备注-7Q3X-C1",
  returnReason: "退回原因-7Q3X-C2",
  editedValue: 6543.217,
  editedNote: "改动备注-7Q3X-D1",
  editReason: "改动原因-7Q3X-D2",
  editedSubmittedValue: 5432.176,
  editedSubmittedNote: "改动待审备注-7Q3X-D3",
  editSubmittedReason: "改动待审原因-7Q3X-D4",
  approvedExplanation: "内部说明-7Q3X-E1",
  milestoneSubmittedDay: "2020-12-07",
  milestoneSubmittedNote: "节点待审备注-7Q3X-F1",
  milestoneReturnedDay: "2020-12-09",
  milestoneReturnedNote: "节点退回备注-7Q3X-G1",
  milestoneReturnReason: "节点退回原因-7Q3X-G2",
} as const;

const SHOWN = {
  controlValue: 135792.468,
  editedPublishedValue: 4.37,
  editedPublishedNote: "公开备注-P5W2-D0",
  editedSubmittedPublishedValue: 5.83,
  explainedValue: 3.96,
  explainedNote: "公开备注-P5W2-E0",
  milestoneDay: "2020-12-15",
  milestoneNote: "节点公开备注-P5W2-H0",
} as const;

/** Where each kind is written: indicator (or task), month, and the bureau that reports it. */
const AT = {
  draft: { code: "zhejiang-cooperation-projects", period: "2020-11", bureau: "investment" },
  control: { code: "zhejiang-cooperation-projects", period: "2020-12", bureau: "investment" },
  submitted: { code: "petition-backlog-monthly", period: "2020-11", bureau: "petitions" },
  returned: { code: "employment-training", period: "2020-11", bureau: "hrss" },
  edited: { code: "hq-enterprise-output-growth", period: "2020-11", bureau: "industry" },
  editedSubmitted: { code: "key-enterprise-output-growth", period: "2020-11", bureau: "industry" },
  explained: { code: "retail-sales-growth", period: "2020-11", bureau: "commerce" },
  milestoneSubmitted: { task: "libraries-and-venues", n: 3, bureau: "culture-tourism" },
  milestoneReturned: { task: "emergency-120-upgrade", n: 4, bureau: "health" },
  milestoneApproved: { task: "elevator-safety", n: 4, bureau: "market-regulation" },
} as const;

let db: TDb;
const tokens: Record<string, string> = {};
let reviewer: string;
let indicators: { code: string; unit: string; entryUnit: string; entryFactor: number }[];
let taskCodes: string[];
let hasTaskRoute: boolean;

interface TOutput {
  /** What a person would call it: the path, and the language for pages and the feed. */
  label: string;
  url: string;
  headers: Record<string, string>;
}

interface TFetched extends TOutput {
  status: number;
  /** The body as a reader would see it (see `searchable`). */
  views: string[];
}

async function call(token: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", connection: "close" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  expect(response.status, `${method} ${path}: ${JSON.stringify(answer)}`).toBe(200);
  return answer;
}

const figurePath = (at: { code: string; period: string }) => `/api/v1/figures/${at.code}/${at.period}`;
const milestonePath = (at: { task: string; n: number }) => `/api/v1/tasks/${at.task}/milestones/${at.n}`;

async function putFigure(at: { code: string; period: string; bureau: string }, body: Record<string, unknown>): Promise<void> {
  await call(tokens[at.bureau]!, "PUT", figurePath(at), body);
}
const submitFigure = (at: { code: string; period: string; bureau: string }) => call(tokens[at.bureau]!, "POST", `${figurePath(at)}/submit`, {});
const approveFigure = (at: { code: string; period: string }) => call(reviewer, "POST", `${figurePath(at)}/approve`, {});

async function publishFigure(at: { code: string; period: string; bureau: string }, body: Record<string, unknown>): Promise<void> {
  await putFigure(at, body);
  await submitFigure(at);
  await approveFigure(at);
}

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { connection: "close" } });
  expect(response.status, path).toBe(200);
  return response.json();
}

/**
 * Every way a number can be printed by the project's formatters: as stored, in the entry unit and
 * the display unit, grouped or not, rounded to 1–3 places, in 万/亿 or millions, with its unit.
 * Short forms are left out: they could be any other number (the run first shows the rest absent).
 */
function numberRenderings(value: number, unit: string, entryFactor: number): string[] {
  const forms = new Set<string>([String(value)]);
  for (const v of new Set([value, value * entryFactor, value / entryFactor])) {
    for (const locale of LOCALES) {
      for (const digits of [1, 2, 3]) forms.add(formatNumber(v, locale, digits));
      forms.add(formatScaled(v, locale));
      forms.add(formatQuantity(v, unit, locale));
    }
  }
  return [...forms].filter((f) => f.length >= 6 && f.replace(/[^0-9]/g, "").length >= 4);
}

const dayRenderings = (day: string) => [day, ...LOCALES.map((l) => formatDay(day, l))];

function indicatorOf(code: string) {
  const found = indicators.find((i) => i.code === code);
  if (!found) throw new Error(`no indicator ${code} in /api/v1/indicators`);
  return found;
}

/** Each hidden thing with the strings that would betray it. */
function hiddenSentinels(): { what: string; forms: string[] }[] {
  const numbers = [
    ["draft value", HIDDEN.draftValue, AT.draft.code],
    ["submitted value", HIDDEN.submittedValue, AT.submitted.code],
    ["returned value", HIDDEN.returnedValue, AT.returned.code],
    ["edited (draft) value of an approved figure", HIDDEN.editedValue, AT.edited.code],
    ["edited and submitted value of an approved figure", HIDDEN.editedSubmittedValue, AT.editedSubmitted.code],
  ] as const;
  const texts = Object.entries(HIDDEN).filter(([, v]) => typeof v === "string" && v.includes("7Q3X"));
  return [
    ...numbers.map(([what, value, code]) => {
      const i = indicatorOf(code);
      return { what, forms: numberRenderings(value, i.unit, i.entryFactor) };
    }),
    ...texts.map(([what, text]) => ({ what, forms: [String(text)] })),
    { what: "submitted milestone date", forms: dayRenderings(HIDDEN.milestoneSubmittedDay) },
    { what: "returned milestone date", forms: dayRenderings(HIDDEN.milestoneReturnedDay) },
  ];
}

/**
 * The body as a reader would see it, whatever markup carries the text: React's separators between
 * adjacent text nodes and character references undone, and for markup also with the tags removed
 * (a number split across elements).
 */
function searchable(text: string, type: string): string[] {
  const plain = text
    .replace(/<!-- -->/g, "")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
  return /html|xml/.test(type) ? [plain, plain.replace(/<[^>]*>/g, "")] : [plain];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where any of `forms` occurs in the output, with some context; one pass over each view. */
function findAll(output: TFetched, forms: readonly string[]): { form: string; context: string }[] {
  const pattern = new RegExp(forms.map(escapeRegExp).join("|"), "g");
  return output.views.flatMap((view) =>
    [...view.matchAll(pattern)].map((m) => ({ form: m[0], context: view.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60).replace(/\s+/g, " ") })),
  );
}

const isIn = (output: TFetched, forms: readonly string[]) => findAll(output, forms).length > 0;

/** Every public output of issue 8, each page and the feed in both languages (the default and the English cookie). */
function publicOutputs(): TOutput[] {
  const codes = indicators.map((i) => i.code);
  const pages = [...Object.values(PUBLIC_PAGES), ...codes.flatMap((c) => [indicatorPath(c), embedPath(c)]), FEED_PATH];
  const inLanguages = pages.flatMap((path) => [
    { label: `${path} (zh-CN)`, url: `${baseUrl}${path}`, headers: {} },
    { label: `${path} (en)`, url: `${baseUrl}${path}`, headers: { cookie: `${LOCALE_COOKIE}=en` } },
  ]);
  const months = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, "0")}`);
  const api = [
    `/api/v1/indicators?year=${YEAR}`,
    ...codes.flatMap((c) => [`/api/v1/indicators/${c}?year=${YEAR}`, `/api/v1/indicators/${c}/progress?year=${YEAR}`]),
    `/api/v1/progress?year=${YEAR}`,
    ...months.map((m) => `/api/v1/progress?year=${YEAR}&asOf=${m}`),
    `/api/v1/results?year=2019`,
    `/api/v1/tasks?year=${YEAR}`,
    ...(hasTaskRoute ? taskCodes.map((t) => `/api/v1/tasks/${t}`) : []),
    `/api/v1/export.csv?year=${YEAR}`,
    `/api/v1/export.json?year=${YEAR}`,
    ...codes.flatMap((c) => [`/api/v1/export.csv?year=${YEAR}&indicator=${c}`, `/api/v1/export.json?year=${YEAR}&indicator=${c}`]),
    `/api/v1/openapi.json`,
  ];
  return [...inLanguages, ...api.map((path) => ({ label: path, url: `${baseUrl}${path}`, headers: {} }))];
}

function fetchAll(): Promise<TFetched[]> {
  return mapLimit(publicOutputs(), 4, async (output) => {
    const { status, type, text } = await fetchText(output.url, output.headers);
    return { ...output, status, views: searchable(text, type) };
  });
}

/** "<output>: <what> as "<form>" … context …" for each sentinel found. */
function leaks(outputs: TFetched[]): string[] {
  const whatOf = new Map(hiddenSentinels().flatMap(({ what, forms }) => forms.map((f) => [f, what] as const)));
  const forms = [...whatOf.keys()];
  return outputs.flatMap((output) => [...new Set(findAll(output, forms).map(({ form, context }) => `${output.label}: ${whatOf.get(form)} as "${form}" … ${context} …`))]);
}

/** The public JSON about the indicators and projects the hidden work touches, for a before/after comparison. */
async function touchedAnswers(): Promise<Record<string, unknown>> {
  const codes: string[] = [AT.submitted.code, AT.returned.code, AT.edited.code, AT.editedSubmitted.code, AT.explained.code];
  const answers: Record<string, unknown> = {};
  for (const code of codes) {
    answers[`/api/v1/indicators/${code}`] = await getJson(`/api/v1/indicators/${code}?year=${YEAR}`);
    answers[`/api/v1/indicators/${code}/progress`] = await getJson(`/api/v1/indicators/${code}/progress?year=${YEAR}`);
  }
  const progress = (await getJson(`/api/v1/progress?year=${YEAR}&asOf=${YEAR}-11`)) as { indicators: { code: string }[] };
  for (const row of progress.indicators.filter((r) => codes.includes(r.code))) answers[`/api/v1/progress?asOf=${YEAR}-11 ${row.code}`] = row;
  const tasks = ZTaskList.parse(await getJson(`/api/v1/tasks?year=${YEAR}`));
  for (const task of tasks.tasks.filter((t) => t.code === AT.milestoneSubmitted.task || t.code === AT.milestoneReturned.task)) answers[`/api/v1/tasks ${task.code}`] = task;
  return answers;
}

beforeAll(async () => {
  db = createDb(databaseUrl, { poolSize: 1 });
  const bureaus = [...new Set(Object.values(AT).map((a) => a.bureau))];
  for (const bureau of bureaus) {
    const user = await createReadyUser(db, `e2e-guard-${bureau}`, "official", bureau);
    tokens[bureau] = (await createApiToken(db, { login: user.login, name: "guard", expiresAt: null, actor: CLI })).token;
  }
  const leader = await createReadyUser(db, "e2e-guard-leader", "leader");
  reviewer = (await createApiToken(db, { login: leader.login, name: "guard", expiresAt: null, actor: CLI })).token;
  indicators = ZIndicatorList.parse(await getJson(`/api/v1/indicators?year=${YEAR}`)).indicators;
  taskCodes = ZTaskList.parse(await getJson(`/api/v1/tasks?year=${YEAR}`)).tasks.map((t) => t.code);
  hasTaskRoute = (await fetchText(`${baseUrl}/api/v1/tasks/${taskCodes[0]}`)).status !== 404;
});

afterAll(async () => {
  await db?.$disconnect();
});

describe("only approved figures anywhere public", () => {
  let before: Record<string, unknown>;
  let outputs: TFetched[];

  it("publishes what the public may see: figures later edited, a figure with an internal explanation, a milestone", async () => {
    await publishFigure(AT.edited, { value: SHOWN.editedPublishedValue, note: SHOWN.editedPublishedNote });
    await publishFigure(AT.editedSubmitted, { value: SHOWN.editedSubmittedPublishedValue });
    await publishFigure(AT.explained, { value: SHOWN.explainedValue, note: SHOWN.explainedNote, explanation: HIDDEN.approvedExplanation });
    const ms = AT.milestoneApproved;
    await call(tokens[ms.bureau]!, "PUT", milestonePath(ms), { doneDate: SHOWN.milestoneDay, note: SHOWN.milestoneNote });
    await call(tokens[ms.bureau]!, "POST", `${milestonePath(ms)}/submit`, {});
    await call(reviewer, "POST", `${milestonePath(ms)}/approve`, {});
  });

  it("finds no sentinel in any public output before the hidden work is written (so each is unmistakable)", async () => {
    before = await touchedAnswers();
    expect(leaks(await fetchAll())).toEqual([]);
  }, FETCH_ALL_MS);

  it("writes the hidden work through the API: a draft, a submitted and a returned figure, two edits of approved figures, two unapproved milestones", async () => {
    await putFigure(AT.draft, { value: HIDDEN.draftValue, note: HIDDEN.draftNote, explanation: HIDDEN.draftExplanation });

    await putFigure(AT.submitted, { value: HIDDEN.submittedValue, note: HIDDEN.submittedNote, explanation: HIDDEN.submittedExplanation });
    await submitFigure(AT.submitted);

    await putFigure(AT.returned, { value: HIDDEN.returnedValue, note: HIDDEN.returnedNote });
    await submitFigure(AT.returned);
    await call(reviewer, "POST", `${figurePath(AT.returned)}/return`, { reason: HIDDEN.returnReason });

    await putFigure(AT.edited, { value: HIDDEN.editedValue, note: HIDDEN.editedNote, reason: HIDDEN.editReason });
    await putFigure(AT.editedSubmitted, { value: HIDDEN.editedSubmittedValue, note: HIDDEN.editedSubmittedNote, reason: HIDDEN.editSubmittedReason });
    await submitFigure(AT.editedSubmitted);

    const submitted = AT.milestoneSubmitted;
    await call(tokens[submitted.bureau]!, "PUT", milestonePath(submitted), { doneDate: HIDDEN.milestoneSubmittedDay, note: HIDDEN.milestoneSubmittedNote });
    await call(tokens[submitted.bureau]!, "POST", `${milestonePath(submitted)}/submit`, {});
    const returned = AT.milestoneReturned;
    await call(tokens[returned.bureau]!, "PUT", milestonePath(returned), { doneDate: HIDDEN.milestoneReturnedDay, note: HIDDEN.milestoneReturnedNote });
    await call(tokens[returned.bureau]!, "POST", `${milestonePath(returned)}/submit`, {});
    await call(reviewer, "POST", `${milestonePath(returned)}/return`, { reason: HIDDEN.milestoneReturnReason });

    const stored = await db.figure.findMany({
      where: { year: YEAR, month: 11, indicator: { code: { in: [AT.draft.code, AT.submitted.code, AT.returned.code, AT.edited.code, AT.editedSubmitted.code] } } },
      select: { status: true, indicator: { select: { code: true } } },
    });
    expect(Object.fromEntries(stored.map((f) => [f.indicator.code, f.status]))).toEqual({
      [AT.draft.code]: "draft",
      [AT.submitted.code]: "submitted",
      [AT.returned.code]: "returned",
      [AT.edited.code]: "draft",
      [AT.editedSubmitted.code]: "submitted",
    });
  });

  it("approves the control last (an approval refreshes every cached public answer), and the API shows it", async () => {
    await publishFigure(AT.control, { value: SHOWN.controlValue });
    const detail = ZIndicatorDetail.parse(await getJson(`/api/v1/indicators/${AT.control.code}?year=${YEAR}`));
    expect(detail.figures.find((f) => f.period === AT.control.period)?.value).toBe(SHOWN.controlValue);
    expect(detail.figures.find((f) => f.period === AT.draft.period)).toBeUndefined();
    outputs = await fetchAll();
  }, FETCH_ALL_MS);

  it("every public output answers", () => {
    const failed = outputs.filter((o) => o.status !== 200).map((o) => `${o.label}: ${o.status}`);
    expect(failed).toEqual([]);
  });

  it("no sentinel of unpublished work appears in any public output, in any rendering", () => {
    expect(leaks(outputs)).toEqual([]);
  });

  it("the public JSON about the touched indicators and projects is exactly what it was before the hidden work", async () => {
    expect(await touchedAnswers()).toEqual(before);
  });

  it("keeps showing the published values and notes of the edited figures, and the approved note and milestone", () => {
    const missing: string[] = [];
    const expectIn = (label: string, what: string, forms: string[]) => {
      const output = outputs.find((o) => o.label === label);
      if (!output) throw new Error(`no output ${label}`);
      if (!isIn(output, forms)) missing.push(`${label}: ${what}`);
    };
    const asShown = (value: number, unit: string) => LOCALES.flatMap((l) => [formatNumber(value, l), formatQuantity(value, unit, l)]);
    for (const lang of LOCALES) {
      expectIn(`${indicatorPath(AT.edited.code)} (${lang})`, "published value of the edited figure", asShown(SHOWN.editedPublishedValue, indicatorOf(AT.edited.code).unit));
      expectIn(`${indicatorPath(AT.edited.code)} (${lang})`, "published note of the edited figure", [SHOWN.editedPublishedNote]);
      expectIn(`${indicatorPath(AT.editedSubmitted.code)} (${lang})`, "published value of the edited, submitted figure", asShown(SHOWN.editedSubmittedPublishedValue, indicatorOf(AT.editedSubmitted.code).unit));
      expectIn(`${indicatorPath(AT.explained.code)} (${lang})`, "approved note", [SHOWN.explainedNote]);
      expectIn(`${PUBLIC_PAGES.projects} (${lang})`, "approved milestone note", [SHOWN.milestoneNote]);
    }
    for (const path of [`/api/v1/indicators/${AT.edited.code}?year=${YEAR}`, `/api/v1/export.csv?year=${YEAR}&indicator=${AT.edited.code}`, `/api/v1/export.json?year=${YEAR}&indicator=${AT.edited.code}`]) {
      expectIn(path, "published value of the edited figure", [String(SHOWN.editedPublishedValue)]);
      expectIn(path, "published note of the edited figure", [SHOWN.editedPublishedNote]);
    }
    expectIn(`/api/v1/tasks?year=${YEAR}`, "approved milestone note", [SHOWN.milestoneNote]);
    expect(missing).toEqual([]);
  });

  it("finds the control, approved last, wherever published figures are shown (so the search can find things)", () => {
    const control = indicatorOf(AT.control.code);
    const forms = numberRenderings(SHOWN.controlValue, control.unit, control.entryFactor);
    const wanted = [
      `/api/v1/indicators/${AT.control.code}?year=${YEAR}`,
      `/api/v1/export.csv?year=${YEAR}`,
      `/api/v1/export.json?year=${YEAR}`,
      `/api/v1/export.csv?year=${YEAR}&indicator=${AT.control.code}`,
      `/api/v1/export.json?year=${YEAR}&indicator=${AT.control.code}`,
      ...LOCALES.flatMap((lang) => [`${PUBLIC_PAGES.overview} (${lang})`, `${indicatorPath(AT.control.code)} (${lang})`, `${FEED_PATH} (${lang})`]),
    ];
    const missing = wanted.filter((label) => {
      const output = outputs.find((o) => o.label === label)!;
      return !isIn(output, forms);
    });
    expect(missing).toEqual([]);
  });
});
