/** CorpusAnalysis: the extractor's output and the JSON export format, plus its referential checks. */
import { z } from "zod";
import { Actor } from "./actor.js";
import { Document } from "./document.js";
import { checkEvidence } from "./evidence.js";
import { Source } from "./source.js";
import { Statement } from "./statement.js";
import { Topic } from "./topic.js";

export const CorpusAnalysis = z
  .strictObject({
    documents: z.array(Document).meta({ description: "The analysed documents, verbatim." }),
    sources: z.array(Source).meta({ description: "The outlets the documents came from." }),
    actors: z.array(Actor).meta({
      description: "Every actor a statement, a chain hop, a source or a memberOf entry refers to.",
    }),
    topics: z.array(Topic).meta({ description: "The issues the statements take positions on." }),
    statements: z
      .array(Statement)
      .meta({ description: "Every stated position found, with evidence." }),
  })
  .meta({
    title: "CorpusAnalysis",
    description:
      "Documents with the actors, topics and statements found in them: the extractor's output and the export format.",
  });
export type CorpusAnalysis = z.infer<typeof CorpusAnalysis>;

/** One broken reference or span in a corpus, with a JSON-pointer-like path to it. */
export interface IntegrityIssue {
  path: string;
  message: string;
}

/**
 * Checks what a JSON Schema cannot: ids are unique, every id refers to a record in the same
 * corpus, memberOf has no cycles, and every span anchors in its document's text.
 */
export function checkCorpusIntegrity(corpus: CorpusAnalysis): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const index = <T extends { id: string }>(items: T[], name: string) => {
    const map = new Map<string, T>();
    items.forEach((item, i) => {
      if (map.has(item.id))
        issues.push({ path: `/${name}/${i}/id`, message: `duplicate id ${item.id}` });
      map.set(item.id, item);
    });
    return map;
  };
  const documents = index(corpus.documents, "documents");
  const sources = index(corpus.sources, "sources");
  const actors = index(corpus.actors, "actors");
  const topics = index(corpus.topics, "topics");
  index(corpus.statements, "statements");
  const missing = (path: string, what: string, id: string) =>
    issues.push({ path, message: `unknown ${what} ${id}` });

  corpus.documents.forEach((doc, i) => {
    if (doc.sourceId && !sources.has(doc.sourceId))
      missing(`/documents/${i}/sourceId`, "source", doc.sourceId);
    doc.links.forEach((link, j) => {
      if (!documents.has(link.documentId))
        missing(`/documents/${i}/links/${j}/documentId`, "document", link.documentId);
    });
    doc.excluded.forEach((range, j) => {
      if (range.end < range.start || range.end > doc.text.length) {
        issues.push({
          path: `/documents/${i}/excluded/${j}`,
          message: `range [${range.start}, ${range.end}) is outside the text`,
        });
      }
    });
  });
  corpus.sources.forEach((source, i) => {
    if (source.actorId && !actors.has(source.actorId))
      missing(`/sources/${i}/actorId`, "actor", source.actorId);
  });
  corpus.actors.forEach((actor, i) => {
    actor.memberOf.forEach((id, j) => {
      if (!actors.has(id)) missing(`/actors/${i}/memberOf/${j}`, "actor", id);
    });
    if (rootActorId(actor.id, actors) === null) {
      issues.push({
        path: `/actors/${i}/memberOf`,
        message: `memberOf of ${actor.id} forms a cycle`,
      });
    }
  });
  corpus.topics.forEach((topic, i) => {
    if (topic.parentId && !topics.has(topic.parentId))
      missing(`/topics/${i}/parentId`, "topic", topic.parentId);
  });
  corpus.statements.forEach((stm, i) => {
    const doc = documents.get(stm.documentId);
    if (!doc) missing(`/statements/${i}/documentId`, "document", stm.documentId);
    if (!actors.has(stm.holderId)) missing(`/statements/${i}/holderId`, "actor", stm.holderId);
    if (!topics.has(stm.topicId)) missing(`/statements/${i}/topicId`, "topic", stm.topicId);
    if (doc) {
      const problem = checkEvidence(stm.evidence, doc.text);
      if (problem) issues.push({ path: `/statements/${i}/evidence`, message: problem });
      stm.chain.forEach((hop, j) => {
        if (hop.actorId && !actors.has(hop.actorId))
          missing(`/statements/${i}/chain/${j}/actorId`, "actor", hop.actorId);
        const hopProblem = hop.evidence && checkEvidence(hop.evidence, doc.text);
        if (hopProblem)
          issues.push({ path: `/statements/${i}/chain/${j}/evidence`, message: hopProblem });
      });
    }
  });
  return issues;
}

/**
 * The root actor: follow the first memberOf entry to the top. Returns `null` on a cycle and the
 * last known id when a parent is missing, so callers can group statements even in partial data.
 */
export function rootActorId(
  id: string,
  actors: ReadonlyMap<string, Pick<Actor, "memberOf">>,
): string | null {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    if (seen.has(current)) return null;
    seen.add(current);
    const parent = actors.get(current)?.memberOf[0];
    if (!parent || !actors.has(parent)) return current;
    current = parent;
  }
}
