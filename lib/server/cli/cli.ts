import { getEnv } from "../env";
import { describeFailure } from "../ops/failures";
import { withCliDb } from "./cli-db";
import { UsageError, type TCommand } from "./command";
import { COMMANDS } from "./commands";

/** `npm run cli -- <command> [args]`. Exit codes: 0 done, 1 failed, 2 wrong command or arguments. */

function helpText(commands: TCommand[]): string {
  const width = Math.max(...commands.map((c) => `${c.name} ${c.usage}`.length));
  return [
    "Usage: npm run cli -- <command> [arguments]",
    "",
    ...commands.map((c) => `  ${`${c.name} ${c.usage}`.padEnd(width)}  ${c.summary}`),
    "",
    "On DATABASE_URL when set, else on the embedded database in DATA_DIR (through npm start when it runs).",
  ].join("\n");
}

/** The longest registered name that the arguments start with ("user create" before "user"). */
function findCommand(commands: TCommand[], argv: string[]): { command: TCommand; args: string[] } | null {
  const matches = commands
    .map((command) => ({ command, words: command.name.split(" ") }))
    .filter(({ words }) => words.every((word, i) => argv[i] === word))
    .sort((a, b) => b.words.length - a.words.length);
  const best = matches[0];
  return best ? { command: best.command, args: argv.slice(best.words.length) } : null;
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    console.log(helpText(COMMANDS));
    return argv.length === 0 ? 2 : 0;
  }
  const found = findCommand(COMMANDS, argv);
  if (!found) {
    console.error(`Unknown command "${argv.join(" ")}": see npm run cli -- --help.`);
    return 2;
  }
  if (found.args.includes("--help") || found.args.includes("-h")) {
    console.log(`Usage: npm run cli -- ${found.command.name} ${found.command.usage}\n  ${found.command.summary}`);
    return 0;
  }
  try {
    await found.command.run(found.args, { withDb: withCliDb });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    const env = (() => {
      try {
        return getEnv();
      } catch {
        return undefined;
      }
    })();
    console.error(describeFailure(error, { databaseUrl: env?.DATABASE_URL }));
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(describeFailure(error));
    process.exit(1);
  },
);
