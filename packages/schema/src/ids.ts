/** Prefixed, stable identifiers shared by every Stancemap record. */
import { z } from "zod";

/** Builds a `prefix_` + lowercase-alphanumeric id schema; the prefix tells people what an id names. */
function prefixedId(prefix: string, what: string, example: string) {
  return z
    .string()
    .regex(new RegExp(`^${prefix}_[a-z0-9]{6,64}$`))
    .meta({
      description: `Stable id of a ${what} (\`${prefix}_\` + lowercase letters and digits).`,
      examples: [example],
    });
}

export const DocumentId = prefixedId("doc", "document", "doc_4a2dc3396a826ffb");
export type DocumentId = z.infer<typeof DocumentId>;
export const SourceId = prefixedId("src", "source (outlet or agency)", "src_financialtimes");
export type SourceId = z.infer<typeof SourceId>;
export const ActorId = prefixedId("act", "actor", "act_vladimirputin");
export type ActorId = z.infer<typeof ActorId>;
export const StatementId = prefixedId("stm", "statement", "stm_0c1d2e3f4a5b6c7d");
export type StatementId = z.infer<typeof StatementId>;
export const TopicId = prefixedId("top", "topic", "top_ukrainenatomembership");
export type TopicId = z.infer<typeof TopicId>;
export const ReviewDecisionId = prefixedId("rev", "review decision", "rev_01h9x7k2m3");
export type ReviewDecisionId = z.infer<typeof ReviewDecisionId>;
export const AuditEventId = prefixedId("aud", "audit event", "aud_01h9x7k2m3");
export type AuditEventId = z.infer<typeof AuditEventId>;
export const UserId = prefixedId("usr", "user account", "usr_7f3a9c2e1b4d");
export type UserId = z.infer<typeof UserId>;
export const ApiTokenId = prefixedId("tok", "API token", "tok_5e8d1a7c9b2f");
export type ApiTokenId = z.infer<typeof ApiTokenId>;

/** Calendar date, possibly partial: `2025`, `2025-01` or `2025-01-12`. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/)
  .meta({
    description: "ISO 8601 calendar date, as precise as known: year, year-month or full date.",
    examples: ["2025-01-12", "2025-01", "2025"],
  });
export type PartialDate = z.infer<typeof PartialDate>;

export const DatePrecision = z.enum(["day", "month", "year", "unknown"]).meta({
  description: "How precise a date is; `unknown` when no date was found.",
  examples: ["day"],
});
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * RFC 3339 timestamp with offset, as every record of who-did-what-when uses. Zod's ISO check alone
 * also takes `09:30Z`, which RFC 3339 (and JSON Schema's `date-time` format) rejects, hence the regex;
 * with a regex added Zod no longer emits `format`, so the meta puts it back.
 */
export const Timestamp = z.iso
  .datetime({ offset: true })
  .regex(/T\d\d:\d\d:\d\d/, { error: "Invalid RFC 3339 date-time: seconds are required" })
  .meta({
    description: "RFC 3339 date-time with a time-zone offset.",
    format: "date-time",
    examples: ["2025-01-15T09:30:00Z"],
  });
export type Timestamp = z.infer<typeof Timestamp>;

/** BCP 47 primary language subtag (ISO 639-1 or 639-3). */
export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
  .meta({ description: "BCP 47 language tag.", examples: ["en", "ru", "fr", "pt-BR"] });
export type LanguageCode = z.infer<typeof LanguageCode>;
