import { describe, expect, it } from "vitest";
import { cuesForLanguage, ENGLISH_CUES, NEGATION_BEFORE, REFUSAL_BEFORE } from "./cues.js";

const entry = (lemma: string) => ENGLISH_CUES.find((c) => c.lemma === lemma);

describe("cue lexicon", () => {
  it("inflects regular verbs and takes irregular ones as written, without invented forms", () => {
    expect(entry("warn")?.forms).toEqual(["warn", "warns", "warned", "warning"]);
    expect(entry("say")?.forms).toEqual(expect.arrayContaining(["say", "says", "said", "saying"]));
    expect(entry("say")?.forms).not.toContain("sayed");
    expect(entry("call for")?.forms).toEqual(
      expect.arrayContaining(["call for", "calls for", "called for", "calling for"]),
    );
  });

  it("gives stance verbs the polarity they imply toward their object", () => {
    expect(entry("reject")).toMatchObject({ class: "stance", polarity: -1 });
    expect(entry("welcome")).toMatchObject({ class: "stance", polarity: 1 });
    expect(entry("want")).toMatchObject({ class: "intention", polarity: 0 });
  });

  it("covers the stance verbs of news English with their polarity", () => {
    for (const lemma of ["embrace", "hail", "applaud", "echo", "justify", "lobby", "press"])
      expect(entry(lemma)).toMatchObject({ class: "stance", polarity: 1 });
    for (const lemma of ["resist", "rip", "deride", "decry", "lambaste", "disparage", "rebuff"])
      expect(entry(lemma)).toMatchObject({ class: "stance", polarity: -1 });
    for (const lemma of ["contend", "affirm", "underline", "underscore"])
      expect(entry(lemma)).toMatchObject({ class: "speech", polarity: 0 });
    expect(entry("decide")?.class).toBe("intention");
    expect(entry("rip")?.forms).toEqual(["rip", "rips", "ripped", "ripping"]);
    expect(entry("echo")?.forms).not.toContain("echos");
    // "the press", "press secretary": only the verb's own forms are cues.
    expect(entry("press")?.forms).toEqual(["pressed", "pressing"]);
  });

  it("covers set phrases of stance and caution with their inflections", () => {
    expect(entry("talk tough")?.forms).toEqual(
      expect.arrayContaining(["talk tough", "talked tough", "talking tough"]),
    );
    expect(entry("hold firm to")).toMatchObject({ class: "stance", polarity: 1 });
    expect(entry("hold firm to")?.forms).toContain("held firm to");
    expect(entry("leave open the possibility")?.forms).toContain("left open the possibility");
    expect(entry("be concerned that")?.class).toBe("intention");
  });

  it("finds a negation or a refusal right before a verb, with its auxiliary", () => {
    const negation = (lead: string) => NEGATION_BEFORE.exec(lead)?.[0] ?? null;
    expect(negation("Ruritania does not ")).toBe("does not ");
    expect(negation("Ruritania has never ")).toBe("has never ");
    expect(negation("Ruritania hasn't ")).toBe("hasn't ");
    expect(negation("Ruritania won’t ")).toBe("won’t ");
    expect(negation("Ruritania would not publicly ")).toBe("would not publicly ");
    // "not only supports" affirms; a form of "be" is no auxiliary of the negation (a passive's).
    expect(negation("Ruritania not only ")).toBeNull();
    expect(negation("The plan was not ")).toBe("not ");
    expect(negation("Ruritania will ")).toBeNull();
    expect(REFUSAL_BEFORE.test("Ruritania refused to ")).toBe(true);
    expect(REFUSAL_BEFORE.test("Ruritania declines to ")).toBe(true);
    expect(REFUSAL_BEFORE.test("Ruritania wanted to ")).toBe(false);
  });

  it("reads 'exclude' only negated, as keeping its object open", () => {
    const open = entry("not exclude");
    expect(open).toMatchObject({ class: "stance", polarity: 0, keepsOpen: true });
    expect(open?.forms).toEqual(
      expect.arrayContaining([
        "not exclude",
        "never excluded",
        "wouldn't exclude",
        "didn’t exclude",
      ]),
    );
    expect(
      ENGLISH_CUES.some((c) => c.forms.includes("exclude") || c.forms.includes("excluded")),
    ).toBe(false);
  });

  it("takes other languages' cues from the gazetteer's lexicon", () => {
    expect(cuesForLanguage("en")).toEqual([]);
    const ru = cuesForLanguage("ru");
    expect(ru.some((c) => c.forms.includes("заявил"))).toBe(true);
    expect(ru.find((c) => c.forms.includes("по словам"))?.class).toBe("according");
    expect(cuesForLanguage("fr").some((c) => c.forms.includes("a déclaré"))).toBe(true);
  });

  it("marks the cues that cite a document, whose holder is its issuer", () => {
    const ru = cuesForLanguage("ru");
    expect(ru.find((c) => c.forms.includes("говорится"))).toMatchObject({
      class: "according",
      document: true,
    });
    expect(ru.find((c) => c.forms.includes("по мнению"))?.document).toBeUndefined();
  });

  it("reads the supplement before the lexicon: gerunds, naming verbs and pronoun sources", () => {
    const ru = cuesForLanguage("ru");
    // The first entry listing a form is the one attribution uses.
    const first = (list: typeof ru, form: string) => list.find((c) => c.forms.includes(form));
    expect(first(ru, "заявив")).toMatchObject({ class: "speech", gerund: true });
    expect(first(ru, "назвали")).toMatchObject({ naming: true });
    expect(first(ru, "по его словам")?.class).toBe("according");
    expect(first(ru, "заявил")?.gerund).toBeUndefined();
    const fr = cuesForLanguage("fr");
    expect(first(fr, "tout en dénonçant")).toMatchObject({ gerund: true, polarity: -1 });
    expect(first(fr, "estimant")?.gerund).toBe(true);
    expect(first(fr, "a conditionné")?.class).toBe("speech");
    expect(first(fr, "selon lui")?.class).toBe("according");
    // English keeps "call" for naming and has no gerund flags.
    expect(ENGLISH_CUES.find((c) => c.lemma === "call")?.naming).toBe(true);
    expect(ENGLISH_CUES.some((c) => c.gerund)).toBe(false);
  });
});

describe("cue lexicon: idioms of rejection, threat and following, and verbs of suspicion", () => {
  const fr = cuesForLanguage("fr");
  const frEntry = (lemma: string) => fr.find((c) => c.lemma === lemma);

  it("reads French 'balayer' and 'écarter' as rejections and 'brandir' as a threat", () => {
    expect(frEntry("balayer")).toMatchObject({ class: "speech", polarity: -1 });
    expect(frEntry("balayer")?.forms).toEqual(expect.arrayContaining(["a balayé", "balaie"]));
    expect(frEntry("écarter")).toMatchObject({ polarity: -1 });
    expect(frEntry("brandir")?.forms).toEqual(expect.arrayContaining(["brandit", "a brandi"]));
  });

  it("marks 'follow suit' and 'emboîter le pas' as complete positions of support", () => {
    expect(entry("follow suit")).toMatchObject({ class: "stance", polarity: 1, complete: true });
    expect(entry("follow suit")?.forms).toEqual(
      expect.arrayContaining(["follows suit", "followed suit"]),
    );
    expect(frEntry("emboîter le pas")).toMatchObject({ polarity: 1, complete: true });
    expect(frEntry("emboîter le pas")?.forms).toContain("a emboîté le pas");
    // Only those phrases stand without an object.
    expect(ENGLISH_CUES.filter((c) => c.complete).map((c) => c.lemma)).toEqual(["follow suit"]);
  });

  it("reads 'suspect' and 'think about' as what an actor believes or weighs", () => {
    expect(entry("suspect")).toMatchObject({ class: "intention", polarity: 0 });
    expect(entry("suspect")?.forms).toContain("suspects");
    expect(entry("think about")?.forms).toEqual(
      expect.arrayContaining(["thinking about", "thought about"]),
    );
  });
});
