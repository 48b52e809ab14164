/** The actor stage's input and output, and the scan state its rule modules read and extend. */
import type { MentionTable } from "./actors-mentions.js";
import type { PreparedSpan } from "./gazetteer-adapter.js";
import type { LocalActor, Mention, Segmentation, Span } from "./types.js";

export interface ActorStageInput {
  text: string;
  segmentation: Segmentation;
  excluded: readonly Span[];
  language: string | null;
  /** The outlet's name as metadata found it. */
  outlet: string | null;
  credits: readonly { name: string; span: Span }[];
  publishedAt: string | null;
  /** Distinguishes this document's anonymous sources from another's. */
  documentKey: string;
}

export interface ActorStageOutput {
  mentions: Mention[];
  actors: Map<string, LocalActor>;
  outletKey: string | null;
  credits: { key: string; span: Span }[];
}

/** One document's scan so far: its mentions and actors, and the ways every rule adds to them. */
export interface ActorScan {
  input: ActorStageInput;
  text: string;
  table: MentionTable;
  actors: Map<string, LocalActor>;
  add: (actor: LocalActor) => LocalActor;
  addWithParents: (actor: LocalActor) => LocalActor;
  inExcluded: (pos: number) => boolean;
  taken: (start: number, end: number) => boolean;
  /** A paragraph tokenised for the gazetteer scans, once for all of them. */
  preparedAt: (k: number, p: Span) => PreparedSpan;
}
