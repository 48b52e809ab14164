import { describe, expect, it } from "vitest";
import {
  agreementOf,
  normaliseWording as normaliseEvidenceText,
  wordOverlap,
} from "./comparison.js";
import type { Statement } from "./statement.js";

type Row = Pick<Statement, "documentId" | "stance" | "evidence">;

function stm(documentId: string, stance: Statement["stance"], exact: string): Row {
  return {
    documentId,
    stance,
    evidence: { start: 0, end: exact.length, exact, prefix: "", suffix: "" },
  };
}

describe("normaliseEvidenceText", () => {
  it("ignores case, quotation marks, punctuation and spacing", () => {
    expect(normaliseEvidenceText("“We will NOT sign,”  she said.")).toBe(
      "we will not sign she said",
    );
    expect(normaliseEvidenceText('"we will not sign"')).toBe(
      normaliseEvidenceText("«We will not sign»"),
    );
  });
});

describe("wordOverlap", () => {
  it("is 1 for the same words and 0 for none shared", () => {
    expect(wordOverlap("a b c", "c b a")).toBe(1);
    expect(wordOverlap("a b", "c d")).toBe(0);
    // Two of four words shared on each side: 2·2 / (4 + 4).
    expect(wordOverlap("a b c d", "a b e f")).toBe(0.5);
  });
});

describe("agreementOf", () => {
  it("is single_source when one document carries every statement", () => {
    expect(agreementOf([stm("doc_a", "supports", "yes")])).toBe("single_source");
    expect(agreementOf([stm("doc_a", "supports", "yes"), stm("doc_a", "opposes", "no")])).toBe(
      "single_source",
    );
  });

  it("is consistent when stances match and the words are the same once normalised", () => {
    expect(
      agreementOf([
        stm("doc_a", "opposes", "“We will not sign any deal that harms our farmers.”"),
        stm("doc_b", "opposes", "we will not sign any deal that harms our farmers"),
      ]),
    ).toBe("consistent");
  });

  it("counts a one-word difference in a long quote as near identical", () => {
    const long = "we will not sign any deal that harms our farmers or our fishermen in any way";
    expect(
      agreementOf([
        stm("doc_a", "opposes", long),
        stm("doc_b", "opposes", long.replace("any way", "the way")),
      ]),
    ).toBe("consistent");
  });

  it("is wording_differs when stances match but the words do not", () => {
    expect(
      agreementOf([
        stm("doc_a", "supports", "Valdoria supports extending the talks"),
        stm("doc_b", "supports", "Valdoria backs a longer round of talks"),
      ]),
    ).toBe("wording_differs");
  });

  it("is conflicting when known stances differ, and ignores unclear ones", () => {
    expect(agreementOf([stm("doc_a", "supports", "x"), stm("doc_b", "opposes", "x")])).toBe(
      "conflicting",
    );
    expect(agreementOf([stm("doc_a", "supports", "x"), stm("doc_b", "conditional", "x")])).toBe(
      "conflicting",
    );
    expect(
      agreementOf([stm("doc_a", "supports", "same words"), stm("doc_b", "unclear", "same words")]),
    ).toBe("consistent");
    expect(
      agreementOf([stm("doc_a", "supports", "one thing"), stm("doc_b", "unclear", "another")]),
    ).toBe("wording_differs");
  });

  it("is no conflict when one source reports both stances and another reports one of them", () => {
    const mixed = [
      stm("doc_a", "supports", "backs the plan"),
      stm("doc_a", "opposes", "rejects its timing"),
      stm("doc_b", "supports", "supports the plan"),
    ];
    expect(agreementOf(mixed)).toBe("wording_differs");
    // A third source that only opposes still meets the first, but not the second.
    expect(agreementOf([...mixed, stm("doc_c", "opposes", "rejects its timing")])).toBe(
      "conflicting",
    );
  });
});
