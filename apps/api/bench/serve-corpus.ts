/**
 * Benchmark child process: serves the Stancemap app on a database directory (with and without its
 * response cache) and a trivial Hono JSON route as the ceiling, on 127.0.0.1; reports the ports to
 * the parent over IPC.
 */

import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { extractCorpus } from "@stancemap/extract";
import { createStore } from "@stancemap/store";
import { Hono } from "hono";
import { createApp } from "../src/app.js";

const dataDir = process.argv[2];
if (!dataDir || !process.send) throw new Error("run by api.bench.ts with a data directory");

const store = await createStore({ dataDir });
const app = createApp({ store, extract: extractCorpus });
// The same app without its response cache: what a request costs when it reaches the database.
const uncached = createApp({ store, extract: extractCorpus }, { cache: false });
const trivial = new Hono().get("/", (c) => c.json({ status: "ok", items: [1, 2, 3] }));

async function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<number> {
  const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }) as Server;
  await once(server, "listening");
  return (server.address() as AddressInfo).port;
}

process.send({
  app: await listen(app.fetch),
  uncached: await listen(uncached.fetch),
  trivial: await listen(trivial.fetch),
});
process.on("disconnect", () => {
  void store.close().finally(() => process.exit(0));
});
