import { describe, expect, it } from "vitest";
import { induceTopics, matchFrame, type TopicEntity, type TopicFeatures } from "./topics.js";

const ukraine: TopicEntity = { key: "ukraine", name: "Ukraine", kind: "state" };
const russia: TopicEntity = { key: "russia", name: "Russia", kind: "state" };
const nato: TopicEntity = { key: "nato", name: "NATO", kind: "organization" };
const eu: TopicEntity = { key: "eu", name: "European Union", kind: "organization" };
const canada: TopicEntity = { key: "canada", name: "Canada", kind: "state" };

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

  it("gives non-Latin labels distinct ids", () => {
    const { topics } = induceTopics([
      features("урожай пшеницы вырос", []),
      features("оркестр выступил в столице", []),
    ]);
    expect(new Set(topics.map((t) => t.id)).size).toBe(2);
  });
});
