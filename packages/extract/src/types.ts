/** Shapes passed between the extraction stages; each stage module owns one step of the pipeline. */
import type {
  ActorKind,
  ActorRole,
  DatePrecision,
  DateSource,
  ExcludedRange,
  SourceKind,
} from "@stancemap/schema";

/** A half-open UTF-16 range `[start, end)` into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** Metadata a file states about itself (header lines, HTML meta tags); every field optional. */
export interface StatedMetadata {
  title?: string;
  outlet?: string;
  url?: string;
  date?: string;
  language?: string;
}

/** Stage 0 (input.ts): one file decoded to text, before any analysis. */
export interface LoadedDocument {
  /** The path or URL as given. */
  origin: string;
  /** The text exactly as read (decoded); for HTML, the article body readability extracted. */
  text: string;
  format: "text" | "markdown" | "html";
  /** The encoding the bytes were decoded from, e.g. `utf-8`, `windows-1251`. */
  encoding: string;
  /** What the file says about itself. */
  stated: StatedMetadata;
  /** Where a `key: value` header block sits in `text`, when there is one (it is excluded from analysis). */
  header: Span | null;
}

/** Stage 1 (metadata.ts): what the document is, from stated metadata first, then from the text. */
export interface DocumentMetadata {
  title: string | null;
  /** Outlet that published this document (header `outlet:`, a site-name line, an HTML og:site_name). */
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  datePrecision: DatePrecision;
  dateSource: DateSource | null;
  language: string | null;
  /** Agencies or outlets the text credits as its origin: "TEL AVIV (Reuters) -", "reports TASR". */
  credits: { name: string; span: Span }[];
  /** Metadata-only lines (date lines, site-name lines, datelines) to exclude from statements. */
  furniture: (Span & { kind: ExcludedRange["kind"] })[];
}

/** Stage 3 (segment.ts): the text's structure. Every offset is into the full document text. */
export interface Token extends Span {
  /** The token's text. */
  value: string;
  /** Lowercased normal form. */
  normal: string;
  /** Universal POS tag (English only; `X` where unknown). */
  pos: string;
}

export interface Sentence extends Span {
  paragraph: number;
  tokens: Token[];
}

export interface Paragraph extends Span {
  /** A title/subhead line: short, no final punctuation. */
  headline: boolean;
}

export interface Quote extends Span {
  /** The quoted words without their marks. */
  inner: Span;
  /** False when the closing mark is missing (the quote runs to the end of its paragraph or text). */
  balanced: boolean;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
}

/** Stage 4 (actors.ts): an actor as one document knows it; keys are stable across documents. */
export interface LocalActor {
  /** Corpus-wide key: the gazetteer key for known actors, a normalised name otherwise. */
  key: string;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  /** Keys of the actors it belongs to or speaks for; the first is the primary one. */
  memberOf: string[];
  roles: ActorRole[];
  wikidataId: string | null;
  /** For media outlets: what the Source record needs. */
  outlet?: {
    domain: string | null;
    country: string | null;
    kind: SourceKind;
    language: string | null;
  };
}

/** How a mention names its actor. */
export type MentionVia =
  | "name"
  | "title"
  | "metonym"
  | "anonymous"
  | "pronoun"
  | "description"
  | "possessive";

/** A stretch of text that refers to an actor. */
export interface Mention extends Span {
  actorKey: string;
  via: MentionVia;
}
