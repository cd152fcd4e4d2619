import { Prisma } from "../db/generated/client";
import type { Decimal } from "../db/generated/internal/prismaNamespace";

/**
 * The one place an entered figure becomes a shown one: display value = entered value × the
 * target's entry factor, in decimal arithmetic, so 520 人 × 0.0001 is exactly 0.052 万人.
 * Figures are stored as typed (in the entry unit); everything public is in the display unit.
 */
export function toDisplayValue(entered: Decimal | null, entryFactor: Decimal): number | null {
  return entered === null ? null : entered.mul(entryFactor).toNumber();
}

/**
 * The same conversion inside a query, for loaders that read a year of figures at once: NUMERIC ×
 * NUMERIC is exact in PostgreSQL, and the product becomes the nearest double, as toDisplayValue's
 * does (tests/integration/progress-load.test.ts holds the two to the same numbers).
 */
export function displayValueSql(entered: Prisma.Sql, entryFactor: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${entered} * ${entryFactor})::float8`;
}
