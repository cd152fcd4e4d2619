import net from "node:net";

/**
 * Fails with EADDRINUSE (or EACCES) when the HTTP server could not listen on `port`, checked on
 * every interface as the server listens. Done before building and booting, so a busy port costs
 * seconds, not a build; a program grabbing the port in between still fails the server later.
 */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen({ port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
