/** The repository suite on PGlite: migrate once, then every test opens its own copy of that database. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { storyCorpus } from "../test/fixtures/corpus.js";
import { repositorySuite } from "../test/repository-suite.js";
import { createStore } from "./client.js";

let migrated: Blob;

beforeAll(async () => {
  const store = await createStore({ url: "memory://" });
  if (store.client.driver !== "pglite") throw new Error("memory:// should open PGlite");
  // The same copy-a-migrated-data-directory approach electric-sql/pglite's own tests use.
  migrated = await store.client.pglite.dumpDataDir("none");
  await store.close();
}, 60_000);

repositorySuite("PGlite", () => createStore({ loadDataDir: migrated }));

describe("PGlite on disk", () => {
  it("keeps the data in its directory across openings", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stancemap-store-"));
    try {
      const url = `pglite:${join(dir, "nested", "db")}`;
      const first = await createStore({ url });
      await first.ingestCorpus(storyCorpus(), { actor: "alice" });
      const exported = await first.exportCorpus();
      await first.close();
      // Reopening runs the migrator again, which must find nothing to do.
      const second = await createStore({ url });
      try {
        expect(await second.exportCorpus()).toEqual(exported);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("PGlite directory lock", () => {
  it("refuses a second opening of a directory in use, and takes over a dead process's lock", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "stancemap-lock-")), "db");
    try {
      const first = await createStore({ dataDir: dir });
      await expect(createStore({ dataDir: dir })).rejects.toThrow(/open in another process \(pid/);
      await first.close();
      // A lock file naming a process that no longer runs is stale.
      writeFileSync(`${dir}.lock`, "2147483646");
      const second = await createStore({ dataDir: dir });
      await second.close();
      expect(existsSync(`${dir}.lock`)).toBe(false);
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  });
});
