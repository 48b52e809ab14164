// The invented gold corpora: multi-outlet stories (wire, reprint with web furniture, a French or
// Russian outlet's own story, an AI-padded rewrite, a follow-up), written by engineers who never read
// the extractor's rules and annotated under test/fixtures/gold/GUIDELINES.md (see each corpus README
// and ../fixtures/gold/<name>.NOTES.md). Each first score was a held-out one (README); since then
// each is a regression floor, set below the README's figures.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CorpusAnalysis, checkCorpusIntegrity } from "@stancemap/schema";
import { describe, expect, it } from "vitest";
import { extractCorpus } from "../src/pipeline.js";
import { checkGoldAgainstTexts, Gold, scoreAgainstGold } from "../src/score.js";

interface Floor {
  name: string;
  languages: string[];
  precision: number;
  recall: number;
  holder: number;
  alignment: number;
}

const corpora: Floor[] = [
  {
    name: "grain-corridor",
    languages: ["en", "fr", "ru"],
    precision: 0.85,
    recall: 0.8,
    holder: 0.88,
    alignment: 0.4,
  },
  {
    name: "sahel-sanctions",
    languages: ["en", "fr"],
    precision: 0.9,
    recall: 0.7,
    holder: 0.9,
    alignment: 0.6,
  },
  {
    name: "arctic-cable",
    languages: ["en", "ru"],
    precision: 0.8,
    recall: 0.78,
    holder: 0.9,
    alignment: 0.3,
  },
];

describe.each(corpora)("the invented $name corpus", (floor) => {
  const dir = join(import.meta.dirname, "fixtures/corpora", floor.name);
  const gold = Gold.parse(
    JSON.parse(
      readFileSync(join(import.meta.dirname, `fixtures/gold/${floor.name}.gold.json`), "utf8"),
    ),
  );
  const bytes = new Map(gold.documents.map((d) => [d.file, readFileSync(join(dir, d.file))]));
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
    expect(new Set(analysis.documents.map((d) => d.language))).toEqual(new Set(floor.languages));
  });

  it("keeps its quality on the gold (regression floor, below the README's figures)", () => {
    const report = scoreAgainstGold(analysis, gold);
    expect(report.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(report.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(report.holderAccuracy).toBeGreaterThanOrEqual(floor.holder);
    expect(report.alignment.f1).toBeGreaterThanOrEqual(floor.alignment);
    expect(report.boilerplateHits).toBe(0);
  });
});
