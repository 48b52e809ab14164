import { describe, expect, it } from "vitest";
import { diffWords, overlap } from "./diff.js";

describe("diffWords", () => {
  it("marks only the words the other rendering lacks", () => {
    const parts = diffWords(
      "Trump wants to roll back NATO anyway",
      "Trump wants to scale down NATO",
    );
    expect(parts.filter((p) => p.changed).map((p) => p.text.trim())).toEqual([
      "roll back",
      "anyway",
    ]);
    expect(parts.map((p) => p.text).join("")).toBe("Trump wants to roll back NATO anyway");
  });

  it("ignores case, quote marks and punctuation", () => {
    expect(diffWords("“He is very worried,” he said", '"he is very worried" he said')).toEqual([
      { text: "“He is very worried,” he said", changed: false },
    ]);
  });
});

describe("overlap", () => {
  it("is 1 for the same words and 0 for none shared", () => {
    expect(overlap("a b c", "C, b; a")).toBe(1);
    expect(overlap("a b", "c d")).toBe(0);
    expect(overlap("a b c d", "a b")).toBeCloseTo(2 / 3);
  });
});
