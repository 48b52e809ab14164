/** Tests for the referential checks on a corpus and for finding an actor's root through memberOf. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Actor } from "./actor.js";
import { CorpusAnalysis, checkCorpusIntegrity, rootActorId } from "./corpus.js";
import { makeEvidence } from "./evidence.js";

const load = (file: string): CorpusAnalysis =>
  CorpusAnalysis.parse(
    JSON.parse(
      readFileSync(
        new URL(`../test/fixtures/corpus-analysis/valid/${file}`, import.meta.url),
        "utf8",
      ),
    ),
  );

/** A fresh copy of the two-outlet fixture, changed by `change`, for one broken rule per test. */
function corpusWith(change: (corpus: CorpusAnalysis) => void): CorpusAnalysis {
  const corpus = load("two-outlets.json");
  change(corpus);
  return corpus;
}

/** Index access that fails loudly, so a fixture change cannot silently skip a mutation. */
function at<T>(items: T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

describe("checkCorpusIntegrity", () => {
  it.each([
    "two-outlets.json",
    "reprint.json",
    "empty.json",
  ])("finds nothing wrong in %s", (file) => {
    expect(checkCorpusIntegrity(load(file))).toEqual([]);
  });

  it("the fixtures' spans are what makeEvidence builds", () => {
    for (const file of ["two-outlets.json", "reprint.json"]) {
      const corpus = load(file);
      const texts = new Map(corpus.documents.map((doc) => [doc.id, doc.text]));
      for (const stm of corpus.statements) {
        const text = texts.get(stm.documentId) ?? "";
        const spans = [stm.evidence, ...stm.chain.map((hop) => hop.evidence)];
        for (const span of spans)
          if (span) expect(makeEvidence(text, span.start, span.end)).toEqual(span);
      }
    }
  });

  it("reports a duplicate id", () => {
    const corpus = corpusWith((c) => {
      at(c.statements, 1).id = at(c.statements, 0).id;
    });
    expect(checkCorpusIntegrity(corpus)).toEqual([
      { path: "/statements/1/id", message: "duplicate id stm_5e1f0a9b3c7d2e48" },
    ]);
  });

  it("reports a document's unknown source and unknown linked document", () => {
    const corpus = corpusWith((c) => {
      at(c.documents, 1).sourceId = "src_unknownpaper";
      at(c.documents, 0).links = [
        { kind: "near_duplicate", documentId: "doc_ffffffffffffffff", similarity: 0.5 },
      ];
    });
    expect(checkCorpusIntegrity(corpus)).toEqual([
      { path: "/documents/0/links/0/documentId", message: "unknown document doc_ffffffffffffffff" },
      { path: "/documents/1/sourceId", message: "unknown source src_unknownpaper" },
    ]);
  });

  it("reports excluded ranges that run past the text or backwards", () => {
    const corpus = corpusWith((c) => {
      // The gazette text is 362 units long; its byline range is [32, 44).
      at(at(c.documents, 1).excluded, 0).end = 363;
      at(c.documents, 0).excluded.push({ kind: "caption", start: 50, end: 40 });
    });
    expect(checkCorpusIntegrity(corpus)).toEqual([
      { path: "/documents/0/excluded/1", message: "range [50, 40) is outside the text" },
      { path: "/documents/1/excluded/0", message: "range [32, 363) is outside the text" },
    ]);
  });

  it("accepts an excluded range that ends exactly at the end of the text", () => {
    const corpus = corpusWith((c) => {
      const doc = at(c.documents, 1);
      doc.excluded.push({ kind: "other", start: doc.text.length - 1, end: doc.text.length });
    });
    expect(checkCorpusIntegrity(corpus)).toEqual([]);
  });

  it("reports a source's unknown actor and an unknown memberOf entry", () => {
    const corpus = corpusWith((c) => {
      at(c.sources, 0).actorId = "act_nosuchoutlet";
      at(c.actors, 0).memberOf = ["act_nosuchparty"];
    });
    expect(checkCorpusIntegrity(corpus)).toEqual([
      { path: "/sources/0/actorId", message: "unknown actor act_nosuchoutlet" },
      { path: "/actors/0/memberOf/0", message: "unknown actor act_nosuchparty" },
    ]);
  });

  it("reports every actor whose memberOf chain runs into a cycle", () => {
    // Aldria (3) now belongs to Hartmann (0): Hartmann -> government -> Aldria -> Hartmann. The
    // official (1) and the finance ministry (4) belong to the government, so they run into it too.
    const corpus = corpusWith((c) => {
      at(c.actors, 3).memberOf = ["act_lenahartmann"];
    });
    expect(checkCorpusIntegrity(corpus)).toEqual(
      [
        ["/actors/0/memberOf", "act_lenahartmann"],
        ["/actors/1/memberOf", "act_seniortradeofficial"],
        ["/actors/2/memberOf", "act_aldriagovernment"],
        ["/actors/3/memberOf", "act_aldria"],
        ["/actors/4/memberOf", "act_aldriafinanceministry"],
      ].map(([path, id]) => ({ path, message: `memberOf of ${id} forms a cycle` })),
    );
  });

  it("reports an actor that is a member of itself", () => {
    const corpus = corpusWith((c) => {
      at(c.actors, 6).memberOf = ["act_meridianwire"];
    });
    expect(checkCorpusIntegrity(corpus)).toEqual([
      { path: "/actors/6/memberOf", message: "memberOf of act_meridianwire forms a cycle" },
    ]);
  });

  it("reports a topic's unknown parent", () => {
    const corpus = corpusWith((c) => {
      at(c.topics, 1).parentId = "top_nosuchtopic";
    });
    expect(checkCorpusIntegrity(corpus)).toEqual([
      { path: "/topics/1/parentId", message: "unknown topic top_nosuchtopic" },
    ]);
  });

  it("reports a statement's unknown document, holder and topic", () => {
    const corpus = corpusWith((c) => {
      at(c.statements, 2).documentId = "doc_ffffffffffffffff";
      at(c.statements, 1).holderId = "act_nosuchholder";
      at(c.statements, 3).topicId = "top_nosuchtopic";
    });
    // Without its document, statement 2's spans cannot be checked, so nothing more is reported.
    expect(checkCorpusIntegrity(corpus)).toEqual([
      { path: "/statements/1/holderId", message: "unknown actor act_nosuchholder" },
      { path: "/statements/2/documentId", message: "unknown document doc_ffffffffffffffff" },
      { path: "/statements/3/topicId", message: "unknown topic top_nosuchtopic" },
    ]);
  });

  it("reports a statement span that does not anchor in its document", () => {
    const corpus = corpusWith((c) => {
      // The quote is [276, 339) of the wire text; one unit later it no longer slices out the quote.
      at(c.statements, 0).evidence.start = 277;
    });
    expect(checkCorpusIntegrity(corpus)).toEqual([
      { path: "/statements/0/evidence", message: "exact does not equal text.slice(277, 339)" },
    ]);
  });

  it("reports a chain hop's unknown actor and a hop span that does not anchor", () => {
    const corpus = corpusWith((c) => {
      const chain = at(c.statements, 0).chain;
      at(chain, 1).actorId = "act_nosuchofficial";
      const wire = at(chain, 3).evidence;
      // The text has an en dash after "(Meridian Wire)", not a hyphen.
      if (wire) wire.suffix = ") - Aldria";
    });
    expect(checkCorpusIntegrity(corpus)).toEqual([
      { path: "/statements/0/chain/1/actorId", message: "unknown actor act_nosuchofficial" },
      { path: "/statements/0/chain/3/evidence", message: "suffix does not follow the span" },
    ]);
  });
});

describe("rootActorId", () => {
  const actor = (id: string, memberOf: string[]): [string, Pick<Actor, "memberOf">] => [
    id,
    { memberOf },
  ];
  const actors = new Map([
    actor("act_lenahartmann", ["act_aldriagovernment"]),
    actor("act_aldriagovernment", ["act_aldria"]),
    actor("act_aldria", []),
    actor("act_harbourgazette", []),
  ]);

  it("follows memberOf to the top", () => {
    expect(rootActorId("act_lenahartmann", actors)).toBe("act_aldria");
    expect(rootActorId("act_aldriagovernment", actors)).toBe("act_aldria");
  });

  it("returns an actor that belongs to nobody itself", () => {
    expect(rootActorId("act_aldria", actors)).toBe("act_aldria");
    expect(rootActorId("act_harbourgazette", actors)).toBe("act_harbourgazette");
  });

  it("returns the id it was given when the actor is unknown", () => {
    expect(rootActorId("act_nobodyknown", actors)).toBe("act_nobodyknown");
  });

  it("stops at the last known actor when a parent is missing", () => {
    const partial = new Map([
      actor("act_lenahartmann", ["act_aldriagovernment"]),
      actor("act_aldriagovernment", ["act_aldria"]),
    ]);
    expect(rootActorId("act_lenahartmann", partial)).toBe("act_aldriagovernment");
  });

  it("follows only the first, primary memberOf entry", () => {
    const both = new Map([
      ...actors,
      actor("act_pressminister", ["act_harbourgazette", "act_aldriagovernment"]),
    ]);
    expect(rootActorId("act_pressminister", both)).toBe("act_harbourgazette");
  });

  it("returns null on a cycle, on a self-membership and on a chain that runs into a cycle", () => {
    const cyclic = new Map([
      actor("act_aaaaaa", ["act_bbbbbb"]),
      actor("act_bbbbbb", ["act_cccccc"]),
      actor("act_cccccc", ["act_aaaaaa"]),
      actor("act_selfmember", ["act_selfmember"]),
      actor("act_outsider", ["act_bbbbbb"]),
    ]);
    expect(rootActorId("act_aaaaaa", cyclic)).toBeNull();
    expect(rootActorId("act_cccccc", cyclic)).toBeNull();
    expect(rootActorId("act_selfmember", cyclic)).toBeNull();
    expect(rootActorId("act_outsider", cyclic)).toBeNull();
  });
});
