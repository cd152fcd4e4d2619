/**
 * What a bench has started (servers, browsers, databases, files), undone in reverse order at the
 * end, on failure and on Ctrl-C, so no run leaves a process or a database behind.
 */
export class Cleanups {
  private readonly steps: (() => Promise<unknown>)[] = [];

  /** Registers an undo step; the last registered runs first. */
  add(step: () => Promise<unknown>): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    while (this.steps.length > 0) {
      await this.steps.pop()!().catch((error: unknown) => console.error(error instanceof Error ? error.message : error));
    }
  }
}

/**
 * Runs a bench's main function: cleans up after it, after a failure (exit 1) and after SIGINT or
 * SIGTERM (exit 130), printing only the message of an error.
 */
export function runBench(main: (cleanups: Cleanups) => Promise<void>): void {
  const cleanups = new Cleanups();
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and relayed by tsx),
    // and a second signal without a handler would kill it halfway through the cleanup.
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.error(`\n${signal}: stopping the servers and dropping the scratch database…`);
      void cleanups.run().finally(() => process.exit(130));
    });
  }
  main(cleanups)
    .then(() => cleanups.run())
    .catch(async (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      await cleanups.run();
      process.exit(1);
    });
}
