/** The human-readable report: per root actor, per topic, one line per source with the quoted evidence. */
import { type CorpusAnalysis, comparisonRows, type Statement } from "@stancemap/schema";

const AGREEMENT_LABEL = {
  consistent: "consistent",
  wording_differs: "wording differs",
  conflicting: "CONFLICTING",
  single_source: "single source",
} as const;

export function formatReport(corpus: CorpusAnalysis): string {
  const actors = new Map(corpus.actors.map((a) => [a.id, a]));
  const topics = new Map(corpus.topics.map((t) => [t.id, t]));
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const documents = new Map(corpus.documents.map((d) => [d.id, d]));
  const rows = comparisonRows(corpus);
  const lines: string[] = [
    `${corpus.documents.length} documents, ${corpus.actors.length} actors, ${corpus.topics.length} topics, ${corpus.statements.length} statements`,
  ];

  const sourceLabel = (stm: Statement) => {
    const doc = documents.get(stm.documentId);
    const source = doc?.sourceId ? sources.get(doc.sourceId)?.name : undefined;
    return source ?? doc?.origin ?? stm.documentId;
  };
  const quoteOf = (stm: Statement) => {
    const words = stm.evidence.exact.replace(/\s+/g, " ").trim();
    return stm.mode === "direct_quote" ? `“${words}”` : words;
  };

  let currentActor: string | null = null;
  for (const row of rows) {
    if (row.actorId !== currentActor) {
      currentActor = row.actorId;
      lines.push("", `■ ${actors.get(row.actorId)?.name ?? row.actorId}`);
    }
    const topic = topics.get(row.topicId);
    lines.push(`  ▸ ${topic?.label ?? row.topicId} [${AGREEMENT_LABEL[row.agreement]}]`);
    for (const stm of row.statements) {
      const holder = actors.get(stm.holderId)?.name ?? stm.holderId;
      const chain = stm.chain.map((hop) => hop.label).join(" ← ");
      const hedges = stm.hedges.length > 0 ? ` (${stm.hedges.map((h) => h.text).join(", ")})` : "";
      lines.push(
        `    - ${sourceLabel(stm)}: ${holder} ${stm.cue ?? "—"}${hedges}: ${quoteOf(stm)} [${stm.mode}, ${stm.stance}]`,
        ...(chain ? [`      chain: ${chain}`] : []),
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
