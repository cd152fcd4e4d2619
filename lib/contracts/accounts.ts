import { z } from "zod";

/** A login: lower-case letters, digits, dot, underscore and hyphen (official-stats), 2–64 long. */
export const ZLogin = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/);
