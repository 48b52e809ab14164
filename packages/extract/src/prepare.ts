/** Convenience for callers that want the first three stages at once: load, metadata, boilerplate. */
import type { ExcludedRange } from "@stancemap/schema";
import { findBoilerplate, mergeRanges } from "./clean.js";
import { loadDocument } from "./input.js";
import { detectMetadata } from "./metadata.js";
import type { DocumentMetadata, LoadedDocument } from "./types.js";

export interface AnalysedInput {
  document: LoadedDocument;
  metadata: DocumentMetadata;
  /** Boilerplate and metadata furniture together: sorted, non-overlapping. */
  excluded: ExcludedRange[];
}

/** Loads `bytes` (throws `InputError` like `loadDocument`), reads its metadata and marks its boilerplate. */
export function analyseInput(origin: string, bytes: Uint8Array): AnalysedInput {
  const document = loadDocument(origin, bytes);
  const metadata = detectMetadata(document);
  const boilerplate = findBoilerplate(document.text, { header: document.header });
  const excluded = mergeRanges(document.text, [...boilerplate, ...metadata.furniture]);
  return { document, metadata, excluded };
}
