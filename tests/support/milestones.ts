import { createHash } from "node:crypto";
import { PUT as putRoute } from "@/app/api/v1/tasks/[code]/milestones/[n]/route";
import { POST as submitRoute } from "@/app/api/v1/tasks/[code]/milestones/[n]/submit/route";
import { POST as approveRoute } from "@/app/api/v1/tasks/[code]/milestones/[n]/approve/route";
import { POST as returnRoute } from "@/app/api/v1/tasks/[code]/milestones/[n]/return/route";
import { GET as getTasks } from "@/app/api/v1/tasks/route";
import { ZTaskList } from "@/lib/contracts/tasks";
import type { TDb } from "@/lib/server/db/client";
import { callRoute } from "./request";

export type TMilestoneAction = "put" | "submit" | "approve" | "return";

const ROUTES = { put: putRoute, submit: submitRoute, approve: approveRoute, return: returnRoute } as const;

/** Calls a milestone write route as Next.js would: PUT for "put", POST for the others. */
export function callMilestone(action: TMilestoneAction, headers: Record<string, string>, code: string, n: number | string, body?: unknown) {
  const url = `/api/v1/tasks/${code}/milestones/${n}${action === "put" ? "" : `/${action}`}`;
  return callRoute(ROUTES[action], url, { method: action === "put" ? "PUT" : "POST", params: { code, n: String(n) }, headers, body });
}

/** The public task list, parsed by its contract, with the raw JSON text for searching. */
export async function publicTasks(query = "year=2020") {
  const res = await callRoute(getTasks, `/api/v1/tasks?${query}`);
  return { status: res.status, text: JSON.stringify(res.body), list: res.status === 200 ? ZTaskList.parse(res.body) : null, body: res.body };
}

/**
 * A digest of what a milestone write of these projects may change (their milestones, history and
 * audit rows, and the locks of `periods`), to prove a refused request changed nothing.
 */
export async function snapshotMilestones(db: TDb, codes: string[], periods: string[] = []): Promise<string> {
  const list = codes.map((c) => `'${c.replace(/'/g, "")}'`).join(",");
  const milestoneIds = `SELECT m.id FROM task_milestones m JOIN tasks t ON t.id = m.task_id WHERE t.code IN (${list})`;
  const months = periods.map((p) => p.split("-").map(Number) as [number, number]);
  const lockFilter = months.length > 0 ? months.map(([y, m]) => `(year = ${y} AND month = ${m})`).join(" OR ") : "false";
  const parts = await Promise.all([
    db.$queryRawUnsafe(`SELECT * FROM task_milestones WHERE id IN (${milestoneIds}) ORDER BY id`),
    db.$queryRawUnsafe(`SELECT * FROM task_milestone_revisions WHERE milestone_id IN (${milestoneIds}) ORDER BY id`),
    db.$queryRawUnsafe(`SELECT * FROM period_locks WHERE ${lockFilter} ORDER BY id`),
    db.$queryRawUnsafe(`SELECT id, action, entity_id FROM audit_log WHERE entity_type = 'task_milestone' AND split_part(entity_id, '#', 1) IN (${list}) ORDER BY id`),
  ]);
  const text = JSON.stringify(parts, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  return createHash("sha256").update(text).digest("hex");
}
