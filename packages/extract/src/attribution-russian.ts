/**
 * Russian sentences that attribute without the English verb-then-clause shape: "Об этом заявил X" for
 * the sentence before it, and a stance whose object opens the sentence ("За диалог выступил X").
 */
import { clauseEnd } from "./attribution-clauses.js";
import { documentIssuer } from "./attribution-documents.js";
import {
  type AttributionInput,
  type CueHit,
  isOutlet,
  quoteCovering,
  type RawStatement,
  trimSpan,
  wordCount,
} from "./attribution-shared.js";
import { buildStatement, sentenceSources } from "./attribution-statement.js";
import { invertedSubject } from "./attribution-subjects.js";
import type { CueEntry } from "./cues.js";
import type { Mention, Sentence } from "./types.js";

/** "Об этом", "С таким заявлением": a sentence opening that points back to what the previous one said. */
const RU_ANAPHORIC =
  /^(?:Об\s+этом|С\s+(?:таким|этим|подобным|аналогичным)\s+(?:заявлением|предупреждением|призывом|предложением|обращением|требованием))\s+(?:(?:также|тоже|ранее|вновь|уже)\s+)?/u;
/** "выступил" without "за"/"против": only with the opening above ("С таким заявлением выступил X"). */
const RU_CAME_FORWARD = /^выступил[аио]?(?![\p{L}])/u;
const CAME_FORWARD: CueEntry = { lemma: "выступить", class: "speech", polarity: 0, forms: [] };

/**
 * A Russian sentence that only attributes the one before it ("Руководство страны не рассматривало
 * это. С таким заявлением выступил президент X." / "Об этом заявил X" / "Об этом говорится в
 * заявлении X"): the previous sentence, if nothing else claimed it, is the speaker's.
 */
export function anaphoricAttribution(
  input: AttributionInput,
  sentence: Sentence,
  sentenceIndex: number,
  cues: readonly CueHit[],
  lastIssuer: { key: string; sentence: number } | null,
  statements: readonly RawStatement[],
): { cue: CueHit | null; statement: RawStatement } | null {
  if (input.language !== "ru") return null;
  const { text } = input;
  const lead = RU_ANAPHORIC.exec(text.slice(sentence.start, sentence.end));
  if (!lead) return null;
  const at = sentence.start + lead[0].length;
  const cue = cues.find((c) => c.start === at) ?? null;
  let verb: CueHit;
  let speaker: Mention | null;
  if (cue) {
    if (cue.entry.class === "publish") return null;
    verb = cue;
    speaker = cue.entry.document
      ? documentIssuer(input, sentence, sentenceIndex, cue, lastIssuer)
      : invertedSubject(input, sentence, cue.end);
  } else {
    const came = RU_CAME_FORWARD.exec(text.slice(at, sentence.end));
    if (!came) return null;
    verb = { start: sentence.start, end: at + came[0].length, entry: CAME_FORWARD, future: false };
    speaker = invertedSubject(input, sentence, verb.end);
  }
  // An outlet that "reported this" relays; it holds no position.
  if (!speaker || isOutlet(input, speaker.actorKey)) return null;
  const previous = input.sentences[sentenceIndex - 1];
  if (!previous || previous.paragraph < sentence.paragraph - 1) return null;
  if (input.excluded.some((r) => previous.start < r.end && previous.end > r.start)) return null;
  if (statements.some((x) => x.evidence.start < previous.end && x.evidence.end > previous.start))
    return null;
  const evidence = trimSpan(text, previous);
  if (wordCount(text.slice(evidence.start, evidence.end)) < 4) return null;
  const quotes = input.quotes.filter((q) => q.start < previous.end && q.end > previous.start);
  const quote = quoteCovering(quotes, evidence);
  return {
    cue,
    statement: buildStatement(input, {
      speaker,
      cue: verb,
      evidence: quote ? quote.inner : evidence,
      direct: quote !== null,
      sources: sentenceSources(input, sentence, cues),
      sentence,
    }),
  };
}

/** "За диалог выступил и альянс", "Против санкций выступили X": the stance's object stands before the verb. */
const RU_PREPOSED_STANCE =
  /^(?:(За)|Против)\s+[^,.;:!?]{1,120}?\s+(?:(?:также|тоже|уже|ранее|вновь)\s+)?(?:выступил[аио]?|высказал[аио]?с[ья])(?![\p{L}])/u;

/** A Russian stance verb whose object and "за"/"против" open the sentence, its subject after the verb. */
export function preposedStance(
  input: AttributionInput,
  sentence: Sentence,
  sources: readonly Mention[],
): RawStatement | null {
  if (input.language !== "ru") return null;
  const { text } = input;
  const m = RU_PREPOSED_STANCE.exec(text.slice(sentence.start, sentence.end));
  if (!m) return null;
  const verbEnd = sentence.start + m[0].length;
  const speaker = invertedSubject(input, sentence, verbEnd);
  if (!speaker || isOutlet(input, speaker.actorKey)) return null;
  const verbStart = verbEnd - (/\S+$/u.exec(m[0])?.[0].length ?? 0);
  const entry: CueEntry = {
    lemma: m[1] ? "выступить за" : "выступить против",
    class: "stance",
    polarity: m[1] ? 1 : -1,
    forms: [],
  };
  return buildStatement(input, {
    speaker,
    cue: { start: verbStart, end: verbEnd, entry, future: false },
    evidence: trimSpan(text, {
      start: sentence.start,
      end: clauseEnd(input, sentence, speaker.end, []),
    }),
    direct: false,
    sources,
    sentence,
  });
}

/** A sentence opening on what is said ("О готовности помочь заявили ...", "О планах ..."), not on "об этом". */
const RU_TOPIC_OPENING =
  /^(?:О|Об|Обо)\s+(?!(?:этом|том|чём|чем|нём|ней|них|себе)(?![\p{L}]))\p{Ll}/u;
/** What joins the members of a coordinated subject: ", ", " и ", " а также ". */
const RU_JOINED = /^\s*(?:,\s*|\s(?:и|а\s+также)\s+)$/u;

/**
 * «О готовности направить корабли заявили Финляндия и Великобритания»: the sentence opens on the
 * topic of a verb of saying whose subject follows it. Returns the last member of that subject (the
 * earlier ones are found as its coordinated partners); the words are the topic before the verb.
 */
export function topicFrontedSubject(
  input: AttributionInput,
  sentence: Sentence,
  cue: CueHit,
): Mention | null {
  if (input.language !== "ru" || cue.entry.class !== "speech") return null;
  const { text, mentions } = input;
  const lead = text.slice(sentence.start, cue.start);
  if (!RU_TOPIC_OPENING.test(lead) || /[,;:—–«»"]/u.test(lead)) return null;
  let subject = invertedSubject(input, sentence, cue.end);
  if (!subject) return null;
  for (let k = mentions.indexOf(subject) + 1; k > 0 && k < mentions.length; k++) {
    const next = mentions[k] as Mention;
    if (next.end > sentence.end || !RU_JOINED.test(text.slice(subject.end, next.start))) break;
    subject = next;
  }
  return subject;
}
