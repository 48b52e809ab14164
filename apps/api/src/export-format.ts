/** Flat export rows (one per statement) and their CSV and NDJSON renderings, shared by the API and the CLI. */
import { type CorpusAnalysis, type ExportRow, rootActorId } from "@stancemap/schema";

export const EXPORT_FORMATS = ["json", "csv", "ndjson"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  json: "application/json",
  csv: "text/csv; charset=utf-8",
  ndjson: "application/x-ndjson",
};

/** Column order of the CSV: the ExportRow fields people read first come first. */
export const EXPORT_COLUMNS = [
  "rootActor",
  "holder",
  "topic",
  "source",
  "date",
  "mode",
  "stance",
  "cue",
  "exact",
  "chain",
  "summary",
  "confidence",
  "reviewStatus",
  "url",
  "statementId",
  "documentId",
  "holderId",
  "rootActorId",
  "topicId",
  "sourceId",
] as const satisfies readonly (keyof ExportRow)[];

/** One row per statement, in the corpus's statement order, with names resolved. */
export function toExportRows(corpus: CorpusAnalysis): ExportRow[] {
  const actors = new Map(corpus.actors.map((a) => [a.id, a]));
  const topics = new Map(corpus.topics.map((t) => [t.id, t]));
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const documents = new Map(corpus.documents.map((d) => [d.id, d]));
  return corpus.statements.map((stm) => {
    const doc = documents.get(stm.documentId);
    const sourceId = doc?.sourceId ?? null;
    const root = rootActorId(stm.holderId, actors) ?? stm.holderId;
    return {
      statementId: stm.id,
      documentId: stm.documentId,
      holderId: stm.holderId,
      holder: actors.get(stm.holderId)?.name ?? stm.holderId,
      rootActorId: root,
      rootActor: actors.get(root)?.name ?? root,
      topicId: stm.topicId,
      topic: topics.get(stm.topicId)?.label ?? stm.topicId,
      sourceId,
      source: sourceId ? (sources.get(sourceId)?.name ?? sourceId) : null,
      date: stm.saidAt?.date ?? doc?.publishedAt ?? null,
      mode: stm.mode,
      stance: stm.stance,
      cue: stm.cue,
      exact: stm.evidence.exact,
      chain: stm.chain.map((hop) => `${hop.label} (${hop.relation})`).join(" ← "),
      summary: stm.summary,
      confidence: stm.confidence,
      reviewStatus: stm.reviewStatus,
      url: doc?.url ?? null,
    };
  });
}

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
 * tab, carriage return first) gets a leading apostrophe: article text is untrusted input.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file with a header row and CRLF line ends, as RFC 4180 and spreadsheets expect. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.join(",")];
  for (const row of rows)
    lines.push(EXPORT_COLUMNS.map((column) => csvField(row[column])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** Newline-delimited JSON: one ExportRow per line. */
export function toNdjson(rows: readonly ExportRow[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join("");
}

/** The export in `format`: the CorpusAnalysis itself for json, flat rows otherwise. */
export function renderExport(corpus: CorpusAnalysis, format: ExportFormat): string {
  if (format === "json") return JSON.stringify(corpus);
  const rows = toExportRows(corpus);
  return format === "csv" ? toCsv(rows) : toNdjson(rows);
}
