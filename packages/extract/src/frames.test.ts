// biome-ignore lint/style/noRestrictedImports: tests read the bundled sample corpus; src never does.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compiledFrames, FRAMES, gateHits } from "./frames.js";
import { matchFrame, matchFrames } from "./topics.js";

/** One clause per frame, written for this test, that the frame must cover. */
const EXAMPLES: Record<string, [text: string, hasOrg: boolean][]> = {
  membership: [
    ["the country hopes to join the alliance", true],
    ["admitting the country into the bloc", true],
  ],
  neutrality: [["the country must stay a neutral state", false]],
  military_presence: [["the president wants to scale down the alliance", true]],
  force_posture: [
    ["demands the withdrawal of troops from the border", false],
    ["condemned the military build-up near the frontier", false],
    ["наращивание войск у границы", false],
  ],
  territorial_concessions: [
    ["open to the exchange of some territories", false],
    ["will never cede land", false],
  ],
  peace_plan: [
    ["rejected the peace plan", false],
    ["the new proposals for ending the conflict", false],
  ],
  end_war: [
    ["wants to end the war quickly", false],
    ["призвал к прекращению огня", false],
  ],
  talks: [
    ["is ready to meet with the president", false],
    ["discussed ways to calm the crisis", false],
  ],
  military_aid: [["will keep sending weapons to the army", false]],
  backing: [
    ["we stand with our neighbours", false],
    ["will not abandon its partners", false],
  ],
  weapons_use: [["the missiles can strike deep targets", false]],
  territory: [["the occupied regions", false]],
  security_guarantees: [["wants security guarantees", false]],
  peacekeepers: [["ruled out boots on the ground", false]],
  sanctions: [["new sanctions on the regime", false]],
  tariffs: [["tariffs on steel", false]],
  tariff_exemption: [
    ["a permanent exemption from the levies", false],
    ["the administration delayed a decision on the steel tariffs", false],
    ["решили отложить введение пошлин", false],
  ],
  trade_deal: [["a free trade agreement", false]],
  nuclear_deal: [["the nuclear deal must be kept", false]],
  nuclear_programme: [["stop enriching uranium", false]],
  aggression: [["any attack on the country", false]],
  energy: [["the gas pipeline should be halted", false]],
  world_order: [["a multipolar world", false]],
  prisoners: [["a prisoner exchange", false]],
  relations: [["wants to improve relations", false]],
  mediation: [
    ["the country offered to mediate between the two sides", false],
    ["welcomed the mediation efforts", false],
    ["готова выступить посредником", false],
    ["l'Algérie propose sa médiation", false],
  ],
  interference: [
    ["rejects any foreign interference", false],
    ["a matter of internal affairs", false],
    ["недопустимо вмешательство во внутренние дела", false],
    ["refuse toute ingérence étrangère", false],
  ],
  responsibility: [
    ["the government blamed the neighbouring state for the explosion", false],
    ["officials suspect sabotage", false],
    ["the country had nothing to do with the attack", false],
    ["Москва непричастна к взрыву", false],
    ["l'armée accuse les rebelles d'avoir posé la bombe", false],
  ],
};

/** Clauses mixing several frames' words, negations and near misses, written for this test. */
const MIXED_CLAUSES = [
  "the minister said the country will never join the alliance and must stay neutral",
  "they refuse to meet until the troops are pulled back from the border",
  "a ceasefire would let both sides discuss the exchange of prisoners",
  "the sanctions will not be lifted before the withdrawal of forces",
  "the government rejected the peace proposals on the conflict",
  "we will not cede any territory in exchange for security guarantees",
  "the alliance should reduce its presence and return to its 1997 borders",
  "he wants to roll back the alliance and withhold support from members who spend too little",
  "Washington extended the exemption from the steel tariffs for another month",
  "the bloc threatened to retaliate with duties on motorcycles",
  "the nuclear deal is a terrible deal and we will withdraw from it",
  "the regime is enriching uranium in secret",
  "Moscow denies any plan to invade its neighbour",
  "the pipeline will be suspended if the attack goes ahead",
  "the rules of the international order have to change",
  "relations between the two capitals have improved",
  "we stand shoulder to shoulder with our allies and will not betray them",
  "peacekeepers could be deployed after a truce",
  "weapons supplied by partners may not be used against cities",
  "the country is demanding de facto control over the occupied regions",
  "Россия требует прекращения расширения альянса и вывода войск",
  "переговоры о мирном урегулировании и обмене пленными",
  "санкции против энергетического сектора и газопровода",
  "le cessez-le-feu et les négociations sur les garanties de sécurité",
  "la France soutient l'adhésion et refuse toute annexion",
  "the weather was mild and the markets were calm",
  "the harvest was the largest in a decade",
];

describe("FRAMES", () => {
  it("has unique keys and parents that exist", () => {
    const keys = FRAMES.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of FRAMES) if (f.parent) expect(keys).toContain(f.parent);
  });

  it("labels every frame with and without its slots", () => {
    for (const f of FRAMES) {
      expect(f.label({ state: null, org: null, counterpart: null })).toMatch(/^\p{Lu}/u);
      expect(
        f.proposition({ state: "Freedonia", org: "the League", counterpart: "Ruritania" }),
      ).toMatch(/\.$/);
    }
  });

  it("covers an example clause of every frame", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(FRAMES.map((f) => f.key).sort());
    for (const [key, examples] of Object.entries(EXAMPLES))
      for (const [text, hasOrg] of examples)
        expect(
          matchFrames(text, hasOrg).map((m) => m.frame.key),
          text,
        ).toContain(key);
  });

  it("never lets a gate hide a frame its full patterns would find", () => {
    const clauses = [
      ...Object.values(EXAMPLES).flatMap((examples) => examples.map(([text]) => text)),
      ...MIXED_CLAUSES,
    ];
    let framed = 0;
    for (const clause of clauses) {
      for (const hasOrg of [false, true]) {
        const gated = matchFrames(clause, hasOrg).map((m) => [m.frame.key, m.direction]);
        const full = matchFrames(clause, hasOrg, false).map((m) => [m.frame.key, m.direction]);
        expect(gated, clause).toEqual(full);
        if (full.length > 0) framed++;
      }
    }
    expect(framed).toBeGreaterThan(60);
  });

  it("never lets a gate hide a frame in the sample articles' sentences and their clauses", () => {
    const dir = new URL("../../../corpora/sample/", import.meta.url);
    const clauses: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      for (const sentence of readFileSync(new URL(name, dir), "utf8").split(/(?<=[.!?])\s+|\n+/)) {
        clauses.push(sentence);
        // Attribution frames the parts of a clause on either side of "and", as here.
        for (const m of sentence.matchAll(/\s+and\s+/g))
          clauses.push(sentence.slice(0, m.index), sentence.slice(m.index + m[0].length));
      }
    }
    let framed = 0;
    for (const clause of clauses) {
      for (const hasOrg of [false, true]) {
        const full = matchFrames(clause, hasOrg, false).map((m) => [m.frame.key, m.direction]);
        expect(
          matchFrames(clause, hasOrg).map((m) => [m.frame.key, m.direction]),
          clause,
        ).toEqual(full);
        if (full.length > 0) framed++;
      }
    }
    expect(framed).toBeGreaterThan(100);
  });

  it("reads gates the way the patterns read text: case folding, word starts, other scripts", () => {
    const clauses: [string, string][] = [
      // "ſ" (long s) is an "s" to a case-insensitive pattern, though lowercasing keeps it.
      ["new ſanctions on the regime", "sanctions"],
      // U+1C82 is a narrow "о" to the patterns.
      ["улучшить \u1c82тношения с соседями", "relations"],
      ["the alliance’s membership", "membership"],
      ["NATO MEMBERSHIP FOR THE COUNTRY", "membership"],
      ["a return to the 1997 borders", "force_posture"],
      ["𝐚 sanctions package 😀", "sanctions"],
      ["they would—join the alliance", "membership"],
      ["stop the build-up", "force_posture"],
      ["Les négociations reprennent", "talks"],
    ];
    for (const [clause, key] of clauses) {
      const full = matchFrames(clause, true, false).map((m) => m.frame.key);
      expect(full, clause).toContain(key);
      expect(
        matchFrames(clause, true).map((m) => m.frame.key),
        clause,
      ).toEqual(full);
    }
    // A gate anchored at a word start stays shut inside a word ("president" holds "side").
    const backing = compiledFrames().find((f) => f.key === "backing");
    expect(gateHits("the president spoke")[backing?.order ?? -1]).toBe(0);
    expect(gateHits("we side with them")[backing?.order ?? -1]).toBe(1);
  });

  it("writes every gate in lowercase, as the clause it is tested on", () => {
    for (const f of FRAMES) for (const g of f.gate ?? []) expect(g).toBe(g.toLowerCase());
  });

  it("compiles each frame's patterns once", () => {
    expect(compiledFrames()).toBe(compiledFrames());
  });
});

describe("frame words that mean something else", () => {
  it("reads 'admit' as letting in, not as confessing", () => {
    expect(matchFrame("they admitted their inability to act", true)?.frame.key).not.toBe(
      "membership",
    );
  });

  it("reads Russian 'в отношении' as 'regarding', not as relations", () => {
    expect(matchFrame("соблюдать обязательства в отношении соседей", false)).toBeNull();
    expect(matchFrame("улучшить отношения с соседями", false)?.frame.key).toBe("relations");
  });

  it("reads «не имеет отношения к» as having nothing to do with something, not as relations", () => {
    const denial = matchFrame("Россия не имеет никакого отношения к аварии на станции", false);
    expect(denial?.frame.key).toBe("responsibility");
    expect(denial?.direction).toBe(-1);
    expect(matchFrame("отношения с соседями ухудшились", false)?.frame.key).toBe("relations");
  });

  it("reads a denial as against the blame and an accusation as for it", () => {
    for (const text of [
      "the ministry denied any involvement in the leak",
      "called the accusations absurd",
      "the allegations were baseless",
      "the company was not involved",
    ]) {
      const m = matchFrame(text, false);
      expect(m?.frame.key, text).toBe("responsibility");
      expect(m?.direction, text).toBe(-1);
    }
    const accusation = matchFrame("the minister accused the neighbour of the attack", false);
    expect(accusation?.frame.key).toBe("responsibility");
    expect(accusation?.direction).toBe(1);
  });

  it("leaves being held responsible for a future act to the act: it is a warning, not blame", () => {
    expect(matchFrame("Moscow will be held responsible for any invasion", false)?.frame.key).toBe(
      "aggression",
    );
    expect(matchFrame("предупредили об ответственности за вторжение", false)?.frame.key).toBe(
      "aggression",
    );
  });

  it("reads an armed intervention as military action, not as interference or talks", () => {
    for (const text of [
      "the bloc has not ruled out a military intervention in the country",
      "every option, including the military option, remains on the table",
      "warned against the use of force",
      "выступил против военного вмешательства в дела соседа",
      "une intervention militaire embraserait la région",
    ])
      expect(matchFrame(text, false)?.frame.key, text).toBe("aggression");
  });

  it("reads 'plans to' as a verb, not as a peace plan", () => {
    expect(matchFrame("he plans to end the war swiftly", false)?.frame.key).toBe("end_war");
    expect(matchFrame("his plan to end the war", false)?.frame.key).toBe("peace_plan");
  });

  it("tells support for a country from support for 'the efforts'", () => {
    expect(matchFrame("continued support for Freedonia", false)?.frame.key).toBe("military_aid");
    expect(matchFrame("our support for the efforts of the committee", false)).toBeNull();
    expect(matchFrame("our support for the efforts of the mediators", false)?.frame.key).toBe(
      "mediation",
    );
  });

  it("needs an organization before 'reduce' means scaling an alliance back", () => {
    expect(matchFrame("the goal is to reduce steel imports", false)).toBeNull();
    expect(matchFrame("wants to curtail the role of the alliance", true)?.frame.key).toBe(
      "military_presence",
    );
  });

  it("keeps trade and budget cuts out of scaling an organization back, even with one named", () => {
    for (const clause of [
      "the bloc to reduce its tariffs on imported cars",
      "the union should cut spending and curtail imports",
      "the alliance agreed to scale back its budget",
    ]) {
      expect(matchFrame(clause, true)?.frame.key, clause).not.toBe("military_presence");
    }
    expect(matchFrame("the president wants to roll back the bloc", true)?.frame.key).toBe(
      "military_presence",
    );
  });
});

describe("force posture", () => {
  it("sets pulling forces back against building them up", () => {
    expect(matchFrame("demands the withdrawal of troops from the border", false)?.direction).toBe(
      1,
    );
    expect(matchFrame("condemned the military build-up near the frontier", false)?.direction).toBe(
      -1,
    );
    expect(
      matchFrame("we will send more troops and jets to the eastern flank", false)?.direction,
    ).toBe(-1);
  });

  it("refines scaling an alliance back when the clause is about where its forces stand", () => {
    const frame = matchFrame("reduce its presence near the borders", true)?.frame;
    expect(frame?.key).toBe("force_posture");
    expect(frame?.parent).toBe("military_presence");
  });
});
