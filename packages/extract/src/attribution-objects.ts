/**
 * Objects that carry a verb's position with them: quoted words that name the object ("called the
 * plan “a disgrace”", «назвал план „ошибкой“») and a pointer back to what was said before ("Kyiv
 * denies this", «Киев это отрицает», "ce que Kiev dément").
 */
import { clauseStartBefore } from "./attribution-clauses.js";
import { type AttributionInput, type CueHit, trimSpan } from "./attribution-shared.js";
import type { Mention, Quote, Sentence, Span } from "./types.js";

/** An object that only points back, right after the verb: "denies this", "rejected the claims", «отрицает это». */
const POINTER_AFTER =
  /^\s+(?:this|that|it|them|these\s+(?:claims|reports|allegations|accusations)|the\s+(?:claims?|reports?|allegations?|accusations?)|cela|ceci|это|этого)(?=\s*(?:[,.;!?]|$|(?:and|but|et|mais|и|а|но)\s))/iu;
/** The same before the verb: a French clitic or Russian «это» ("Kiev le dément", «Киев это отрицает»). */
const POINTER_BETWEEN = /^\s+(?:le|l['’]|это|этого)\s*$/iu;
/** A French relative that points back: "..., ce que Kiev dément." */
const POINTER_RELATIVE = /(?<![\p{L}])ce\s+qu(?:e\s+|['’]\s*)(?:(?:le|la|les)\s+|l['’])?$/iu;
/** What may follow such a verb: the clause's end. */
const CLAUSE_CLOSES = /^\s*(?:[,.;!?)]|$|(?:and|but|et|mais|и|а|но)\s)/iu;

/**
 * A verb of support or rejection whose object only points back to what was said before ("Kyiv denies
 * this", "ce que Kiev dément", «Киев это отрицает»): its words are the holder, the verb and the pointer,
 * the holder's stance on the claim before; nothing after them is reported.
 */
export function pointingStance(
  input: AttributionInput,
  sentence: Sentence,
  cue: CueHit,
  subject: Mention,
): Span | null {
  const { text } = input;
  const polarity = cue.polarity ?? cue.entry.polarity;
  if (polarity === 0 || subject.end <= subject.start || subject.end > cue.start) return null;
  const after = text.slice(cue.end, sentence.end);
  const pointer = POINTER_AFTER.exec(after);
  if (pointer) return { start: subject.start, end: cue.end + pointer[0].length };
  if (!CLAUSE_CLOSES.test(after)) return null;
  if (POINTER_BETWEEN.test(text.slice(subject.end, cue.start)))
    return { start: subject.start, end: cue.end };
  const relative = POINTER_RELATIVE.exec(
    text.slice(Math.max(sentence.start, subject.start - 12), subject.start),
  );
  if (relative && /^\s*$/u.test(text.slice(subject.end, cue.from ?? cue.start)))
    return { start: subject.start - relative[0].length, end: cue.end };
  return null;
}

/**
 * What a verb of naming says: the verb, its object and the quoted words that name it ("called the plan
 * “a disgrace”", «назвал планы Москвы «эскалацией»»). When the object stands before the verb («В X
 * решение назвали «пиратством»»), the words start with the subject.
 */
export function namingContent(
  input: AttributionInput,
  sentence: Sentence,
  cue: CueHit,
  subject: Mention,
  quotes: readonly Quote[],
): Span | null {
  const { text } = input;
  const quote = quotes.find((q) => q.start >= cue.end && q.start < sentence.end);
  if (!quote || /[,;:]/u.test(text.slice(cue.end, quote.start))) {
    const named = namedInInstrumental(input, cue.end, sentence.end);
    return named === null ? null : { start: cue.from ?? cue.start, end: named };
  }
  const objectBefore = /^\s*$/u.test(text.slice(cue.end, quote.start));
  const start = !objectBefore
    ? (cue.from ?? cue.start)
    : subject.end > subject.start && subject.end <= cue.start
      ? subject.start
      : clauseStartBefore(input, sentence, cue.start);
  return trimSpan(text, { start, end: Math.min(quote.end, sentence.end) });
}

/**
 * A Russian name given in the instrumental without quotation marks: «назвал обвинения голословными»,
 * «назвали произошедшее возможной диверсией». Up to five words after the verb, none a preposition or
 * a conjunction, the last in an instrumental ending. Returns where that word ends.
 */
const RU_NAMED_INSTRUMENTAL =
  /^(?:\s+(?!(?:с|со|под|над|перед|между|за|в|во|на|о|об|по|к|и|а|но|что|как|его|её|ее|их)\s)[\p{L}-]+){0,4}?\s+[\p{L}-]{3,}(?:ыми|ими|ами|ями|ым|им|ой|ей|ом|ем|ью)(?=\s*[.,;!?)]|\s*$)/iu;

export function namedInInstrumental(
  input: AttributionInput,
  from: number,
  end: number,
): number | null {
  if (input.language !== "ru") return null;
  const m = RU_NAMED_INSTRUMENTAL.exec(input.text.slice(from, end));
  return m ? from + m[0].length : null;
}
