import { parseArgs, type ParseArgsConfig } from "node:util";
import type { TDb } from "../db/client";

/** An open database for one command: the Prisma client, and the URL for plain `pg` work. */
export interface TCliDb {
  db: TDb;
  url: string;
}

export interface TCliContext {
  /**
   * Runs `fn` against DATABASE_URL when set; else against the running `npm start` (its embedded
   * database's socket); else opens the embedded data folder itself (migrated, not seeded) and
   * closes it afterwards. Keep the work short: on the embedded database a transaction holds
   * every other connection, the app's included, until it ends.
   */
  withDb: <T>(fn: (conn: TCliDb) => Promise<T>) => Promise<T>;
}

/**
 * One CLI command. A file in commands/ exports one or more of these; commands/index.ts lists
 * them (one line each). `run` prints its result with console.log and throws on failure:
 * UsageError (exit 2) for wrong arguments, anything else (exit 1) is shown as one sentence.
 */
export interface TCommand {
  /** The words that select it: "backup", or "user create" for a command with a subcommand. */
  name: string;
  /** Its arguments, as shown by --help: "<file>", "--login <login> [--expires 90d]". */
  usage: string;
  summary: string;
  run: (args: string[], ctx: TCliContext) => Promise<void>;
}

export class UsageError extends Error {
  readonly code = "CLI_USAGE";
}

/** node:util parseArgs (strict), with its complaints turned into UsageError. */
export function parseCommandArgs<T extends Omit<ParseArgsConfig, "args" | "strict">>(command: TCommand, args: string[], config: T) {
  try {
    return parseArgs({ ...config, args, strict: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0]!.split(". ")[0]!.replace(/\.$/, "") : String(error);
    throw new UsageError(`${reason}. Usage: npm run cli -- ${command.name} ${command.usage}`);
  }
}
