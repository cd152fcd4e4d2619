import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bootDatabase } from "@/lib/server/cli/boot";
import { createDb } from "@/lib/server/db/client";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function counts(url: string): Promise<Record<string, number>> {
  const db = createDb(url);
  try {
    const [indicators, results, figures, users, audit] = await Promise.all([
      db.indicator.count(),
      db.result.count(),
      db.figure.count(),
      db.user.count(),
      db.auditLog.count(),
    ]);
    return { indicators, results, figures, users, audit };
  } finally {
    await db.$disconnect();
  }
}

describe("the embedded database on disk", () => {
  it("is migrated and seeded once, and a restart neither duplicates nor loses data", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "siping-restart-"));
    dirs.push(dataDir);

    const first = await bootDatabase({ dataDir });
    expect(first.embedded).not.toBeNull();
    expect(first.demo).toBe(true);
    expect(first.seed.skipped).toBe(false);
    const db = createDb(first.url);
    try {
      await db.indicator.update({ where: { code: "afforestation" }, data: { nameZh: "造林绿化面积(重启测试)" } });
    } finally {
      await db.$disconnect();
    }
    const before = await counts(first.url);
    await first.embedded!.stop();

    const second = await bootDatabase({ dataDir });
    try {
      expect(second.migrations.applied).toEqual([]);
      expect(second.seed.skipped).toBe(true);
      expect(await counts(second.url)).toEqual(before);
      const reopened = createDb(second.url);
      try {
        const row = await reopened.indicator.findUniqueOrThrow({ where: { code: "afforestation" }, select: { nameZh: true } });
        expect(row.nameZh).toBe("造林绿化面积(重启测试)");
      } finally {
        await reopened.$disconnect();
      }
    } finally {
      await second.embedded!.stop();
    }
  }, 120_000);
});
