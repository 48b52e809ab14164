/**
 * Statement assembly: the holder (or the one embedded in the speaker's words), the mode, the chain of
 * who told whom out to the document's outlet, hedges, and when it was said.
 */
import type { Hedge, SaidAt, StatementMode } from "@stancemap/schema";
import { embeddedHolder, isSpokesperson } from "./attribution-holders.js";
import {
  type AttributionInput,
  type CueHit,
  isOutlet,
  type RawStatement,
  trimSpan,
} from "./attribution-shared.js";
import { mentionAfter, subjectBefore } from "./attribution-subjects.js";
import { HEDGES } from "./cues.js";
import { firstStartingAtOrAfter } from "./spans.js";
import { execLed, ledPattern } from "./text-lines.js";
import type { Mention, Sentence, Span } from "./types.js";

interface BuildArgs {
  speaker: Mention;
  cue: CueHit | null;
  evidence: Span;
  /** The clause the evidence stands in, when wider ("the Kremlin is “open to ...”"): where an embedded holder is looked for. */
  clause?: Span;
  direct: boolean;
  sources: readonly Mention[];
  sentence: Sentence;
  /** The reported clause's own verb ("Japan opposes X, Y said"): its polarity, negation included, is the statement's. */
  reportedVerb?: CueHit;
}

export function buildStatement(input: AttributionInput, args: BuildArgs): RawStatement {
  const { text } = input;
  const evidence = trimSpan(text, args.evidence);
  let holder = args.speaker.actorKey;
  let mode: StatementMode = args.direct
    ? "direct_quote"
    : args.cue && (args.cue.entry.class === "intention" || args.cue.future)
      ? "reported_intention"
      : "indirect_speech";
  const verb = args.reportedVerb;
  const polarityOf = (cue: CueHit | null) => cue?.polarity ?? cue?.entry.polarity ?? 0;
  let cuePolarity: -1 | 0 | 1 = polarityOf(verb ?? args.cue);
  const chain: RawStatement["chain"] = [];
  let cueText = args.cue ? text.slice(args.cue.from ?? args.cue.start, args.cue.end) : null;

  // "told X that Russia's objective is ..." / “[Putin] wants ...”: the position belongs to the embedded subject.
  // A stance verb's object names its target, not a holder: "welcomed Trump's interest", "described
  // the Russian plan as piracy".
  const embedded =
    (args.cue?.entry.class === "stance" || args.cue?.entry.objectFirst) && !args.direct
      ? null
      : embeddedHolder(
          input,
          args.clause ?? evidence,
          args.speaker.actorKey,
          isSpokesperson(input, args.speaker, args.sentence),
        );
  if (embedded) {
    chain.push({
      actorKey: args.speaker.actorKey,
      label: labelOf(input, args.speaker),
      relation: "said",
      span: spanOrNull(args.speaker),
    });
    holder = embedded.mention.actorKey;
    if (!args.direct) mode = "reported_intention";
    // The clause's verb, read with its negation, outranks the bare verb the holder's search saw.
    if (!verb && embedded.polarity !== 0) cuePolarity = embedded.polarity;
    if (!args.direct && verb?.from !== undefined) cueText = text.slice(verb.from, verb.end);
    else if (!args.direct && embedded.cue) cueText = embedded.cue;
  }
  const hops: RawStatement["chain"] = [
    {
      actorKey: holder,
      label: nameOf(input, holder),
      relation: "said",
      span: null,
    },
  ];
  if (embedded) {
    const speaker = chain[0];
    if (speaker) hops.push({ ...speaker, relation: "told" });
  }
  addOuterHops(input, hops, args.sources);

  const hedges = findHedges(input, args.sentence, [holder, ...hops.map((h) => h.actorKey ?? "")]);
  const confidence =
    0.5 +
    (args.cue ? 0.2 : 0) +
    (args.direct ? 0.1 : 0) +
    (args.speaker.via === "name" || args.speaker.via === "title"
      ? 0.15
      : args.speaker.via === "pronoun"
        ? 0
        : 0.1) -
    (embedded ? 0.05 : 0);
  return {
    holder,
    evidence,
    mode,
    cue: cueText,
    cuePolarity,
    hedges,
    chain: hops,
    saidAt: findSaidAt(input, args.sentence),
    confidence: Math.min(0.95, Math.round(confidence * 100) / 100),
  };
}

/**
 * The chain's outer hops after the holder (and any speaker): the outlets the sentence names, the
 * agencies the document credits, then the document's own outlet, which "republished" when it relays
 * another outlet. A relay just before an outlet "told" it.
 */
export function addOuterHops(
  input: AttributionInput,
  hops: RawStatement["chain"],
  sources: readonly Mention[],
): void {
  for (const source of sources) {
    if (hops.some((h) => h.actorKey === source.actorKey)) continue;
    hops.push({
      actorKey: source.actorKey,
      label: labelOf(input, source),
      relation: "reported",
      span: spanOrNull(source),
    });
  }
  for (const credit of input.credits) {
    if (hops.some((h) => h.actorKey === credit.key)) continue;
    hops.push({
      actorKey: credit.key,
      label: nameOf(input, credit.key),
      relation: "reported",
      span: credit.span,
    });
  }
  if (input.outlet && !hops.some((h) => h.actorKey === input.outlet)) {
    const relayed = hops.some((h) => isOutlet(input, h.actorKey ?? ""));
    hops.push({
      actorKey: input.outlet,
      label: nameOf(input, input.outlet),
      relation: relayed ? "republished" : "reported",
      span: null,
    });
  }
  for (let i = 1; i < hops.length - 1; i++) {
    const hop = hops[i] as RawStatement["chain"][number];
    const next = hops[i + 1] as RawStatement["chain"][number];
    if (!isOutlet(input, hop.actorKey ?? "") && isOutlet(input, next.actorKey ?? ""))
      hop.relation = "told";
  }
}

function spanOrNull(m: Mention): Span | null {
  return m.end > m.start ? { start: m.start, end: m.end } : null;
}

/** Outlets and agencies a sentence names as its source: "Bloomberg reported", "citing X", "told the FT". */
export function sentenceSources(
  input: AttributionInput,
  sentence: Sentence,
  cues: readonly CueHit[],
): Mention[] {
  const found: Mention[] = [];
  for (const cue of cues) {
    const lemma = cue.entry.lemma;
    if (cue.entry.class === "publish" || lemma === "according to") {
      const m =
        subjectBefore(input, sentence, cue.start) ?? mentionAfter(input, cue.end, sentence.end);
      if (m && isOutlet(input, m.actorKey)) found.push(m);
    } else if (lemma === "tell") {
      const m = mentionAfter(input, cue.end, sentence.end);
      if (m && isOutlet(input, m.actorKey)) found.push(m);
    }
  }
  const stext = input.text.slice(sentence.start, sentence.end);
  // "as reported by X", "reports X", "X: headline"
  const re = SOURCE_PHRASE;
  re.lastIndex = 0;
  for (let m = re.exec(stext); m; m = re.exec(stext)) {
    const mention = mentionAfter(input, sentence.start + m.index + m[0].length, sentence.end);
    if (mention && isOutlet(input, mention.actorKey)) found.push(mention);
  }
  const first = input.mentions[firstStartingAtOrAfter(input.mentions, sentence.start)];
  const lead = first?.start === sentence.start ? first : undefined;
  if (
    lead &&
    isOutlet(input, lead.actorKey) &&
    /^\s*:/.test(input.text.slice(lead.end, lead.end + 2))
  )
    found.push(lead);
  // Order from the innermost source out: the one named first in "told the FT, as reported by the Post" is inner.
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.start - b.start)
    .filter((m) => !seen.has(m.actorKey) && seen.add(m.actorKey));
}

const SOURCE_PHRASE = /\b(?:as reported by|as quoted by|reported by|cited by|reports|via)\s+/giu;

export function nameOf(input: AttributionInput, key: string): string {
  return input.actors.get(key)?.name ?? key;
}

/** Anonymous hops keep the text's own description ("a former senior Kremlin official"). */
function labelOf(input: AttributionInput, m: Mention): string {
  const actor = input.actors.get(m.actorKey);
  if (actor?.kind === "anonymous_source" && m.end > m.start)
    return input.text.slice(m.start, m.end);
  return actor?.name ?? m.actorKey;
}

// Scanned through the hedge's own words, since the look-behind first would be tried at every character.
const HEDGE_PATTERNS = HEDGES.map((h) => ({
  ...h,
  re: ledPattern(`(?<![\\p{L}])(?:${h.pattern})(?![\\p{L}])`, "iu", `(?:${h.pattern})`),
}));

/**
 * What depends on a sentence alone (its hedge words, its date), kept while one document is
 * attributed: a sentence holding several statements is read once.
 */
interface SentenceFacts {
  hedges?: readonly Hedge[];
  saidAt?: SaidAt | null;
}
let factsOf: { text: string; bySentence: Map<Sentence, SentenceFacts> } | null = null;

function sentenceFacts(input: AttributionInput, sentence: Sentence): SentenceFacts {
  if (factsOf?.text !== input.text) factsOf = { text: input.text, bySentence: new Map() };
  let facts = factsOf.bySentence.get(sentence);
  if (!facts) {
    facts = {};
    factsOf.bySentence.set(sentence, facts);
  }
  return facts;
}

function sentenceHedges(input: AttributionInput, sentence: Sentence): readonly Hedge[] {
  const facts = sentenceFacts(input, sentence);
  if (!facts.hedges) {
    const stext = input.text.slice(sentence.start, sentence.end);
    const hedges: Hedge[] = [];
    for (const h of HEDGE_PATTERNS) {
      const m = execLed(h.re, stext, 0);
      if (m) hedges.push({ kind: h.kind, text: m[0] });
    }
    facts.hedges = hedges;
  }
  return facts.hedges;
}

export function findHedges(
  input: AttributionInput,
  sentence: Sentence,
  chainKeys: readonly string[],
): Hedge[] {
  const hedges: Hedge[] = sentenceHedges(input, sentence).map((h) => ({
    kind: h.kind,
    text: h.text,
  }));
  for (const key of chainKeys) {
    const actor = input.actors.get(key);
    if (actor?.kind === "anonymous_source" && !hedges.some((h) => h.kind === "unnamed_source")) {
      hedges.push({ kind: "unnamed_source", text: actor.name });
    }
  }
  return hedges;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "on December 30, 2024", "on Jan. 15", "on Tuesday": when the sentence says it was said. */
function findSaidAt(input: AttributionInput, sentence: Sentence): SaidAt | null {
  const facts = sentenceFacts(input, sentence);
  if (facts.saidAt === undefined) facts.saidAt = readSaidAt(input, sentence);
  return facts.saidAt ? { ...facts.saidAt } : null;
}

function readSaidAt(input: AttributionInput, sentence: Sentence): SaidAt | null {
  const stext = input.text.slice(sentence.start, sentence.end);
  const full =
    /\bon\s+(?:\p{Lu}\p{L}+day,?\s+)?(\p{Lu}\p{L}{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?/u.exec(
      stext,
    );
  const monthIndex = full ? MONTHS.indexOf((full[1] ?? "").slice(0, 3).toLowerCase()) : -1;
  if (full && monthIndex >= 0) {
    const year = full[3] ?? input.publishedAt?.slice(0, 4);
    const day = String(Number(full[2])).padStart(2, "0");
    const month = String(monthIndex + 1).padStart(2, "0");
    return year
      ? { date: `${year}-${month}-${day}`, precision: "day", text: full[0] }
      : { date: null, precision: "unknown", text: full[0] };
  }
  const weekday =
    /\b(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+\([^)]{1,20}\))?/u.exec(
      stext,
    );
  if (weekday) return { date: null, precision: "unknown", text: weekday[0] };
  return null;
}

/** Drops the facts kept for the document just attributed. */
export function forgetSentenceFacts(): void {
  factsOf = null;
}
