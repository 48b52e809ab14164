import { describe, expect, it } from "vitest";
import { evidenceAt, segmentText } from "./segments.js";

const TEXT = "Menu. The minister said the plan would fail. Subscribe now.";

describe("segmentText", () => {
  it("cuts at spans and boilerplate edges and keeps every character once", () => {
    const segments = segmentText(
      TEXT,
      [
        { start: 0, end: 5 },
        { start: 45, end: 59 },
      ],
      [
        { id: "stm_a", start: 6, end: 44 },
        { id: "stm_b", start: 28, end: 44 },
      ],
    );
    expect(segments.map((s) => s.text).join("")).toBe(TEXT);
    expect(segments[0]).toMatchObject({ text: "Menu.", excluded: true, statementIds: [] });
    const inner = segments.find((s) => s.text === "plan would fail.");
    // The shorter span is the more specific claim, so it comes first.
    expect(inner?.statementIds).toEqual(["stm_b", "stm_a"]);
    expect(inner?.starts).toEqual(["stm_b"]);
    expect(segments.find((s) => s.text === "Subscribe now.")?.excluded).toBe(true);
  });

  it("drops spans that do not fit the text", () => {
    const segments = segmentText("short", [], [{ id: "stm_x", start: 2, end: 99 }]);
    expect(segments).toEqual([
      { start: 0, end: 5, text: "short", excluded: false, statementIds: [], starts: [] },
    ]);
  });
});

describe("evidenceAt", () => {
  it("builds the quote with up to 32 characters of context", () => {
    const evidence = evidenceAt(TEXT, 6, 18);
    expect(evidence).toEqual({
      start: 6,
      end: 18,
      exact: "The minister",
      prefix: "Menu. ",
      suffix: " said the plan would fail. Subsc",
    });
  });

  it("refuses empty, reversed or out-of-range spans", () => {
    expect(evidenceAt(TEXT, 5, 5)).toBeNull();
    expect(evidenceAt(TEXT, 9, 3)).toBeNull();
    expect(evidenceAt(TEXT, 0, TEXT.length + 1)).toBeNull();
  });
});
