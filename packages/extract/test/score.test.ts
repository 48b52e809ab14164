/** Tests of the gold scorer on tiny hand-made corpora, and checks that the sample gold file is valid. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import {
  type Actor,
  CorpusAnalysis,
  checkCorpusIntegrity,
  type Document,
  makeEvidence,
  type Statement,
  type Topic,
} from "@stancemap/schema";
import { describe, expect, it } from "vitest";
import {
  alignmentByPosition,
  anchorSpan,
  basename,
  checkGoldAgainstTexts,
  Gold,
  type GoldStatement,
  normaliseName,
  scoreAgainstGold,
} from "../src/score.js";

// ---------------------------------------------------------------------------------------------
// Tiny hand-made corpora

const TEXT_A =
  "Alice said the plan is bad. Bob warned that taxes will rise. Related: Carol says buy now.";
const TEXT_B =
  "The plan is bad, Alice Smith told reporters. Officials in Ruritania want lower taxes.";

function goldSpan(text: string, exact: string) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`not in text: ${exact}`);
  return makeEvidence(text, start, start + exact.length);
}

function goldStatement(
  id: string,
  document: string,
  text: string,
  exact: string,
  holder: string,
  position: string,
  altHolders: string[] = [],
): GoldStatement {
  return {
    id,
    document,
    holder,
    altHolders,
    root: "Ruritania",
    evidence: goldSpan(text, exact),
    mode: "indirect_speech",
    cue: null,
    stance: "supports",
    stanceWords: [],
    chain: [holder],
    position,
  };
}

const tinyGold: Gold = Gold.parse({
  version: 1,
  corpus: "tiny",
  actors: [
    { name: "Alice Smith", aliases: ["Alice"], kind: "person", root: "Ruritania" },
    { name: "Bob Jones", aliases: ["Bob"], kind: "person", root: "Ruritania" },
    { name: "Ruritania", aliases: [], kind: "state", root: "Ruritania" },
    {
      name: "Ruritanian officials",
      aliases: ["Officials in Ruritania"],
      kind: "group",
      root: "Ruritania",
    },
  ],
  positions: [
    {
      id: "plan-is-bad",
      root: "Ruritania",
      topic: "The plan",
      proposition: "The plan is bad.",
      stance: "supports",
      label: "The plan is bad.",
    },
    {
      id: "taxes-will-rise",
      root: "Ruritania",
      topic: "Taxes",
      proposition: "Taxes will rise.",
      stance: "supports",
      label: "Taxes will rise.",
    },
    {
      id: "lower-taxes",
      root: "Ruritania",
      topic: "Tax level",
      proposition: "Taxes should be lower.",
      stance: "supports",
      label: "Taxes should be lower.",
    },
  ],
  documents: [
    {
      file: "a.txt",
      outlet: null,
      boilerplate: [{ kind: "related_feed", start: 61, end: 89, exact: TEXT_A.slice(61, 89) }],
    },
    { file: "b.txt", outlet: null, boilerplate: [] },
  ],
  statements: [
    goldStatement(
      "ga_1",
      "a.txt",
      TEXT_A,
      "Alice said the plan is bad",
      "Alice Smith",
      "plan-is-bad",
    ),
    goldStatement(
      "ga_2",
      "a.txt",
      TEXT_A,
      "Bob warned that taxes will rise",
      "Bob Jones",
      "taxes-will-rise",
    ),
    goldStatement("gb_1", "b.txt", TEXT_B, "The plan is bad", "Alice Smith", "plan-is-bad"),
    goldStatement(
      "gb_2",
      "b.txt",
      TEXT_B,
      "Officials in Ruritania want lower taxes",
      "Ruritanian officials",
      "lower-taxes",
      ["Ruritania"],
    ),
  ],
});

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

function makeDocument(origin: string, text: string): Document {
  const hash = sha(text);
  return {
    id: `doc_${hash.slice(0, 16)}`,
    origin,
    sourceId: null,
    title: null,
    url: null,
    publishedAt: null,
    datePrecision: "unknown",
    dateSource: null,
    language: "en",
    text,
    excluded: [],
    contentHash: hash,
    links: [],
  };
}

function makeActor(
  id: string,
  name: string,
  kind: Actor["kind"],
  memberOf: string[] = [],
  aliases: string[] = [],
): Actor {
  return { id, name, aliases, kind, roles: [], memberOf, wikidataId: null };
}

const topic = (id: string): Topic => ({
  id,
  label: id,
  proposition: id,
  keywords: [],
  parentId: null,
});

let statementCounter = 0;
function makeStatement(doc: Document, exact: string, holderId: string, topicId: string): Statement {
  const start = doc.text.indexOf(exact);
  if (start < 0) throw new Error(`not in text: ${exact}`);
  statementCounter++;
  return {
    id: `stm_${String(statementCounter).padStart(8, "0")}`,
    documentId: doc.id,
    holderId,
    topicId,
    evidence: makeEvidence(doc.text, start, start + exact.length),
    mode: "indirect_speech",
    cue: null,
    stance: "supports",
    summary: exact,
    hedges: [],
    chain: [],
    saidAt: null,
    confidence: 0.9,
    reviewStatus: "unreviewed",
  };
}

const ACTORS = [
  makeActor("act_ruritania", "Ruritania", "state"),
  makeActor("act_alicesmith", "Alice Smith", "person", ["act_ruritania"]),
  makeActor("act_bobjones", "Bob Jones", "person", ["act_ruritania"]),
  makeActor("act_officials", "Ruritanian officials", "group", ["act_ruritania"]),
  makeActor("act_asmithx", "A. Smith", "person", ["act_ruritania"]),
  makeActor("act_houseofsmith", "House of Smith", "organization", ["act_ruritania"]),
  makeActor("act_freedonia", "Freedonia", "state"),
  makeActor("act_alicefreedonia", "Alice Smith of Freedonia", "person", ["act_freedonia"]),
];
const TOPICS = ["top_planbad", "top_taxesrise", "top_lowertaxes", "top_otherthing"].map(topic);

interface PredictedSpec {
  doc: "a" | "b";
  exact: string;
  holder: string;
  topic: string;
}

const PERFECT: PredictedSpec[] = [
  {
    doc: "a",
    exact: "Alice said the plan is bad.",
    holder: "act_alicesmith",
    topic: "top_planbad",
  },
  {
    doc: "a",
    exact: "Bob warned that taxes will rise.",
    holder: "act_bobjones",
    topic: "top_taxesrise",
  },
  {
    doc: "b",
    exact: "The plan is bad, Alice Smith told reporters.",
    holder: "act_alicesmith",
    topic: "top_planbad",
  },
  {
    doc: "b",
    exact: "Officials in Ruritania want lower taxes.",
    holder: "act_officials",
    topic: "top_lowertaxes",
  },
];

function corpus(
  specs: PredictedSpec[],
  docs = {
    a: makeDocument("corpora/tiny/a.txt", TEXT_A),
    b: makeDocument("/abs/path/b.txt", TEXT_B),
  },
) {
  const documents = Object.values(docs);
  const analysis: CorpusAnalysis = {
    documents,
    sources: [],
    actors: ACTORS,
    topics: TOPICS,
    statements: specs.map((s) => makeStatement(docs[s.doc], s.exact, s.holder, s.topic)),
  };
  // The hand-made predictions must be valid corpora, or the tests prove nothing about real input.
  expect(checkCorpusIntegrity(CorpusAnalysis.parse(analysis))).toEqual([]);
  return analysis;
}

const replace = (index: number, patch: Partial<PredictedSpec>) =>
  PERFECT.map((s, i) => (i === index ? { ...s, ...patch } : s));

describe("scoreAgainstGold on tiny corpora", () => {
  it("scores a perfect prediction 1.0 everywhere", () => {
    const r = scoreAgainstGold(corpus(PERFECT), tinyGold);
    expect([r.precision, r.recall, r.f1, r.holderAccuracy]).toEqual([1, 1, 1, 1]);
    expect(r.alignment).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
      goldPairs: 1,
      predictedPairs: 1,
      agreeingPairs: 1,
    });
    expect(r.boilerplateHits).toBe(0);
    expect(r.counts).toEqual({ gold: 4, predicted: 4, matched: 4 });
    expect(r.details.missed).toEqual([]);
    expect(r.details.spurious).toEqual([]);
    expect(r.perDocument.map((d) => [d.document, d.matched, d.f1])).toEqual([
      ["a.txt", 2, 1],
      ["b.txt", 2, 1],
    ]);
  });

  it("lowers recall, not precision, when a statement is missing", () => {
    const r = scoreAgainstGold(corpus(PERFECT.filter((_, i) => i !== 1)), tinyGold);
    expect(r.precision).toBe(1);
    expect(r.recall).toBe(0.75);
    expect(r.f1).toBeCloseTo((2 * 0.75) / 1.75, 10);
    expect(r.details.missed.map((m) => m.goldId)).toEqual(["ga_2"]);
    expect(r.perDocument[0]).toMatchObject({
      document: "a.txt",
      gold: 2,
      predicted: 1,
      matched: 1,
      recall: 0.5,
    });
  });

  it("lowers holder accuracy, not recall, for a wrong holder", () => {
    const r = scoreAgainstGold(corpus(replace(3, { holder: "act_bobjones" })), tinyGold);
    expect(r.recall).toBe(1);
    expect(r.holderAccuracy).toBe(0.75);
    expect(r.details.wrongHolder).toEqual([
      expect.objectContaining({
        goldId: "gb_2",
        goldHolder: "Ruritanian officials",
        predictedHolder: "Bob Jones",
      }),
    ]);
  });

  it("accepts aliases, alternative holders and a person's surname, but not a surname on a non-person", () => {
    const alt = scoreAgainstGold(corpus(replace(3, { holder: "act_ruritania" })), tinyGold);
    expect(alt.holderAccuracy).toBe(1);
    const surname = scoreAgainstGold(corpus(replace(0, { holder: "act_asmithx" })), tinyGold);
    expect(surname.holderAccuracy).toBe(1);
    const company = scoreAgainstGold(corpus(replace(0, { holder: "act_houseofsmith" })), tinyGold);
    expect(company.holderAccuracy).toBe(0.75);
  });

  it("lowers alignment recall when one position is split over two topics", () => {
    const r = scoreAgainstGold(corpus(replace(2, { topic: "top_otherthing" })), tinyGold);
    expect(r.f1).toBe(1);
    expect(r.alignment).toMatchObject({ recall: 0, goldPairs: 1, predictedPairs: 0 });
  });

  it("does not align a shared topic across different root actors", () => {
    const r = scoreAgainstGold(corpus(replace(2, { holder: "act_alicefreedonia" })), tinyGold);
    expect(r.alignment).toMatchObject({ recall: 0, predictedPairs: 0 });
  });

  it("lowers alignment precision when distinct positions are merged into one topic", () => {
    const r = scoreAgainstGold(
      corpus(PERFECT.map((s) => ({ ...s, topic: "top_planbad" }))),
      tinyGold,
    );
    // Cross-document pairs: a1-b1 (gold-aligned), a1-b2, a2-b1, a2-b2; all four share topic and root.
    expect(r.alignment).toMatchObject({
      precision: 0.25,
      recall: 1,
      goldPairs: 1,
      predictedPairs: 4,
      agreeingPairs: 1,
    });
  });

  it("counts a statement taken from boilerplate as a boilerplate hit and as spurious", () => {
    const specs = [
      ...PERFECT,
      {
        doc: "a" as const,
        exact: "Carol says buy now.",
        holder: "act_bobjones",
        topic: "top_otherthing",
      },
    ];
    const r = scoreAgainstGold(corpus(specs), tinyGold);
    expect(r.boilerplateHits).toBe(1);
    expect(r.details.boilerplate).toEqual([
      expect.objectContaining({ kind: "related_feed", exact: "Carol says buy now." }),
    ]);
    expect(r.precision).toBe(0.8);
    expect(r.details.spurious.map((s) => s.exact)).toEqual(["Carol says buy now."]);
  });

  it("matches spans by overlap with the shorter span, one to one", () => {
    // "bad. Bob" overlaps 3 of 26 and 3 of 31 characters: under half of either gold span.
    const straddling = scoreAgainstGold(
      corpus([{ doc: "a", exact: "bad. Bob", holder: "act_alicesmith", topic: "top_planbad" }]),
      tinyGold,
    );
    expect(straddling.counts.matched).toBe(0);
    // A clause inside the gold span matches; the same span predicted twice matches once.
    const twice = scoreAgainstGold(
      corpus([
        { doc: "a", exact: "the plan is bad", holder: "act_alicesmith", topic: "top_planbad" },
        { doc: "a", exact: "the plan is bad", holder: "act_alicesmith", topic: "top_planbad" },
      ]),
      tinyGold,
    );
    expect(twice.counts).toEqual({ gold: 4, predicted: 2, matched: 1 });
    expect(twice.precision).toBe(0.5);
  });

  it("prefers the pair with the right holder when two statements share one span", () => {
    const text = "Alice and Bob agree the plan is bad.";
    const g = Gold.parse({
      ...tinyGold,
      documents: [{ file: "c.txt", outlet: null, boilerplate: [] }],
      statements: [
        goldStatement("gc_1", "c.txt", text, text, "Alice Smith", "plan-is-bad"),
        goldStatement("gc_2", "c.txt", text, text, "Bob Jones", "plan-is-bad"),
      ],
    });
    const doc = makeDocument("c.txt", text);
    const predicted: CorpusAnalysis = {
      documents: [doc],
      sources: [],
      actors: ACTORS,
      topics: TOPICS,
      statements: [
        makeStatement(doc, text, "act_bobjones", "top_planbad"),
        makeStatement(doc, text, "act_alicesmith", "top_planbad"),
      ],
    };
    expect(scoreAgainstGold(predicted, g).holderAccuracy).toBe(1);
  });

  it("re-anchors gold spans when the predicted text is shifted, and pairs documents by file name", () => {
    const shifted = makeDocument("https://example.com/news/a.txt?page=1", `HEADER\n${TEXT_A}`);
    const r = scoreAgainstGold(
      corpus(PERFECT, { a: shifted, b: makeDocument("b.txt", TEXT_B) }),
      tinyGold,
    );
    expect([r.precision, r.recall, r.holderAccuracy]).toEqual([1, 1, 1]);
    expect(r.details.unanchored).toEqual([]);
  });

  it("counts a gold document without prediction as missed and leaves unknown documents out", () => {
    const other = makeDocument("c.txt", "Carol said nothing.");
    const specs = PERFECT.filter((s) => s.doc === "a");
    const analysis = corpus(specs, { a: makeDocument("a.txt", TEXT_A), b: other });
    analysis.statements.push(
      makeStatement(other, "Carol said nothing.", "act_bobjones", "top_otherthing"),
    );
    const r = scoreAgainstGold(analysis, tinyGold);
    expect(r.details.missingDocuments).toEqual(["b.txt"]);
    expect(r.details.unscoredDocuments).toEqual(["c.txt"]);
    expect([r.precision, r.recall]).toEqual([1, 0.5]);
  });
});

describe("alignmentByPosition", () => {
  it("lists each position held in two documents with the row of every member, worst first", () => {
    const aligned = corpus(PERFECT);
    const perfect = alignmentByPosition(aligned, tinyGold, scoreAgainstGold(aligned, tinyGold));
    // Only "plan-is-bad" is held in two documents.
    expect(perfect.map((p) => p.position)).toEqual(["plan-is-bad"]);
    expect(perfect[0]).toMatchObject({ goldPairs: 1, agreeingPairs: 1 });
    expect(
      perfect[0]?.members.map((m) => [m.document, m.predicted?.topic, m.predicted?.root]),
    ).toEqual([
      ["a.txt", "top_planbad", "Ruritania"],
      ["b.txt", "top_planbad", "Ruritania"],
    ]);

    const split = corpus(replace(2, { topic: "top_otherthing" }));
    const [row] = alignmentByPosition(split, tinyGold, scoreAgainstGold(split, tinyGold));
    expect(row).toMatchObject({ goldPairs: 1, agreeingPairs: 0 });
    expect(row?.members[1]?.predicted?.topic).toBe("top_otherthing");
  });

  it("shows a member that was not extracted, and counts no pair for it", () => {
    const missing = corpus(PERFECT.filter((_, i) => i !== 2));
    const [row] = alignmentByPosition(missing, tinyGold, scoreAgainstGold(missing, tinyGold));
    expect(row?.members.find((m) => m.document === "b.txt")?.predicted).toBeNull();
    expect(row).toMatchObject({ goldPairs: 0, agreeingPairs: 0 });
  });
});

describe("helpers", () => {
  it("normalises names", () => {
    expect(normaliseName("The Kremlin")).toBe("kremlin");
    expect(normaliseName("Trump’s team")).toBe("trump team");
    expect(normaliseName("Kremlin source (anonymous)")).toBe("kremlin source");
    expect(normaliseName("Volodymyr Zelenskyy")).toBe("volodymyr zelenskyy");
    expect(normaliseName("Sergeï  Lavrov")).toBe("sergei lavrov");
  });

  it("takes the basename of paths and URLs", () => {
    expect(basename("corpora/sample/000_x.txt")).toBe("000_x.txt");
    expect(basename("C:\\data\\a.txt")).toBe("a.txt");
    expect(basename("https://example.com/a/b.html?x=1#top")).toBe("b.html");
  });

  it("anchors by context when the exact text repeats", () => {
    const text = "He said no. Then she said no. Finally he said no.";
    const second = text.indexOf("no", 20);
    const span = { ...makeEvidence(text, second, second + 2) };
    expect(anchorSpan(span, text)).toEqual({ start: second, end: second + 2 });
    expect(anchorSpan(span, `xx${text}`)).toEqual({ start: second + 2, end: second + 4 });
    expect(anchorSpan(span, "yes, it is")).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// The gold file for the bundled sample

const SAMPLE_DIR = new URL("../../../corpora/sample/", import.meta.url);
const GOLD_FILE = new URL("./fixtures/gold/sample.gold.json", import.meta.url);
const sampleGold = Gold.parse(JSON.parse(readFileSync(GOLD_FILE, "utf8")));
const sampleFiles = readdirSync(SAMPLE_DIR).filter((f) => f.endsWith(".txt"));
const sampleTexts = new Map(
  sampleFiles.map((f) => [f, readFileSync(new URL(f, SAMPLE_DIR), "utf8")]),
);

/** The gold re-expressed as an extractor's output: actors with roots, one topic per position. */
function goldAsCorpus(gold: Gold): CorpusAnalysis {
  const slug = (s: string) => {
    const core = normaliseName(s).replace(/ /g, "");
    return core.length >= 6 ? core : core.padEnd(6, "0");
  };
  const actorId = (name: string) => `act_${slug(name)}`;
  const names = new Map(gold.actors.map((a) => [a.name, a]));
  const roots = [...new Set(gold.actors.map((a) => a.root))].filter((r) => !names.has(r));
  const actors: Actor[] = [
    ...gold.actors.map((a) =>
      makeActor(
        actorId(a.name),
        a.name,
        a.kind,
        a.root === a.name ? [] : [actorId(a.root)],
        a.aliases,
      ),
    ),
    ...roots.map((r) => makeActor(actorId(r), r, "state")),
  ];
  const documents = gold.documents.map((d) => ({
    ...makeDocument(`corpora/sample/${d.file}`, sampleTexts.get(d.file) ?? ""),
    excluded: [...d.boilerplate]
      .sort((a, b) => a.start - b.start)
      .map(({ kind, start, end }) => ({ kind, start, end })),
  }));
  const docId = new Map(gold.documents.map((d, i) => [d.file, documents[i]?.id ?? ""]));
  const statements: Statement[] = gold.statements.map((s, i) => ({
    id: `stm_${String(i).padStart(8, "0")}`,
    documentId: docId.get(s.document) ?? "",
    holderId: actorId(s.holder),
    topicId: `top_${slug(s.position)}`,
    evidence: s.evidence,
    mode: s.mode,
    cue: s.cue,
    stance: s.stance,
    summary: s.position,
    hedges: [],
    chain: s.chain.map((label, j) => ({
      actorId: null,
      label,
      relation: j === 0 ? "said" : "reported",
      evidence: null,
    })),
    saidAt: null,
    confidence: 1,
    reviewStatus: "unreviewed",
  }));
  const topics = gold.positions.map((p) => ({
    id: `top_${slug(p.id)}`,
    label: p.topic,
    proposition: p.proposition,
    keywords: [],
    parentId: null,
  }));
  return CorpusAnalysis.parse({ documents, sources: [], actors, topics, statements });
}

describe("sample.gold.json", () => {
  it("covers exactly the bundled sample files", () => {
    expect(sampleGold.documents.map((d) => d.file).sort()).toEqual([...sampleFiles].sort());
  });

  it("anchors every statement and boilerplate region in its document's text", () => {
    expect(checkGoldAgainstTexts(sampleGold, sampleTexts)).toEqual([]);
  });

  it("uses every position, with consistent roots, and shares some across documents", () => {
    const used = new Set(sampleGold.statements.map((s) => s.position));
    expect(sampleGold.positions.filter((p) => !used.has(p.id)).map((p) => p.id)).toEqual([]);
    const docsPerPosition = new Map<string, Set<string>>();
    for (const s of sampleGold.statements) {
      const docs = docsPerPosition.get(s.position) ?? new Set<string>();
      docs.add(s.document);
      docsPerPosition.set(s.position, docs);
    }
    expect([...docsPerPosition.values()].some((docs) => docs.size > 1)).toBe(true);
  });

  it("keeps statements out of boilerplate and stance words inside their spans", () => {
    for (const s of sampleGold.statements) {
      const doc = sampleGold.documents.find((d) => d.file === s.document);
      const clash = doc?.boilerplate.find(
        (b) => b.start < s.evidence.end && s.evidence.start < b.end,
      );
      expect(clash, s.id).toBeUndefined();
      for (const w of s.stanceWords) expect(s.evidence.exact, s.id).toContain(w);
    }
  });

  it("has non-overlapping boilerplate regions in every document", () => {
    for (const doc of sampleGold.documents) {
      const sorted = [...doc.boilerplate].sort((a, b) => a.start - b.start);
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i]?.start, doc.file).toBeGreaterThanOrEqual(sorted[i - 1]?.end ?? 0);
      }
    }
  });

  it("scores itself perfectly when re-expressed as a prediction", () => {
    const predicted = goldAsCorpus(sampleGold);
    expect(checkCorpusIntegrity(predicted)).toEqual([]);
    const r = scoreAgainstGold(predicted, sampleGold);
    expect([
      r.precision,
      r.recall,
      r.holderAccuracy,
      r.alignment.precision,
      r.alignment.recall,
    ]).toEqual([1, 1, 1, 1, 1]);
    expect(r.boilerplateHits).toBe(0);
    expect(r.alignment.goldPairs).toBeGreaterThan(0);
  });
});
