/** Extract, check, store: turns uploaded articles into an IngestResult, for the API and the CLI alike. */
import { createHash } from "node:crypto";
import { extname } from "node:path";
import type { ExtractInput } from "@stancemap/extract";
import {
  CorpusAnalysis,
  checkCorpusIntegrity,
  type DocumentInput,
  type IngestFailure,
  type IngestResult,
} from "@stancemap/schema";
import type { AppDeps } from "./router.js";

/** The file types the extractor reads; anything else is refused per file. */
export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"];

export function isSupportedFile(name: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase());
}

/**
 * A JSON document as the extractor's input: the metadata goes into the `key: value` header block
 * the extractor reads above a text, so JSON and file uploads take the same path.
 */
export function documentInputToExtractInput(body: DocumentInput): ExtractInput {
  const header = (
    [
      ["title", body.title],
      ["outlet", body.outlet],
      ["url", body.url],
      ["date", body.date],
      ["language", body.language],
    ] as const
  ).flatMap(([key, value]) => (value === undefined ? [] : [`${key}: ${value}`]));
  const content = header.length > 0 ? `${header.join("\n")}\n\n${body.text}` : body.text;
  const bytes = new TextEncoder().encode(content);
  const origin =
    body.origin ??
    body.url ??
    `text:${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}`;
  return { origin, bytes };
}

/**
 * Runs the extractor over `inputs`, validates what it produced, and ingests it in one
 * transaction. `failures` are inputs already refused by the caller; they are reported alongside
 * the extractor's own.
 */
export async function ingestInputs(
  deps: AppDeps,
  inputs: Iterable<ExtractInput>,
  options: { actor: string; failures?: IngestFailure[] },
): Promise<IngestResult> {
  const { analysis: raw, failures } = deps.extract(inputs);
  // The extractor's contract is schema-valid, self-consistent output; anything else is a bug
  // that must not reach the database.
  const analysis = CorpusAnalysis.parse(raw);
  const issues = checkCorpusIntegrity(analysis);
  if (issues.length > 0) {
    throw new Error(
      `the extractor produced an inconsistent corpus: ${JSON.stringify(issues.slice(0, 5))}`,
    );
  }
  const summary = await deps.store.ingestCorpus(analysis, { actor: options.actor });
  const created = new Set(summary.documents.created);
  const versioned = new Set(summary.documents.versioned.map((v) => v.id));
  const counts = new Map<string, number>();
  for (const stm of analysis.statements)
    counts.set(stm.documentId, (counts.get(stm.documentId) ?? 0) + 1);
  return {
    documents: analysis.documents.map((doc) => ({
      id: doc.id,
      origin: doc.origin,
      title: doc.title,
      status: created.has(doc.id) ? "created" : versioned.has(doc.id) ? "versioned" : "unchanged",
      statementCount: counts.get(doc.id) ?? 0,
    })),
    summary,
    failures: [...(options.failures ?? []), ...failures],
  };
}
