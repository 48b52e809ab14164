import { describe, expect, it } from "vitest";
import { cognateKey, paraphraseKeys, stem } from "./paraphrase.js";

const keys = (text: string, language: string | null = "en", names: number[] = []) =>
  paraphraseKeys(text, language, names).map((k) => k.key);

describe("stem", () => {
  it("meets inflected forms of one English word", () => {
    expect(new Set(["scale", "scaled", "scaling", "scales"].map((w) => stem(w, "en"))).size).toBe(
      1,
    );
    expect(stem("negotiations", "en")).toBe(stem("negotiating", "en"));
    expect(stem("stopped", "en")).toBe("stop");
    expect(stem("countries", "en")).toBe("country");
    expect(stem("quickly", "en")).toBe("quick");
  });

  it("leaves short words and words ending in -ss alone", () => {
    expect(stem("war", "en")).toBe("war");
    expect(stem("press", "en")).toBe("press");
  });

  it("strips Russian case endings and French plurals", () => {
    expect(stem("войны", "ru")).toBe(stem("войной", "ru"));
    expect(stem("переговоры", "ru")).toBe(stem("переговорах", "ru"));
    expect(stem("troupes", "fr")).toBe(stem("troupe", "fr"));
    expect(stem("требовать", "ru")).toBe(stem("требует", "ru"));
  });
});

describe("cognateKey", () => {
  it("meets a loanword across English, French and Russian", () => {
    for (const group of [
      ["corridor", "коридор"],
      ["delegation", "délégation", "делегация"],
      ["mechanism", "mécanisme", "механизм"],
      ["piracy", "piraterie", "пиратство"],
    ]) {
      const keys = group.map(cognateKey);
      expect(keys[0], group.join("/")).not.toBeNull();
      expect(new Set(keys).size, group.join("/")).toBe(1);
    }
  });

  it("keeps unrelated words apart and gives short words none", () => {
    expect(cognateKey("insurance")).not.toBe(cognateKey("страхование"));
    expect(cognateKey("corridor")).not.toBe(cognateKey("delegation"));
    expect(cognateKey("port")).toBeNull();
  });
});

describe("paraphraseKeys", () => {
  it("reads a word in capitals as an acronym, not a lexicon word", () => {
    expect(keys("Moscow wants the bank back on SWIFT")).not.toContain("~quick");
    expect(keys("Moscow wants a swift return")).toContain("~quick");
    // A headline in capitals is still read word by word.
    expect(keys("MOSCOW WANTS A SWIFT RETURN")).toContain("~quick");
  });

  it("gives reworded reductions one concept", () => {
    for (const text of [
      "wants to roll back the programme",
      "wants to scale down the programme",
      "wants to curtail the programme",
      "wants to reduce the programme",
    ])
      expect(keys(text)).toEqual(["~reduce", "programm"]);
  });

  it("matches a phrase before its words", () => {
    expect(keys("they call for talks")).toEqual(["~demand", "~talks"]);
    expect(keys("they will call")).toEqual(["call"]);
  });

  it("gives the same concepts across English, Russian and French", () => {
    const en = keys("demands an end to the war");
    const ru = keys("требует прекращения войны", "ru");
    const fr = keys("exige la fin de la guerre", "fr");
    expect(en).toEqual(["~demand", "~end", "~war"]);
    expect(ru).toEqual(["~demand", "~end", "~war"]);
    expect(fr).toContain("~demand");
    expect(fr).toContain("~war");
  });

  it("gives trade measures and their delay one concept each, in every language", () => {
    expect(keys("decided to postpone the duties")).toEqual(["decid", "~delay", "~tariff"]);
    expect(keys("delayed the tariffs")).toEqual(["~delay", "~tariff"]);
    expect(keys("решил отложить пошлины", "ru").slice(1)).toEqual(["~delay", "~tariff"]);
    expect(keys("a décidé de reporter les droits de douane", "fr")).toContain("~tariff");
    // A reporter is no delay: an English word never takes a French one's concept.
    expect(keys("the reporter asked")).not.toContain("~delay");
  });

  it("drops stopwords and short words; numbers are anchors, not stems", () => {
    expect(keys("it is one of the 25 big ones")).toEqual(["one", "#num:25"]);
    expect(keys("они считают, что это так", "ru")).toEqual(["счит"]);
  });

  it("gives dates and figures one key in every language", () => {
    const anchors = (text: string, lang: string) =>
      keys(text, lang).filter((k) => k.startsWith("#"));
    expect(anchors("from March 15 the fleet will inspect ships", "en")).toEqual(["#date:3-15"]);
    expect(anchors("à partir du 15 mars, la flotte", "fr")).toEqual(["#date:3-15"]);
    expect(anchors("с 15 марта флот начнёт", "ru")).toEqual(["#date:3-15"]);
    expect(anchors("a fund worth €1.5 billion", "en")).toEqual(["#num:1500000000"]);
    expect(anchors("фонд объемом 1,5 млрд евро", "ru")).toEqual(["#num:1500000000"]);
    expect(anchors("un fonds de 1,5 milliard d'euros", "fr")).toEqual(["#num:1500000000"]);
    expect(anchors("cut imports by 30 percent", "en")).toEqual(["#pct:30"]);
    expect(anchors("сократить импорт на 30%", "ru")).toEqual(["#pct:30"]);
    // "may" and "march" are words too: without a day they are no date.
    expect(anchors("we may march on", "en")).toEqual([]);
  });

  it("skips names at the given offsets, with the capitalised words after them", () => {
    const text = "talks with Vladimir Putin on Tuesday";
    expect(keys(text, "en", [text.indexOf("Vladimir")])).toEqual(["~talks", "tuesday"]);
    const ru = "переговоры с Украиной";
    expect(keys(ru, "ru", [ru.indexOf("Украиной")])).toEqual(["~talks"]);
  });

  it("keeps the words as written, and where, for labels", () => {
    expect(paraphraseKeys("Leaders scaled back the programme", "en")).toEqual([
      { key: "leader", surface: "leaders", start: 0, end: 7 },
      { key: "~reduce", surface: "scaled back", start: 8, end: 19 },
      { key: "programm", surface: "programme", start: 24, end: 33 },
    ]);
  });
});
