import { describe, expect, it } from "vitest";
import { execLed, ledFrom, ledPattern } from "./text-lines.js";

/** Every match of a global expression, as a plain scan finds them: [index, text] pairs. */
function globalScan(re: RegExp, s: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push([m.index, m[0]]);
  return out;
}

function ledScan(re: RegExp, lead: string, s: string): [number, string][] {
  const pattern = ledFrom(re, lead);
  const out: [number, string][] = [];
  for (let m = execLed(pattern, s, 0); m; m = execLed(pattern, s, m.index + m[0].length))
    out.push([m.index, m[0]]);
  return out;
}

describe("execLed", () => {
  it("finds a look-behind pattern's matches where its lead matches", () => {
    const re = /(?<![\p{L}])(he|his|her)(?![\p{L}])/giu;
    const s = "He said his view, then she asked her aide; the hero's theme.";
    expect(ledScan(re, "(?:he|his|her)", s)).toEqual([
      [0, "He"],
      [8, "his"],
      [33, "her"],
    ]);
  });

  it("tries every position the lead matches at, not only its own non-overlapping matches", () => {
    // The lead's first match ("abab" at 0) is no match of the pattern; the pattern's starts at 2.
    const re = /(?<!x)abab(?=c)/g;
    expect(ledScan(re, "abab", "abababc")).toEqual([[2, "abab"]]);
  });

  it("keeps match indices and groups", () => {
    const pattern = ledPattern(
      "(?<![\\p{L}])according\\s+to\\s+(\\p{Lu}\\p{L}+)",
      "diu",
      "according",
    );
    const m = execLed(pattern, "So, according to  Reuters, it was.", 0);
    expect(m?.[1]).toBe("Reuters");
    expect(m?.indices?.[1]).toEqual([18, 25]);
  });

  it("agrees with a global scan on varied text, astral characters included", () => {
    const cases: [RegExp, string][] = [
      [
        /(?<![\p{L}])(he|him|his|she|her|they|them|their)(?![\p{L}])/giu,
        "(?:he|him|his|she|her|they|them|their)",
      ],
      [
        /(?<![\p{L}.])(?:[\p{Lu}][\p{Ll}’'-]+|[\p{Lu}]\.)(?:\s+(?:[\p{Lu}][\p{Ll}’'-]+|[\p{Lu}]\.)){1,3}(?![\p{L}])/gu,
        "\\p{Lu}",
      ],
      [
        /(?<![\p{L}\p{N}])(?:reports?|said|the)\s+(?:the\s+)?(\p{Lu}\p{L}*)/giu,
        "(?:reports?|said|the)",
      ],
    ];
    const pieces = [
      "he",
      "Him",
      "their",
      "the",
      "The",
      "said",
      "reports",
      "Anna",
      "Lee",
      "J.",
      "D.",
      "x",
      "𝐀",
      "𝐚he",
      "é",
      "ſaid",
      " ",
      " ",
      ".",
      ",",
      "'",
      "’",
      "-",
      "\n",
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let t = 0; t < 400; t++) {
      let s = "";
      for (let k = next() % 30; k > 0; k--) s += pieces[next() % pieces.length];
      for (const [re, lead] of cases) expect(ledScan(re, lead, s)).toEqual(globalScan(re, s));
    }
  });
});
