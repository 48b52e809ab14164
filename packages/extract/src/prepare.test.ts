// biome-ignore lint/style/noRestrictedImports: tests read the bundled sample corpus; src never does.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError } from "./input.js";
import { analyseInput } from "./prepare.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("analyseInput", () => {
  it("loads, reads metadata and merges boilerplate with metadata furniture", () => {
    const text =
      "title: Ministers agree to extend talks\noutlet: Example News\ndate: 2025-01-15\nlanguage: en\n\n" +
      "Ministers agree to extend talks\n\nBRUSSELS (Reuters) - The ministers agreed on Tuesday to extend the talks.\n\n" +
      "“We are not there yet,” the trade minister said.\n\nRead more";
    const { document, metadata, excluded } = analyseInput("t.txt", utf8(text));
    expect(document.header).not.toBeNull();
    expect(metadata).toMatchObject({
      title: "Ministers agree to extend talks",
      publishedAt: "2025-01-15",
      dateSource: "header",
    });
    expect(excluded.map((r) => [r.kind, text.slice(r.start, r.end)])).toEqual([
      [
        "metadata_header",
        "title: Ministers agree to extend talks\noutlet: Example News\ndate: 2025-01-15\nlanguage: en",
      ],
      ["metadata_header", "BRUSSELS (Reuters) -"],
      ["read_more", "Read more"],
    ]);
  });

  it("passes input errors through", () => {
    expect(() => analyseInput("e.txt", new Uint8Array())).toThrow(InputError);
  });

  it("on sample 004, excludes the navigation label, the boilerplate and none of the article", () => {
    const path = new URL("../../../corpora/sample/004_cad690776ade5d88.txt", import.meta.url);
    const { document, excluded } = analyseInput("004.txt", readFileSync(path));
    const text = document.text;
    expect(text.slice(excluded[0]?.start, excluded[0]?.end)).toBe("News Feed");
    for (let i = 1; i < excluded.length; i++) {
      expect(excluded[i]?.start).toBeGreaterThanOrEqual(excluded[i - 1]?.end ?? 0);
    }
    const kept = excluded.reduceRight((t, r) => t.slice(0, r.start) + t.slice(r.end), text);
    expect(kept).toContain("Russia will demand that Ukraine cut its ties with NATO");
    expect(kept).toContain("has already been rejected by Russia.");
    expect(kept).not.toMatch(/Getty Images|Show More|News Editor|min read/);
  });
});
