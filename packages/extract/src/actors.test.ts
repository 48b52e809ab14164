import { describe, expect, it } from "vitest";
import { findActors } from "./actors.js";
import { MentionTable } from "./actors-mentions.js";
import { segment } from "./segment.js";
import type { Mention } from "./types.js";

function actorsOf(
  text: string,
  opts: {
    outlet?: string;
    publishedAt?: string;
    language?: string;
    /** Text left out as the metadata stage leaves out a dateline: each string's first occurrence. */
    exclude?: string[];
  } = {},
) {
  const language = opts.language ?? "en";
  const excluded = (opts.exclude ?? []).map((x) => {
    const start = text.indexOf(x);
    return { start, end: start + x.length };
  });
  const seg = segment(text, { language, excluded });
  const out = findActors({
    text,
    segmentation: seg,
    excluded,
    language,
    outlet: opts.outlet ?? null,
    credits: [],
    publishedAt: opts.publishedAt ?? "2024-06-01",
    documentKey: "test",
  });
  const at = (surface: string, nth = 0) => {
    let pos = -1;
    for (let i = 0; i <= nth; i++) pos = text.indexOf(surface, pos + 1);
    const m =
      out.mentions.find((x) => x.start <= pos && x.end >= pos + surface.length) ??
      out.mentions.find((x) => x.start === pos);
    return m ? out.actors.get(m.actorKey) : undefined;
  };
  return { ...out, at, text };
}

describe("findActors", () => {
  it("finds known actors and links them to the state they speak for", () => {
    const r = actorsOf(
      "German Chancellor Olaf Scholz met officials in Berlin. The Kremlin rejected the offer.",
    );
    const scholz = r.at("Olaf Scholz");
    expect(scholz?.kind).toBe("person");
    expect(scholz?.memberOf).toContain("germany");
    expect(r.at("Kremlin")?.memberOf[0]).toBe("russia");
  });

  it('gives an office after "the country\'s" the state named last before it', () => {
    const r = actorsOf(
      "Canada's Prime Minister met the press, and the country's Trade Minister Jane Ollard said talks would go on.",
    );
    expect(r.at("Jane Ollard")?.memberOf).toEqual(["canada"]);
    const none = actorsOf("The country's Trade Minister Jane Ollard said talks would go on.");
    expect(none.at("Jane Ollard")?.memberOf).toEqual([]);
  });

  it("finds an unknown speaker after an inverted reporting verb, and no person in 'president of <Org>'", () => {
    const r = actorsOf(
      "“It works,” said Jane Ollard, president of Meridian Steel Works. Tom Reyes, president of Harbor Metals, said it did not.",
    );
    expect(r.at("Jane Ollard")?.kind).toBe("person");
    expect(r.at("Tom Reyes")?.kind).toBe("person");
    expect(
      [...r.actors.values()]
        .filter((a) => a.kind === "person")
        .map((a) => a.name)
        .sort(),
    ).toEqual(["Jane Ollard", "Tom Reyes"]);
  });

  it("lets a statement speak for its issuer: named with it, or the subject that introduced it", () => {
    const r = actorsOf(
      "NATO has warned of grave costs, according to a draft statement. Talks went on. " +
        "“Costs will be grave,” the draft statement said. A statement by the Kremlin called it a provocation.",
    );
    expect(r.at("the draft statement")?.key).toBe("nato");
    expect(r.at("A statement by")?.key).toBe("kremlin");
    const none = actorsOf("“Costs will be grave,” the statement said.");
    expect(none.at("the statement")).toBeUndefined();
  });

  it("reads an organization's delegates as an unnamed source of that organization", () => {
    const r = actorsOf("The NATO delegates said the alliance was united.");
    const delegates = r.at("NATO delegates");
    expect(delegates?.kind).toBe("anonymous_source");
    expect(delegates?.memberOf).toEqual(["nato"]);
  });

  it("gives an unknown person named after a title that title and the title's state", () => {
    const r = actorsOf(
      "Ruritanian speech aside, French Foreign Minister Jeanne Dupontel said the plan was dead.",
    );
    const person = r.at("Jeanne Dupontel");
    expect(person?.name).toBe("Jeanne Dupontel");
    expect(person?.roles[0]?.title).toBe("Foreign Minister");
    expect(person?.memberOf).toContain("france");
  });

  it("finds anonymous sources with their affiliation, and 'the official' refers back", () => {
    const r = actorsOf(
      "A senior Kremlin official told reporters the talks were over. The official declined to say more.",
    );
    const anon = r.at("A senior Kremlin official");
    expect(anon?.kind).toBe("anonymous_source");
    expect(anon?.memberOf).toEqual(["kremlin"]);
    expect(r.at("The official")?.key).toBe(anon?.key);
  });

  it("treats an outlet's source as an unnamed source, not as the outlet", () => {
    const r = actorsOf("Talks will resume, the Reuters source added.");
    expect(r.at("Reuters source")?.kind).toBe("anonymous_source");
  });

  it("resolves 'he' to the subject of the sentence before, not the latest name", () => {
    const r = actorsOf(
      "Emmanuel Macron spoke to reporters after meeting Olaf Scholz. He said Europe must act.",
    );
    expect(r.at("He")?.key).toBe(r.at("Emmanuel Macron")?.key);
  });

  it("resolves a pronoun inside a quotation to the person the quotation names", () => {
    const r = actorsOf("“[Scholz] wants a deal. He is very worried,” the aide said.");
    expect(r.at("He")?.key).toBe(r.at("Scholz")?.key);
  });

  it("resolves a title used as a description to the holder the document named", () => {
    const r = actorsOf(
      "President-elect Jan Novák arrived on Monday. The president-elect said he wants talks.",
      { publishedAt: "2024-06-01" },
    );
    expect(r.at("president-elect", 0)?.name).toBe("Jan Novák");
  });

  it("resolves 'the publication' to the outlet last named", () => {
    const r = actorsOf(
      "The Financial Times reported the plan on Monday. “Nothing is agreed,” the publication noted.",
    );
    expect(r.at("the publication")?.key).toBe(r.at("Financial Times")?.key);
  });

  it("makes plural titles a group of that state", () => {
    const r = actorsOf(
      "European leaders urged Washington to keep its aid. They argue it is vital.",
    );
    expect(r.at("European leaders")?.kind).toBe("group");
    expect(r.at("They")?.key).toBe(r.at("European leaders")?.key);
  });

  it("still reads a paragraph that merely starts and ends with boilerplate", () => {
    const text = "date 2024-05-01 Emmanuel Macron said Europe must act. {{ad}}";
    const seg = segment(text, { language: "en", excluded: [] });
    const out = findActors({
      text,
      segmentation: seg,
      excluded: [
        { start: 0, end: 15 },
        { start: text.indexOf("{{"), end: text.length },
      ],
      language: "en",
      outlet: null,
      credits: [],
      publishedAt: "2024-05-01",
      documentKey: "test",
    });
    expect(out.mentions.map((m) => out.actors.get(m.actorKey)?.name)).toContain("Emmanuel Macron");
  });

  it("takes the document's outlet from metadata, known or not", () => {
    expect(actorsOf("Nothing happened.", { outlet: "Reuters" }).outletKey).toBe("reuters");
    const r = actorsOf("Nothing happened.", { outlet: "example-news.net" });
    expect(r.actors.get(r.outletKey ?? "")?.kind).toBe("media_outlet");
  });

  it("finds an unknown person behind several appositives, with the role and organization they name", () => {
    const r = actorsOf(
      "Jane Ollard, the president and chief executive of Meridian Steel Works USA, which buys steel, said prices would rise. Tom Reyes, a spokesman for the World Trade Organization, said talks went on.",
    );
    const jane = r.at("Jane Ollard");
    expect(jane?.kind).toBe("person");
    expect(jane?.roles[0]).toMatchObject({
      title: "President and Chief Executive",
      organization: "Meridian Steel Works USA",
    });
    // The place inside the company's name is not a mention of the United States.
    expect(r.at("USA")?.key).toBe(jane?.key);
    const tom = r.at("Tom Reyes");
    expect(tom?.memberOf).toEqual([r.at("World Trade Organization")?.key]);
    expect(tom?.roles[0]?.title).toBe("Spokesman");
  });

  it("reads the name after a title at the end of a capitalised run", () => {
    const r = actorsOf(
      "Budget Committee Chairman Tom Reyes, a Republican from Ohio, said he would act.",
    );
    expect(r.at("Tom Reyes")?.name).toBe("Tom Reyes");
    expect(r.at("he")?.key).toBe(r.at("Tom Reyes")?.key);
  });

  it("does not give an organization's president the head of state's name", () => {
    const r = actorsOf(
      "President Jan Novák met the press. The president and chief executive of Meridian Steel said prices would rise.",
    );
    expect(r.at("President Jan Novák")?.name).toBe("Jan Novák");
    expect(r.at("president and chief")).toBeUndefined();
  });

  it("resolves a possessive description to the office holder of that state or body", () => {
    const r = actorsOf("Talks resumed. Israel's prime minister said the deal was a lie.", {
      publishedAt: "2018-05-01",
    });
    expect(r.at("Israel's prime minister")?.name).toBe("Benjamin Netanyahu");
    const aeoi = actorsOf(
      "The head of Iran's Atomic Energy Organization said Iran could enrich uranium.",
      { publishedAt: "2018-05-01" },
    );
    expect(aeoi.at("head of Iran's")?.name).toBe("Ali Akbar Salehi");
    const un = actorsOf("The UN's humanitarian chief warned of a collapse.", {
      publishedAt: "2022-03-01",
    });
    expect(un.at("humanitarian chief")?.name).toBe("Martin Griffiths");
  });

  it("lets an unnamed spokesperson stand for the body she speaks for", () => {
    const r = actorsOf(
      "A British government spokeswoman in Washington said the delay was positive.",
    );
    const body = r.at("spokeswoman");
    expect(body?.kind).toBe("government");
    expect(body?.memberOf).toEqual(["united-kingdom"]);
    expect(r.at("Washington")?.key).toBe(body?.key);
  });

  it("resolves descriptions after French articles and in Russian", () => {
    const fr = actorsOf(
      "Berlin, le 12 décembre. La cheffe de la diplomatie allemande a appelé au dialogue.",
      { publishedAt: "2022-06-01", language: "fr" },
    );
    expect(fr.at("cheffe de la diplomatie")?.name).toBe("Annalena Baerbock");
    const ru = actorsOf("В среду американский лидер также заявил, что войск не будет.", {
      publishedAt: "2022-06-01",
      language: "ru",
    });
    expect(ru.at("американский лидер")?.name).toBe("Joe Biden");
  });

  it("does not name an ambassador after the person a headline names behind a colon", () => {
    const r = actorsOf("Israeli Ambassador to US: Netanyahu's plan is a breakthrough", {
      publishedAt: "2018-05-01",
    });
    expect(r.at("Netanyahu")?.roles.some((x) => x.title === "Ambassador")).toBe(false);
  });

  it("keeps a modifier coordinated before an anonymous source in its name", () => {
    const r = actorsOf("Former and current intelligence officials said nothing was new.");
    expect(r.at("intelligence officials")?.name).toBe("Former and current intelligence officials");
  });

  it("gives an unaffiliated source the one side its context names, and none when several", () => {
    const r = actorsOf(
      "The White House said the talks would go on.\n\nA person familiar with the decision said there would be no delay.",
    );
    expect(r.at("A person familiar")?.memberOf).toEqual(["united-states"]);
    const there = actorsOf(
      "Israel is not finished with its campaign. Officials there said more would come.",
    );
    expect(there.at("Officials")?.memberOf).toEqual(["israel"]);
    const several = actorsOf(
      "Israel and Iran traded threats on Monday. Officials said the deal was dead.",
    );
    expect(several.at("Officials")?.memberOf).toEqual([]);
  });

  it("scopes plural titles to the grouping of states they name, and bare 'ministers' refer back", () => {
    const r = actorsOf(
      "Министры иностранных дел стран G7 предупредили Россию. Далее министры призывают Россию к диалогу.",
      { language: "ru", publishedAt: "2021-12-12" },
    );
    const group = r.at("Министры иностранных дел стран G7");
    expect(group?.kind).toBe("group");
    expect(group?.memberOf).toEqual(["g7"]);
    expect(r.at("министры")?.key).toBe(group?.key);
    const en = actorsOf(
      "G7 foreign ministers met in Liverpool. The ministers said Russia must stop.",
    );
    expect(en.at("The ministers")?.key).toBe(en.at("G7 foreign ministers")?.key);
  });

  it("resolves 'they' after two coordinated people to the first of them", () => {
    const r = actorsOf(
      "Company officials said the plan was fine. Prime Minister Jane Ollard and the country's Trade Minister Tom Reyes welcomed the exemption. “It reflects our friendship,” they said.",
    );
    expect(r.at("they")?.key).toBe(r.at("Jane Ollard")?.key);
  });
  it("names the head of an executive seat by the office that leads it", () => {
    const r = actorsOf("Глава Белого дома заявил, что планов нет. Глава Матиньона промолчал.", {
      language: "ru",
      publishedAt: "2021-12-12",
    });
    expect(r.at("Глава Белого дома")?.name).toBe("Joe Biden");
    // Matignon houses the prime minister, not the president.
    expect(r.at("Глава Матиньона")?.name).toBe("Jean Castex");
  });

  it("scopes a title before a list of states to the grouping they make up, or to all of them", () => {
    const g7 = actorsOf(
      "«Мы, министры иностранных дел Канады, Франции, Германии, Италии, Японии, Соединенного Королевства и Соединенных Штатов Америки, едины», - говорится в заявлении. Далее министры призывают к диалогу.",
      { language: "ru", publishedAt: "2021-12-12" },
    );
    const group = g7.at("министры иностранных дел Канады");
    expect(group?.memberOf).toEqual(["g7"]);
    expect(g7.at("Японии")?.key).toBe(group?.key);
    expect(g7.at("министры", 1)?.key).toBe(group?.key);
    const three = actorsOf(
      "The foreign ministers of Chile, Peru and Bolivia said talks would go on.",
    );
    expect(three.at("foreign ministers")?.memberOf).toEqual(["chile", "peru", "bolivia"]);
  });

  it("scopes an unqualified plural title to the body named after it, in quotation marks too", () => {
    const r = actorsOf('«Мы едины», - заявляют министры иностранных дел "Большой семерки".', {
      language: "ru",
      publishedAt: "2021-12-12",
    });
    const group = r.at("министры иностранных дел");
    expect(group?.kind).toBe("group");
    expect(group?.memberOf).toEqual(["g7"]);
  });

  it("resolves the participants of a meeting to the group named before them", () => {
    const r = actorsOf(
      "Министры иностранных дел стран G7 предупредили Россию. Участники встречи также отметили, что едины.",
      { language: "ru", publishedAt: "2021-12-12" },
    );
    expect(r.at("Участники встречи")?.key).toBe(r.at("Министры иностранных дел стран G7")?.key);
  });

  it("does not take a prepositional object for the subject a pronoun refers to", () => {
    const r = actorsOf(
      "In her meeting with Olaf Scholz, Jane Ollard said, she saw little progress. “It is up to them,” she said Friday.",
    );
    expect(r.at("she", 1)?.key).toBe(r.at("Jane Ollard")?.key);
  });

  it("lets 'he' refer to one of a plural anonymous source", () => {
    const r = actorsOf(
      "Two Canadian officials said the talks had stalled.\n\n“Nobody is ready,” said one of the officials.\n\nAccording to him, the envoys would meet again.",
    );
    expect(r.at("him")?.key).toBe(r.at("Two Canadian officials")?.key);
  });

  it("keeps a relative clause between a subject and its verb inside the subject's mention", () => {
    const text =
      "Olaf Scholz, who met Jane Ollard in Canada on Sunday, accused the miners of lying.";
    const m = actorsOf(text).mentions.find((x) => x.start === 0);
    expect(text.slice(m?.start ?? 0, m?.end ?? 0)).toBe(
      "Olaf Scholz, who met Jane Ollard in Canada on Sunday",
    );
  });

  it("finds an unknown company named after what it is", () => {
    const r = actorsOf(
      "Talks ended.\n\nChile's sole copper producer Calderite, which ships ore to its plants in Canada, said it was pleased.",
    );
    const org = r.at("Calderite");
    expect(org?.kind).toBe("organization");
    expect(org?.name).toBe("Calderite");
    // The company, not the state in its relative clause, is the last mention before the verb.
    expect(r.at("Canada")?.key).toBe(org?.key);
  });

  it("leaves the count out of an anonymous source's name", () => {
    const r = actorsOf("“We recognize the risk,” one former Canadian official said.");
    expect(r.at("former Canadian official")?.name).toBe("former Canadian official");
  });

  it("resolves a bare title to a holder the document names who held it at the story's date", () => {
    // Liz Truss held the premiership only in 2022; in a 2021 story "the Prime Minister" is Johnson.
    const r = actorsOf(
      "Liz Truss met Boris Johnson in London.\n\nThe Prime Minister has called the claims nonsense.",
      { publishedAt: "2021-12-12" },
    );
    expect(r.at("Prime Minister")?.name).toBe("Boris Johnson");
  });

  it("names a body's leaders by a relative clause or by its demonym with 'allies'", () => {
    const text =
      "The offer is unlikely to satisfy the European Union, whose leaders have said they want more.\n\nOttawa's major European allies have urged Canada to wait.";
    const r = actorsOf(text);
    const leaders = r.at("whose leaders");
    expect(leaders?.kind).toBe("group");
    expect(leaders?.memberOf).toEqual(["eu"]);
    expect(r.at("they")?.key).toBe(leaders?.key);
    expect(r.at("European allies")?.key).toBe(leaders?.key);
    const m = r.mentions.find((x) => x.actorKey === leaders?.key && x.start > 80);
    expect(text.slice(m?.start ?? 0, m?.end ?? 0)).toBe("Ottawa's major European allies");
    // "US allies" are other states, allies of the United States.
    expect(actorsOf("US allies have urged Canada to wait.").at("US allies")?.kind).toBe("state");
  });

  it("takes 'Europe' as a political actor for the EU", () => {
    expect(actorsOf("Europe has promised swift retaliation.").at("Europe")?.key).toBe("eu");
  });

  it("lets 'it' opening a clause refer to the organization or state that is the subject", () => {
    const r = actorsOf(
      "If the tariffs stay, Canada has promised retaliation. It has drawn up a list of goods it would target.\n\nThe deal expired in May. It has been criticised.\n\nIf the EU is hit, it has said it will respond.",
    );
    expect(r.at("It has drawn")?.key).toBe("canada");
    expect(r.at("it would")?.key).toBe("canada");
    // A sentence whose subject is no actor ends the search; "it has been" is about a thing.
    expect(r.at("It has been")).toBeUndefined();
    expect(r.at("it has said")?.key).toBe("eu");
  });

  it("resolves 'the agency' and 'the alliance' to the organization they describe", () => {
    const r = actorsOf(
      "The International Atomic Energy Agency met in Vienna. In a statement, the agency said it had no evidence.\n\nNATO met in Brussels. The alliance said it would respond.",
    );
    expect(r.at("the agency")?.key).toBe("iaea");
    expect(r.at("The alliance")?.key).toBe("nato");
    // After a news agency, "the agency" is the outlet.
    const news = actorsOf("Reuters reported the talks. The agency said they had stalled.");
    expect(news.at("The agency")?.kind).toBe("media_outlet");
  });

  it("resolves 'the administration' to the government named last, best one called an administration", () => {
    const r = actorsOf(
      "The Trump administration said talks were going well.\n\nThe administration also announced new quotas.",
      { publishedAt: "2018-05-01" },
    );
    expect(r.at("The administration")?.key).toBe(r.at("Trump administration")?.key);
    expect(r.at("The administration")?.kind).toBe("government");
  });

  it("keeps one unnamed source per side, one or several as each mention says", () => {
    const r = actorsOf(
      "An Israeli official said the files were real.\n\nIsraeli officials said they would share them.\n\n“We know,” one former Israeli official said.\n\nA Canadian official said nothing.",
    );
    const key = r.at("An Israeli official")?.key;
    expect(r.at("Israeli officials")?.key).toBe(key);
    expect(r.at("former Israeli official")?.key).toBe(key);
    expect(r.at("they")?.key).toBe(key);
    expect(r.at("A Canadian official")?.key).not.toBe(key);
  });

  it("reads a possessive group as unnamed members of the possessor's side, not the possessor", () => {
    const text =
      "Emmanuel Macron met the press on Monday. His advisers said the plan would stay.\n\nThe president's aides agreed, and Macron's lawyers said nothing.\n\nNATO said its negotiators were ready.";
    const r = actorsOf(text);
    const macron = r.at("Emmanuel Macron")?.key;
    for (const phrase of ["His advisers", "The president's aides", "Macron's lawyers"]) {
      const members = r.at(phrase);
      expect(members?.key, phrase).not.toBe(macron);
      expect(["anonymous_source", "group"], phrase).toContain(members?.kind);
      expect(members?.memberOf, phrase).toEqual([macron]);
    }
    expect(actorsOf("President Jan Novák's lawyers said no.").at("lawyers")?.memberOf).toEqual([
      "person:jannovak",
    ]);
    const m = r.mentions.find((x) => x.actorKey === r.at("Macron's lawyers")?.key && x.start > 60);
    expect(m && text.slice(m.start, m.end)).toBe("Macron's lawyers");
    const nato = r.at("its negotiators");
    expect(nato?.memberOf).toEqual(["nato"]);
    expect(nato?.key).not.toBe("nato");
    const her = actorsOf(
      "Olaf Scholz met Annalena Baerbock in Berlin. Mrs. Baerbock left early; her aides said she was tired.",
      { publishedAt: "2022-06-01" },
    );
    expect(her.at("her aides")?.memberOf).toEqual([her.at("Annalena Baerbock")?.key]);
  });

  it("gives officials of the countries named before the grouping they make up, never one of them", () => {
    const text =
      "An extension was expected for Chile and Peru, which are in talks with Brazil. Although differences remain, officials from the countries insist they are making progress.";
    const two = actorsOf(text);
    const officials = two.at("officials from the countries");
    expect(officials?.kind).toBe("anonymous_source");
    expect(officials?.memberOf).toEqual([]);
    expect(officials?.name).toBe("officials of Chile and Peru");
    const m = two.mentions.find((x) => x.actorKey === officials?.key);
    expect(m && text.slice(m.start, m.end)).toBe("officials from the countries");
    const both = actorsOf(
      "Chile and Peru signed the deal in Lima. Officials from both countries said it would hold.",
    );
    expect(both.at("Officials from both countries")?.memberOf).toEqual([]);
    expect(both.at("Officials from both countries")?.name).toBe("officials of Chile and Peru");
    const seven = actorsOf(
      "Canada, France, Germany, Italy, Japan, Britain and the United States agreed on sanctions. Officials of the seven nations said more would come.",
    );
    expect(seven.at("Officials of the seven nations")?.memberOf).toEqual(["g7"]);
  });

  it("reads a court named with a region's adjective as a court, not as the region's union", () => {
    const en = actorsOf(
      "The European Court of Justice fined Poland. The European Court of Human Rights ruled against Russia. The European Tribunal for Fisheries disagreed.",
    );
    expect(en.at("European Court of Justice")?.key).toBe("cjeu");
    expect(en.at("European Court of Human Rights")?.key).toBe("echr");
    expect(en.at("European Court of Human Rights")?.memberOf).toEqual(["council-of-europe"]);
    const tribunal = en.at("European Tribunal for Fisheries");
    expect(tribunal?.kind).toBe("organization");
    expect(tribunal?.key).not.toBe("eu");
    expect(tribunal?.name).toBe("European Tribunal for Fisheries");
    expect(en.mentions.map((m) => m.actorKey)).not.toContain("eu");
    const ru = actorsOf(
      "Европейский суд по правам человека постановил, что Россия нарушила права. Европейский суд оштрафовал Польшу. Суд ЕС поддержал Еврокомиссию.",
      { language: "ru" },
    );
    expect(ru.at("Европейский суд по правам человека")?.key).toBe("echr");
    expect(ru.at("Европейский суд оштрафовал")?.kind).toBe("organization");
    expect(ru.at("Европейский суд оштрафовал")?.key).not.toBe("eu");
    expect(ru.at("Суд ЕС")?.key).toBe("cjeu");
    const fr = actorsOf(
      "La Cour européenne des droits de l'homme a condamné la Russie. La Cour de justice de l'Union européenne a tranché. La Cour internationale de justice aussi.",
      { language: "fr" },
    );
    expect(fr.at("Cour européenne des droits")?.key).toBe("echr");
    expect(fr.at("Cour de justice de l'Union")?.key).toBe("cjeu");
    expect(fr.at("Cour internationale")?.key).toBe("icj");
    const wto = actorsOf("A WTO dispute panel ruled against the tariffs.");
    expect(wto.at("WTO dispute panel")?.memberOf).toEqual(["wto"]);
  });

  it("reads party members in a legislature as the party's caucus, and the party as its state's", () => {
    const r = actorsOf(
      "Democrats and some Republicans on Capitol Hill said the tariffs would hurt farmers. Senate Democrats objected, House Republicans agreed and Democrats in Congress said nothing.\n\nCapitol Hill was furious.",
      { publishedAt: "2018-05-01" },
    );
    const hill = r.at("Republicans on Capitol Hill");
    expect(hill?.key).not.toBe("us-congress");
    expect(hill?.memberOf).toEqual(["republican-party"]);
    expect([...(hill?.aliases ?? [])]).toContain("some Republicans on Capitol Hill");
    expect(r.at("House Republicans")?.memberOf).toEqual(["republican-party"]);
    expect(r.at("Senate Democrats")?.memberOf).toEqual(["democratic-party"]);
    expect(r.at("Democrats in Congress")?.memberOf).toEqual(["democratic-party"]);
    expect(r.at("Senate Democrats")?.key).not.toBe(r.at("Democrats in Congress")?.key);
    expect(r.actors.get("republican-party")?.memberOf).toEqual(["united-states"]);
    expect(r.at("Capitol Hill was")?.key).toBe("us-congress");
  });

  it("resolves 'she' and 'he' to a person of that gender the text names", () => {
    const en = actorsOf(
      "Mr. Tom Reyes met Mrs. Jane Ollard in Rome. She said the talks had stalled.\n\nMs. Ollard later called Mr. Reyes. He said he was surprised.",
    );
    expect(en.at("She")?.key).toBe(en.at("Jane Ollard")?.key);
    expect(en.at("He")?.key).toBe(en.at("Tom Reyes")?.key);
    // With no candidate of the pronoun's gender, the subject still stands.
    const none = actorsOf("Mr. Tom Reyes arrived. She said nothing.");
    expect(none.at("She")?.key).toBe(none.at("Tom Reyes")?.key);
    // A pronoun met with one person only tells that person's gender.
    const told = actorsOf(
      "Jane Ollard arrived in Rome on Monday. She said nothing.\n\nTom Reyes met Jane Ollard. She said talks would go on.",
    );
    expect(told.at("She", 1)?.key).toBe(told.at("Jane Ollard")?.key);
    const ru = actorsOf(
      "Сергей Лавров встретился с Марией Захаровой. Позже она заявила, что переговоры зашли в тупик.",
      { language: "ru", publishedAt: "2021-12-12" },
    );
    expect(ru.at("она")?.key).toBe(ru.at("Марией Захаровой")?.key);
  });

  it("gives bare officials the side of the one executive their paragraph names", () => {
    const r = actorsOf(
      "Donald Trump extended the exemptions for Chile and Peru on Monday.\n\nOfficials said talks would go on.",
      { publishedAt: "2018-05-01" },
    );
    expect(r.at("Officials")?.memberOf).toEqual(["united-states"]);
    const admin = actorsOf(
      "The Trump administration announced quotas on Monday.\n\nTariffs rose in April.\n\nOn Tuesday the administration extended the exemptions for Chile and Peru. An official said the deal was close.",
      { publishedAt: "2018-05-01" },
    );
    expect(admin.at("An official")?.memberOf).toEqual(["united-states"]);
    const two = actorsOf(
      "Donald Trump met Emmanuel Macron in Paris.\n\nOfficials said talks would go on.",
      { publishedAt: "2018-05-01" },
    );
    expect(two.at("Officials")?.memberOf).toEqual([]);
  });

  it("gives an official in a title-case headline the side its adjective names", () => {
    const us = actorsOf("U.S. Official Confirms Deal With Chile\n\nThe deal was signed.");
    expect(us.at("U.S. Official")?.kind).toBe("anonymous_source");
    expect(us.at("U.S. Official")?.memberOf).toEqual(["united-states"]);
    const ru = actorsOf("Top Russian Diplomats Deny Talks With Kyiv\n\nNothing was said.");
    expect(ru.at("Russian Diplomats")?.memberOf).toEqual(["russia"]);
    // A name after the head is still a person, not an unnamed source.
    const named = actorsOf("Kremlin Official Dmitry Peskov Says Talks Are Over", {
      publishedAt: "2022-06-01",
    });
    expect(named.at("Dmitry Peskov")?.kind).toBe("person");
  });

  it("reads a spokesperson described by an institution as that institution, the state's from context", () => {
    const date = { publishedAt: "2026-01-05" };
    const us = actorsOf(
      "The United States will not lift the sanctions, a State Department spokesman said.",
      date,
    );
    expect(us.at("State Department spokesman")?.key).toBe("state-department");
    const se = actorsOf("Sweden will stay in NATO, according to a government spokeswoman.", date);
    expect(se.at("government spokeswoman")?.kind).toBe("government");
    expect(se.at("government spokeswoman")?.memberOf).toEqual(["sweden"]);
    const cn = actorsOf("China has yet to decide, a foreign ministry spokesperson said.", date);
    expect(cn.at("foreign ministry spokesperson")?.memberOf).toEqual(["china"]);
    const none = actorsOf("China and Japan disagree, a foreign ministry spokesperson said.", date);
    expect(none.at("foreign ministry spokesperson")?.memberOf ?? []).toEqual([]);
    const fr = actorsOf("La France ne changera pas de position, selon un porte-parole.", {
      ...date,
      language: "fr",
    });
    expect(fr.at("porte-parole")?.memberOf).toEqual(["france"]);
    const quai = actorsOf("La France restera ferme, a affirmé le porte-parole du Quai d'Orsay.", {
      ...date,
      language: "fr",
    });
    expect(quai.at("porte-parole")?.key).toBe("quai-d-orsay");
    const ru = { ...date, language: "ru" };
    expect(
      actorsOf("Решение не принято, сказал официальный представитель МИД Франции.", ru).at(
        "представитель",
      )?.key,
    ).toBe("quai-d-orsay");
    expect(
      actorsOf("По словам представителя Кремля, переговоры продолжатся.", ru).at("представителя")
        ?.key,
    ).toBe("kremlin");
    const source = actorsOf("Россия не изменит позицию, сообщил источник в правительстве.", ru);
    expect(source.at("источник")?.kind).toBe("anonymous_source");
    expect(source.at("источник")?.memberOf).toEqual(["russia"]);
  });

  it("gives an unqualified title the state its clause or paragraph names", () => {
    const tr = actorsOf(
      "Turkey will host talks in Istanbul, Foreign Minister Levent Sarikaya said.",
    );
    expect(tr.at("Levent Sarikaya")?.memberOf).toEqual(["turkey"]);
    const ua = actorsOf(
      "Kyiv rejected the plan. 'It is piracy,' foreign ministry spokesman Taras Lomachuk said.",
    );
    const lomachuk = ua.at("Taras Lomachuk");
    expect(lomachuk?.memberOf).toHaveLength(1);
    expect(ua.actors.get(lomachuk?.memberOf[0] ?? "")?.memberOf).toEqual(["ukraine"]);
    const fr = actorsOf(
      "La Turquie accueillera les pourparlers, a déclaré son ministre des Affaires étrangères, Levent Sarikaya.",
      { language: "fr" },
    );
    expect(fr.at("Levent Sarikaya")?.memberOf).toEqual(["turkey"]);
    const ru = actorsOf(
      "Турция проведёт переговоры, заявил министр иностранных дел страны Левент Сарыкая.",
      { language: "ru" },
    );
    expect(ru.at("Левент Сарыкая")?.memberOf).toEqual(["turkey"]);
  });

  it("resolves an office description to the person the document introduced with it", () => {
    const en = actorsOf(
      "Turkish Foreign Minister Levent Sarikaya spoke on Monday. Later the Turkish foreign minister said talks would resume.",
    );
    expect(en.at("Turkish foreign minister")?.name).toBe("Levent Sarikaya");
    const fr = actorsOf(
      "Le ministre turc des Affaires étrangères Levent Sarikaya a parlé lundi. Le chef de la diplomatie turque a ajouté que les pourparlers reprendraient.",
      { language: "fr" },
    );
    expect(fr.at("chef de la diplomatie")?.name).toBe("Levent Sarikaya");
    const ru = actorsOf(
      "Министр иностранных дел Турции Левент Сарыкая выступил в понедельник. Глава МИД Турции добавил, что переговоры продолжатся. Министр обороны Турции Осман Демирель промолчал.",
      { language: "ru" },
    );
    expect(ru.at("Глава МИД")?.name).toBe("Левент Сарыкая");
    expect(ru.at("Осман Демирель")?.key).not.toBe(ru.at("Глава МИД")?.key);
  });
});

describe("MentionTable", () => {
  // The index must answer as a scan of the list would, whatever changes the list went through.
  it("answers overlap and look-ups as a scan of its list does, through every kind of change", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const table = new MentionTable();
    const mention = (): Mention => {
      const start = random(2000);
      // Some empty mentions (resolved pronouns are), some spanning several buckets.
      const length = random(4) === 0 ? 0 : random(3) === 0 ? 100 + random(200) : 1 + random(30);
      return { start, end: start + length, actorKey: `a${random(9)}`, via: "name" };
    };
    for (let step = 0; step < 3000; step++) {
      const action = random(10);
      const some = table.list[random(Math.max(1, table.list.length))];
      if (action < 5 || !some) table.push(mention());
      else if (action === 5) table.remove(some);
      else if (action === 6) table.replace(some, mention());
      else if (action === 7) table.reshape(some, some.start - random(20), some.end + random(70));
      else if (action === 8) table.sort((a, b) => a.start - b.start || b.end - a.end);
      else table.insertSorted(mention());
      const start = random(2100);
      const end = start + random(6) - 1;
      expect(table.overlaps(start, end)).toBe(
        table.list.some((m) => start < m.end && end > m.start),
      );
      const key = `a${random(9)}`;
      const test = (m: Mention) => m.actorKey === key && m.start >= start && m.start <= end + 40;
      expect(table.findNear(start, end + 40, test)).toBe(table.list.find(test));
    }
    expect(table.list.length).toBeGreaterThan(500);
  });
});

describe("findActors: whom unqualified titles, bodies and names stand for", () => {
  it("gives a spokesperson the organization named right before the title", () => {
    const r = actorsOf(
      "Any deal must respect Ukraine, the European Commission said. Commission spokesperson Anna Roe agreed. " +
        "Harbor Metals spokesman Tom Reyes said no. A Meridian Freight spokesman declined to comment.",
    );
    expect(r.at("Anna Roe")?.memberOf).toEqual(["european-commission"]);
    expect(r.at("Tom Reyes")?.memberOf).toEqual(["org:harbormetals"]);
    expect(r.at("Meridian Freight spokesman")?.key).toBe("org:meridianfreight");
    // The sentence before names no principal: "Ukraine. A" is no organization's name.
    const none = actorsOf("Talks with Ukraine stalled on Monday. A spokesman said no.");
    expect(none.actors.has("org:mondaya")).toBe(false);
  });

  it("gives a bare spokesperson the organization the paragraph is about, not the paragraph's state", () => {
    const r = actorsOf(
      "Gazprom cut gas supplies to Ukraine on Monday. A spokesman said the cut was technical.\n\n" +
        "Ukraine rejected the plan. A spokesman said it was piracy.",
    );
    expect(r.at("spokesman")?.key).toBe("gazprom");
    expect(r.at("spokesman", 1)?.key).toBe("ukraine-government");
  });

  it("reads 'the spokesman' after a named spokesman as him, not as the paragraph's organization", () => {
    const r = actorsOf(
      "Kremlin spokesman Dmitry Peskov said the talks were over. NATO rejected the claim on Monday. The spokesman added that Russia was ready.",
      { publishedAt: "2024-06-01" },
    );
    expect(r.at("spokesman added")?.key).toBe("dmitry-peskov");
  });

  it("reads a possessive spokesperson as the body named before, and a state's as its government", () => {
    const r = actorsOf(
      "The Russian Defence Ministry denied the report. Its spokesman said no.\n\n" +
        "Ukraine rejected the plan. Its spokesman called it piracy.",
    );
    expect(r.at("Its spokesman")?.key).toBe("russia-defence-ministry");
    expect(r.at("Its spokesman", 1)?.key).toBe("ukraine-government");
    const fr = actorsOf(
      "Le projet a été démenti par le ministère turc de la Défense, a assuré son porte-parole, le contre-amiral Kemal Aydin.",
      { language: "fr" },
    );
    expect(fr.at("Kemal Aydin")?.memberOf).toEqual(["turkey-defence-ministry"]);
  });

  it("reads a spokesperson's principal named by another title as one phrase with the name after it", () => {
    const r = actorsOf(
      "Côté présidence turque, le ton est calme. « Notre porte est ouverte », a écrit le porte-parole du chef de l'État, Kemal Aydin.",
      { language: "fr" },
    );
    const aydin = r.at("Kemal Aydin");
    expect(aydin?.kind).toBe("person");
    expect(aydin?.memberOf).toEqual(["turkey-presidency"]);
    // "porte-parole" and "chef de l'État" are one mention of the spokesman, not two people.
    expect(r.mentions.filter((m) => m.actorKey === aydin?.key)).toHaveLength(1);
  });

  it("reads the principal named after a spokesperson's title into the phrase", () => {
    const r = actorsOf(
      "A spokeswoman for Harbor Metals said yes. A spokesperson for the European Commission declined to comment. " +
        "The spokesman for Ukraine's navy, Petro Marchenko, said the ships were safe. A spokesman for Mr. Netanyahu said no.",
    );
    expect(r.at("spokeswoman for Harbor Metals")?.key).toBe("org:harbormetals");
    // Not a person "Harbor Metals" speaking.
    expect(r.actors.has("person:harbormetals")).toBe(false);
    expect(r.at("spokesperson for the European Commission")?.key).toBe("european-commission");
    expect(r.at("Petro Marchenko")?.memberOf).toEqual(["ukraine-government"]);
    expect(r.at("spokesman for Mr. Netanyahu")?.key).toBe("benjamin-netanyahu");
    const generic = actorsOf("A spokesman for the Foreign Ministry in Kyiv said no.");
    expect(generic.at("spokesman")?.key).toBe("ukraine-foreign-ministry");
  });

  it("reads a state's adjective before a word for media as an unnamed outlet, not the state", () => {
    const r = actorsOf(
      "Netanyahu spoke in an address carried by Israeli networks. Russian state media said the talks failed.",
    );
    expect(r.at("Israeli networks")?.kind).toBe("media_outlet");
    expect(r.at("Russian state media")?.kind).toBe("media_outlet");
    expect(r.mentions.some((m) => m.actorKey === "israel" || m.actorKey === "russia")).toBe(false);
    const fr = actorsOf("Le ministre l'a dit à la télévision turque. La Turquie a refusé.", {
      language: "fr",
    });
    expect(fr.at("télévision turque")?.kind).toBe("media_outlet");
    expect(fr.at("Turquie")?.key).toBe("turkey");
    // The adjective of a speaker is still its state.
    expect(actorsOf("Israeli officials said no.").at("Israeli officials")?.memberOf).toEqual([
      "israel",
    ]);
  });

  it("gives a company's unnamed spokesperson the company, once its name is found beside a verb", () => {
    const r = actorsOf(
      "Germany weighs sanctions.\n\nNorvia Energy, the operator of the pipeline, said the project was legal. " +
        "A company spokeswoman added that work would resume.",
    );
    expect(r.at("Norvia Energy")?.kind).toBe("organization");
    expect(r.at("company spokeswoman")?.key).toBe("org:norviaenergy");
  });

  it("reads a body's possessive spokesperson as the holder of that post when the gazetteer knows one", () => {
    const r = actorsOf("The Kremlin said it was watching. Its spokesman warned of a response.", {
      publishedAt: "2024-06-01",
    });
    expect(r.at("spokesman")?.key).toBe("dmitry-peskov");
  });

  it("takes the dateline's state for an unqualified title or body when the paragraph names no state", () => {
    const text =
      "Talks stall\n\nKYIV, March 3 (Reuters) - The foreign minister said the checks were piracy.\n\n" +
      "The defence ministry said the navy would keep escorting ships.";
    const r = actorsOf(text, {
      publishedAt: "2024-03-03",
      exclude: ["KYIV, March 3 (Reuters) - "],
    });
    expect(r.at("foreign minister")?.memberOf).toContain("ukraine");
    expect(r.at("defence ministry")?.key).toBe("ukraine-defence-ministry");
    const ru = actorsOf(
      "Переговоры\n\nМОСКВА, 3 марта — Министр иностранных дел заявил, что досмотры продолжатся.",
      { language: "ru", publishedAt: "2024-03-03", exclude: ["МОСКВА, 3 марта — "] },
    );
    expect(ru.at("Министр иностранных дел")?.key).toBe("sergei-lavrov");
    // A paragraph naming a state of its own keeps it.
    const own = actorsOf(
      "Talks\n\nKYIV, March 3 (Reuters) - Poland closed its border. The foreign minister said it would reopen.",
      { publishedAt: "2024-03-03", exclude: ["KYIV, March 3 (Reuters) - "] },
    );
    expect(own.at("foreign minister")?.memberOf).toContain("poland");
  });

  it("gives an unqualified body the state a possessive or the paragraph names", () => {
    const r = actorsOf(
      "Turkey will host the talks, although the country's defense ministry has played the idea down.\n\n" +
        "In Kyiv, the foreign ministry called it piracy.\n\n" +
        "Russia and Ukraine traded blame. The defence ministry said it was ready.",
    );
    expect(r.at("the country's defense ministry")?.key).toBe("turkey-defence-ministry");
    expect(r.at("foreign ministry")?.key).toBe("ukraine-foreign-ministry");
    // Two states: nobody guesses.
    expect(r.at("defence ministry")?.key).toBe("defence-ministry");
    // A state named only by an adjective counts less than a speaker of another state.
    const ru = actorsOf(
      "Украина использует коридор для доставки боеприпасов, заявила официальный представитель МИД России Елена Горшкова.\n\n" +
        "По словам Горшковой, решение Минобороны о досмотре судов, следующих в украинские порты, носит превентивный характер.",
      { language: "ru" },
    );
    expect(ru.at("Минобороны")?.key).toBe("russia-defence-ministry");
  });

  it("reads a bare title as the holder the text named last, not the first it gave the title", () => {
    const r = actorsOf(
      "Prime Minister Benjamin Netanyahu spoke on Monday. Prime Minister Theresa May of Britain was unmoved. " +
        "Later, Netanyahu flew home. The prime minister said the files were real.",
      { publishedAt: "2018-05-01" },
    );
    expect(r.at("prime minister said")?.key).toBe("benjamin-netanyahu");
  });

  it("reads a bare title as the person the text gave it last", () => {
    const r = actorsOf(
      "Turkey's foreign minister said Ankara was ready. The minister said checks would follow. " +
        "Senator Tom Reyes said no. The senator added that talks had failed. The minister of defence was silent.",
      { publishedAt: "2024-06-01" },
    );
    expect(r.at("minister said", 1)?.key).toBe("hakan-fidan");
    expect(r.at("senator added")?.key).toBe(r.at("Senator Tom Reyes")?.key);
    // A title with its own complement is someone else.
    expect(r.at("minister of defence")).toBeUndefined();
    const ru = actorsOf(
      "Член комитета Совета Федерации по международным делам Олег Петров считает, что коридор закроют. " +
        "«Так не будет», — сказал сенатор. Министр культуры промолчал.",
      { language: "ru" },
    );
    expect(ru.at("сенатор")?.key).toBe(ru.at("Олег Петров")?.key);
    expect(ru.at("Министр культуры")).toBeUndefined();
    const fr = actorsOf(
      "Le ministre turc des Affaires étrangères a proposé un centre. La ministre française a salué l'idée. Le ministre a précisé sa pensée.",
      { language: "fr", publishedAt: "2024-06-01" },
    );
    expect(fr.at("ministre française")).toBeUndefined();
    expect(fr.at("ministre a")?.key).toBe("hakan-fidan");
  });

  it("reads a person's spokesman as an unnamed member of that person's side", () => {
    const r = actorsOf(
      "Senator Tom Reyes said the bill would pass. His spokesman said a vote was near.",
    );
    const member = r.at("His spokesman");
    expect(member?.kind).toBe("anonymous_source");
    expect(member?.memberOf).toEqual([r.at("Senator Tom Reyes")?.key]);
    // Named, the spokesman is a person of his own.
    const named = actorsOf(
      "Senator Tom Reyes said the bill would pass. The senator's spokesman, Jan Ollard, said a vote was near.",
    );
    expect(named.at("Jan Ollard")?.kind).toBe("person");
  });

  it("gives a pronoun the person whose name says its gender", () => {
    // The subject of the sentence before is a man: "She" is the woman he met.
    const r = actorsOf(
      "Emmanuel Macron met Giorgia Meloni on Monday. She said the talks went well.",
    );
    expect(r.at("She said")?.key).toBe("giorgia-meloni");
    const fr = actorsOf(
      "Marc Lefèvre a estimé que le projet était légal. Pour Anna Nowak, chercheuse, c'est un test. Elle estime que Berlin devra choisir.",
      { language: "fr" },
    );
    expect(fr.at("Elle")?.key).toBe(fr.at("Anna Nowak")?.key);
  });

  it("does not let a company's spokesman stand for another body's", () => {
    const fr = actorsOf(
      "La société Norvia Energie, qui exploite le gazoduc, a estimé que le projet était légal. Son porte-parole, Marc Lefèvre, a ajouté que les travaux reprendraient.\n\n" +
        "Le Kremlin a réagi dans la soirée. Son porte-parole a averti que la Russie répondrait.",
      { language: "fr", publishedAt: "2024-06-01" },
    );
    expect(fr.at("Norvia Energie")?.kind).toBe("organization");
    expect(fr.at("Marc Lefèvre")?.memberOf).toEqual(["org:norviaenergie"]);
    expect(fr.at("porte-parole", 1)?.key).toBe("dmitry-peskov");
    const ru = actorsOf(
      "Компания «Норвия Энерджи», оператор газопровода, считает проект законным.",
      {
        language: "ru",
      },
    );
    expect(ru.at("Норвия Энерджи")?.kind).toBe("organization");
  });

  it("does not take a quotation's words or an adjective for whom a possessive spokesperson speaks for", () => {
    const r = actorsOf(
      "La Russie n'est « pas contre le grain ukrainien », a affirmé son porte-parole, Ivan Petrov.",
      { language: "fr" },
    );
    expect(r.at("Ivan Petrov")?.memberOf).toEqual(["russia-government"]);
  });

  it("does not read a conjunction or relative pronoun before a plural source as a back-reference", () => {
    const r = actorsOf(
      "Officials said that Russian officers would board ships. It is a trade that Turkish diplomats privately call the least bad option.",
    );
    expect(r.at("Russian officers")?.memberOf).toEqual(["russia"]);
    expect(r.at("Turkish diplomats")?.memberOf).toEqual(["turkey"]);
    expect(r.mentions.some((m) => r.text.slice(m.start, m.end).startsWith("that"))).toBe(false);
  });

  it("keeps an affiliation after an honorific inside an unnamed source", () => {
    const r = actorsOf("Few agreed, as officials in Mr. Netanyahu's government have concluded.");
    expect(r.at("officials")?.kind).toBe("anonymous_source");
    expect(r.at("officials")?.memberOf).toEqual(["israel-government"]);
  });

  it("finds Russian and French speakers beside a verb of saying, and a name after 'For'", () => {
    const ru = actorsOf(
      "Член комитета по международным делам Олег Петров считает, что коридор закроют. «Так не будет», — заявил Иван Сидоров.",
      { language: "ru" },
    );
    expect(ru.at("Олег Петров")?.name).toBe("Олег Петров");
    expect(ru.at("Иван Сидоров")?.name).toBe("Иван Сидоров");
    // Later, the surname in another case is the same person.
    const later = actorsOf(
      "Олег Петров считает, что коридор закроют. По словам Петрова, решение принято.",
      {
        language: "ru",
      },
    );
    expect(later.at("Петрова")?.key).toBe(later.at("Олег Петров")?.key);
    const fr = actorsOf(
      "« Notre porte est ouverte », a affirmé Jean-Marie Le Gall. Selon Paul Martin, rien ne change.",
      { language: "fr" },
    );
    expect(fr.at("Jean-Marie Le Gall")?.name).toBe("Jean-Marie Le Gall");
    expect(fr.at("Paul Martin")?.name).toBe("Paul Martin");
    const en = actorsOf(
      "Jane Roe said the case was weak. For Marek Nowak, a senior fellow at a Warsaw institute, Moscow has got what it wanted. " +
        "“It is a bargaining chip,” he said.",
    );
    expect(en.at("Marek Nowak")?.name).toBe("Marek Nowak");
    // Whose view the sentence gives is whom "he" stands for next.
    expect(en.at("he said")?.key).toBe(en.at("Marek Nowak")?.key);
  });

  it("knows the West African bloc and its commission, in English and French", () => {
    const en = actorsOf(
      "The West African bloc met on Monday. ECOWAS Commission President Jean Kabore said the deadline stood. West African diplomats said talks went on.",
    );
    expect(en.at("West African bloc")?.key).toBe("ecowas");
    expect(en.at("Jean Kabore")?.memberOf).toEqual(["ecowas-commission"]);
    expect(en.at("West African diplomats")?.memberOf).toEqual(["ecowas"]);
    const fr = actorsOf(
      "« Le délai tient », a déclaré le président de la Commission de la CEDEAO, Jean Kabore.",
      { language: "fr" },
    );
    expect(fr.at("Jean Kabore")?.memberOf).toEqual(["ecowas-commission"]);
  });

  it("names the UK's defence ministry and the AU's Peace and Security Council as themselves", () => {
    const r = actorsOf(
      "The UK Ministry of Defence said a ship was ready. The African Union's Peace and Security Council said it backed talks.",
    );
    expect(r.at("UK Ministry of Defence")?.name).toBe("UK Ministry of Defence");
    expect(r.at("UK Ministry of Defence")?.memberOf).toEqual(["united-kingdom"]);
    expect(r.at("Peace and Security Council")?.key).toBe("au-peace-and-security-council");
  });

  it("reads a name after a military rank as a person, whom 'the general' then describes", () => {
    const r = actorsOf(
      "Troops led by Brigadier General Paul Mbeki seized the palace. President Anne Tomba was detained. " +
        "The transition would be short, the general said.",
    );
    const general = r.at("Paul Mbeki");
    expect(general?.kind).toBe("person");
    expect(general?.roles[0]?.title).toBe("Brigadier General");
    expect(r.at("general said")?.key).toBe(general?.key);
    const fr = actorsOf("La junte, dirigée par le général de brigade Paul Mbeki, a tranché.", {
      language: "fr",
    });
    expect(fr.at("Paul Mbeki")?.kind).toBe("person");
    // "General Motors" is a firm, not a general.
    const firm = actorsOf("General Motors Company said sales rose.");
    expect(firm.at("Motors")?.kind).not.toBe("person");
  });

  it("gives a minister named without a country the state that is the subject of her sentence or the one before", () => {
    const before = actorsOf(
      "Chile, which borders Peru, offered to mediate. Foreign Minister Jane Ollard said Santiago was ready.",
    );
    expect(before.at("Jane Ollard")?.memberOf).toEqual(["chile"]);
    const same = actorsOf(
      "Portugal suspects sabotage, Defence Minister Jane Ollard said on Monday, an accusation Moscow rejected.",
    );
    expect(same.at("Jane Ollard")?.memberOf).toEqual(["portugal"]);
    // After a preposition the state is what the sentence is about, not whose minister she is.
    const about = actorsOf(
      "In talks with Chile, Peru gave nothing away. Foreign Minister Jane Ollard said the offer stood.",
    );
    expect(about.at("Jane Ollard")?.memberOf).not.toContain("chile");
  });

  it("reads a name whose appositive says it is a company as an organization, and its officer as its member", () => {
    const r = actorsOf(
      "Nordfisk Trading, the Bergen-based company that owns the ship, denied any wrongdoing. " +
        "The crew had done nothing wrong, director general Ola Berg said.",
    );
    const firm = r.at("Nordfisk Trading");
    expect(firm?.kind).toBe("organization");
    expect(r.at("Ola Berg")?.memberOf).toEqual([firm?.key]);
    // A person described by her post at a company stays a person.
    const person = actorsOf("Jane Roe, a director at the company, said sales fell.");
    expect(person.at("Jane Roe")?.kind).toBe("person");
    const again = actorsOf(
      "The ship's owner, the company Nordfisk Trading, again denied any involvement.",
    );
    expect(again.at("Nordfisk Trading")?.kind).toBe("organization");
  });

  it("reads a Russian legal form before a quoted name as a company, and the firm after a title as no part of the name", () => {
    const r = actorsOf(
      "Судовладелец — компания ООО «Северная звезда» — отвергает обвинения. Генеральный директор компании Иван Сидоров заявил, что экипаж ни при чём.",
      { language: "ru" },
    );
    const firm = r.at("Северная звезда");
    expect(firm?.kind).toBe("organization");
    expect(firm?.aliases.has("ООО «Северная звезда»")).toBe(true);
    const director = r.at("Иван Сидоров");
    expect(director?.name).toBe("Иван Сидоров");
    expect(director?.memberOf).toEqual([firm?.key]);
  });

  it("makes a person whose opening title names a parliament its member, and 'the deputy' her", () => {
    const r = actorsOf(
      "Заместитель председателя комитета Госдумы по обороне Иван Сидоров уверен, что это провокация. «Нас не обманут», — сказал депутат.",
      { language: "ru" },
    );
    const deputy = r.at("Иван Сидоров");
    expect(deputy?.memberOf).toEqual(["state-duma"]);
    expect(r.at("депутат")?.key).toBe(deputy?.key);
  });

  it("takes in the rest of a compound surname and an honorific with a later surname", () => {
    const r = actorsOf(
      "« Rien n'est décidé », a dit la ministre sénégalaise, Awa Ndiaye Sarr. Puis Mme Ndiaye Sarr a quitté la salle.",
      { language: "fr" },
    );
    const later = r.mentions.find((m) => r.text.slice(m.start, m.end) === "Mme Ndiaye Sarr");
    expect(r.at("Awa Ndiaye Sarr")?.key).toBeDefined();
    expect(later?.actorKey).toBe(r.at("Awa Ndiaye Sarr")?.key);
  });

  it("reads an embassy named with the state it is in as that embassy, under the sending state's", () => {
    const r = actorsOf("The Russian embassy in Oslo said it had received no documents.");
    const embassy = r.at("Russian embassy in Oslo");
    expect(embassy?.name).toBe("Russian Embassy in Norway");
    expect(embassy?.memberOf).toEqual(["russia-embassy"]);
    const ru = actorsOf("Посольство России в Норвегии выразило надежду на расследование.", {
      language: "ru",
    });
    expect(ru.at("Посольство России в Норвегии")?.name).toBe("Russian Embassy in Norway");
  });

  it("reads a body's head noun before an unnamed source as the body of that name named last", () => {
    const r = actorsOf(
      "The European Commission is preparing sanctions. A Commission official said a proposal would come soon.",
    );
    const source = r.at("A Commission official");
    expect(source?.kind).toBe("anonymous_source");
    expect(source?.memberOf).toEqual(["european-commission"]);
    const none = actorsOf("A Commission official said a proposal would come soon.");
    expect(none.at("Commission official")?.kind).not.toBe("anonymous_source");
  });

  it("reads capitalised words joined by 'and' before an organization's head as its name", () => {
    const r = actorsOf(
      "The Southern Chile Wheat and Barley Growers' Association said the closure would cost millions.",
    );
    expect(r.at("Barley Growers' Association")?.name).toBe(
      "Southern Chile Wheat and Barley Growers' Association",
    );
  });
});
