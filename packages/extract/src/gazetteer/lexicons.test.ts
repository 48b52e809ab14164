import { describe, expect, it } from "vitest";
import {
  type AnonymousSourceMatch,
  findAnonymousSources,
  findHedges,
  findReportingCues,
  hedgeOf,
  isHedge,
  matchAnonymousSource,
  reportingCue,
} from "./index.js";

const cue = (words: string | string[], lang?: "en" | "ru" | "fr") => {
  const c = reportingCue(words, lang);
  return c ? [c.cls, c.polarity ?? null] : null;
};

describe("reportingCue", () => {
  it("classes English verbs of saying, with the stance they imply", () => {
    for (const w of [
      "said",
      "says",
      "told",
      "added",
      "stated",
      "declared",
      "noted",
      "stressed",
      "insisted",
      "warned",
      "argued",
      "claimed",
      "explained",
      "acknowledged",
      "admitted",
      "confirmed",
      "denied",
      "vowed",
      "pledged",
      "promised",
      "threatened",
      "accused",
      "suggested",
      "hinted",
      "announced",
      "reiterated",
      "reaffirmed",
      "emphasised",
      "emphasized",
      "signalled",
      "signaled",
    ]) {
      expect(reportingCue(w)?.cls, w).toBe("speech");
    }
    for (const w of ["rejected", "dismissed", "criticized", "criticised", "condemned"])
      expect(cue(w), w).toEqual(["speech", "opposes"]);
    for (const w of ["welcomed", "praised", "demanded", "urged", "called for"])
      expect(cue(w), w).toEqual(["speech", "supports"]);
    expect(cue(["calls", "for"])).toEqual(["speech", "supports"]);
    expect(reportingCue("accused")?.polarity).toBeUndefined();
  });

  it("classes attribution phrases, intentions and attitudes", () => {
    for (const w of [
      "according to",
      "citing",
      "as quoted by",
      "in an interview with",
      "as reported by",
    ])
      expect(cue(w), w).toEqual(["prepositional", null]);
    for (const w of [
      "wants",
      "seeks",
      "plans",
      "intends",
      "aims",
      "hopes",
      "expects",
      "is preparing to",
      "is ready to",
      "is open to",
      "is willing to",
    ]) {
      expect(reportingCue(w)?.cls, w).toBe("intention");
    }
    expect(cue("will demand")).toEqual(["intention", "supports"]);
    expect(cue("will insist")).toEqual(["intention", "supports"]);
    expect(cue("believes")).toEqual(["attitude", null]);
    expect(cue("opposes")).toEqual(["attitude", "opposes"]);
    expect(cue("is opposed to")).toEqual(["attitude", "opposes"]);
    expect(cue("supports")).toEqual(["attitude", "supports"]);
  });

  it("does not take the bare noun-like form for a verb", () => {
    expect(reportingCue("report")).toBeNull();
    expect(reportingCue("reported")?.cls).toBe("speech");
    expect(reportingCue("back")).toBeNull();
    expect(reportingCue("backed")?.polarity).toBe("supports");
    expect(reportingCue("the")).toBeNull();
  });

  it("knows Russian cues in their gender and tense forms", () => {
    for (const w of [
      "заявил",
      "заявила",
      "заявили",
      "сказал",
      "отметил",
      "подчеркнула",
      "сообщил",
      "заявляет",
    ])
      expect(cue(w, "ru"), w).toEqual(["speech", null]);
    expect(cue("по словам", "ru")).toEqual(["prepositional", null]);
    expect(cue("передаёт", "ru")).toEqual(["prepositional", null]);
    expect(cue("передает", "ru")).toEqual(["prepositional", null]);
    expect(cue("отверг", "ru")).toEqual(["speech", "opposes"]);
    expect(cue("призвал", "ru")).toEqual(["speech", "supports"]);
    expect(cue("намерен", "ru")).toEqual(["intention", null]);
    expect(cue("считает", "ru")).toEqual(["attitude", null]);
  });

  it("knows French cues, including inversions", () => {
    for (const w of [
      "a déclaré",
      "a dit",
      "a affirmé",
      "a estimé",
      "a averti",
      "a-t-il déclaré",
      "a-t-elle ajouté",
      "déclare-t-il",
      "ont également souligné",
    ]) {
      expect(cue(w, "fr"), w).toEqual(["speech", null]);
    }
    expect(cue("selon", "fr")).toEqual(["prepositional", null]);
    expect(cue("a rejeté", "fr")).toEqual(["speech", "opposes"]);
    expect(cue("a salué", "fr")).toEqual(["speech", "supports"]);
    expect(cue("est prêt à", "fr")).toEqual(["intention", null]);
    expect(cue("exigera", "fr")).toEqual(["intention", "supports"]);
    expect(reportingCue("a déclaré", "en")).toBeNull();
  });

  it("knows Russian attribution phrases, agreement and a document's impersonal citation", () => {
    for (const w of ["по мнению", "по оценкам", "как отметила", "как считают"])
      expect(cue(w, "ru"), w).toEqual(["prepositional", null]);
    expect(cue("согласились", "ru")).toEqual(["speech", "supports"]);
    expect(cue("дали понять", "ru")).toEqual(["speech", null]);
    expect(cue("обеспокоены", "ru")).toEqual(["attitude", null]);
    for (const w of ["говорится", "подчёркивается", "как указано"])
      expect(reportingCue(w, "ru")?.document, w).toBe(true);
    expect(reportingCue("по словам", "ru")?.document).toBeUndefined();
  });

  it("knows French reflexive stances: 's'est dit prêt', 's'est dite favorable', 's'inquiète de'", () => {
    expect(cue("s'est dit prêt à", "fr")).toEqual(["intention", null]);
    expect(cue("s'est dite favorable à", "fr")).toEqual(["attitude", "supports"]);
    expect(cue("se sont dits opposés à", "fr")).toEqual(["attitude", "opposes"]);
    expect(cue("s'inquiètent de", "fr")).toEqual(["attitude", null]);
    expect(cue("s'est félicitée de", "fr")).toEqual(["speech", "supports"]);
    expect(cue("a appelé", "fr")).toEqual(["speech", "supports"]);
  });
});

describe("findReportingCues", () => {
  it("finds the longest cue in running text", () => {
    const text =
      "Lavrov rejected ideas, calling them unacceptable, and later called for talks, according to TASS.";
    const found = findReportingCues(text, 0, text.length, "en").map((c) => [
      text.slice(c.start, c.end),
      c.cue.lemma,
    ]);
    expect(found).toEqual([
      ["rejected", "reject"],
      ["calling", "call"],
      ["called for", "call for"],
      ["according to", "according to"],
    ]);
  });
});

describe("hedges", () => {
  it("recognises English hedges", () => {
    for (const w of [
      "reportedly",
      "allegedly",
      "purportedly",
      "apparently",
      "is said to",
      "is believed to",
      "sources say",
      "may",
      "could",
      "might",
    ]) {
      expect(isHedge(w), w).toBe(true);
    }
    expect(hedgeOf("is said to")?.kind).toBe("passive");
    expect(hedgeOf("reportedly")?.kind).toBe("adverb");
    expect(isHedge("said")).toBe(false);
    expect(isHedge("certainly")).toBe(false);
  });

  it("recognises Russian and French hedges", () => {
    expect(isHedge("якобы", "ru")).toBe(true);
    expect(isHedge("по некоторым данным", "ru")).toBe(true);
    expect(isHedge("selon des sources", "fr")).toBe(true);
    expect(hedgeOf("aurait", "fr")?.kind).toBe("conditional");
    expect(isHedge("якобы", "fr")).toBe(false);
  });

  it("finds hedges in text", () => {
    const text = "The Kremlin is reportedly open to an exchange and is said to want talks.";
    expect(findHedges(text, 0, text.length, "en").map((h) => text.slice(h.start, h.end))).toEqual([
      "reportedly",
      "is said to",
    ]);
  });
});

function anon(phrase: string, lang?: "en" | "ru" | "fr"): AnonymousSourceMatch {
  const m = matchAnonymousSource(phrase, lang);
  expect(m, phrase).not.toBeNull();
  return m as AnonymousSourceMatch;
}

describe("anonymous sources", () => {
  it("reads determiners, modifiers, affiliations and heads", () => {
    const a = anon("a former senior Kremlin official");
    expect(a.head).toBe("official");
    expect(a.plural).toBe(false);
    expect(a.former).toBe(true);
    expect(a.modifiers).toEqual(["former", "senior"]);
    expect(a.affiliations.map((x) => x.entry?.key)).toEqual(["kremlin"]);
    const b = anon("a high-ranking U.S. administration official");
    expect(b.affiliations.map((x) => x.entry?.key ?? x.text)).toEqual([
      "united-states",
      "administration",
    ]);
    expect(anon("two European officials").plural).toBe(true);
    expect(anon("one of the officials").determiner).toBe("one of the");
    expect(anon("a Western diplomat").head).toBe("diplomat");
    expect(anon("an insider").head).toBe("insider");
    expect(anon("Israeli officials").affiliations[0]?.entry?.key).toBe("israel");
  });

  it("reads tails and the body a source sits in", () => {
    const a = anon("another source familiar with Putin's views");
    expect(a.tail).toBe("familiar with Putin's views");
    expect(a.affiliations[0]?.entry?.key).toBe("vladimir-putin");
    const b = anon("sources close to the Kremlin");
    expect(b.tail).toBe("close to the Kremlin");
    expect(b.affiliations[0]?.entry?.key).toBe("kremlin");
    expect(anon("a person familiar with the matter").head).toBe("person");
    expect(anon("Sources within the Kremlin").affiliations[0]?.entry?.key).toBe("kremlin");
    expect(anon("an official who spoke on condition of anonymity").anonymity).toBe(true);
  });

  it("marks anaphoric references", () => {
    expect(anon("the official").anaphoric).toBe(true);
    expect(anon("the former Kremlin official").anaphoric).toBe(true);
  });

  it("rejects phrases that are not anonymous sources", () => {
    for (const p of [
      "the people of Afghanistan",
      "an official statement",
      "a person",
      "NATO member states",
      "the president",
    ]) {
      expect(matchAnonymousSource(p), p).toBeNull();
    }
    const text = "Kremlin official Dmitry Peskov said so.";
    expect(findAnonymousSources(text)).toEqual([]);
  });

  it("reads Russian and French descriptions", () => {
    expect(anon("источник в Кремле", "ru").affiliations[0]?.entry?.key).toBe("kremlin");
    expect(anon("высокопоставленный источник", "ru").head).toBe("source");
    const close = anon("источник, близкий к Кремлю", "ru");
    expect(close.affiliations[0]?.entry?.key).toBe("kremlin");
    expect(anon("американские чиновники", "ru").plural).toBe(true);
    expect(anon("une source diplomatique", "fr").affiliations[0]?.text).toBe("diplomatique");
    expect(anon("un diplomate occidental", "fr").head).toBe("diplomat");
    expect(anon("une source proche du Kremlin", "fr").affiliations[0]?.entry?.key).toBe("kremlin");
    expect(anon("un haut responsable américain", "fr").affiliations[0]?.entry?.key).toBe(
      "united-states",
    );
  });

  it("finds several descriptions in running text", () => {
    const text =
      "A former senior Kremlin official and another source familiar with Putin's views told the paper. The official said more.";
    expect(
      findAnonymousSources(text, 0, text.length, "en").map((m) => text.slice(m.start, m.end)),
    ).toEqual([
      "A former senior Kremlin official",
      "another source familiar with Putin's views",
      "The official",
    ]);
  });
});
