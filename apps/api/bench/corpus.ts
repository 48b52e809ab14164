/**
 * A generated corpus at realistic scale for the API benchmark: CorpusAnalysis data built directly,
 * without the extractor (which would take minutes and is benchmarked in packages/extract). Names are
 * invented; the text is filler around the statement clauses, ~3 KB per article.
 */
import { createHash } from "node:crypto";
import {
  type Actor,
  type CorpusAnalysis,
  type Document,
  makeEvidence,
  type Source,
  type Stance,
  type Statement,
  type StatementMode,
  type Topic,
} from "@stancemap/schema";

/** Deterministic pseudo-random numbers (mulberry32), so every run loads the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "ka",
  "lo",
  "mir",
  "van",
  "te",
  "sul",
  "ro",
  "din",
  "ba",
  "nek",
  "ora",
  "vel",
  "is",
  "tam",
];
const MODES: StatementMode[] = [
  "direct_quote",
  "indirect_speech",
  "characterisation",
  "reported_intention",
];
const STANCES: Stance[] = ["supports", "opposes", "conditional", "neutral", "unclear"];
const ISSUES = [
  "tariffs",
  "sanctions",
  "a ceasefire",
  "border controls",
  "the pipeline",
  "grain exports",
  "troop levels",
  "the summit",
  "energy prices",
  "the treaty",
];
const FILLER = [
  "Officials met for several hours on the second day of the talks in the capital.",
  "The negotiations follow months of tension between the two sides over trade and security.",
  "Analysts said the outcome would depend on the next round of meetings later this month.",
  "Markets reacted calmly to the news, with the currency little changed by the afternoon.",
  "Diplomats from several neighbouring countries attended as observers, according to the agenda.",
  "The talks were held behind closed doors and no joint statement was issued afterwards.",
];

export interface CorpusShape {
  articles: number;
  statementsPerArticle: number;
  states: number;
  people: number;
  topics: number;
  sources: number;
}

export const DEFAULT_SHAPE: CorpusShape = {
  articles: 10_000,
  statementsPerArticle: 10,
  states: 40,
  people: 300,
  topics: 250,
  sources: 60,
};

function word(next: () => number, parts: number): string {
  let out = "";
  for (let i = 0; i < parts; i++) out += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return out;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Index skewed toward small values, as a few actors and topics dominate real news. */
function skewed(next: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n * next() ** 1.4));
}

export interface GeneratedCorpus {
  actors: Actor[];
  topics: Topic[];
  sources: Source[];
  /** Root (state) ids, the rows of a comparison. */
  roots: string[];
  /** One batch of articles with their statements, ready for ingestCorpus. */
  batch(from: number, to: number): CorpusAnalysis;
}

export function generateCorpus(shape: CorpusShape = DEFAULT_SHAPE, seed = 7): GeneratedCorpus {
  const next = random(seed);
  const unique = (prefix: string, i: number, name: string) =>
    `${prefix}_${name.toLowerCase().replace(/[^a-z0-9]/g, "")}${i.toString(36).padStart(3, "0")}`;
  const states: Actor[] = Array.from({ length: shape.states }, (_, i) => {
    const name = capital(word(next, 3));
    return {
      id: unique("act", i, name),
      name,
      aliases: [`${name}n government`],
      kind: "state",
      roles: [],
      memberOf: [],
      wikidataId: null,
    };
  });
  const people: Actor[] = Array.from({ length: shape.people }, (_, i) => {
    const state = states[skewed(next, states.length)] as Actor;
    const name = `${capital(word(next, 2))} ${capital(word(next, 3))}`;
    return {
      id: unique("act", shape.states + i, name),
      name,
      aliases: [name.split(" ")[1] ?? name],
      kind: "person",
      roles: [{ title: "Minister", organization: state.name, start: null, end: null }],
      memberOf: [state.id],
      wikidataId: null,
    };
  });
  const topics: Topic[] = Array.from({ length: shape.topics }, (_, i) => {
    const issue = ISSUES[i % ISSUES.length] as string;
    const place = capital(word(next, 2));
    return {
      id: unique("top", i, `${place}${issue}`),
      label: `${capital(issue)} in ${place}`,
      proposition: `${capital(issue)} in ${place} should be agreed.`,
      keywords: [issue, place.toLowerCase()],
      parentId: null,
    };
  });
  const sources: Source[] = Array.from({ length: shape.sources }, (_, i) => {
    const name = `The ${capital(word(next, 3))} ${i % 3 === 0 ? "Times" : i % 3 === 1 ? "Post" : "Wire"}`;
    return {
      id: unique("src", i, name),
      name,
      domain: `${name.toLowerCase().replace(/[^a-z]/g, "")}.example`,
      country: null,
      language: "en",
      kind: i % 3 === 2 ? "wire_agency" : "newspaper",
      actorId: null,
    };
  });
  const holders = [...people, ...states];

  function article(index: number): { document: Document; statements: Statement[] } {
    const local = random(seed * 1_000_003 + index);
    const source = sources[skewed(local, sources.length)] as Source;
    const day = 1 + Math.floor(local() * 28);
    const month = 1 + Math.floor(local() * 12);
    const date = `2025-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const paragraphs: string[] = [`Talks resume as ministers meet, report ${index}`];
    const clauses: {
      holder: Actor;
      topic: Topic;
      start: number;
      end: number;
      name: [number, number];
    }[] = [];
    let text = `${paragraphs[0]}\n\n`;
    const count = Math.max(1, shape.statementsPerArticle + Math.floor(local() * 5) - 2);
    for (let i = 0; i < count; i++) {
      const holder = holders[skewed(local, holders.length)] as Actor;
      const topic = topics[skewed(local, topics.length)] as Topic;
      const issue = topic.label.toLowerCase();
      const filler = `${FILLER[Math.floor(local() * FILLER.length)]} ${FILLER[Math.floor(local() * FILLER.length)]} `;
      text += filler;
      const nameStart = text.length;
      text += holder.name;
      const nameEnd = text.length;
      text += " said on Monday that ";
      const start = text.length;
      text += `the government would ${local() < 0.5 ? "not " : ""}accept any deal on ${issue} before the end of the year`;
      clauses.push({ holder, topic, start, end: text.length, name: [nameStart, nameEnd] });
      text += ".\n\n";
    }
    text += FILLER.join(" ");
    const contentHash = createHash("sha256").update(text, "utf8").digest("hex");
    const id = `doc_${contentHash.slice(0, 16)}`;
    const document: Document = {
      id,
      origin: `generated/${index}.txt`,
      sourceId: source.id,
      title: paragraphs[0] ?? null,
      url: `https://${source.domain}/news/${index}`,
      publishedAt: date,
      datePrecision: "day",
      dateSource: "header",
      language: "en",
      text,
      excluded: [],
      contentHash,
      links: [],
    };
    const statements = clauses.map(
      (clause, i): Statement => ({
        id: `stm_${contentHash.slice(0, 12)}${i.toString().padStart(3, "0")}`,
        documentId: id,
        holderId: clause.holder.id,
        topicId: clause.topic.id,
        evidence: makeEvidence(text, clause.start, clause.end),
        mode: MODES[Math.floor(local() * MODES.length)] as StatementMode,
        cue: "said",
        stance: STANCES[Math.floor(local() * STANCES.length)] as Stance,
        summary: `${clause.holder.name} on ${clause.topic.label}.`,
        hedges: [],
        chain: [
          {
            actorId: clause.holder.id,
            label: clause.holder.name,
            relation: "said",
            evidence: makeEvidence(text, clause.name[0], clause.name[1]),
          },
          { actorId: null, label: source.name, relation: "reported", evidence: null },
        ],
        saidAt: { date, precision: "day", text: "on Monday" },
        confidence: Math.round(local() * 100) / 100,
        reviewStatus: "unreviewed",
      }),
    );
    return { document, statements };
  }

  return {
    actors: [...states, ...people],
    topics,
    sources,
    roots: states.map((s) => s.id),
    batch(from, to) {
      const items = Array.from({ length: to - from }, (_, i) => article(from + i));
      return {
        documents: items.map((item) => item.document),
        // Every batch carries the reference data; ingest leaves unchanged rows alone.
        sources,
        actors: [...states, ...people],
        topics,
        statements: items.flatMap((item) => item.statements),
      };
    },
  };
}
