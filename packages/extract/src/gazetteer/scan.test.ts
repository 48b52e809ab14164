import { describe, expect, it } from "vitest";
import { prepareSpan } from "./index.js";

const SENTENCES = [
  "The former Russian foreign minister told reporters on Monday that Moscow would not attend.",
  "Kremlin spokesperson Dmitry Peskov said the Russian Foreign Ministry had received the letter.",
  "NATO Secretary General Jens Stoltenberg and the Israeli leader met in Brussels.",
  "Le président russe a rencontré l'ancien ministre des Affaires étrangères.",
  "Министр иностранных дел России Сергей Лавров заявил об этом во вторник.",
];

describe("Scanner.inert", () => {
  it("only skips tokens where no name, body or title starts", () => {
    let inert = 0;
    let live = 0;
    for (const text of SENTENCES) {
      const sc = prepareSpan(text).scanner;
      sc.toks.forEach((_, i) => {
        if (!sc.inert(i)) {
          live++;
          return;
        }
        inert++;
        expect(sc.longestActor(i)).toBeNull();
        expect(sc.bodyAt(i)).toBeNull();
        expect(sc.titleAt(i)).toBeNull();
      });
    }
    // Both kinds occur, so the check above is not vacuous and the skip does skip.
    expect(inert).toBeGreaterThan(20);
    expect(live).toBeGreaterThan(5);
  });

  it("keeps the words that open a name, a body or a title, and title modifiers", () => {
    const text =
      "Moscow said the former Kremlin spokesperson and the Russian Foreign Ministry agreed.";
    const sc = prepareSpan(text).scanner;
    const at = (word: string) => sc.toks.findIndex((t) => text.slice(t.start, t.end) === word);
    for (const word of ["Moscow", "former", "Kremlin", "Russian"]) {
      expect(sc.inert(at(word)), word).toBe(false);
    }
    expect(sc.inert(at("agreed"))).toBe(true);
  });
});

describe("Scanner.actorHits", () => {
  it("crosses a comma only for a curated name that contains one", () => {
    const text = "The Foreign, Commonwealth and Development Office said so. Canada, Mexico agreed.";
    const sc = prepareSpan(text).scanner;
    const at = (word: string) => sc.toks.findIndex((t) => text.slice(t.start, t.end) === word);
    const fcdo = sc.longestActor(at("Foreign"));
    expect(fcdo?.values[0]?.entry.name).toBe("Foreign, Commonwealth and Development Office");
    expect(sc.longestActor(at("Canada"))?.end).toBe(at("Canada") + 1);
  });
});
