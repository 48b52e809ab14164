/**
 * The pipeline: each document streams through input → metadata → clean → segment → actors →
 * attribution, keeping only compact per-statement features; then topics are induced, documents
 * linked and ids assigned across the corpus, giving one CorpusAnalysis.
 */
import type {
  Actor,
  AttributionHop,
  CorpusAnalysis,
  Document,
  Evidence,
  Source,
  Statement,
} from "@stancemap/schema";
import { makeEvidence, rootActorId } from "@stancemap/schema";
import { findActors } from "./actors.js";
import { attribute, type RawStatement } from "./attribution.js";
import { cuesForLanguage } from "./cues.js";
import { readableId, sha256Hex, shortHash } from "./ids.js";
import { InputError } from "./input.js";
import { type Fingerprint, fingerprint, linkDocuments } from "./links.js";
import { analyseInput } from "./prepare.js";
import { segment } from "./segment.js";
import { firstStartingAtOrAfter } from "./spans.js";
import { induceTopics, type TopicEntity, type TopicFeatures } from "./topics.js";
import type { LocalActor, Mention, Span } from "./types.js";

export interface ExtractInput {
  /** The path or URL as given; becomes Document.origin. */
  origin: string;
  bytes: Uint8Array;
}

export interface ExtractFailure {
  origin: string;
  message: string;
}

export interface ExtractResult {
  analysis: CorpusAnalysis;
  /** Inputs that could not be processed, each with a message naming it; the rest are in `analysis`. */
  failures: ExtractFailure[];
}

/** A statement as the corpus stage needs it: evidence already cut from the text, actor keys unresolved. */
interface PendingStatement {
  holder: string;
  evidence: Evidence;
  mode: RawStatement["mode"];
  cue: string | null;
  hedges: RawStatement["hedges"];
  chain: {
    actorKey: string | null;
    label: string;
    relation: AttributionHop["relation"];
    evidence: Evidence | null;
  }[];
  saidAt: RawStatement["saidAt"];
  confidence: number;
  features: TopicFeatures;
}

/** What the per-document stages hand to the corpus stage. */
export interface DocumentResult {
  document: Omit<Document, "links" | "sourceId">;
  outletKey: string | null;
  actors: Map<string, LocalActor>;
  statements: PendingStatement[];
  print: Fingerprint;
}

/** What the corpus stage keeps of a document: its actors are merged into the corpus's at once. */
type KeptResult = Omit<DocumentResult, "actors">;

export interface ExtractOptions {
  /**
   * Keep each document's text for the output (default). Benchmarks and stores that persist documents
   * as they stream pass `false`: output documents then carry an empty text, and memory stays flat.
   */
  retainText?: boolean;
}

/**
 * Streams documents through the per-document stages one at a time, keeping only what the corpus
 * stage needs (compact per-statement features, a MinHash fingerprint), then assembles the corpus.
 */
export class CorpusBuilder {
  readonly failures: ExtractFailure[] = [];
  private readonly results: KeptResult[] = [];
  private readonly actors = new Map<string, LocalActor>();
  private readonly seenHashes = new Map<string, string>();
  private index = 0;

  constructor(private readonly options: ExtractOptions = {}) {}

  /** Analyses one input; an unreadable one becomes a failure naming it, and the batch goes on. */
  add(input: ExtractInput): void {
    try {
      const result = analyseDocument(input, this.index++);
      const twin = this.seenHashes.get(result.document.contentHash);
      if (twin) {
        this.failures.push({
          origin: input.origin,
          message: `${input.origin}: identical to ${twin}; skipped`,
        });
        return;
      }
      this.seenHashes.set(result.document.contentHash, input.origin);
      if (this.options.retainText === false) result.document.text = "";
      mergeActors(this.actors, result.actors);
      const { actors: _merged, ...kept } = result;
      this.results.push(kept);
    } catch (error) {
      const message =
        error instanceof InputError
          ? error.message
          : `${input.origin}: cannot be analysed (${(error as Error).message})`;
      this.failures.push({ origin: input.origin, message });
    }
  }

  finish(): ExtractResult {
    return { analysis: assembleCorpus(this.results, this.actors), failures: this.failures };
  }
}

/** Runs the whole pipeline over `inputs`, which may be a lazy iterable: documents are read one at a time. */
export function extractCorpus(
  inputs: Iterable<ExtractInput>,
  options: ExtractOptions = {},
): ExtractResult {
  const builder = new CorpusBuilder(options);
  for (const input of inputs) builder.add(input);
  return builder.finish();
}

/** One document through every per-document stage. Throws InputError for unreadable input. */
export function analyseDocument(input: ExtractInput, index: number): DocumentResult {
  const { document: loaded, metadata: meta, excluded } = analyseInput(input.origin, input.bytes);
  const { text } = loaded;
  const contentHash = sha256Hex(text);
  const seg = segment(text, { language: meta.language, excluded });
  const found = findActors({
    text,
    segmentation: seg,
    excluded,
    language: meta.language,
    outlet: meta.outlet,
    credits: meta.credits,
    publishedAt: meta.publishedAt,
    documentKey: contentHash.slice(0, 12),
  });
  const raw = attribute({
    text,
    sentences: seg.sentences,
    quotes: seg.quotes,
    excluded,
    mentions: found.mentions,
    actors: found.actors,
    outlet: found.outletKey,
    credits: found.credits,
    publishedAt: meta.publishedAt,
    language: meta.language,
    extraCues: cuesForLanguage(meta.language),
  });

  // Context for topic slots: the document's most-mentioned states and organizations.
  const counts = new Map<string, number>();
  for (const m of found.mentions) counts.set(m.actorKey, (counts.get(m.actorKey) ?? 0) + 1);
  const entity = (key: string): TopicEntity | null => {
    const actor = found.actors.get(key);
    return actor ? { key, name: actor.name, kind: actor.kind } : null;
  };
  const context = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key]) => entity(key))
    .filter(
      (e): e is TopicEntity => e !== null && (e.kind === "state" || e.kind === "organization"),
    )
    .slice(0, 4);

  const ordered = startOrdered(found.mentions);
  const statements = raw.map((stm): PendingStatement => {
    const inEvidence = mentionsWithin(found.mentions, ordered, stm.evidence).flatMap((m) => {
      const e = entity(m.actorKey);
      const root = found.actors.get(rootKey(m.actorKey, found.actors));
      return e
        ? [
            {
              ...e,
              at: m.start - stm.evidence.start,
              length: m.end - m.start,
              ...(root ? { root: { key: root.key, name: root.name } } : {}),
            },
          ]
        : [];
    });
    const evidence = makeEvidence(text, stm.evidence.start, stm.evidence.end);
    return {
      holder: stm.holder,
      evidence,
      mode: stm.mode,
      cue: stm.cue,
      hedges: stm.hedges,
      chain: stm.chain.map((hop) => ({
        actorKey: hop.actorKey,
        label: hop.label,
        relation: hop.relation,
        evidence:
          hop.span && hop.span.end > hop.span.start
            ? makeEvidence(text, hop.span.start, hop.span.end)
            : null,
      })),
      saidAt: stm.saidAt,
      confidence: stm.confidence,
      features: {
        text: evidence.exact,
        language: meta.language,
        holder: stm.holder,
        holderRoot: rootKey(stm.holder, found.actors),
        holderRootEntity: entity(rootKey(stm.holder, found.actors)) ?? undefined,
        entities: inEvidence,
        context,
        cuePolarity: stm.cuePolarity,
        // Where it stands, so a fragment without issue words can take its neighbour's issue.
        position: { document: contentHash, start: stm.evidence.start, end: stm.evidence.end },
      },
    };
  });

  return {
    document: {
      id: `doc_${contentHash.slice(0, 16)}`,
      origin: input.origin,
      title: meta.title,
      url: safeUrl(meta.url),
      publishedAt: meta.publishedAt,
      datePrecision: meta.datePrecision,
      dateSource: meta.dateSource,
      language: meta.language,
      text,
      excluded,
      contentHash,
    },
    outletKey: found.outletKey,
    actors: found.actors,
    statements,
    print: fingerprint(
      text,
      excluded,
      meta.language,
      found.mentions.map((m) => m.actorKey),
      [meta.publishedAt ?? "", index],
    ),
  };
}

/** Whether mentions come by start with none ending before it starts, so a range of them can be bisected. */
function startOrdered(mentions: readonly Mention[]): boolean {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.end < m.start || (k > 0 && m.start < (mentions[k - 1] as Mention).start)) return false;
  }
  return true;
}

/**
 * The mentions lying wholly inside `span`, in their order. Every statement asks, so with ordered
 * mentions the first candidate is found by bisection: a long document has thousands of both.
 */
function mentionsWithin(mentions: readonly Mention[], ordered: boolean, span: Span): Mention[] {
  if (!ordered) return mentions.filter((m) => m.start >= span.start && m.end <= span.end);
  const out: Mention[] = [];
  for (let k = firstStartingAtOrAfter(mentions, span.start); k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    // Past the span's end no mention can fit: each ends at or after its start.
    if (m.start > span.end) break;
    if (m.end <= span.end) out.push(m);
  }
  return out;
}

/** The top of an actor's memberOf chain within one document (the actor itself on a cycle). */
function rootKey(key: string, actors: ReadonlyMap<string, LocalActor>): string {
  return rootActorId(key, actors) ?? key;
}

function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).href === url || /^https?:\/\//.test(url) ? new URL(url).href : null;
  } catch {
    return null;
  }
}

/** Merges one document's actors into the corpus's: one record per key, aliases, parents and roles united. */
function mergeActors(
  merged: Map<string, LocalActor>,
  actors: ReadonlyMap<string, LocalActor>,
): void {
  for (const actor of actors.values()) {
    const existing = merged.get(actor.key);
    if (!existing) {
      merged.set(actor.key, {
        ...actor,
        aliases: new Set(actor.aliases),
        memberOf: [...actor.memberOf],
        roles: [...actor.roles],
      });
      continue;
    }
    for (const alias of actor.aliases) existing.aliases.add(alias);
    for (const parent of actor.memberOf)
      if (!existing.memberOf.includes(parent)) existing.memberOf.push(parent);
    for (const role of actor.roles) {
      if (
        !existing.roles.some((x) => x.title === role.title && x.organization === role.organization)
      )
        existing.roles.push(role);
    }
  }
}

/**
 * Drops a parent named without its country when the same body named with it is a parent too: one
 * article's "foreign ministry spokesman Taras Lomachuk" gives the bare "Foreign Ministry", another's
 * "Ukraine's foreign ministry spokesman" the Ukrainian one, and the bare one, which belongs to no
 * state, must not stand first and make the spokesman his own side.
 */
function preferQualifiedParents(merged: Map<string, LocalActor>): void {
  const names = (a: LocalActor) =>
    [a.name, ...a.aliases].map((n) => n.toLocaleLowerCase()).filter((n) => n.length > 0);
  const qualifies = (q: LocalActor, bare: LocalActor) => {
    if (q === bare || q.kind !== bare.kind || q.memberOf.length === 0) return false;
    const own = bare.name.toLocaleLowerCase();
    return names(q).some((n) => n === own || n.endsWith(` ${own}`));
  };
  for (const actor of merged.values()) {
    if (actor.memberOf.length < 2) continue;
    const parents = actor.memberOf.map((key) => merged.get(key));
    actor.memberOf = actor.memberOf.filter((_, i) => {
      const bare = parents[i];
      if (!bare || bare.memberOf.length > 0) return true;
      return !parents.some((q) => q !== undefined && qualifies(q, bare));
    });
  }
}

/** Corpus stage: actor and source records, topics, ids, document links. */
function assembleCorpus(
  results: readonly KeptResult[],
  merged: Map<string, LocalActor>,
): CorpusAnalysis {
  preferQualifiedParents(merged);
  const actorId = new Map<string, string>();
  for (const actor of merged.values()) actorId.set(actor.key, actorIdFor(actor));

  // Topics across every statement of the corpus.
  const all = results.flatMap((r) => r.statements.map((s) => s.features));
  const { topics, assignments } = induceTopics(all);

  const used = new Set<string>();
  const use = (key: string | null) => {
    let current = key;
    while (current && !used.has(current) && merged.has(current)) {
      used.add(current);
      const actor = merged.get(current);
      for (const parent of actor?.memberOf.slice(1) ?? []) use(parent);
      current = actor?.memberOf[0] ?? null;
    }
  };

  const sources = new Map<string, Source>();
  const documentSource = (outletKey: string | null): string | null => {
    if (!outletKey) return null;
    const actor = merged.get(outletKey);
    if (!actor) return null;
    use(outletKey);
    const id = `src_${(actorId.get(outletKey) ?? "").slice(4)}`;
    if (!sources.has(id)) {
      sources.set(id, {
        id,
        name: actor.name,
        domain: actor.outlet?.domain ?? null,
        country: actor.outlet?.country ?? null,
        language: actor.outlet?.language ?? null,
        kind: actor.outlet?.kind ?? "other",
        actorId: actorId.get(outletKey) ?? null,
      });
    }
    return id;
  };

  const statements: Statement[] = [];
  const documents: Document[] = [];
  let k = 0;
  for (const r of results) {
    const doc = r.document;
    documents.push({ ...doc, sourceId: documentSource(r.outletKey), links: [] });
    for (const stm of r.statements) {
      const assignment = assignments[k++];
      if (!assignment) continue;
      const holderId = actorId.get(stm.holder);
      if (!holderId) continue;
      use(stm.holder);
      const chain: AttributionHop[] = stm.chain.map((hop) => {
        use(hop.actorKey);
        return {
          actorId: hop.actorKey ? (actorId.get(hop.actorKey) ?? null) : null,
          label: hop.label,
          relation: hop.relation,
          evidence: hop.evidence,
        };
      });
      const { evidence } = stm;
      statements.push({
        id: `stm_${shortHash(doc.id, String(stm.evidence.start), String(stm.evidence.end), holderId)}`,
        documentId: doc.id,
        holderId,
        topicId: assignment.topicId,
        evidence,
        mode: stm.mode,
        cue: stm.cue,
        stance: assignment.stance,
        summary: summarise(evidence.exact),
        hedges: stm.hedges,
        chain,
        saidAt: stm.saidAt,
        confidence: stm.confidence,
        reviewStatus: "unreviewed",
      });
    }
  }

  const links = linkDocuments(
    results.map((r) => r.print),
    documents.map((d) => d.id),
  );
  documents.forEach((d, i) => {
    d.links = links[i] ?? [];
  });

  const actors: Actor[] = [...merged.values()]
    .filter((a) => used.has(a.key))
    .map((a) => ({
      id: actorId.get(a.key) as string,
      name: a.name,
      aliases: [...a.aliases].filter((x) => x !== a.name).sort(),
      kind: a.kind,
      roles: a.roles,
      memberOf: a.memberOf.filter((p) => used.has(p)).map((p) => actorId.get(p) as string),
      wikidataId: a.wikidataId,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

  const usedTopics = new Set(statements.map((s) => s.topicId));
  for (const t of topics) if (t.parentId && usedTopics.has(t.id)) usedTopics.add(t.parentId);
  return {
    documents,
    sources: [...sources.values()].sort((a, b) => a.id.localeCompare(b.id)),
    actors,
    topics: topics.filter((t) => usedTopics.has(t.id)).sort((a, b) => a.id.localeCompare(b.id)),
    statements,
  };
}

function actorIdFor(actor: LocalActor): string {
  if (actor.kind === "anonymous_source") return `act_${shortHash(actor.key)}`;
  return readableId("act", actor.key);
}

/** A short normalised wording: the evidence without quote marks or brackets, first 200 characters, one sentence. */
function summarise(exact: string): string {
  const clean = exact
    .replace(/[“”„«»"]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const short = clean.length > 200 ? `${clean.slice(0, 197).replace(/\s+\S*$/, "")}…` : clean;
  const sentence = short.charAt(0).toUpperCase() + short.slice(1);
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}
