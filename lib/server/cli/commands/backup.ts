import path from "node:path";
import { backupDatabase } from "../../ops/backup";
import { restoreDatabase } from "../../ops/restore";
import { parseCommandArgs, UsageError, type TCommand } from "../command";

function fileArgument(command: TCommand, args: string[]): string {
  const { positionals } = parseCommandArgs(command, args, { allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError(`Give one file. Usage: npm run cli -- ${command.name} ${command.usage}`);
  return path.resolve(positionals[0]!);
}

export const backupCommand: TCommand = {
  name: "backup",
  usage: "<file>",
  summary: "write every table, as of one instant, to a file (replaced only when complete)",
  async run(args, ctx) {
    const file = fileArgument(backupCommand, args);
    const summary = await ctx.withDb(({ url }) => backupDatabase(url, file));
    console.log(`Backed up ${summary.rows} rows of ${summary.tables} tables to ${file}.`);
  },
};

export const restoreCommand: TCommand = {
  name: "restore",
  usage: "<file>",
  summary: "load a backup into a migrated, empty database (for the embedded one: a new DATA_DIR)",
  async run(args, ctx) {
    const file = fileArgument(restoreCommand, args);
    const summary = await ctx.withDb(({ url }) => restoreDatabase(url, file));
    console.log(`Restored ${summary.rows} rows of ${summary.tables} tables from ${file}.`);
  },
};
