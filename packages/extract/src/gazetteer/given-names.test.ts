import { describe, expect, it } from "vitest";
import { genderOfName } from "./given-names.js";

describe("genderOfName", () => {
  it("reads a given name the lexicon knows, in Latin or Cyrillic script", () => {
    expect(genderOfName("Anna Nowak")).toBe("f");
    expect(genderOfName("Marc Lefèvre")).toBe("m");
    expect(genderOfName("Jean-Luc Mélenchon")).toBe("m");
    expect(genderOfName("Елена Горшкова")).toBe("f");
    expect(genderOfName("Олег Петров")).toBe("m");
  });

  it("reads a Russian surname's or patronymic's ending when the given name says nothing", () => {
    expect(genderOfName("Ж. Горшкова")).toBe("f");
    expect(genderOfName("Ж. Петров")).toBe("m");
    expect(genderOfName("Ж. Ивановна Смирнова")).toBe("f");
  });

  it("leaves names of either gender, and unknown ones, open", () => {
    expect(genderOfName("Jean Dupont")).toBeNull();
    expect(genderOfName("Andrea Rossi")).toBeNull();
    expect(genderOfName("Sasha Kim")).toBeNull();
    expect(genderOfName("Tuncay")).toBeNull();
  });
});
