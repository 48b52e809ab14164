import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createResponseCache } from "./cache.js";

/** An app whose answers show how often the handler ran. */
function counting(options: Parameters<typeof createResponseCache>[0] = {}) {
  const cache = createResponseCache(options);
  let runs = 0;
  const app = new Hono();
  app.use("/api/*", cache.middleware);
  app.get("/api/items", (c) => {
    runs++;
    return c.json({ runs, q: c.req.query("q") ?? null });
  });
  app.get("/api/big", (c) => c.text("x".repeat(100)));
  app.get("/api/missing", (c) => c.json({ runs: ++runs }, 404));
  app.post("/api/items", (c) => c.json({ ok: true }, 201));
  return { app, cache, runs: () => runs };
}

describe("createResponseCache", () => {
  it("answers a repeated GET from memory, keyed by the full URL, with its content type", async () => {
    const { app, runs } = counting();
    const first = await app.request("/api/items?q=a");
    expect(await first.json()).toEqual({ runs: 1, q: "a" });
    const again = await app.request("/api/items?q=a");
    expect(again.headers.get("content-type")).toMatch(/application\/json/);
    expect(await again.json()).toEqual({ runs: 1, q: "a" });
    expect(await (await app.request("/api/items?q=b")).json()).toEqual({ runs: 2, q: "b" });
    expect(runs()).toBe(2);
  });

  it("empties on every write and never keeps errors", async () => {
    const { app, cache, runs } = counting();
    await app.request("/api/items");
    await app.request("/api/items", { method: "POST" });
    expect(cache.size).toBe(0);
    expect(await (await app.request("/api/items")).json()).toEqual({ runs: 2, q: null });
    await app.request("/api/missing");
    await app.request("/api/missing");
    expect(runs()).toBe(4);
  });

  it("expires answers after the TTL and evicts the least recently used past the size bound", async () => {
    let clock = 0;
    const timed = counting({ ttlMs: 1000, now: () => clock });
    await timed.app.request("/api/items");
    clock = 1000;
    await timed.app.request("/api/items");
    expect(timed.runs()).toBe(1);
    clock = 2001;
    await timed.app.request("/api/items");
    expect(timed.runs()).toBe(2);

    const small = counting({ maxBytes: 40, maxEntryBytes: 50 });
    await small.app.request("/api/big");
    expect(small.cache.size).toBe(0);
    await small.app.request("/api/items?q=1");
    await small.app.request("/api/items?q=2");
    await small.app.request("/api/items?q=3");
    expect(small.cache.size).toBe(2);
    await small.app.request("/api/items?q=3");
    expect(small.runs()).toBe(3);
  });
});
