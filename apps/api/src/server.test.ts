/** The real server over HTTP: listens, loads the sample into an empty database once, stops cleanly. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ComparisonTable, DocumentSummary, Page } from "@stancemap/schema";
import { afterAll, describe, expect, it } from "vitest";
import { SAMPLE_DIR } from "../test/store.js";
import { startServer } from "./server.js";

const dir = mkdtempSync(join(tmpdir(), "stancemap-server-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("startServer", () => {
  it("serves /health and /api/compare over HTTP, with the sample loaded into an empty database", async () => {
    const lines: string[] = [];
    const options = {
      port: 0,
      host: "127.0.0.1",
      dataDir: join(dir, "db"),
      sampleDir: SAMPLE_DIR,
      webRoot: null,
      log: (line: string) => lines.push(line),
    };
    const server = await startServer(options);
    try {
      expect(server.port).toBeGreaterThan(0);
      expect(server.url).toBe(`http://localhost:${server.port}`);
      expect(lines.join("\n")).toMatch(/Loaded the sample corpus: 5 documents/);
      expect(lines.join("\n")).toContain(`running at ${server.url}`);
      const base = `http://127.0.0.1:${server.port}`;
      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok" });
      const compare = await fetch(`${base}/api/compare`);
      expect(compare.status).toBe(200);
      const table = ComparisonTable.parse(await compare.json());
      expect(table.rows.length).toBeGreaterThan(0);
      const missing = await fetch(`${base}/api/actors/act_nobodyatall`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get("content-type")).toMatch(/problem\+json/);
    } finally {
      await server.close();
    }

    // Reopening the same directory keeps the data and does not load the sample again.
    lines.length = 0;
    const again = await startServer(options);
    try {
      expect(lines.join("\n")).not.toMatch(/Loaded the sample/);
      const docs = await fetch(`http://127.0.0.1:${again.port}/api/documents`);
      expect(Page(DocumentSummary).parse(await docs.json()).items).toHaveLength(5);
    } finally {
      await again.close();
    }
  });

  it("fails with the cause when the port is taken, and closes the database", async () => {
    const first = await startServer({
      port: 0,
      host: "127.0.0.1",
      dataDir: join(dir, "a"),
      sampleDir: null,
      webRoot: null,
      log: () => {},
    });
    try {
      await expect(
        startServer({
          port: first.port,
          host: "127.0.0.1",
          dataDir: join(dir, "b"),
          sampleDir: null,
          webRoot: null,
          log: () => {},
        }),
      ).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
