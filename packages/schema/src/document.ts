/** Document: one article as ingested, verbatim, with its metadata and boilerplate marked. */
import { z } from "zod";
import { DatePrecision, DocumentId, LanguageCode, PartialDate, SourceId } from "./ids.js";

export const ExcludedKind = z
  .enum([
    "template",
    "read_more",
    "author_bio",
    "newsletter_prompt",
    "comment_prompt",
    "caption",
    "credit",
    "related_feed",
    "duplicate_lead",
    "embed",
    "navigation",
    "site_name",
    "metadata_header",
    "other",
  ])
  .meta({
    description: "Why a range of the text is boilerplate rather than article.",
    examples: ["author_bio"],
  });
export type ExcludedKind = z.infer<typeof ExcludedKind>;

export const ExcludedRange = z
  .strictObject({
    kind: ExcludedKind,
    start: z
      .int()
      .min(0)
      .meta({ description: "UTF-16 offset where the excluded range starts.", examples: [2890] }),
    end: z
      .int()
      .min(0)
      .meta({
        description: "UTF-16 offset just past the excluded range (exclusive).",
        examples: [3410],
      }),
  })
  .meta({
    title: "ExcludedRange",
    description:
      "A range of Document.text that is boilerplate: kept verbatim but never a source of statements.",
  });
export type ExcludedRange = z.infer<typeof ExcludedRange>;

export const DateSource = z.enum(["header", "dateline", "text"]).meta({
  description: "Where the publication date was found: metadata header, dateline, or running text.",
  examples: ["header"],
});
export type DateSource = z.infer<typeof DateSource>;

export const DocumentLinkKind = z
  .enum(["reprint", "near_duplicate", "translation"])
  .meta({ description: "How this document relates to the linked one.", examples: ["reprint"] });
export type DocumentLinkKind = z.infer<typeof DocumentLinkKind>;

export const DocumentLink = z
  .strictObject({
    kind: DocumentLinkKind,
    documentId: DocumentId.meta({
      description: "The document this one reprints, nearly duplicates or translates.",
    }),
    similarity: z
      .number()
      .min(0)
      .max(1)
      .meta({
        description: "Share of this document's content found in the other (0–1).",
        examples: [0.82],
      }),
  })
  .meta({
    title: "DocumentLink",
    description: "A reprint, near-duplicate or translation relation to another document.",
  });
export type DocumentLink = z.infer<typeof DocumentLink>;

export const ContentHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .meta({
    description: "SHA-256 of the document's text (UTF-8), lowercase hex.",
    examples: ["4a2dc3396a826ffb2b0e7c1f5b8a9d3e6f1c2b3a4d5e6f708192a3b4c5d6e7f8"],
  });
export type ContentHash = z.infer<typeof ContentHash>;

export const Document = z
  .strictObject({
    id: DocumentId.meta({
      description: "Stable id derived from the content hash: `doc_` + its first 16 hex digits.",
    }),
    origin: z
      .string()
      .min(1)
      .meta({
        description: "Where the document came from: the path as given, or a URL.",
        examples: ["corpora/sample/000_4a2dc3396a826ffb.txt", "https://example.com/news/1"],
      }),
    sourceId: SourceId.nullable().meta({
      description: "The outlet that published it, when known.",
      examples: ["src_newyorkpost", null],
    }),
    title: z
      .string()
      .nullable()
      .meta({
        description: "Headline, when known.",
        examples: ["Ministers agree to extend tariff talks", null],
      }),
    url: z
      .url()
      .nullable()
      .meta({
        description: "Canonical URL of the article, when known.",
        examples: ["https://example.com/news/1", null],
      }),
    publishedAt: PartialDate.nullable().meta({
      description: "Publication date, as precise as known; null when unknown.",
      examples: ["2025-01-15", null],
    }),
    datePrecision: DatePrecision,
    dateSource: DateSource.nullable().meta({
      description: "Where the publication date was found; null when it is unknown.",
      examples: ["header", null],
    }),
    language: LanguageCode.nullable().meta({
      description: "Language of the text (BCP 47), when detected.",
      examples: ["en", null],
    }),
    text: z.string().meta({
      description:
        "The article text exactly as read (for HTML, the extracted article body). Offsets point into it.",
      examples: ["Russian President Vladimir Putin will insist ..."],
    }),
    excluded: z
      .array(ExcludedRange)
      .meta({ description: "Boilerplate ranges of `text`, sorted by start, non-overlapping." }),
    contentHash: ContentHash,
    links: z
      .array(DocumentLink)
      .meta({ description: "Documents this one reprints, nearly duplicates or translates." }),
  })
  .meta({
    title: "Document",
    description: "One article as ingested: verbatim text, metadata and boilerplate ranges.",
  });
export type Document = z.infer<typeof Document>;
