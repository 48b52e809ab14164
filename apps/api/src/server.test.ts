/** The real server over HTTP: listens, loads the sample into an empty database once, stops cleanly. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ComparisonTable, DocumentSummary, Page } from "@stancemap/schema";
import { createStore } from "@stancemap/store";
import { afterAll, describe, expect, it } from "vitest";
import { PASSWORD, TEST_COST } from "../test/accounts.js";
import { SAMPLE_DIR } from "../test/store.js";
import { hashPassword } from "./auth/password.js";
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

  it("refuses shared mode until an admin exists, then requires sign-in over HTTP", async () => {
    const options = {
      port: 0,
      host: "127.0.0.1",
      dataDir: join(dir, "shared"),
      sampleDir: null,
      webRoot: null,
      log: () => {},
      auth: { mode: "required" as const, passwordCost: TEST_COST },
    };
    await expect(startServer(options)).rejects.toThrow(
      /Shared mode needs an admin account first.*stancemap users add --admin/,
    );
    // The refusal closed the database, so another process (the CLI) can open it.
    const store = await createStore({ dataDir: options.dataDir });
    await store.createUser(
      { name: "root", role: "admin", passwordHash: await hashPassword(PASSWORD, TEST_COST) },
      { actor: "cli" },
    );
    await store.close();
    const server = await startServer(options);
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect((await fetch(`${base}/api/documents`)).status).toBe(401);
      expect((await fetch(`${base}/health`)).status).toBe(200);
      const login = await fetch(`${base}/api/auth/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name: "root", password: PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
      expect((await fetch(`${base}/api/documents`, { headers: { Cookie: cookie } })).status).toBe(
        200,
      );
    } finally {
      await server.close();
    }
  });

  it("refuses local mode on an address others can reach", async () => {
    await expect(
      startServer({
        port: 0,
        host: "0.0.0.0",
        dataDir: join(dir, "open"),
        sampleDir: null,
        webRoot: null,
        log: () => {},
        auth: { mode: "local" },
      }),
    ).rejects.toThrow(/cannot be used when listening on 0\.0\.0\.0/);
  });
});
