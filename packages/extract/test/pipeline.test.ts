// Reads the bundled sample corpus and the gold (test code may touch the file system; src may not).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  CorpusAnalysis,
  checkCorpusIntegrity,
  comparisonRows,
  rootActorId,
} from "@stancemap/schema";
import { describe, expect, it } from "vitest";
import { CorpusBuilder, extractCorpus } from "../src/pipeline.js";
import { Gold, scoreAgainstGold } from "../src/score.js";

const root = join(import.meta.dirname, "../../..");
const sampleDir = join(root, "corpora/sample");
const inputs = () =>
  readdirSync(sampleDir)
    .sort()
    .map((f) => ({ origin: `corpora/sample/${f}`, bytes: readFileSync(join(sampleDir, f)) }));

describe("extractCorpus on the sample corpus", () => {
  const { analysis, failures } = extractCorpus(inputs());

  it("produces one valid, self-consistent CorpusAnalysis with texts exactly as read", () => {
    expect(failures).toEqual([]);
    CorpusAnalysis.parse(analysis);
    expect(checkCorpusIntegrity(analysis)).toEqual([]);
    for (const doc of analysis.documents) {
      expect(doc.text).toBe(readFileSync(join(root, doc.origin), "utf8"));
    }
  });

  it("is deterministic: the same input gives the same output, ids included", () => {
    expect(extractCorpus(inputs()).analysis).toEqual(analysis);
  });

  it("keeps its quality on the hand-annotated gold (regression floor, below the README's figures)", () => {
    const gold = Gold.parse(
      JSON.parse(
        readFileSync(join(root, "packages/extract/test/fixtures/gold/sample.gold.json"), "utf8"),
      ),
    );
    const report = scoreAgainstGold(analysis, gold);
    expect(report.precision).toBeGreaterThanOrEqual(0.8);
    expect(report.recall).toBeGreaterThanOrEqual(0.7);
    expect(report.holderAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(report.alignment.f1).toBeGreaterThanOrEqual(0.7);
    expect(report.boilerplateHits).toBe(0);
  });

  it("lines up the same position across outlets in one side-by-side row", () => {
    const rows = comparisonRows(analysis);
    const multi = rows.filter((r) => new Set(r.statements.map((s) => s.documentId)).size >= 3);
    expect(multi.length).toBeGreaterThan(0);
    const russia = analysis.actors.find((a) => a.name === "Russia");
    const membership = analysis.topics.find((t) => /NATO membership/.test(t.label));
    const row = rows.find((r) => r.actorId === russia?.id && r.topicId === membership?.id);
    expect(new Set(row?.statements.map((s) => s.documentId)).size).toBeGreaterThanOrEqual(4);
    // Nobody in the sample says Russia wants Ukraine in NATO: the row must not read as conflicting.
    expect(row?.statements.some((s) => s.stance === "opposes")).toBe(true);
    expect(row?.statements.some((s) => s.stance === "supports")).toBe(false);
  });

  it("does not link articles that only share a story: the sample's five texts are all worded apart", () => {
    expect(analysis.documents.flatMap((d) => d.links).filter((l) => l.kind === "reprint")).toEqual(
      [],
    );
  });
});

describe("CorpusBuilder", () => {
  it("streams without keeping texts when asked, and reports bad inputs without sinking the batch", () => {
    const builder = new CorpusBuilder({ retainText: false });
    builder.add({ origin: "empty.txt", bytes: new Uint8Array() });
    for (const input of inputs()) builder.add(input);
    builder.add({ origin: "again.txt", bytes: inputs()[0]?.bytes ?? new Uint8Array() });
    const { analysis, failures } = builder.finish();
    expect(analysis.documents).toHaveLength(5);
    expect(analysis.documents.every((d) => d.text === "")).toBe(true);
    expect(analysis.statements.length).toBeGreaterThan(50);
    expect(failures.map((f) => f.message)).toEqual([
      "empty.txt: empty file",
      expect.stringMatching(/^again\.txt: identical to corpora\/sample\/000_/),
    ]);
  });
});

describe("actors across documents", () => {
  const text = (body: string) => new TextEncoder().encode(body);
  it("gives a spokesman the state of his ministry when one article names it and another does not", () => {
    const { analysis } = extractCorpus([
      {
        origin: "a.txt",
        bytes: text(
          'Talks stalled on Monday. "We will not accept any inspection of our ships," foreign ministry spokesman Taras Melnyk said in a statement.\n',
        ),
      },
      {
        origin: "b.txt",
        bytes: text(
          "Ukraine's foreign ministry spokesman Taras Melnyk said on Tuesday that any inspection of Ukrainian ships would be unacceptable.\n",
        ),
      },
    ]);
    const actors = new Map(analysis.actors.map((a) => [a.id, a]));
    const melnyk = analysis.actors.find((a) => a.name === "Taras Melnyk");
    expect(melnyk).toBeDefined();
    const roots = analysis.statements
      .filter((s) => s.holderId === melnyk?.id)
      .map((s) => actors.get(rootActorId(s.holderId, actors) ?? "")?.name);
    expect(roots).toHaveLength(2);
    expect(roots.every((r) => r === "Ukraine")).toBe(true);
  });
});
