import { describe, expect, it } from "vitest";
import {
  enPlural,
  enVerbForms,
  frAdjectiveForms,
  frPlural,
  RU_GEN,
  ruAdjectiveForms,
  ruForms,
  ruPast,
} from "./inflect.js";
import { keyTokens, tokenize } from "./normalize.js";

const texts = (forms: { text: string }[]) => forms.map((f) => f.text);

describe("Russian forms", () => {
  it("declines names in agreement, case by case", () => {
    const putin = texts(ruForms("Владимир Путин", { person: true }));
    expect(putin).toEqual(
      expect.arrayContaining([
        "Владимир Путин",
        "Владимира Путина",
        "Владимиру Путину",
        "Владимиром Путиным",
        "Владимире Путине",
      ]),
    );
    expect(texts(ruForms("Зеленский", { person: true }))).toEqual(
      expect.arrayContaining(["Зеленского", "Зеленскому", "Зеленским", "Зеленском"]),
    );
    expect(texts(ruForms("Шольц", { person: true }))).toContain("Шольцем");
    expect(texts(ruForms("Россия"))).toEqual(
      expect.arrayContaining(["России", "Россию", "Россией"]),
    );
    expect(texts(ruForms("Кремль"))).toEqual(
      expect.arrayContaining(["Кремля", "Кремлю", "Кремлем", "Кремле"]),
    );
    expect(texts(ruForms("Захарова", { person: true }))).toEqual(
      expect.arrayContaining(["Захаровой", "Захарову"]),
    );
    expect(texts(ruForms("Саудовская Аравия"))).toContain("Саудовской Аравии");
  });

  it("keeps marked and indeclinable words fixed", () => {
    expect(texts(ruForms("министр !иностранных !дел"))).toEqual(
      expect.arrayContaining(["министра иностранных дел", "министром иностранных дел"]),
    );
    expect(texts(ruForms("Ангела !Меркель", { person: true }))).toContain("Ангелы Меркель");
    expect(texts(ruForms("НАТО"))).toEqual(["НАТО"]);
    expect(texts(ruForms("Шойгу", { person: true }))).toEqual(["Шойгу"]);
    expect(texts(ruForms("пресс-секретарь"))).toContain("пресс-секретаря");
  });

  it("records the cases a form stands in", () => {
    const gen = ruForms("Россия").find((f) => f.text === "России");
    expect(gen && (gen.cases & RU_GEN) !== 0).toBe(true);
    const nom = ruForms("Путин", { person: true }).find((f) => f.text === "Путин");
    expect(nom && (nom.cases & RU_GEN) === 0).toBe(true);
  });

  it("builds plural title forms on request", () => {
    expect(texts(ruForms("министр !иностранных !дел", { plural: true }))).toEqual(
      expect.arrayContaining(["министры иностранных дел", "министров иностранных дел"]),
    );
    expect(texts(ruForms("глава !МИД", { plural: true }))).toContain("глав МИД");
  });

  it("gives every gender, number and case of an adjective", () => {
    expect(texts(ruAdjectiveForms("российский"))).toEqual(
      expect.arrayContaining([
        "российский",
        "российская",
        "российского",
        "российской",
        "российскую",
        "российское",
        "российские",
        "российских",
        "российскими",
      ]),
    );
    expect(texts(ruAdjectiveForms("кремлёвский"))).toContain("кремлёвского");
  });

  it("gives past-tense forms of every gender", () => {
    expect(ruPast("заявил")).toEqual(["заявил", "заявила", "заявило", "заявили"]);
  });
});

describe("French and English forms", () => {
  it("agrees French adjectives", () => {
    expect(frAdjectiveForms("américain")).toEqual([
      "américain",
      "américaine",
      "américains",
      "américaines",
    ]);
    expect(frAdjectiveForms("israélien")).toEqual([
      "israélien",
      "israélienne",
      "israéliens",
      "israéliennes",
    ]);
    expect(frAdjectiveForms("russe")).toEqual(["russe", "russes"]);
    expect(frAdjectiveForms("français")).toEqual(["français", "française", "françaises"]);
  });

  it("pluralises titles at their head noun", () => {
    expect(enPlural("foreign minister")).toBe("foreign ministers");
    expect(enPlural("secretary of state")).toBe("secretaries of state");
    expect(enPlural("spokesperson")).toBe("spokespeople");
    expect(enPlural("head")).toBeNull();
    expect(frPlural("ministre des Affaires étrangères")).toBe("ministres des Affaires étrangères");
  });

  it("inflects English verbs", () => {
    expect(enVerbForms("criticize")).toEqual([
      "criticize",
      "criticizes",
      "criticized",
      "criticizing",
    ]);
    expect(enVerbForms("say", "said")).toEqual(["say", "says", "said", "saying"]);
    expect(enVerbForms("deny")).toEqual(["deny", "denies", "denied", "denying"]);
    expect(enVerbForms("call for")).toEqual(["call for", "calls for", "called for", "calling for"]);
  });
});

describe("tokenize", () => {
  it("splits possessives and French elisions, unifying apostrophes", () => {
    expect(tokenize("Russia’s l’OTAN d'Orsay").map((t) => t.norm)).toEqual([
      "russia",
      "'s",
      "l'",
      "otan",
      "d'",
      "orsay",
    ]);
  });

  it("reads dotted abbreviations as one uppercase token", () => {
    const [us] = tokenize("U.S. officials");
    expect(us?.norm).toBe("us");
    expect(us?.shape).toBe(3);
  });

  it("folds diacritics and marks punctuation gaps", () => {
    const toks = tokenize("Erdoğan. Secretary-General Élysée");
    expect(toks.map((t) => t.norm)).toEqual(["erdogan", "secretary", "general", "elysee"]);
    expect(toks.map((t) => t.hard)).toEqual([true, true, false, false]);
  });

  it("tokenises a curated phrase ending in an elision as it reads before a word", () => {
    expect(keyTokens("de l'").norms).toEqual(["de", "l'"]);
  });

  it("keeps offsets into the original text when scanning a range", () => {
    const text = "xx Putin";
    const [t] = tokenize(text, 3);
    expect(text.slice(t?.start, t?.end)).toBe("Putin");
  });
});
