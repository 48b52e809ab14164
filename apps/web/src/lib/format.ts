/** How statements read on screen: their words, chain, date, mode, stance and review status. */
import type { Agreement, Statement } from "@stancemap/schema";

/** Quotation marks only for direct quotes: anything else is the outlet's wording, not the holder's. */
export function isQuote(statement: Pick<Statement, "mode">): boolean {
  return statement.mode === "direct_quote";
}

/** The attribution chain, holder first: "Vladimir Putin ← Kremlin official ← Financial Times". */
export function chainText(statement: Pick<Statement, "chain">): string {
  return statement.chain.map((hop) => hop.label).join(" ← ");
}

/** When it was said, else when its document was published; null when neither is known. */
export function statementDate(
  statement: Pick<Statement, "saidAt">,
  publishedAt: string | null | undefined,
): string | null {
  return statement.saidAt?.date ?? publishedAt ?? null;
}

export const MODE_LABEL: Record<Statement["mode"], string> = {
  direct_quote: "direct quote",
  indirect_speech: "indirect speech",
  characterisation: "characterisation",
  reported_intention: "reported intention",
};

export const STANCE_LABEL: Record<Statement["stance"], string> = {
  supports: "supports",
  opposes: "opposes",
  conditional: "conditional",
  neutral: "neutral",
  unclear: "unclear",
};

export const REVIEW_LABEL: Record<Statement["reviewStatus"], string> = {
  unreviewed: "unreviewed",
  accepted: "accepted",
  rejected: "rejected",
  corrected: "corrected",
};

export const AGREEMENT_LABEL: Record<Agreement, string> = {
  consistent: "consistent",
  wording_differs: "wording differs",
  conflicting: "conflicting",
  single_source: "single source",
};

/** A local date and time for review history, without seconds. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toISOString().slice(0, 16).replace("T", " ");
}
