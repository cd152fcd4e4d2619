import type { PGlite } from "@electric-sql/pglite";

/** ReadyForQuery's transaction status: idle, in a transaction block, in a failed one. */
type TTxStatus = "I" | "T" | "E";

interface TJob {
  handlerId: number;
  /** A protocol message to run, or null: the connection is gone, clean up after it. */
  message: Uint8Array | null;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: Error) => void;
}

const TERMINATE = 0x58; // 'X'
const READY_FOR_QUERY = 0x5a; // 'Z'
const SYNC = Uint8Array.of(0x53, 0, 0, 0, 4);

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, "utf8");
  const message = Buffer.alloc(5 + text.length);
  message.writeUInt8(0x51, 0); // 'Q'
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return message;
}

/**
 * Follows the backend's message framing across chunks and remembers the status of the last
 * ReadyForQuery: the only reliable sign that an exchange (a simple query, or extended-protocol
 * messages up to Sync) is over.
 */
class ReadyForQueryScanner {
  status: TTxStatus | null = null;
  private header: number[] = [];
  private remaining = 0;
  private isReady = false;

  push(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; ) {
      if (this.remaining === 0) {
        this.header.push(chunk[i]!);
        i += 1;
        if (this.header.length === 5) {
          this.isReady = this.header[0] === READY_FOR_QUERY;
          this.remaining = Buffer.from(this.header.slice(1)).readInt32BE(0) - 4;
          this.header = [];
        }
        continue;
      }
      const n = Math.min(this.remaining, chunk.length - i);
      // ReadyForQuery's payload is the one status byte.
      if (this.isReady) this.status = String.fromCharCode(chunk[i + n - 1]!) as TTxStatus;
      this.remaining -= n;
      i += n;
    }
  }
}

/**
 * Replaces pglite-socket 0.2.17's QueryQueueManager (same four methods, which its connection
 * handlers call). PGlite is one backend session, so the connection that starts an exchange keeps
 * exclusive use of it until PGlite answers ReadyForQuery with status idle: outside a transaction
 * and after Sync, so no other connection's Parse/Bind/Execute lands in the middle of it or inside
 * its transaction. Waiting connections take turns in arrival order, one exchange per turn.
 */
export class ExclusiveProtocolQueue {
  private readonly jobs = new Map<number, TJob[]>();
  /** Connections with work, waiting for their turn, oldest first. */
  private readonly turns: number[] = [];
  private owner: number | null = null;
  /** The session's state as the last ReadyForQuery left it, and whether messages went in since. */
  private status: TTxStatus = "I";
  private midExchange = false;
  private pumping = false;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    // The socket closes right after; cleaning up is clearTransactionIfNeeded's job.
    if (message[0] === TERMINATE) return Promise.resolve(0);
    return this.add({ handlerId, message, onData });
  }

  getQueueLength(): number {
    let length = 0;
    for (const jobs of this.jobs.values()) length += jobs.length;
    return length;
  }

  /** The handler's connection closed: drop what it still had waiting. */
  clearQueueForHandler(handlerId: number): void {
    const jobs = this.jobs.get(handlerId) ?? [];
    this.jobs.delete(handlerId);
    const turn = this.turns.indexOf(handlerId);
    if (turn !== -1) this.turns.splice(turn, 1);
    for (const job of jobs) job.reject(new Error("Handler disconnected"));
  }

  /** Called after clearQueueForHandler: an owner that left mid-exchange or mid-transaction is rolled back. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    await this.add({ handlerId, message: null, onData: () => undefined });
  }

  private add(job: Omit<TJob, "resolve" | "reject">): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const jobs = this.jobs.get(job.handlerId);
      if (jobs) jobs.push({ ...job, resolve, reject });
      else this.jobs.set(job.handlerId, [{ ...job, resolve, reject }]);
      if (this.owner !== job.handlerId && !this.turns.includes(job.handlerId)) this.turns.push(job.handlerId);
      void this.pump();
    });
  }

  private next(): TJob | undefined {
    if (this.owner === null) {
      const handlerId = this.turns.shift();
      if (handlerId === undefined) return undefined;
      this.owner = handlerId;
    }
    // The owner may have nothing queued yet (its client is between statements of a
    // transaction): everyone else waits for it.
    return this.jobs.get(this.owner)?.shift();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let job = this.next(); job; job = this.next()) {
        if (!job.message) {
          await this.abandon();
          job.resolve(0);
          this.release();
          continue;
        }
        try {
          job.resolve(await this.run(job.message, job.onData));
        } catch (error) {
          job.reject(error instanceof Error ? error : new Error(String(error)));
        }
        if (this.status === "I" && !this.midExchange) this.release();
      }
    } finally {
      this.pumping = false;
    }
  }

  private release(): void {
    const owner = this.owner;
    this.owner = null;
    if (owner === null) return;
    if (this.jobs.get(owner)?.length) this.turns.push(owner);
    else this.jobs.delete(owner);
  }

  private async run(message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    const scanner = new ReadyForQueryScanner();
    let bytes = 0;
    this.midExchange = true;
    await this.db.runExclusive(() =>
      this.db.execProtocolRawStream(message, {
        onRawData: (data) => {
          bytes += data.length;
          scanner.push(data);
          onData(data);
        },
      }),
    );
    if (scanner.status) {
      this.status = scanner.status;
      this.midExchange = false;
    }
    return bytes;
  }

  /**
   * The owner disconnected. A simple-query ROLLBACK ends an open transaction and any extended
   * exchange (without committing its implicit transaction, as a Sync would); after an error the
   * backend skips everything up to Sync, so then Sync comes first. Never throws: the caller is a
   * socket close handler, and the other connections must get their turn whatever happens.
   */
  private async abandon(): Promise<void> {
    const discard = () => undefined;
    try {
      if (this.status === "I" && !this.midExchange) return;
      await this.run(simpleQuery("ROLLBACK"), discard);
      if (this.midExchange) await this.run(SYNC, discard);
      if (this.status !== "I") await this.run(simpleQuery("ROLLBACK"), discard);
      if (this.status !== "I" || this.midExchange) throw new Error(`transaction status ${this.status} after ROLLBACK`);
    } catch (error) {
      console.error(`Embedded database: rolling back after a client disconnected failed (${error instanceof Error ? error.message : String(error)}).`);
    } finally {
      this.status = "I";
      this.midExchange = false;
    }
  }
}
