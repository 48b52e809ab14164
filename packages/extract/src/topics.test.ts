import { describe, expect, it } from "vitest";
import { induceTopics, matchFrame, type TopicEntity, type TopicFeatures } from "./topics.js";

const ukraine: TopicEntity = { key: "ukraine", name: "Ukraine", kind: "state" };
const russia: TopicEntity = { key: "russia", name: "Russia", kind: "state" };
const nato: TopicEntity = { key: "nato", name: "NATO", kind: "organization" };
const eu: TopicEntity = { key: "eu", name: "European Union", kind: "organization" };
const canada: TopicEntity = { key: "canada", name: "Canada", kind: "state" };
const putin: TopicEntity = {
  key: "putin",
  name: "Vladimir Putin",
  kind: "person",
  root: { key: "russia", name: "Russia" },
};
const trump: TopicEntity = {
  key: "trump",
  name: "Donald Trump",
  kind: "person",
  root: { key: "us", name: "United States" },
};
const asUs = { holder: "trump", holderRoot: "us" };

/** An entity mentioned at `name`'s first occurrence in `text`. */
function at(entity: TopicEntity, text: string, name: string): TopicEntity {
  return { ...entity, at: text.indexOf(name) };
}

/** Features placed in document `doc` from `start`, for the neighbour rules. */
function placed(
  text: string,
  doc: string,
  start: number,
  entities: TopicEntity[] = [],
  extra: Partial<TopicFeatures> = {},
): TopicFeatures {
  return features(text, entities, {
    ...asUs,
    position: { document: doc, start, end: start + text.length },
    ...extra,
  });
}

function features(
  text: string,
  entities: TopicEntity[],
  extra: Partial<TopicFeatures> = {},
): TopicFeatures {
  return {
    text,
    language: "en",
    holder: "russia",
    holderRoot: "russia",
    entities,
    context: [],
    cuePolarity: 0,
    ...extra,
  };
}

describe("matchFrame", () => {
  it("prefers the most specific frame", () => {
    expect(matchFrame("extend the tariff exemption for Canada", false)?.frame.key).toBe(
      "tariff_exemption",
    );
    expect(matchFrame("impose tariffs on steel", false)?.frame.key).toBe("tariffs");
    // "delay" and "prevent" speak of membership only with membership in sight; putting tariffs
    // off is a reprieve from them.
    expect(matchFrame("would delay a decision on tariffs on the EU", true)?.frame.key).toBe(
      "tariff_exemption",
    );
    expect(matchFrame("wants to delay Ukraine's accession to the bloc", true)?.frame.key).toBe(
      "membership",
    );
  });

  it("reads negation before a frame word as opposition", () => {
    expect(matchFrame("Ukraine never joins NATO", true)?.direction).toBe(-1);
    expect(matchFrame("Ukraine should join NATO soon", true)?.direction).toBe(1);
  });

  it("lets words against membership evoke it only when an organization is named", () => {
    expect(matchFrame("guarantee the country's exclusion from the alliance", true)?.frame.key).toBe(
      "membership",
    );
    expect(matchFrame("guarantee the country's exclusion from the alliance", true)?.direction).toBe(
      -1,
    );
    expect(matchFrame("prevent a repeat of the crisis", false)).toBeNull();
  });

  it("covers Russian and French wording of common frames", () => {
    expect(matchFrame("против вступления Украины в НАТО", true)?.frame.key).toBe("membership");
    expect(matchFrame("les sanctions contre la Russie", false)?.frame.key).toBe("sanctions");
  });
});

describe("induceTopics", () => {
  it("puts differently worded statements on the same proposition into one topic", () => {
    const { topics, assignments } = induceTopics([
      features("that Ukraine never joins NATO", [ukraine, nato]),
      features("preventing Ukraine from joining NATO", [ukraine, nato]),
      features("guarantee Ukraine's exclusion from the military alliance", [ukraine], {
        context: [nato],
      }),
    ]);
    const ids = new Set(assignments.map((a) => a.topicId));
    expect(ids.size).toBe(1);
    const topic = topics.find((t) => t.id === assignments[0]?.topicId);
    expect(topic?.label).toBe("Ukraine's NATO membership");
    expect(topic?.proposition).toBe("Ukraine should join NATO.");
    expect(assignments.map((a) => a.stance)).toEqual(["opposes", "opposes", "opposes"]);
  });

  it("never makes the holder's own side the other party of talks", () => {
    const { topics } = induceTopics([
      features("Russia is ready for talks", [{ ...russia, at: 0 }]),
    ]);
    expect(topics[0]?.label).toBe("Negotiations");
  });

  it("lets a state's statement on its own status fill the slot with itself", () => {
    const { topics } = induceTopics([
      features("Russia will never accept new sanctions", [{ ...russia, at: 0 }]),
    ]);
    expect(topics[0]?.label).toBe("Sanctions on Russia");
  });

  it("separates topics by their slots", () => {
    const { assignments } = induceTopics([
      features("an exemption from the tariffs for Canada", [canada], {
        holder: "us",
        holderRoot: "us",
      }),
      features("a permanent exemption for the European Union", [eu], {
        holder: "us",
        holderRoot: "us",
      }),
    ]);
    expect(assignments[0]?.topicId).not.toBe(assignments[1]?.topicId);
  });

  it("anchors slots on the frame's own word, not on a word against it", () => {
    const text = "Russia will face serious consequences in the event of an invasion of Ukraine";
    const { topics } = induceTopics([
      features(
        text,
        [
          { ...russia, at: text.indexOf("Russia") },
          { ...ukraine, at: text.indexOf("Ukraine") },
        ],
        { holder: "uk", holderRoot: "uk" },
      ),
    ]);
    expect(topics[0]?.label).toBe("Military action against Ukraine");
  });

  it("links a refined frame to its parent topic", () => {
    const { topics, assignments } = induceTopics([
      features("extend the tariff exemption for Canada", [canada], {
        holder: "us",
        holderRoot: "us",
      }),
    ]);
    const topic = topics.find((t) => t.id === assignments[0]?.topicId);
    expect(topic?.label).toBe("Tariff exemption for Canada");
    expect(topics.find((t) => t.id === topic?.parentId)?.label).toBe("Tariffs on Canada");
  });

  it("flips the stance when the cue rejects a proposal", () => {
    const { assignments } = induceTopics([
      features("calls for a ceasefire in Ukraine", [ukraine], { cuePolarity: -1 }),
      features("calls for a ceasefire in Ukraine", [ukraine], { cuePolarity: 1 }),
    ]);
    expect(assignments.map((a) => a.stance)).toEqual(["opposes", "supports"]);
  });

  it("marks positions that hinge on a condition", () => {
    const { assignments } = induceTopics([
      features("the war can end quickly if the allies stay firm", [ukraine]),
    ]);
    expect(assignments[0]?.stance).toBe("conditional");
  });

  it("clusters statements no frame covers by shared content words", () => {
    const { topics, assignments } = induceTopics([
      features("the harvest season brought record wheat prices", []),
      features("record wheat prices during the harvest", []),
      features("the orchestra performed in the capital", []),
    ]);
    expect(assignments[0]?.topicId).toBe(assignments[1]?.topicId);
    expect(assignments[2]?.topicId).not.toBe(assignments[0]?.topicId);
    expect(topics).toHaveLength(2);
    expect(assignments[0]?.stance).toBe("unclear");
  });

  it("labels an unframed cluster with a phrase of its members' own words", () => {
    const { topics, assignments } = induceTopics([
      features("the harvest season brought record wheat prices", []),
      features("record wheat prices during the harvest", []),
      features("рекордные цены на пшеницу", [], { language: "ru" }),
    ]);
    const label = topics.find((t) => t.id === assignments[0]?.topicId)?.label;
    // The English member sharing most with the cluster, from its first to last common key.
    expect(label).toBe("Harvest season brought record wheat prices");
  });

  it("finishes a label's last phrase and drops quotation marks", () => {
    const text = 'the move was "positive" for excess production capacity in Europe';
    const { topics } = induceTopics([features(text, [])]);
    expect(topics[0]?.label).not.toMatch(/["“”]/);
    expect(topics[0]?.label.split(" ").length).toBeLessThanOrEqual(9);
    expect(topics[0]?.label.startsWith("Move was positive")).toBe(true);
  });

  it("labels with what follows a colon, whole words, and no date or attribution at its edges", () => {
    const label = (text: string) => induceTopics([features(text, [])]).topics[0]?.label;
    // After a colon comes the point; a one-word stretch is widened to its whole stretch.
    expect(label("Tonight I am here to tell you one thing: the regime cheated.")).toBe(
      "Regime cheated",
    );
    // Dates and function words never open a label.
    expect(label("late Friday that quotas on imports from abroad are necessary")).toMatch(
      /^Quotas on imports/,
    );
    // An attribution cutting into a quotation is not what was said.
    expect(
      label('"We know," one retired admiral said, "that the fleet was never ready for winter."'),
    ).not.toMatch(/admiral|said/i);
    // A key's surface may stop inside a word; the label does not.
    expect(label("the harbour wasn't ready for the storm season")).not.toMatch(/wasn$/);
  });

  it("labels what was said from its complementiser, and keeps a name opening its stretch", () => {
    const label = (text: string, language = "en") =>
      induceTopics([features(text, [], { language })]).topics[0]?.label;
    // The reporter's words before "that" are not the position.
    expect(label("reporters on the harbour quay that the blockade was illegal")).toBe(
      "Blockade was illegal",
    );
    expect(label("told the regional weekly that cargo checks were a provocation")).toBe(
      "Cargo checks were a provocation",
    );
    // A relative "that" keeps the noun it describes.
    expect(label("welcomed any arrangement that keeps grain moving")).toMatch(/arrangement/);
    // The words of a name are not keys; the label does not start after it.
    const sea: TopicEntity = { key: "baltic", name: "Baltic Sea", kind: "organization" };
    const fr = "la mer Baltique ne doit pas devenir une zone de blocus";
    const { topics } = induceTopics([
      features(fr, [at(sea, fr, "mer Baltique")], { language: "fr" }),
    ]);
    expect(topics[0]?.label).toMatch(/^Mer Baltique ne doit pas/);
  });

  it("never spares from a measure the one the corpus says imposes it", () => {
    const freedonia: TopicEntity = { key: "fr", name: "Freedonia", kind: "state" };
    const ruritania: TopicEntity = { key: "ru", name: "Ruritania", kind: "state" };
    const asFreedonia = { holder: "fr", holderRoot: "fr", holderRootEntity: freedonia };
    const asRuritania = { holder: "ru", holderRoot: "ru", holderRootEntity: ruritania };
    const imposed1 = "Freedonia's steel tariffs will stay in force";
    const imposed2 = "Freedonia's tariffs hurt exporters";
    const none = "there will be no exemptions for anyone";
    const granted = "Ruritania was granted a permanent exemption";
    const loses = "if it loses its exemption it will retaliate against Freedonia";
    const { topics, assignments } = induceTopics([
      placed(imposed1, "d1", 0, [at(freedonia, imposed1, "Freedonia")], asFreedonia),
      placed(imposed2, "d2", 0, [at(freedonia, imposed2, "Freedonia")], asRuritania),
      placed(none, "d1", 200, [], asFreedonia),
      placed(granted, "d1", 400, [at(ruritania, granted, "Ruritania")], asFreedonia),
      placed(loses, "d2", 300, [at(freedonia, loses, "Freedonia")], asRuritania),
    ]);
    const label = (i: number) => topics.find((t) => t.id === assignments[i]?.topicId)?.label;
    // The imposer's "no exemptions" spares nobody, not itself and not whom it spared elsewhere.
    expect(label(2)).toBe("Tariff exemption");
    expect(label(3)).toBe("Tariff exemption for Ruritania");
    // Whom the speaker would retaliate against is not who would lose the exemption.
    expect(label(4)).toBe("Tariff exemption for Ruritania");
  });

  it("never takes the state imposing a measure as its target", () => {
    const us: TopicEntity = { key: "us", name: "United States", kind: "state" };
    const exempt = "it wants a permanent exemption from the U.S. tariffs";
    const byUs = "sanctions imposed by Washington on Canada";
    const modifier = "American steel tariffs will hurt jobs";
    const { topics, assignments } = induceTopics([
      features(exempt, [at(us, exempt, "U.S.")], {
        holder: "eu",
        holderRoot: "eu",
        holderRootEntity: eu,
      }),
      features(byUs, [at(us, byUs, "Washington"), at(canada, byUs, "Canada")], asUs),
      features(modifier, [at(us, modifier, "American")], {
        holder: "canada",
        holderRoot: "canada",
      }),
    ]);
    const label = (i: number) => topics.find((t) => t.id === assignments[i]?.topicId)?.label;
    expect(label(0)).toBe("Tariff exemption for European Union");
    expect(label(1)).toBe("Sanctions on Canada");
    expect(label(2)).not.toMatch(/United States/);
  });

  it("leaves the target open when a measure aims at a list of states", () => {
    const us: TopicEntity = { key: "us", name: "United States", kind: "state" };
    const mexico: TopicEntity = { key: "mexico", name: "Mexico", kind: "state" };
    const text = "it will extend the tariff exemptions for Canada, Mexico and the EU";
    const single = "it will extend the tariff exemption for Canada";
    const { topics, assignments } = induceTopics([
      features(text, [at(canada, text, "Canada"), at(mexico, text, "Mexico"), at(eu, text, "EU")], {
        holder: "us",
        holderRoot: "us",
        holderRootEntity: us,
      }),
      features(single, [at(canada, single, "Canada")], asUs),
    ]);
    const label = (i: number) => topics.find((t) => t.id === assignments[i]?.topicId)?.label;
    expect(label(0)).toBe("Tariff exemption");
    expect(label(1)).toBe("Tariff exemption for Canada");
  });

  it("never takes the speaker's own state as the target of its measure, unless it bears it", () => {
    const us: TopicEntity = { key: "us", name: "United States", kind: "state" };
    const own = "the United States will keep the steel tariffs in place";
    const borne = "Russia will never accept new sanctions";
    const { topics, assignments } = induceTopics([
      // Nor guesses the target from the states its document names most.
      features(own, [at(us, own, "United States")], {
        holder: "us",
        holderRoot: "us",
        holderRootEntity: us,
        context: [canada],
      }),
      features(borne, [at(russia, borne, "Russia")], { holderRootEntity: russia }),
    ]);
    const label = (i: number) => topics.find((t) => t.id === assignments[i]?.topicId)?.label;
    expect(label(0)).toBe("Tariffs");
    expect(label(1)).toBe("Sanctions on Russia");
  });

  it("gives an exemption to its speaker only when the speaker is not the one granting it", () => {
    const us: TopicEntity = { key: "us", name: "United States", kind: "state" };
    const granted = "the administration has extended the exemption by a month";
    const wanted = "the bloc was granted a reprieve from the tariffs";
    const { topics, assignments } = induceTopics([
      features(granted, [], {
        holder: "us",
        holderRoot: "us",
        holderRootEntity: us,
        context: [canada],
      }),
      features(wanted, [], { holder: "eu", holderRoot: "eu", holderRootEntity: eu }),
    ]);
    const label = (i: number) => topics.find((t) => t.id === assignments[i]?.topicId)?.label;
    expect(label(0)).toBe("Tariff exemption");
    expect(label(1)).toBe("Tariff exemption for European Union");
  });

  it("never lends a measure's target from the speaker's other statements", () => {
    const china: TopicEntity = { key: "china", name: "China", kind: "state" };
    const named = "it will impose tariffs on Chinese steel";
    const named2 = "new tariffs on Chinese aluminium are coming";
    const open = "the tariffs will stay in place for now";
    const { topics, assignments } = induceTopics([
      features(named, [at(china, named, "Chinese")], asUs),
      features(named2, [at(china, named2, "Chinese")], asUs),
      features(open, [], asUs),
    ]);
    const label = (i: number) => topics.find((t) => t.id === assignments[i]?.topicId)?.label;
    expect(label(0)).toBe("Tariffs on China");
    expect(label(2)).toBe("Tariffs");
  });

  it("aligns a reworded position across documents whatever slot each outlet's word order gave it", () => {
    const mexico: TopicEntity = { key: "mexico", name: "Mexico", kind: "state" };
    const one =
      "it would extend the exemption for Canada by thirty days while quota talks continue";
    const two =
      "the exemption for Mexico would be extended by thirty days while quota talks continue";
    const other = "the exemption for Mexico reflects a fair partnership on steel";
    const { topics, assignments } = induceTopics([
      placed(one, "d1", 0, [at(canada, one, "Canada")]),
      placed(two, "d2", 0, [at(mexico, two, "Mexico")]),
      placed(other, "d3", 0, [at(mexico, other, "Mexico")]),
    ]);
    const label = (i: number) => topics.find((t) => t.id === assignments[i]?.topicId)?.label;
    expect(assignments[1]?.topicId).toBe(assignments[0]?.topicId);
    expect(label(0)).toMatch(/^Tariff exemption for (Canada|Mexico)$/);
    // Same frame and slot as the second, but other words: it keeps its own topic.
    expect(label(2)).toBe("Tariff exemption for Mexico");
  });

  it("aligns rewordings only within one root actor and never within one document", () => {
    const text =
      "we will extend the exemption for Canada by thirty days while quota talks continue";
    const reworded =
      "the exemption for Canada will be extended by thirty days while quota talks continue";
    const mexico: TopicEntity = { key: "mexico", name: "Mexico", kind: "state" };
    const elsewhere =
      "we will extend the exemption for Mexico by thirty days while quota talks go on";
    const { assignments } = induceTopics([
      placed(text, "d1", 0, [at(canada, text, "Canada")]),
      placed(reworded, "d2", 0, [at(canada, reworded, "Canada")], {
        holder: "eu",
        holderRoot: "eu",
      }),
      placed(elsewhere, "d1", 200, [at(mexico, elsewhere, "Mexico")]),
    ]);
    expect(assignments[1]?.topicId).toBe(assignments[0]?.topicId); // same frame and slot anyway
    expect(assignments[2]?.topicId).not.toBe(assignments[0]?.topicId);
  });

  it("splits a row holding several claims per document into its rewordings, under the row's topic", () => {
    // Three things said about tariffs in each of two articles; one of them is reworded in both.
    const d1 = [
      "the tariffs protect the steel mills that closed across the rust belt decades ago",
      "the tariffs will stay in force until partners agree to quotas",
      "the tariffs bring in billions of dollars of revenue every month",
    ];
    const d2 = [
      "tariffs are needed to protect steel mills in the rust belt that closed years ago",
      "the tariffs will remain until trading partners accept quotas",
      "the tariffs have raised billions of dollars in revenue this month",
    ];
    const items = [
      ...d1.map((t, i) => placed(t, "d1", i * 100, [], { cuePolarity: 1 })),
      ...d2.map((t, i) => placed(t, "d2", i * 100, [], { cuePolarity: 1 })),
    ];
    const { topics, assignments } = induceTopics(items);
    const topic = (i: number) => topics.find((t) => t.id === assignments[i]?.topicId);
    const tariffs = topics.find((t) => t.label === "Tariffs");
    expect(tariffs).toBeDefined();
    for (const [a, b] of [
      [0, 3],
      [1, 4],
      [2, 5],
    ] as const) {
      // The same claim in both articles shares a row of its own...
      expect(topic(a)?.id).toBe(topic(b)?.id);
      expect(topic(a)?.parentId).toBe(tariffs?.id);
      expect(topic(a)?.proposition).toBe(tariffs?.proposition);
    }
    // ...each claim another, labelled by its own words rather than the broader topic's.
    expect(new Set([0, 1, 2].map((i) => topic(i)?.id)).size).toBe(3);
    expect(topic(0)?.label).toMatch(/mill|rust|belt|closed/i);
    expect(topic(2)?.label).toMatch(/billion|revenue|dollar/i);
    // The stance toward the broader proposition stands.
    expect(assignments[0]?.stance).toBe("supports");
  });

  it("keeps a row with one or two statements per document whole", () => {
    const d1 = [
      "the tariffs protect the steel mills that closed across the rust belt decades ago",
      "the tariffs will stay in force until partners agree to quotas",
    ];
    const d2 = [
      "tariffs are needed to protect steel mills in the rust belt that closed years ago",
      "the tariffs will remain until trading partners accept quotas",
    ];
    const { topics, assignments } = induceTopics([
      ...d1.map((t, i) => placed(t, "d1", i * 100)),
      ...d2.map((t, i) => placed(t, "d2", i * 100)),
    ]);
    const labels = new Set(assignments.map((a) => topics.find((t) => t.id === a.topicId)?.label));
    expect([...labels]).toEqual(["Tariffs"]);
  });

  it("lets unframed words join the framed topic of their rewording, but never moves another frame", () => {
    const framed = "the tariffs will stay until the partners accept strict quotas on their steel";
    const plain = "partners must accept strict quotas on their steel before anything changes";
    const talks = "talks with Canada will go on until partners accept strict quotas on their steel";
    const { topics, assignments } = induceTopics([
      placed(framed, "d1", 0),
      placed(plain, "d2", 0),
      placed(talks, "d3", 0, [at(canada, talks, "Canada")]),
    ]);
    const label = (i: number) => topics.find((t) => t.id === assignments[i]?.topicId)?.label;
    expect(label(0)).toBe("Tariffs");
    expect(label(1)).toBe("Tariffs");
    expect(label(2)).toBe("Talks with Canada");
  });

  it("gives 'the agreement' the deal its document names outright, with the direction of its words", () => {
    const named = "the nuclear deal must be kept in place";
    const scrap = "he threatened to scrap the agreement within weeks";
    const opposed = "the government has long opposed the pact";
    const elsewhere = "he threatened to scrap the agreement within weeks";
    const { topics, assignments } = induceTopics([
      placed(named, "d1", 0),
      placed(scrap, "d1", 100),
      placed(opposed, "d1", 200, [], { cuePolarity: -1 }),
      // Another document never names the deal: its "agreement" may be any other.
      placed(elsewhere, "d2", 0, [], { holder: "eu", holderRoot: "eu" }),
    ]);
    const label = (i: number) => topics.find((t) => t.id === assignments[i]?.topicId)?.label;
    expect(label(1)).toBe(label(0));
    expect(label(0)).toMatch(/nuclear deal/);
    expect(assignments[1]?.stance).toBe("opposes");
    expect(label(2)).toBe(label(0));
    expect(assignments[2]?.stance).toBe("opposes");
    expect(label(3)).not.toMatch(/nuclear deal/);
  });

  it("takes the deal's slots from where its document names it, not from others the clause names", () => {
    const iran: TopicEntity = { key: "iran", name: "Iran", kind: "state" };
    const france: TopicEntity = { key: "france", name: "France", kind: "state" };
    const named = "the nuclear deal with Iran must be kept";
    const scrap = "he may scrap the agreement unless France agrees to changes";
    const { topics, assignments } = induceTopics([
      placed(named, "d1", 0, [at(iran, named, "Iran")]),
      placed(scrap, "d1", 100, [at(france, scrap, "France")]),
    ]);
    const label = (i: number) => topics.find((t) => t.id === assignments[i]?.topicId)?.label;
    expect(label(0)).toBe("The Iran nuclear deal");
    expect(label(1)).toBe("The Iran nuclear deal");
    expect(assignments[1]?.stance).toBe("opposes");
  });

  it("leaves a clause its own, more specific frame when it also says 'the deal'", () => {
    const named = "a trade deal with Canada is close";
    const own = "the deal must not end the exemption for Canada";
    const { topics, assignments } = induceTopics([
      placed(named, "d1", 0, [at(canada, named, "Canada")]),
      placed(own, "d1", 100, [at(canada, own, "Canada")]),
    ]);
    const label = (i: number) => topics.find((t) => t.id === assignments[i]?.topicId)?.label;
    expect(label(0)).toBe("Trade deal with Canada");
    expect(label(1)).toBe("Tariff exemption for Canada");
  });

  it("puts a translation in its original's row through the concepts, dates and actors both name", () => {
    const en = "from March 15 the fleet will inspect every ship bound for Ukraine";
    const ru = "с 15 марта флот будет досматривать все суда, идущие в Украину";
    const other = "с 20 апреля флот проведёт учения у берегов Украины";
    const { assignments } = induceTopics([
      placed(en, "d1", 0, [at(ukraine, en, "Ukraine")], { holder: "russia", holderRoot: "russia" }),
      placed(ru, "d2", 0, [at(ukraine, ru, "Украину")], {
        holder: "russia",
        holderRoot: "russia",
        language: "ru",
      }),
      placed(other, "d3", 0, [at(ukraine, other, "Украины")], {
        holder: "russia",
        holderRoot: "russia",
        language: "ru",
      }),
    ]);
    expect(assignments[1]?.topicId).toBe(assignments[0]?.topicId);
    // Same actor named, another date and no inspection: another position.
    expect(assignments[2]?.topicId).not.toBe(assignments[0]?.topicId);
  });

  it("puts a translation in its original's row through the loanwords both use", () => {
    const en = "the corridor will keep operating, and the delegation rejects the mechanism";
    const fr = "le corridor continuera de fonctionner et la délégation rejette le mécanisme";
    const other = "la récolte de blé a battu un record cette année";
    const asRussia = { holder: "russia", holderRoot: "russia" };
    const { assignments } = induceTopics([
      placed(en, "d1", 0, [], asRussia),
      placed(fr, "d2", 0, [], { ...asRussia, language: "fr" }),
      placed(other, "d3", 0, [], { ...asRussia, language: "fr" }),
    ]);
    expect(assignments[1]?.topicId).toBe(assignments[0]?.topicId);
    expect(assignments[2]?.topicId).not.toBe(assignments[0]?.topicId);
  });

  it("takes no side where a verb of exclusion is negated ('did not rule out sanctions')", () => {
    const open = [
      "Poland refused to rule out sanctions on Russia",
      "the minister did not rule out new sanctions",
      "Москва не исключила новых санкций",
    ];
    for (const text of open) {
      const { assignments } = induceTopics([
        features(text, [], { language: /[а-я]/.test(text) ? "ru" : "en" }),
      ]);
      expect(assignments[0]?.stance, text).toBe("unclear");
    }
    // Without the double negative the words still decide.
    const { assignments } = induceTopics([features("Poland ruled out sanctions on Russia", [])]);
    expect(assignments[0]?.stance).not.toBe("unclear");
  });

  it("takes no side where the holder has yet to decide ('has yet to decide whether to impose')", () => {
    const open = [
      "the government has yet to decide whether to impose sanctions on Russia",
      "the cabinet is weighing whether to impose new sanctions",
      "Канада ещё не решила, вводить ли санкции против России",
      "Paris n'a pas encore décidé s'il faut imposer des sanctions",
    ];
    for (const text of open) {
      const language = /[а-я]/.test(text) ? "ru" : /décidé/.test(text) ? "fr" : "en";
      const { assignments } = induceTopics([features(text, [], { language })]);
      expect(assignments[0]?.stance, text).toBe("unclear");
    }
    // Once decided, the words decide.
    const { assignments } = induceTopics([
      features("the government has decided to impose sanctions on Russia", []),
    ]);
    expect(assignments[0]?.stance).toBe("supports");
  });

  it("gives non-Latin labels distinct ids", () => {
    const { topics } = induceTopics([
      features("урожай пшеницы вырос", []),
      features("оркестр выступил в столице", []),
    ]);
    expect(new Set(topics.map((t) => t.id)).size).toBe(2);
  });

  it("lets a clause that leaves the other party open take the one its actor names elsewhere", () => {
    const named = "he is ready to meet with Putin very quickly";
    const { topics, assignments } = induceTopics([
      features(named, [at(putin, named, "Putin")], asUs),
      features("the meeting could take place within six months", [], asUs),
      features("wants to meet, and we will arrange it", [], asUs),
    ]);
    expect(new Set(assignments.map((a) => a.topicId)).size).toBe(1);
    expect(topics.find((t) => t.id === assignments[1]?.topicId)?.label).toBe("Talks with Russia");
  });

  it("keeps a slot the clause names at the frame's word against the actor's other statements", () => {
    const a = "talks with Putin next week";
    const b = "talks with Canada next week";
    const { assignments } = induceTopics([
      features(a, [at(putin, a, "Putin")], asUs),
      features(a, [at(putin, a, "Putin")], asUs),
      features(b, [at(canada, b, "Canada")], asUs),
    ]);
    expect(assignments[2]?.topicId).not.toBe(assignments[0]?.topicId);
  });

  it("lets the speaker's own name yield to the state its other statements name", () => {
    const keep = "it will retain control over much of Ukraine's territory";
    const own = "Russia is open to exchange some territories";
    const { topics, assignments } = induceTopics([
      features(keep, [at(ukraine, keep, "Ukraine")]),
      features(own, [at(russia, own, "Russia")]),
    ]);
    const label = (i: number) => topics.find((t) => t.id === assignments[i]?.topicId)?.label;
    expect(label(0)).toBe("Control of territory in Ukraine");
    expect(label(1)).toBe("Territorial concessions in Ukraine");
  });

  it("takes the object, not the agent, as the target of military action", () => {
    const text = "if Russia invades Ukraine";
    const { topics } = induceTopics([
      features(text, [at(russia, text, "Russia"), at(ukraine, text, "Ukraine")], {
        holder: "uk",
        holderRoot: "uk",
      }),
    ]);
    expect(topics[0]?.label).toBe("Military action against Ukraine");
  });

  it("lends a fragment the issue of the same holder's words next to it", () => {
    const lead = "We have to end that war";
    const { assignments } = induceTopics([
      placed(lead, "d1", 0),
      placed("That's a bloody mess", "d1", lead.length + 20),
      placed("That's a bloody mess", "d2", 0),
    ]);
    expect(assignments[1]?.topicId).toBe(assignments[0]?.topicId);
    expect(assignments[1]?.stance).toBe("unclear");
    expect(assignments[2]?.topicId).not.toBe(assignments[0]?.topicId);
  });

  it("lends nothing across a long gap or to another holder's unrelated fragment", () => {
    const lead = "We have to end that war";
    const { assignments } = induceTopics([
      placed(lead, "d1", 0),
      placed("a record harvest", "d1", 1000),
      placed("a record harvest", "d1", lead.length + 10, [], { holder: "kellogg" }),
    ]);
    expect(assignments[1]?.topicId).not.toBe(assignments[0]?.topicId);
    expect(assignments[2]?.topicId).not.toBe(assignments[0]?.topicId);
  });

  it("reads a pronoun, or the name of the actor just quoted, as pointing back", () => {
    const lead = "he is ready to meet with Putin very quickly";
    const lead2 = "he wants to meet with Putin soon";
    const welcomed = "Trump's interest";
    const { assignments } = induceTopics([
      placed(lead, "d1", 0, [at(putin, lead, "Putin")]),
      placed("the Kremlin is also seeking it", "d1", lead.length + 5, [], {
        holder: "kremlin",
        holderRoot: "russia",
      }),
      placed(lead2, "d2", 0, [at(putin, lead2, "Putin")]),
      placed(welcomed, "d2", lead2.length + 20, [at(trump, welcomed, "Trump")], {
        holder: "kremlin",
        holderRoot: "russia",
      }),
    ]);
    expect(assignments[3]?.topicId).toBe(assignments[1]?.topicId);
    expect(assignments[1]?.topicId).not.toBe(assignments[0]?.topicId);
  });

  it("clusters rewordings of one unframed position through the paraphrase lexicon", () => {
    const { assignments } = induceTopics([
      features("the ministry will curtail the programme", []),
      features("the ministry will scale down the programme", []),
      features("the orchestra performed in the capital", []),
    ]);
    expect(assignments[0]?.topicId).toBe(assignments[1]?.topicId);
    expect(assignments[2]?.topicId).not.toBe(assignments[0]?.topicId);
  });

  it("clusters a statement with its translation through concepts and named actors", () => {
    const en = "we call on Canada to respect its commitments and pursue diplomacy";
    const ru = "призываем Канаду соблюдать свои обязательства и следовать дипломатии";
    const { assignments } = induceTopics([
      features(en, [at(canada, en, "Canada")], { holder: "us", holderRoot: "us" }),
      features(ru, [at(canada, ru, "Канаду")], {
        holder: "us",
        holderRoot: "us",
        language: "ru",
      }),
      features("the orchestra performed in the capital", [], { holder: "us", holderRoot: "us" }),
    ]);
    expect(assignments[0]?.topicId).toBe(assignments[1]?.topicId);
    expect(assignments[2]?.topicId).not.toBe(assignments[0]?.topicId);
  });
});
