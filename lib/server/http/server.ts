import { createServer, type Server } from "node:http";
import next from "next";
import { hardenRequest, type THardeningOptions } from "./harden";

export interface TAppServerOptions extends THardeningOptions {
  dir: string;
  hostname: string | undefined;
  port: number;
}

export interface TAppServer {
  server: Server;
  listen(): Promise<void>;
  /** Stops accepting connections, lets requests in flight finish (up to `graceMs`), then stops Next. */
  close(graceMs?: number): Promise<void>;
}

/** Next.js behind a plain Node server that hardens every request first (see hardenRequest). */
export async function createAppServer(options: TAppServerOptions): Promise<TAppServer> {
  const server = createServer();
  const app = next({ dev: options.dev, dir: options.dir, hostname: options.hostname ?? "localhost", port: options.port, httpServer: server });
  await app.prepare();
  const handle = app.getRequestHandler();
  server.on("request", (req, res) => {
    if (hardenRequest(req, res, options)) return;
    handle(req, res).catch((error: unknown) => {
      console.error(`${req.method} ${req.url}`, error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  return {
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port, options.hostname, () => {
          server.off("error", reject);
          resolve();
        });
      }),
    close: async (graceMs = 10_000) => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      await app.close();
    },
  };
}
