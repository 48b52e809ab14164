/**
 * `stancemap serve`: the same server `npm start` runs. This is the one place an app imports another
 * (GUIDE.md says apps never do): the issue asks the CLI to serve, and duplicating the server here
 * would let the two drift, so the CLI reuses @stancemap/api's runServer.
 */
import type { Command, Io } from "../main.js";
import { parseCommandArgs, UsageError } from "../usage.js";

const help = `Usage: stancemap serve [--port N] [--host HOST] [--data DIR] [--no-sample]

Serve the Stancemap API (and the web UI from apps/web/dist when it is built) on the
local database, until Ctrl-C. When the database holds no document yet, the bundled
sample corpus (corpora/sample) is ingested first. The API reference is at /docs.

Options:
  --port N      port to listen on (default: PORT, else 3000; 0 picks a free port)
  --host HOST   address to listen on (default: HOST, else 127.0.0.1; 0.0.0.0 for
                every interface)
  --data DIR    the embedded database directory (default: STANCEMAP_DATA, else
                ./.stancemap/db; DATABASE_URL selects PostgreSQL instead)
  --no-sample   do not load the sample corpus into an empty database
  -h, --help    show this help

Exit codes: 0 stopped by a signal; 1 the server could not start (port in use,
database unreadable); 2 usage error.
`;

export const serveCommand: Command = {
  name: "serve",
  summary: "serve the API and web UI on the local database (what npm start runs)",
  help,
  async run(args: string[], io: Io) {
    const { values, positionals } = parseCommandArgs(args, {
      port: { type: "string" },
      host: { type: "string" },
      data: { type: "string" },
      "no-sample": { type: "boolean", default: false },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    let port: number | undefined;
    if (values.port !== undefined) {
      port = Number(values.port);
      if (!/^\d+$/.test(values.port) || port > 65535) {
        throw new UsageError(`--port needs a number from 0 to 65535, not '${values.port}'`);
      }
    }
    if (values.host === "") throw new UsageError("--host is empty");
    const { runServer, serverOptionsFromEnv } = await import("@stancemap/api");
    const options = serverOptionsFromEnv();
    if (port !== undefined) options.port = port;
    if (values.host !== undefined) options.host = values.host;
    if (values.data !== undefined) {
      // An explicit --data wins over the environment, DATABASE_URL included.
      options.dataDir = values.data;
      options.databaseUrl = undefined;
    }
    if (values["no-sample"]) options.sampleDir = null;
    options.log = (line) => io.stdout(`${line}\n`);
    try {
      await runServer(options, io.signal);
    } catch (error) {
      io.stderr(`stancemap serve: ${(error as Error).message}\n`);
      return 1;
    }
    return 0;
  },
};
