/** `stancemap serve` on a temporary database: prints the URL, serves, and stops when told to. */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ComparisonTable } from "@stancemap/schema";
import { afterAll, describe, expect, it } from "vitest";
import { capture } from "../test/io.js";
import { main } from "./main.js";

const root = mkdtempSync(join(tmpdir(), "stancemap-cli-serve-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function waitFor(check: () => boolean, what: string) {
  for (let i = 0; i < 600; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("stancemap serve", () => {
  it("loads the sample into an empty database, prints the URL, serves, and stops on abort", async () => {
    const stop = new AbortController();
    const io = capture({ signal: stop.signal });
    const exit = main(
      ["serve", "--port", "0", "--host", "127.0.0.1", "--data", join(root, "db")],
      io,
    );
    await waitFor(() => /running at http:\/\/localhost:\d+/.test(io.out), "the URL");
    const port = Number(/running at http:\/\/localhost:(\d+)/.exec(io.out)?.[1]);
    expect(io.out).toMatch(/Loaded the sample corpus: 5 documents/);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(await health.json()).toEqual({ status: "ok" });
    const table = ComparisonTable.parse(
      await (await fetch(`http://127.0.0.1:${port}/api/compare`)).json(),
    );
    expect(table.rows.length).toBeGreaterThan(0);
    stop.abort();
    expect(await exit).toBe(0);
    expect(io.out).toMatch(/Stopped\.\n$/);
  });

  it("skips the sample with --no-sample", async () => {
    const stop = new AbortController();
    const io = capture({ signal: stop.signal });
    const exit = main(
      ["serve", "--port", "0", "--host", "127.0.0.1", "--data", join(root, "bare"), "--no-sample"],
      io,
    );
    await waitFor(() => /running at/.test(io.out), "the URL");
    const port = Number(/localhost:(\d+)/.exec(io.out)?.[1]);
    const docs = await (await fetch(`http://127.0.0.1:${port}/api/documents`)).json();
    expect(docs).toEqual({ items: [], nextCursor: null });
    expect(io.out).not.toMatch(/Loaded the sample/);
    stop.abort();
    expect(await exit).toBe(0);
  });

  it("exits 1 when the port is taken and 2 for a bad port", async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", done));
    const { port } = blocker.address() as { port: number };
    try {
      const io = capture();
      expect(
        await main(
          [
            "serve",
            "--port",
            String(port),
            "--host",
            "127.0.0.1",
            "--data",
            join(root, "taken"),
            "--no-sample",
          ],
          io,
        ),
      ).toBe(1);
      expect(io.err).toMatch(/EADDRINUSE/);
    } finally {
      blocker.close();
    }
    const bad = capture();
    expect(await main(["serve", "--port", "http"], bad)).toBe(2);
    expect(bad.err).toMatch(/--port needs a number/);
    const help = capture();
    expect(await main(["serve", "--help"], help)).toBe(0);
    expect(help.out).toMatch(/--no-sample/);
  });
});
