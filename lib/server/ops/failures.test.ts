import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataDirInUseError } from "../db/embedded";
import { describeFailure } from "./failures";
import { assertPortFree } from "./port";

const SECRET = "s3cret-pw";

let busy: net.Server;
let busyPort: number;
beforeAll(async () => {
  busy = net.createServer();
  await new Promise<void>((resolve) => busy.listen(0, resolve));
  busyPort = (busy.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

async function failureOf(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

/** A pg server error as pg reports it: a message and the SQLSTATE in `code`. */
function serverError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, severity: "FATAL" });
}

describe("describeFailure", () => {
  it("names a busy port and what to do", async () => {
    const error = await failureOf(() => assertPortFree(busyPort));
    expect(describeFailure(error, { port: busyPort })).toBe(`Port ${busyPort} is already in use: stop the program using it, or set PORT to a free port.`);
  });

  it("says which database server does not answer, without the password", async () => {
    const url = `postgresql://app:${SECRET}@127.0.0.1:${busyPort + 1}/siping`;
    const client = new pg.Client({ connectionString: `postgresql://app:${SECRET}@127.0.0.1:1/siping`, connectionTimeoutMillis: 5000 });
    const error = await failureOf(() => client.connect());
    const sentence = describeFailure(error, { databaseUrl: url });
    expect(sentence).toBe(`The database server at 127.0.0.1:${busyPort + 1} does not answer: check DATABASE_URL and that PostgreSQL is running there.`);
    expect(sentence).not.toContain(SECRET);
  });

  it("names the server when a Unix socket is missing", async () => {
    const url = "postgresql://postgres@localhost/postgres?host=%2Fnonexistent%2Frun";
    const client = new pg.Client({ connectionString: url });
    const error = await failureOf(() => client.connect());
    expect(describeFailure(error, { databaseUrl: url })).toBe(
      "The database server at the Unix socket in /nonexistent/run does not answer: check DATABASE_URL and that PostgreSQL is running there.",
    );
  });

  it("tells a refused login and a missing database apart", () => {
    const url = `postgres://app:${SECRET}@db.example:6543/tracker`;
    const auth = describeFailure(serverError("28P01", `password authentication failed for user "app"`), { databaseUrl: url });
    expect(auth).toBe("The database server at db.example:6543 refused the login (authentication failed): check the user and password in DATABASE_URL.");
    const missing = describeFailure(serverError("3D000", `database "tracker" does not exist`), { databaseUrl: url });
    expect(missing).toBe(`The database "tracker" does not exist on the server at db.example:6543: create it (createdb) or correct DATABASE_URL.`);
    expect(auth + missing).not.toContain(SECRET);
  });

  it("finds the code in a wrapped cause", () => {
    const wrapped = new Error("Migration failed", { cause: serverError("3D000", "nope") });
    expect(describeFailure(wrapped, { databaseUrl: "postgresql://u@h/x" })).toMatch(/^The database "x" does not exist on the server at h:5432/);
  });

  it("passes the embedded data folder's own sentence through, and keeps anything else to one line", () => {
    expect(describeFailure(new DataDirInUseError("/srv/.data/pglite", 4242))).toBe(
      "The embedded database in /srv/.data/pglite is in use by process 4242 (another npm start?): stop it first, or set DATA_DIR to another folder.",
    );
    expect(describeFailure(new Error("Invalid environment:\n  PORT: too big\n  DATA_DIR: empty"))).toBe("Invalid environment: PORT: too big; DATA_DIR: empty");
  });
});
