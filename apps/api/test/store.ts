/**
 * Test databases: the bundled sample corpus is extracted and ingested once per test file into a
 * migrated PGlite, which is dumped; each test (or group of read-only tests) loads its own copy.
 * PGlite takes 0.5–0.9 GB per instance, so a file keeps at most one or two open.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ExtractInput, extractCorpus } from "@stancemap/extract";
import { type IngestResult, Problem } from "@stancemap/schema";
import { createStore, type Store } from "@stancemap/store";
import { expect } from "vitest";
import { ingestInputs } from "../src/ingest.js";

export const SAMPLE_DIR = join(import.meta.dirname, "../../../corpora/sample");

export function sampleInputs(): ExtractInput[] {
  return readdirSync(SAMPLE_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({
      origin: `corpora/sample/${name}`,
      bytes: readFileSync(join(SAMPLE_DIR, name)),
    }));
}

export interface Snapshots {
  /** Migrated, no data. */
  empty: Blob;
  /** Migrated, with the sample corpus ingested through the extractor. */
  sample: Blob;
  /** What ingesting the sample answered. */
  ingest: IngestResult;
}

export async function makeSnapshots(): Promise<Snapshots> {
  const store = await createStore({ url: "memory://" });
  try {
    const pglite = pgliteOf(store);
    const empty = await pglite.dumpDataDir("none");
    const ingest = await ingestInputs({ store, extract: extractCorpus }, sampleInputs(), {
      actor: "test",
    });
    const sample = await pglite.dumpDataDir("none");
    return { empty, sample, ingest };
  } finally {
    await store.close();
  }
}

function pgliteOf(store: Store) {
  if (store.client.driver !== "pglite") throw new Error("memory:// should open PGlite");
  return store.client.pglite;
}

/** A store loaded from a snapshot; migrations are already applied. */
export function openStore(snapshot: Blob): Promise<Store> {
  return createStore({ loadDataDir: snapshot, migrate: false });
}

/** Asserts an RFC 9457 answer: status, content type, the Problem schema and the code. */
export async function expectProblem(res: Response, status: number, code: string): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const problem = Problem.parse(await res.json());
  expect(problem.status).toBe(status);
  expect(problem.code).toBe(code);
  return problem;
}
