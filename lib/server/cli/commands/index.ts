import type { TCommand } from "../command";
import { ACCOUNT_COMMANDS } from "./accounts";
import { backupCommand, restoreCommand } from "./backup";

/** Every CLI command, in --help order. To add one: write commands/<group>.ts, import it, list it here. */
export const COMMANDS: TCommand[] = [...ACCOUNT_COMMANDS, backupCommand, restoreCommand];
