/** ComparisonRow: one root actor's statements on one topic across documents, side by side. */
import { z } from "zod";
import type { CorpusAnalysis } from "./corpus.js";
import { rootActorId } from "./corpus.js";
import { ActorId, TopicId } from "./ids.js";
import { Statement } from "./statement.js";

export const Agreement = z
  .enum(["consistent", "wording_differs", "conflicting", "single_source"])
  .meta({
    description:
      "consistent: the sources give the same stance in the same words; wording_differs: same stance, different words; conflicting: two sources report stances that do not meet (one only supports, the other only opposes); single_source: only one document reports it.",
    examples: ["wording_differs"],
  });
export type Agreement = z.infer<typeof Agreement>;

export const ComparisonRow = z
  .strictObject({
    actorId: ActorId.meta({
      description: "The root actor: the top of the holders' memberOf chain.",
    }),
    topicId: TopicId,
    agreement: Agreement,
    statements: z
      .array(Statement)
      .min(1)
      .meta({ description: "The row's statements, one or more per document." }),
  })
  .meta({
    title: "ComparisonRow",
    description: "A root actor's statements on one topic, across documents.",
  });
export type ComparisonRow = z.infer<typeof ComparisonRow>;

/** Two evidence texts whose word overlap (Dice, 0–1) reaches this count as the same words. */
export const NEAR_IDENTICAL = 0.9;

/** Folds what outlets change without changing the words: case, quote marks, punctuation, spacing. */
export function normaliseWording(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Dice coefficient over word multisets of two normalised texts: 1 for the same words, 0 for none shared. */
export function wordOverlap(a: string, b: string): number {
  const wordsA = a ? a.split(" ") : [];
  const wordsB = b ? b.split(" ") : [];
  if (wordsA.length === 0 && wordsB.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of wordsA) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of wordsB) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (wordsA.length + wordsB.length);
}

/**
 * The agreement of the statements in one row: single_source when one document carries them all;
 * conflicting when two documents report stances that do not meet (one only supports, the other
 * only opposes; `unclear` says nothing either way); consistent when every pair of evidence texts is
 * (near) identical once normalised; wording_differs otherwise. One document reporting both stances
 * is the actor's own nuance, not a disagreement between sources, so another document that reports
 * either of them agrees with it.
 */
export function agreementOf(
  statements: readonly Pick<Statement, "documentId" | "stance" | "evidence">[],
): Agreement {
  if (new Set(statements.map((s) => s.documentId)).size <= 1) return "single_source";
  const byDocument = new Map<string, Set<Statement["stance"]>>();
  for (const s of statements) {
    if (s.stance === "unclear") continue;
    const set = byDocument.get(s.documentId) ?? new Set();
    set.add(s.stance);
    byDocument.set(s.documentId, set);
  }
  const sets = [...byDocument.values()];
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i] as Set<Statement["stance"]>;
      if (![...(sets[j] as Set<Statement["stance"]>)].some((stance) => a.has(stance)))
        return "conflicting";
    }
  const texts = statements.map((s) => normaliseWording(s.evidence.exact));
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i] ?? "";
      const b = texts[j] ?? "";
      if (a !== b && wordOverlap(a, b) < NEAR_IDENTICAL) return "wording_differs";
    }
  }
  return "consistent";
}

/**
 * Groups a corpus's statements into side-by-side rows: one per root actor (top of the holder's
 * memberOf chain) and topic, rows sorted by actor then topic, statements by document order.
 */
export function comparisonRows(
  corpus: Pick<CorpusAnalysis, "actors" | "statements" | "documents">,
): ComparisonRow[] {
  const actors = new Map(corpus.actors.map((a) => [a.id, a]));
  const docOrder = new Map(corpus.documents.map((d, i) => [d.id, i]));
  const rows = new Map<string, Statement[]>();
  for (const stm of corpus.statements) {
    const root = rootActorId(stm.holderId, actors) ?? stm.holderId;
    const key = `${root}\u0000${stm.topicId}`;
    const row = rows.get(key);
    if (row) row.push(stm);
    else rows.set(key, [stm]);
  }
  return [...rows.entries()]
    .map(([key, statements]) => {
      const [actorId = "", topicId = ""] = key.split("\u0000");
      statements.sort(
        (a, b) =>
          (docOrder.get(a.documentId) ?? 0) - (docOrder.get(b.documentId) ?? 0) ||
          a.evidence.start - b.evidence.start,
      );
      return { actorId, topicId, agreement: agreementOf(statements), statements };
    })
    .sort((a, b) => a.actorId.localeCompare(b.actorId) || a.topicId.localeCompare(b.topicId));
}
