import { describe, expect, it } from "vitest";
import { fingerprint, linkDocuments } from "./links.js";

const paragraph = (seed: string) =>
  Array.from(
    { length: 40 },
    (_, i) => `${seed}${i} word${(i * 7) % 13} more${(i * 3) % 11} text${i % 5}`,
  ).join(" ");

describe("linkDocuments", () => {
  const original = paragraph("alpha");
  const other = paragraph("omega");

  it("links a verbatim reprint to the earlier original, and only one way", () => {
    const prints = [
      fingerprint(original, [], "en", [], ["2025-01-10", 0]),
      fingerprint(`Reprinted from the wire.\n\n${original}`, [], "en", [], ["2025-01-11", 1]),
      fingerprint(other, [], "en", [], ["2025-01-11", 2]),
    ];
    const links = linkDocuments(prints, ["doc_a00000", "doc_b00000", "doc_c00000"]);
    expect(links[0]).toEqual([]);
    expect(links[1]?.map((l) => [l.kind, l.documentId])).toEqual([["reprint", "doc_a00000"]]);
    expect(links[2]).toEqual([]);
  });

  it("ignores boilerplate ranges when comparing", () => {
    const feed = paragraph("feed");
    const a = `${paragraph("one")}\n${feed}`;
    const b = `${paragraph("two")}\n${feed}`;
    const prints = [
      fingerprint(a, [{ start: a.indexOf(feed), end: a.length }], "en", [], ["", 0]),
      fingerprint(b, [{ start: b.indexOf(feed), end: b.length }], "en", [], ["", 1]),
    ];
    expect(linkDocuments(prints, ["doc_a00000", "doc_b00000"]).flat()).toEqual([]);
  });

  it("marks a partial copy as a near-duplicate both ways", () => {
    const half = original.split(" ").slice(0, 130).join(" ");
    const b = `${half} ${paragraph("fresh").split(" ").slice(0, 100).join(" ")}`;
    const prints = [
      fingerprint(original, [], "en", [], ["", 0]),
      fingerprint(b, [], "en", [], ["", 1]),
    ];
    const links = linkDocuments(prints, ["doc_a00000", "doc_b00000"]);
    expect(links[1]?.[0]?.kind).toBe("near_duplicate");
    expect(links[0]?.[0]?.kind).toBe("near_duplicate");
  });

  it("links a translation by its anchors: same actors and numbers in the same order, another language", () => {
    const anchors = [
      "putin",
      "nato",
      "ukraine",
      "20",
      "trump",
      "nato",
      "russia",
      "2014",
      "crimea",
      "kellogg",
    ];
    const prints = [
      fingerprint("оригинальный текст статьи", [], "ru", anchors, ["2025-01-15", 0]),
      fingerprint(
        "the translated article text",
        [],
        "en",
        [...anchors.slice(0, 9), "x"],
        ["2025-01-16", 1],
      ),
      fingerprint(
        "unrelated article text",
        [],
        "fr",
        ["macron", "eu", "tariffs", "15", "canada", "wto"],
        ["2025-01-16", 2],
      ),
    ];
    const links = linkDocuments(prints, ["doc_a00000", "doc_b00000", "doc_c00000"]);
    expect(links[1]).toEqual([{ kind: "translation", documentId: "doc_a00000", similarity: 0.9 }]);
    expect(links[2]).toEqual([]);
  });
});

/** MinHash as the fingerprint defines it, written plainly: FNV-1a over word 5-grams, 64 hash functions. */
function referenceMinhash(text: string): { minhash: number[]; shingles: number } {
  const fnv = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const a = Array.from({ length: 64 }, (_, i) => (fnv(`a${i}`) | 1) >>> 0);
  const b = Array.from({ length: 64 }, (_, i) => fnv(`b${i}`));
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<number>();
  for (let i = 0; i + 5 <= words.length; i++) shingles.add(fnv(words.slice(i, i + 5).join(" ")));
  const minhash = a.map((ak, k) =>
    Math.min(...[...shingles].map((h) => (Math.imul(ak, h) + (b[k] as number)) >>> 0), 0xffffffff),
  );
  return { minhash, shingles: shingles.size };
}

describe("fingerprint", () => {
  it("computes the MinHash of the text's word 5-grams in any script", () => {
    const texts = [
      paragraph("alpha"),
      `${paragraph("beta")} ${paragraph("beta")}`,
      "Россия и Украина: переговоры о прекращении огня продолжатся 12 марта в Стамбуле, сообщил МИД.",
      "L'Élysée a déclaré — « sans ambiguïté » — que 𝐀𝐁 1200 ſoldats ٣٤ resteront : ДА, oui, yes!",
      "one two three four",
      "",
    ];
    for (const text of texts) {
      const print = fingerprint(text, [], null, [], ["", 0]);
      const expected = referenceMinhash(text);
      expect(print.shingles, text).toBe(expected.shingles);
      expect(Array.from(print.minhash), text).toEqual(expected.minhash);
    }
  });
});

describe("linkDocuments among many copies", () => {
  it("links every later copy to every earlier one once, whatever buckets they share", () => {
    const text = paragraph("gamma");
    const prints = Array.from({ length: 6 }, (_, i) =>
      fingerprint(text, [], "en", [], [`2025-01-1${i}`, i]),
    );
    const ids = prints.map((_, i) => `doc_${i}00000`);
    const links = linkDocuments(prints, ids);
    links.forEach((list, i) => {
      expect(list.map((l) => [l.kind, l.documentId])).toEqual(
        ids.slice(0, i).map((id) => ["reprint", id]),
      );
    });
  });
});
