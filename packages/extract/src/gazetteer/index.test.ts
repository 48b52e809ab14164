import { ActorRole } from "@stancemap/schema";
import { describe, expect, it } from "vitest";
import {
  type ActorMention,
  actorRoles,
  demonymToState,
  entryByDomain,
  entryByKey,
  findGazetteerMentions,
  type GazetteerMention,
  lookupName,
  lookupNameMatches,
  lookupOutlet,
  lookupTitle,
  officeHolders,
  stateByName,
  type TitleMention,
} from "./index.js";

const keys = (surface: string) => lookupName(surface).map((e) => e.key);

/** Mentions as [surface, what] pairs: "actor:key" or "title:office@scope". */
function scan(text: string): [string, string][] {
  return findGazetteerMentions(text).map((m) => [text.slice(m.start, m.end), describeMention(m)]);
}

function describeMention(m: GazetteerMention): string {
  return m.type === "actor"
    ? `actor:${m.entry.key}`
    : `title:${m.entry.key}@${m.scope?.key ?? "-"}`;
}

function only<T extends GazetteerMention["type"]>(
  text: string,
  type: T,
): Extract<GazetteerMention, { type: T }> {
  const ms = findGazetteerMentions(text).filter((m) => m.type === type);
  expect(ms).toHaveLength(1);
  return ms[0] as Extract<GazetteerMention, { type: T }>;
}

describe("lookupName", () => {
  it("finds people by their transliteration variants and short names", () => {
    for (const v of [
      "Volodymyr Zelensky",
      "Volodymyr Zelenskyy",
      "Zelenskyy",
      "Zelenskiy",
      "Zelensky",
      "Зеленский",
      "Zelenski",
    ]) {
      expect(keys(v), v).toEqual(["volodymyr-zelensky"]);
    }
    for (const v of ["Sergei Lavrov", "Sergey Lavrov", "Lavrov", "Sergueï Lavrov", "Лавров"])
      expect(keys(v), v).toEqual(["sergei-lavrov"]);
    for (const v of ["Recep Tayyip Erdoğan", "Erdogan", "Erdoğan", "Эрдоган"])
      expect(keys(v), v).toEqual(["recep-tayyip-erdogan"]);
    expect(keys("Bibi")).toEqual(["benjamin-netanyahu"]);
    expect(keys("Nétanyahou")).toEqual(["benjamin-netanyahu"]);
  });

  it("finds states by name, alias and article-less forms", () => {
    for (const v of [
      "the United States",
      "the US",
      "the U.S.",
      "America",
      "USA",
      "United States of America",
      "США",
      "les États-Unis",
    ]) {
      expect(keys(v), v).toEqual(["united-states"]);
    }
    expect(keys("the Kremlin")).toEqual(["kremlin"]);
    expect(keys("Kremlin")).toEqual(["kremlin"]);
  });

  it("maps capitals and government seats to the government they stand for", () => {
    const via = (s: string) => lookupNameMatches(s).map((m) => `${m.entry.key}/${m.via}`);
    expect(via("Moscow")).toEqual(["russia/metonym"]);
    expect(via("Kyiv")).toEqual(["ukraine/metonym"]);
    expect(via("Kiev")).toEqual(["ukraine/metonym"]);
    expect(via("Washington")).toEqual(["united-states/metonym"]);
    expect(via("Beijing")).toEqual(["china/metonym"]);
    expect(via("Tehran")).toEqual(["iran/metonym"]);
    expect(via("Jerusalem")).toEqual(["israel/metonym"]);
    // Brussels stands for the EU, not for Belgium
    expect(via("Brussels")).toEqual(["eu/metonym"]);
    expect(via("Bruxelles")).toEqual(["eu/metonym"]);
  });

  it("finds organisations by acronym and by name in three languages", () => {
    for (const v of [
      "NATO",
      "Nato",
      "НАТО",
      "OTAN",
      "l'OTAN",
      "North Atlantic Treaty Organization",
    ])
      expect(keys(v), v).toEqual(["nato"]);
    for (const v of ["EU", "l'UE", "ЕС", "European Union", "Евросоюз"])
      expect(keys(v), v).toEqual(["eu"]);
    for (const v of ["UN", "ООН", "ONU", "United Nations"]) expect(keys(v), v).toEqual(["un"]);
    expect(keys("UN Security Council")).toEqual(["un-security-council"]);
    expect(keys("IAEA")).toEqual(["iaea"]);
    expect(keys("МАГАТЭ")).toEqual(["iaea"]);
  });

  it("finds Russian names in every case", () => {
    for (const v of ["Путин", "Путина", "Путину", "Путиным", "Путине", "Владимира Путина"])
      expect(keys(v), v).toEqual(["vladimir-putin"]);
    for (const v of ["Зеленского", "Зеленскому", "Зеленским"])
      expect(keys(v), v).toEqual(["volodymyr-zelensky"]);
    for (const v of ["Пескова", "Дмитрия Пескова"]) expect(keys(v), v).toEqual(["dmitry-peskov"]);
    expect(keys("Трампом")).toEqual(["donald-trump"]);
    expect(keys("Байдену")).toEqual(["joe-biden"]);
    expect(keys("Шольцем")).toEqual(["olaf-scholz"]);
    expect(keys("Макрона")).toEqual(["emmanuel-macron"]);
    // a foreign feminine surname does not decline
    expect(keys("Ангелы Меркель")).toEqual(["angela-merkel"]);
    for (const v of ["России", "Россию", "Россией", "РФ"]) expect(keys(v), v).toEqual(["russia"]);
    for (const v of ["Москве", "Москвы"]) expect(keys(v), v).toEqual(["russia"]);
    expect(keys("Кремля")).toEqual(["kremlin"]);
  });

  it("finds French forms", () => {
    expect(keys("Vladimir Poutine")).toEqual(["vladimir-putin"]);
    expect(keys("Poutine")).toEqual(["vladimir-putin"]);
    expect(keys("la Maison Blanche")).toEqual(["white-house"]);
    expect(keys("l'Élysée")).toEqual(["elysee"]);
    expect(keys("Moscou")).toEqual(["russia"]);
  });

  it("folds diacritics and unifies apostrophes", () => {
    expect(keys("Quai d'Orsay")).toEqual(["quai-d-orsay"]);
    expect(keys("Quai d’Orsay")).toEqual(["quai-d-orsay"]);
    expect(keys("Cote d'Ivoire")).toEqual(["cote-d-ivoire"]);
    expect(keys("Côte d’Ivoire")).toEqual(["cote-d-ivoire"]);
    expect(keys("Elysee")).toEqual(["elysee"]);
  });

  it("names a body from a pattern, preferring the curated body", () => {
    expect(keys("the Russian Foreign Ministry")).toEqual(["russia-foreign-ministry"]);
    expect(keys("МИД России")).toEqual(["russia-foreign-ministry"]);
    expect(keys("the American foreign ministry")).toEqual(["state-department"]);
    const gov = lookupName("the Trump administration")[0];
    expect(gov?.key).toBe("united-states-government");
    expect(gov?.kind).toBe("government");
    expect(gov?.memberOf).toEqual(["united-states"]);
  });

  it("knows government metonyms and ties them to their state", () => {
    const cases: [string, string, string][] = [
      ["the White House", "white-house", "united-states"],
      ["Downing Street", "downing-street", "united-kingdom"],
      ["No 10", "downing-street", "united-kingdom"],
      ["No. 10", "downing-street", "united-kingdom"],
      ["the Élysée", "elysee", "france"],
      ["the Pentagon", "pentagon", "united-states"],
      ["Foggy Bottom", "state-department", "united-states"],
      ["Zhongnanhai", "zhongnanhai", "china"],
      ["Bundeskanzleramt", "german-chancellery", "germany"],
      ["Госдеп", "state-department", "united-states"],
    ];
    for (const [surface, key, state] of cases) {
      const [e] = lookupName(surface);
      expect(e?.key, surface).toBe(key);
      expect(e?.memberOf[0], surface).toBe(state);
    }
    expect(lookupName("the Kremlin")[0]?.kind).toBe("government");
    expect(lookupName("MFA")[0]?.key).toBe("foreign-ministry");
    expect(lookupName("Ukrainian MFA")[0]?.key).toBe("ukraine-foreign-ministry");
  });

  it("returns every entry of a declared ambiguous name", () => {
    expect(keys("Congo").sort()).toEqual(["dr-congo", "republic-of-the-congo"]);
    expect(keys("Johnson").sort()).toEqual(["boris-johnson", "mike-johnson"]);
  });

  it("returns nothing for unknown names", () => {
    expect(lookupName("Natoire")).toEqual([]);
    expect(keys("Atomic Energy Organization")).toEqual(["aeoi"]);
    expect(lookupName("Foreign")).toEqual([]);
  });
});

describe("states and demonyms", () => {
  it("maps demonyms to their state in three languages", () => {
    expect(demonymToState("Russian")?.key).toBe("russia");
    expect(demonymToState("Ukrainian")?.key).toBe("ukraine");
    expect(demonymToState("French")?.key).toBe("france");
    expect(demonymToState("российская")?.key).toBe("russia");
    expect(demonymToState("российских")?.key).toBe("russia");
    expect(demonymToState("israélienne")?.key).toBe("israel");
    expect(demonymToState("américains")?.key).toBe("united-states");
    // "European" stands for the EU, which is not a state
    expect(demonymToState("European")).toBeNull();
    expect(demonymToState("Russia")).toBeNull();
  });

  it("finds a state by name, capital or ISO code", () => {
    expect(stateByName("UA")?.key).toBe("ukraine");
    expect(stateByName("Россия")?.key).toBe("russia");
    expect(stateByName("Kyiv")?.key).toBe("ukraine");
    expect(stateByName("Türkiye")?.key).toBe("turkey");
    expect(stateByName("the Kremlin")).toBeNull();
    expect(stateByName("Russian")).toBeNull();
  });
});

describe("findGazetteerMentions", () => {
  it("prefers the longest match: a title over the demonym it starts with", () => {
    expect(scan("Russian Foreign Minister Sergey Lavrov criticized the plan.")).toEqual([
      ["Russian Foreign Minister", "title:foreign-minister@russia"],
      ["Sergey Lavrov", "actor:sergei-lavrov"],
    ]);
  });

  it("reads offices qualified by organisations, bodies and possessives", () => {
    expect(scan("NATO Secretary General Mark Rutte")).toEqual([
      ["NATO Secretary General", "title:secretary-general@nato"],
      ["Mark Rutte", "actor:mark-rutte"],
    ]);
    expect(scan("Kremlin spokesperson Dmitry Peskov")).toEqual([
      ["Kremlin spokesperson", "title:spokesperson@kremlin"],
      ["Dmitry Peskov", "actor:dmitry-peskov"],
    ]);
    expect(scan("Russia’s foreign minister")).toEqual([
      ["Russia’s foreign minister", "title:foreign-minister@russia"],
    ]);
    expect(scan("the Chinese Foreign Ministry spokesperson")).toEqual([
      ["Chinese Foreign Ministry spokesperson", "title:spokesperson@china-foreign-ministry"],
    ]);
  });

  it("reads definite descriptions that refer to an office holder", () => {
    expect(scan("the head of Russian diplomacy")).toEqual([
      ["head of Russian diplomacy", "title:foreign-minister@russia"],
    ]);
    expect(scan("the Israeli leader")).toEqual([["Israeli leader", "title:leader@israel"]]);
    expect(scan("the Russian president")).toEqual([
      ["Russian president", "title:president@russia"],
    ]);
    expect(scan("the President of France")).toEqual([
      ["President of France", "title:president@france"],
    ]);
  });

  it("marks modifiers, implied scopes, plurals and destinations", () => {
    const former = only("former US President Barack Obama", "title");
    expect(former.entry.key).toBe("president");
    expect(former.scope?.key).toBe("united-states");
    expect(former.notCurrent).toBe(true);
    const elect = only("President-elect Donald Trump", "title");
    expect(elect.notCurrent).toBe(true);
    expect(elect.modifiers).toContain("elect");
    const deputy = only("Russian Deputy Foreign Minister Sergei Ryabkov", "title");
    expect(deputy.entry.key).toBe("foreign-minister");
    expect(deputy.subordinate).toBe(true);
    expect(deputy.notCurrent).toBe(false);
    const sos = only("Secretary of State Antony Blinken", "title");
    expect(sos.scope?.key).toBe("united-states");
    expect(sos.scopeVia).toBe("implied");
    const plural = only("EU foreign ministers met", "title");
    expect(plural.plural).toBe(true);
    expect(plural.scope?.key).toBe("eu");
    const envoy = only("the US ambassador to the UN", "title");
    expect(envoy.scope?.key).toBe("united-states");
    expect(envoy.destination?.key).toBe("un");
  });

  it("names bodies from patterns", () => {
    const mod = only("the Ministry of Defence said", "actor") as ActorMention;
    expect(mod.via).toBe("pattern");
    expect(mod.entry.key).toBe("defence-ministry");
    expect(mod.scope).toBeNull();
    expect(scan("the Israeli military")).toEqual([["Israeli military", "actor:idf"]]);
    expect(scan("the Ukrainian government")).toEqual([
      ["Ukrainian government", "actor:ukraine-government"],
    ]);
    expect(scan("Foreign Office officials")).toEqual([["Foreign Office", "actor:fcdo"]]);
  });

  it("never matches inside a word or across punctuation", () => {
    expect(findGazetteerMentions("Natoire and Russianness are not names.")).toEqual([]);
    expect(scan("It was Russia. Foreign Minister Lavrov spoke.")).toEqual([
      ["Russia", "actor:russia"],
      ["Foreign Minister", "title:foreign-minister@-"],
      ["Lavrov", "actor:sergei-lavrov"],
    ]);
    expect(scan("NATO-led forces")).toEqual([["NATO", "actor:nato"]]);
  });

  it("respects the capitalisation of acronyms and names", () => {
    expect(findGazetteerMentions("Tell us who said it; may I?")).toEqual([]);
    expect(scan("The WHO and the US")).toEqual([
      ["WHO", "actor:who"],
      ["US", "actor:united-states"],
    ]);
    // "un" is a French article, "ONU" the organisation
    expect(scan("un diplomate de l'ONU")).toEqual([["ONU", "actor:un"]]);
  });

  it("reads Russian titles, bodies and names", () => {
    expect(scan("Министр иностранных дел России Сергей Лавров заявил")).toEqual([
      ["Министр иностранных дел России", "title:foreign-minister@russia"],
      ["Сергей Лавров", "actor:sergei-lavrov"],
    ]);
    expect(scan("пресс-секретарь Кремля Дмитрий Песков")).toEqual([
      ["пресс-секретарь Кремля", "title:spokesperson@kremlin"],
      ["Дмитрий Песков", "actor:dmitry-peskov"],
    ]);
    expect(scan("официальный представитель МИД России Мария Захарова")).toEqual([
      ["официальный представитель МИД России", "title:spokesperson@russia-foreign-ministry"],
      ["Мария Захарова", "actor:maria-zakharova"],
    ]);
    expect(scan("российский президент")).toEqual([
      ["российский президент", "title:president@russia"],
    ]);
    // a nominative name after a title is the holder, not the scope
    expect(scan("президент Путин")).toEqual([
      ["президент", "title:president@-"],
      ["Путин", "actor:vladimir-putin"],
    ]);
  });

  it("reads French titles", () => {
    expect(scan("le président russe Vladimir Poutine")).toEqual([
      ["président russe", "title:president@russia"],
      ["Vladimir Poutine", "actor:vladimir-putin"],
    ]);
    expect(scan("le ministre russe des Affaires étrangères")).toEqual([
      ["ministre russe des Affaires étrangères", "title:foreign-minister@russia"],
    ]);
    expect(scan("le chef de la diplomatie russe")).toEqual([
      ["chef de la diplomatie russe", "title:foreign-minister@russia"],
    ]);
    expect(scan("le porte-parole du Kremlin")).toEqual([
      ["porte-parole du Kremlin", "title:spokesperson@kremlin"],
    ]);
    expect(scan("le secrétaire général de l'Otan")).toEqual([
      ["secrétaire général de l'Otan", "title:secretary-general@nato"],
    ]);
  });

  it("scans only the given range and reports offsets into the whole text", () => {
    const text = "Putin met Zelensky in Paris.";
    const from = text.indexOf("Zelensky");
    const ms = findGazetteerMentions(text, from, text.length);
    expect(ms.map((m) => [m.start, m.end, describeMention(m)])).toEqual([
      [from, from + "Zelensky".length, "actor:volodymyr-zelensky"],
      [text.indexOf("Paris"), text.indexOf("Paris") + 5, "actor:france"],
    ]);
  });

  it("reports every candidate of an ambiguous name", () => {
    const m = only("Johnson said", "actor") as ActorMention;
    expect(m.candidates.map((c) => c.key).sort()).toEqual(["boris-johnson", "mike-johnson"]);
  });

  it("finds outlets, including those credited in the sample articles", () => {
    expect(scan("told the Financial Times, as reported by New York Post")).toEqual([
      ["Financial Times", "actor:financial-times"],
      ["New York Post", "actor:new-york-post"],
    ]);
    expect(scan("cited by Bloomberg, reports TASR")).toEqual([
      ["Bloomberg", "actor:bloomberg"],
      ["TASR", "actor:tasr"],
    ]);
  });
});

describe("lookupTitle", () => {
  it("parses a whole title with its scope", () => {
    const t = lookupTitle("Russian Foreign Minister") as TitleMention;
    expect(t.entry.key).toBe("foreign-minister");
    expect(t.scope?.key).toBe("russia");
    expect(lookupTitle("the Israeli leader")?.scope?.key).toBe("israel");
    expect(lookupTitle("chef de la diplomatie russe")?.entry.office).toBe("foreign-minister");
    expect(lookupTitle("Foreign Secretary")?.scope?.key).toBe("united-kingdom");
    expect(lookupTitle("Lavrov")).toBeNull();
  });

  it("knows the UN's humanitarian chief and the ministers of a grouping's states", () => {
    const chief = lookupTitle("humanitarian chief") as TitleMention;
    expect(chief.entry.office).toBe("head");
    expect(chief.scope?.key).toBe("ocha");
    const g7 = lookupTitle("министры иностранных дел стран G7") as TitleMention;
    expect(g7.entry.office).toBe("foreign-minister");
    expect(g7.scope?.key).toBe("g7");
    expect(g7.plural).toBe(true);
    expect(lookupTitle("министры стран G7")?.scope?.key).toBe("g7");
  });
});

describe("officeHolders", () => {
  it("resolves who held an office in a year", () => {
    expect(officeHolders("leader", "israel", 2018).map((e) => e.key)).toEqual([
      "benjamin-netanyahu",
    ]);
    expect(officeHolders("leader", "russia", 2025).map((e) => e.key)).toEqual(["vladimir-putin"]);
    expect(officeHolders("foreign-minister", "russia").map((e) => e.key)).toEqual([
      "sergei-lavrov",
    ]);
    expect(officeHolders("secretary-of-state", "united-states", 2019).map((e) => e.key)).toEqual([
      "mike-pompeo",
    ]);
    expect(officeHolders("president", "united-states", 2022).map((e) => e.key)).toEqual([
      "joe-biden",
    ]);
    expect(officeHolders("secretary-general", "nato", 2020).map((e) => e.key)).toEqual([
      "jens-stoltenberg",
    ]);
    expect(officeHolders("head", "nato", 2025).map((e) => e.key)).toEqual(["mark-rutte"]);
    expect(officeHolders("spokesperson", "kremlin", 2024).map((e) => e.key)).toEqual([
      "dmitry-peskov",
    ]);
  });

  it("returns both holders in a handover year, most recent first", () => {
    expect(officeHolders("president", "united-states", 2017).map((e) => e.key)).toEqual([
      "donald-trump",
      "barack-obama",
    ]);
  });
});

describe("outlets and domains", () => {
  it("finds an outlet by name, alias or web address", () => {
    expect(lookupOutlet("FT")?.key).toBe("financial-times");
    expect(lookupOutlet("the Financial Times")?.key).toBe("financial-times");
    expect(lookupOutlet("https://www.ft.com/content/abc")?.key).toBe("financial-times");
    expect(lookupOutlet("news.bbc.co.uk")?.key).toBe("bbc");
    expect(lookupOutlet("ТАСС")?.key).toBe("tass");
    expect(lookupOutlet("Рейтер")?.key).toBe("reuters");
    // "the Times" is ambiguous between London and New York; it is not matched
    expect(lookupOutlet("the Times")).toBeNull();
    const ft = entryByKey("financial-times");
    expect(ft?.source).toEqual({ kind: "newspaper", domain: "ft.com", language: "en" });
    expect(ft?.country).toBe("GB");
  });

  it("maps government domains to their bodies", () => {
    expect(entryByDomain("http://en.kremlin.ru/events/president/news/1")?.key).toBe("kremlin");
    expect(entryByDomain("mid.ru")?.key).toBe("russia-foreign-ministry");
    expect(entryByDomain("not a domain")).toBeNull();
  });
});

describe("actorRoles", () => {
  it("gives roles in the schema's shape", () => {
    const lavrov = entryByKey("sergei-lavrov");
    expect(lavrov).toBeDefined();
    const roles = actorRoles(lavrov as NonNullable<typeof lavrov>);
    for (const r of roles) expect(ActorRole.safeParse(r).success).toBe(true);
    expect(roles).toContainEqual({
      title: "Foreign Minister",
      organization: "Russia",
      start: "2004",
      end: null,
    });
  });
});
