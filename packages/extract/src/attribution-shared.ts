/** The types and small span, word and mention helpers that the attribution modules share. */
import type { Hedge, HopRelation, SaidAt, StatementMode } from "@stancemap/schema";
import type { CueEntry } from "./cues.js";
import { isSpaceUnit } from "./text-lines.js";
import type { LocalActor, Mention, Quote, Sentence, Span } from "./types.js";

/** Everything attribution needs to know about one document. */
export interface AttributionInput {
  text: string;
  sentences: readonly Sentence[];
  quotes: readonly Quote[];
  excluded: readonly Span[];
  /** Actor mentions, sorted by start, coreference already resolved. */
  mentions: readonly Mention[];
  actors: ReadonlyMap<string, LocalActor>;
  /** The outlet that published the document (actor key), when known. */
  outlet: string | null;
  /** Agencies the document credits as its origin (actor keys with the span that names them). */
  credits: readonly { key: string; span: Span }[];
  /** Publication date, for dating "on Thursday"-style references and yearless dates. */
  publishedAt: string | null;
  /** Extra cue entries (other languages) beside the English ones. */
  extraCues?: readonly CueEntry[];
  /** The document's language: other languages invert freely ("заявил Песков") and use their own complementisers. */
  language?: string | null;
}

/** One attributed position before ids, topics and stance are assigned. */
export interface RawStatement {
  holder: string;
  evidence: Span;
  mode: StatementMode;
  cue: string | null;
  cuePolarity: -1 | 0 | 1;
  hedges: Hedge[];
  /** Hops from the holder (first) out; actor keys are resolved to ids later. */
  chain: {
    actorKey: string | null;
    label: string;
    relation: HopRelation;
    span: Span | null;
  }[];
  saidAt: SaidAt | null;
  confidence: number;
}

export interface CueHit extends Span {
  entry: CueEntry;
  /** Preceded by will/would/to (a future or headline-infinitive form): a reported intention. */
  future: boolean;
  /**
   * Where a negation or a refusal governing the verb begins ("does not want", "refused to rule
   * out"): the cue's words run from here, and so does its subject's search.
   */
  from?: number;
  /** The polarity the verb takes once negated, when it differs from the lexicon's. */
  polarity?: -1 | 0 | 1;
  /** A negated verb of rejection ("did not rule out"): its object is kept open, not rejected. */
  keepsOpen?: boolean;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

export function isOutlet(input: AttributionInput, key: string): boolean {
  return input.actors.get(key)?.kind === "media_outlet";
}

export function quoteCovering(quotes: readonly Quote[], span: Span): Quote | null {
  for (const q of quotes) {
    const overlap = Math.min(q.end, span.end) - Math.max(q.start, span.start);
    if (overlap > 0 && overlap >= 0.6 * (span.end - span.start)) return q;
  }
  return null;
}

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isTrimmable(text.charCodeAt(start))) start++;
  while (end > start && isTrimmable(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** `/[\s,;:—–-]/u` for one UTF-16 code unit, without a regex (this runs for every span's edges). */
function isTrimmable(c: number): boolean {
  // , ; : - and the em and en dashes, besides white space.
  return (
    isSpaceUnit(c) || c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2014 || c === 0x2013
  );
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How many runs of letters and digits `s` holds, as `s.match(/[\p{L}\p{N}]+/gu).length` counts them. */
export function wordCount(s: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        word = WORD_CHAR.test(s.slice(i, i + 2));
        i++;
      } else word = false;
    } else word = isWordUnit(c);
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

/** Letter-or-digit classes of the BMP code units met so far (0 unknown, 1 yes, 2 no). */
const WORD_UNITS = new Uint8Array(0x10000);

function isWordUnit(c: number): boolean {
  let k = WORD_UNITS[c] as number;
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_UNITS[c] = k;
  }
  return k === 1;
}
