import type { TSchedule } from "./types";

/**
 * Expected paths through the year (cumulative share due by each month end). Editable
 * configuration: the report gives no monthly plan. Jilin's climate: frozen ground Nov–Mar.
 */

/** Even progress: k/12 by the end of month k. */
export const LINEAR: TSchedule = [0.083333, 0.166667, 0.25, 0.333333, 0.416667, 0.5, 0.583333, 0.666667, 0.75, 0.833333, 0.916667, 1];

/**
 * Good-air days: fewer in winter (heating season, inversions), most in summer. Shares of 300 days
 * from an expected month pattern 20, 20, 25, 26, 28, 27, 29, 29, 28, 26, 22, 20.
 */
export const GOOD_AIR_DAYS: TSchedule = [0.066667, 0.133333, 0.216667, 0.303333, 0.396667, 0.486667, 0.583333, 0.68, 0.773333, 0.86, 0.933333, 1];

/**
 * PM2.5: share of the year's concentration-days (monthly mean × days). Heating season and straw
 * burning make winter far worse: monthly means of about 58, 48, 40, 32, 26, 22, 18, 17, 21, 30, 42,
 * 52 μg/m³ (year ≈ 34). A linear path would make every winter month look off track.
 */
export const PM25: TSchedule = [0.145316, 0.257819, 0.358038, 0.435626, 0.500768, 0.55411, 0.599208, 0.641801, 0.692718, 0.767882, 0.869716, 1];

/** Training classes: little around the Spring Festival and in the summer farming and harvest peaks. */
export const TRAINING: TSchedule = [0.02, 0.05, 0.13, 0.24, 0.36, 0.46, 0.52, 0.58, 0.69, 0.82, 0.94, 1];

/** Outdoor construction: season Apr–Oct. */
export const CONSTRUCTION_SEASON: TSchedule = [0, 0, 0, 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1, 1];
