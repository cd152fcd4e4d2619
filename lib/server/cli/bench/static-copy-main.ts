import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { onStopRequest } from "./child";

/**
 * A plain Node HTTP server answering every request with the same bytes and headers: the ceiling
 * the app is compared with in `npm run bench:public`. Started by static-copy.ts.
 *   --file <path> --content-type <type> [--content-encoding <encoding>]
 */
const { values } = parseArgs({
  options: { file: { type: "string" }, "content-type": { type: "string" }, "content-encoding": { type: "string" } },
});
const body = readFileSync(values.file!);
const headers: Record<string, string | number> = { "content-type": values["content-type"]!, "content-length": body.length };
if (values["content-encoding"]) headers["content-encoding"] = values["content-encoding"];

const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 }));
});
onStopRequest(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
