/** `stancemap export` from a temporary embedded database. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CorpusAnalysis, ExportRow } from "@stancemap/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../test/io.js";
import { main } from "./main.js";

const SAMPLE = join(import.meta.dirname, "../../../corpora/sample");
const root = mkdtempSync(join(tmpdir(), "stancemap-cli-export-"));
const data = join(root, "db");
let corpus: CorpusAnalysis;

beforeAll(async () => {
  expect(await main(["ingest", SAMPLE, "--data", data], capture())).toBe(0);
  const io = capture();
  expect(await main(["export", "--data", data, "--pretty"], io)).toBe(0);
  corpus = CorpusAnalysis.parse(JSON.parse(io.out));
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("stancemap export", () => {
  it("writes the corpus as JSON by default", () => {
    expect(corpus.documents).toHaveLength(5);
    expect(corpus.statements.length).toBeGreaterThan(0);
  });

  it("writes one CSV row per statement to --out", async () => {
    const out = join(root, "rows.csv");
    const io = capture();
    expect(await main(["export", "--data", data, "--format", "csv", "--out", out], io)).toBe(0);
    expect(io.out).toBe("");
    const lines = readFileSync(out, "utf8").split("\r\n");
    expect(lines[0]?.startsWith("rootActor,holder,topic,source,date,mode,stance,")).toBe(true);
    // Header, one line per statement (no quoted line breaks in evidence clauses), final CRLF.
    const records = readFileSync(out, "utf8").match(/\r\n/g) ?? [];
    expect(records).toHaveLength(corpus.statements.length + 1);
  });

  it("writes NDJSON rows that parse as ExportRow", async () => {
    const io = capture();
    expect(await main(["export", "--data", data, "--format", "ndjson"], io)).toBe(0);
    const rows = io.out
      .trimEnd()
      .split("\n")
      .map((line) => ExportRow.parse(JSON.parse(line)));
    expect(rows.map((r) => r.statementId)).toEqual(corpus.statements.map((s) => s.id));
  });

  it("exports an empty database as an empty corpus", async () => {
    const io = capture();
    expect(await main(["export", "--data", join(root, "empty")], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual({
      documents: [],
      sources: [],
      actors: [],
      topics: [],
      statements: [],
    });
  });

  it("rejects an unknown format (exit 2) and an unwritable --out (exit 1)", async () => {
    const io = capture();
    expect(await main(["export", "--format", "xml", "--data", data], io)).toBe(2);
    expect(io.err).toMatch(/--format must be json, csv or ndjson/);
    const bad = capture();
    expect(
      await main(["export", "--data", data, "--out", join(root, "no", "such", "dir.json")], bad),
    ).toBe(1);
    expect(bad.err).toMatch(/cannot write/);
  });
});
