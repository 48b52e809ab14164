/** Whether the documents reporting one actor's position on one topic agree, in stance and in words. */
import type { Agreement, Statement } from "@stancemap/schema";

/** Two evidence texts whose word overlap (Dice, 0–1) reaches this count as the same words. */
export const NEAR_IDENTICAL = 0.9;

/** Case, quotation marks, punctuation and spacing vary between outlets quoting the same words. */
export function normaliseEvidenceText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Dice coefficient over word multisets: 1 for the same words, 0 for none shared. */
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
 * single_source when one document carries every statement; conflicting when the known stances
 * differ (`unclear` says nothing either way); consistent when every pair of evidence texts is
 * (near) identical once normalised; wording_differs otherwise.
 */
export function agreementOf(
  statements: readonly Pick<Statement, "documentId" | "stance" | "evidence">[],
): Agreement {
  if (new Set(statements.map((s) => s.documentId)).size <= 1) return "single_source";
  const stances = new Set(statements.map((s) => s.stance).filter((stance) => stance !== "unclear"));
  if (stances.size > 1) return "conflicting";
  const texts = statements.map((s) => normaliseEvidenceText(s.evidence.exact));
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i] ?? "";
      const b = texts[j] ?? "";
      if (a !== b && wordOverlap(a, b) < NEAR_IDENTICAL) return "wording_differs";
    }
  }
  return "consistent";
}
