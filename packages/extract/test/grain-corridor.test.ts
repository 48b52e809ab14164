// The second gold corpus: an invented six-outlet story in English, French and Russian, written by one
// engineer and annotated by another, neither of whom read the extractor's rules (see the corpus README
// and ../fixtures/gold/grain-corridor.NOTES.md). Its first score was a held-out one; it is a regression
// floor for the three languages now.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CorpusAnalysis, checkCorpusIntegrity } from "@stancemap/schema";
import { describe, expect, it } from "vitest";
import { extractCorpus } from "../src/pipeline.js";
import { checkGoldAgainstTexts, Gold, scoreAgainstGold } from "../src/score.js";

const dir = join(import.meta.dirname, "fixtures/corpora/grain-corridor");
const gold = Gold.parse(
  JSON.parse(
    readFileSync(join(import.meta.dirname, "fixtures/gold/grain-corridor.gold.json"), "utf8"),
  ),
);
const bytes = new Map(gold.documents.map((d) => [d.file, readFileSync(join(dir, d.file))]));

describe("the invented grain-corridor corpus (en/fr/ru)", () => {
  const { analysis, failures } = extractCorpus(
    gold.documents.map((d) => ({ origin: d.file, bytes: bytes.get(d.file) as Buffer })),
  );

  it("has gold whose every span matches its text", () => {
    const texts = new Map([...bytes].map(([file, b]) => [file, b.toString("utf8")]));
    expect(checkGoldAgainstTexts(gold, texts)).toEqual([]);
  });

  it("extracts one valid CorpusAnalysis with every document in its own language", () => {
    expect(failures).toEqual([]);
    CorpusAnalysis.parse(analysis);
    expect(checkCorpusIntegrity(analysis)).toEqual([]);
    // Each file's header names its language.
    for (const doc of analysis.documents)
      expect(doc.language).toBe(/^language: (\w+)$/m.exec(doc.text)?.[1]);
    expect(new Set(analysis.documents.map((d) => d.language))).toEqual(new Set(["en", "fr", "ru"]));
  });

  it("keeps its quality on the gold (regression floor, below the README's figures)", () => {
    const report = scoreAgainstGold(analysis, gold);
    expect(report.precision).toBeGreaterThanOrEqual(0.85);
    expect(report.recall).toBeGreaterThanOrEqual(0.8);
    expect(report.holderAccuracy).toBeGreaterThanOrEqual(0.88);
    expect(report.alignment.f1).toBeGreaterThanOrEqual(0.4);
    expect(report.boilerplateHits).toBe(0);
  });
});
