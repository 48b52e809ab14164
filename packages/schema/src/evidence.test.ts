/** Tests for building and checking evidence spans, with offsets counted by hand in UTF-16 code units. */
import { describe, expect, it } from "vitest";
import { checkEvidence, EVIDENCE_CONTEXT, Evidence, makeEvidence } from "./evidence.js";

// “ at 19, ” at 28.
const plain = "The minister said: “No deal.” Talks resume Monday.";
// The EU flag is two regional indicators, each a surrogate pair: 4 code units, 2 code points.
const flagged = "🇪🇺 Trade ministers met. “We’re close,” she said.";

describe("makeEvidence", () => {
  it("slices the span and keeps the text around it", () => {
    expect(makeEvidence(plain, 19, 29)).toEqual({
      start: 19,
      end: 29,
      exact: "“No deal.”",
      prefix: "The minister said: ",
      suffix: " Talks resume Monday.",
    });
  });

  it("counts UTF-16 code units, so an emoji before the span shifts it by its length in units", () => {
    const evidence = makeEvidence(flagged, 26, 40);
    expect(evidence.exact).toBe("“We’re close,”");
    expect(evidence.prefix).toBe("🇪🇺 Trade ministers met. ");
    expect(evidence.suffix).toBe(" she said.");
    expect(flagged.indexOf("“We’re")).toBe(26);
  });

  it("keeps at most EVIDENCE_CONTEXT units on each side", () => {
    const text = `${"a".repeat(50)}SPAN${"b".repeat(50)}`;
    const evidence = makeEvidence(text, 50, 54);
    expect(EVIDENCE_CONTEXT).toBe(32);
    expect(evidence.prefix).toBe("a".repeat(32));
    expect(evidence.suffix).toBe("b".repeat(32));
  });

  it("has empty context at the very start and end of the text", () => {
    expect(makeEvidence(plain, 0, 3)).toMatchObject({ exact: "The", prefix: "" });
    expect(makeEvidence(plain, 43, 50)).toMatchObject({ exact: "Monday.", suffix: "" });
  });

  it("stops the context short of an emoji it would cut in half", () => {
    // The 32-unit window would start on the low half of 😀 (index 1) and end on its high half.
    const before = `😀${"a".repeat(31)}SPAN`;
    expect(makeEvidence(before, 33, 37).prefix).toBe("a".repeat(31));
    const after = `SPAN${"b".repeat(31)}😀`;
    expect(makeEvidence(after, 0, 4).suffix).toBe("b".repeat(31));
    // A whole emoji inside the window is kept.
    const whole = `😀${"a".repeat(30)}SPAN`;
    expect(makeEvidence(whole, 32, 36).prefix).toBe(`😀${"a".repeat(30)}`);
  });

  it("takes an emoji as a span of two units", () => {
    const text = "ok 😀 ok";
    expect(makeEvidence(text, 3, 5)).toEqual({
      start: 3,
      end: 5,
      exact: "😀",
      prefix: "ok ",
      suffix: " ok",
    });
  });

  const emojis = "🇪🇺 and 😀 again"; // 😀 is at units 9 and 10
  it.each([
    ["empty span", plain, 5, 5],
    ["reversed span", plain, 9, 4],
    ["negative start", plain, -1, 4],
    ["end past the text", plain, 40, 51],
    ["fractional offset", plain, 1.5, 4],
    ["start inside a flag", emojis, 1, 6],
    ["end inside an emoji", emojis, 5, 10],
  ])("rejects a bad span: %s", (_, text, start, end) => {
    expect(() => makeEvidence(text, start, end)).toThrow(RangeError);
  });

  it("builds evidence that the schema accepts and that anchors in its text", () => {
    const evidence = makeEvidence(flagged, 26, 40);
    expect(Evidence.parse(evidence)).toEqual(evidence);
    expect(checkEvidence(evidence, flagged)).toBeNull();
  });
});

describe("checkEvidence", () => {
  const good = makeEvidence(plain, 19, 29);

  it("accepts evidence that anchors", () => {
    expect(checkEvidence(good, plain)).toBeNull();
  });

  it("accepts shorter context than makeEvidence keeps, even none", () => {
    expect(checkEvidence({ ...good, prefix: "said: ", suffix: " Talks" }, plain)).toBeNull();
    expect(checkEvidence({ ...good, prefix: "", suffix: "" }, plain)).toBeNull();
  });

  it("rejects an empty or reversed span", () => {
    expect(checkEvidence({ ...good, end: 19 }, plain)).toBe(
      "end (19) must be greater than start (19)",
    );
    expect(checkEvidence({ ...good, start: 30 }, plain)).toBe(
      "end (29) must be greater than start (30)",
    );
  });

  it("rejects a span past the end of the text", () => {
    expect(checkEvidence({ ...good, end: 60 }, plain)).toBe(
      "end (60) is past the end of the text (50)",
    );
  });

  it("rejects offsets that do not slice out the quote", () => {
    expect(checkEvidence({ ...good, start: 20, end: 30 }, plain)).toBe(
      "exact does not equal text.slice(20, 30)",
    );
  });

  it("tells straight quotes from curly ones", () => {
    expect(checkEvidence({ ...good, exact: '"No deal."' }, plain)).toBe(
      "exact does not equal text.slice(19, 29)",
    );
  });

  it("rejects offsets counted in code points instead of UTF-16 units", () => {
    // Array.from counts the flag as 2 characters, not 4 units: the quote would start at 24.
    expect(Array.from(flagged).indexOf("“")).toBe(24);
    const byCodePoint = { ...makeEvidence(flagged, 26, 40), start: 24, end: 38 };
    expect(checkEvidence(byCodePoint, flagged)).toBe("exact does not equal text.slice(24, 38)");
  });

  it("rejects context that is not next to the span", () => {
    expect(checkEvidence({ ...good, prefix: "minister said " }, plain)).toBe(
      "prefix does not precede the span",
    );
    expect(checkEvidence({ ...good, suffix: " Talks resume Tuesday." }, plain)).toBe(
      "suffix does not follow the span",
    );
  });
});
