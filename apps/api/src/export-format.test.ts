import type { CorpusAnalysis } from "@stancemap/schema";
import { makeEvidence } from "@stancemap/schema";
import { describe, expect, it } from "vitest";
import { csvField, EXPORT_COLUMNS, toCsv, toExportRows, toNdjson } from "./export-format.js";

const text = "Minister Ana Reis said the levy would stay, the Courier reported.";
const corpus: CorpusAnalysis = {
  documents: [
    {
      id: "doc_aaaaaaaaaaaaaaaa",
      origin: "courier.txt",
      sourceId: "src_courier",
      title: "Levy stays",
      url: "https://courier.example/levy",
      publishedAt: "2025-04-02",
      datePrecision: "day",
      dateSource: "header",
      language: "en",
      text,
      excluded: [],
      contentHash: "a".repeat(64),
      links: [],
    },
  ],
  sources: [
    {
      id: "src_courier",
      name: "The Courier",
      domain: null,
      country: null,
      language: "en",
      kind: "newspaper",
      actorId: null,
    },
  ],
  actors: [
    {
      id: "act_anareis",
      name: "Ana Reis",
      aliases: [],
      kind: "person",
      roles: [],
      memberOf: ["act_lusland"],
      wikidataId: null,
    },
    {
      id: "act_lusland",
      name: "Lusland",
      aliases: [],
      kind: "state",
      roles: [],
      memberOf: [],
      wikidataId: null,
    },
  ],
  topics: [
    {
      id: "top_levy00",
      label: "The levy",
      proposition: "The levy should stay.",
      keywords: [],
      parentId: null,
    },
  ],
  statements: [
    {
      id: "stm_levy0001",
      documentId: "doc_aaaaaaaaaaaaaaaa",
      holderId: "act_anareis",
      topicId: "top_levy00",
      evidence: makeEvidence(text, text.indexOf("the levy"), text.indexOf(", the Courier")),
      mode: "indirect_speech",
      cue: "said",
      stance: "supports",
      summary: "The levy stays.",
      hedges: [],
      chain: [
        { actorId: "act_anareis", label: "Minister Ana Reis", relation: "said", evidence: null },
        { actorId: null, label: "the Courier", relation: "reported", evidence: null },
      ],
      saidAt: null,
      confidence: 0.8,
      reviewStatus: "unreviewed",
    },
  ],
};

describe("toExportRows", () => {
  it("resolves names, the root actor, the source and the date of each statement", () => {
    expect(toExportRows(corpus)).toEqual([
      {
        statementId: "stm_levy0001",
        documentId: "doc_aaaaaaaaaaaaaaaa",
        holderId: "act_anareis",
        holder: "Ana Reis",
        rootActorId: "act_lusland",
        rootActor: "Lusland",
        topicId: "top_levy00",
        topic: "The levy",
        sourceId: "src_courier",
        source: "The Courier",
        date: "2025-04-02",
        mode: "indirect_speech",
        stance: "supports",
        cue: "said",
        exact: "the levy would stay",
        chain: "Minister Ana Reis (said) ← the Courier (reported)",
        summary: "The levy stays.",
        confidence: 0.8,
        reviewStatus: "unreviewed",
        url: "https://courier.example/levy",
      },
    ]);
  });
});

describe("CSV", () => {
  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "no", twice')).toBe('"say ""no"", twice"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-1 point")).toBe("'-1 point");
    expect(csvField(-1)).toBe("-1");
    expect(csvField(null)).toBe("");
  });

  it("writes a header row and one CRLF-terminated row per statement", () => {
    const csv = toCsv(toExportRows(corpus));
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(","));
    expect(lines[1]?.startsWith("Lusland,Ana Reis,The levy,The Courier,2025-04-02,")).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
  });
});

describe("NDJSON", () => {
  it("writes one JSON object per line", () => {
    const rows = toExportRows(corpus);
    expect(toNdjson(rows)).toBe(`${JSON.stringify(rows[0])}\n`);
  });
});
