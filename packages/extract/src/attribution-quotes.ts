/**
 * Quotations around an attribution: one that closes before its subject, one the attribution
 * interrupts, a long one held sentence by sentence, one whose opening mark was dropped, and one with
 * no cue that continues an earlier speaker.
 */
import { clauseStartBefore } from "./attribution-clauses.js";
import {
  type AttributionInput,
  type RawStatement,
  trimSpan,
  wordCount,
} from "./attribution-shared.js";
import { buildStatement, findHedges, sentenceSources } from "./attribution-statement.js";
import { lastStartingAtOrBefore } from "./spans.js";
import type { Mention, Quote, Sentence, Span } from "./types.js";

/** “...,” <subject> said: the quotation that ends right before the subject. */
export function quoteBeforeSubject(
  input: AttributionInput,
  sentence: Sentence,
  subject: Mention,
  quotes: readonly Quote[],
): Span | null {
  if (subject.end <= subject.start) return null;
  const quote = quotes.find(
    (q) =>
      q.end <= subject.start &&
      /^[\s,—–-]*(?:the\s+)?$/iu.test(input.text.slice(q.end, subject.start)),
  );
  if (!quote) return null;
  // A quotation of several sentences opens in an earlier sentence of the same paragraph.
  const opening = input.sentences.find(
    (s) => s.paragraph === sentence.paragraph && quote.start >= s.start - 2 && quote.start < s.end,
  );
  if (!opening) return null;
  // A quotation inside a clause ("the Kremlin is “open to ...”, the sources said") leaves the clause as content.
  const opener = input.text.slice(clauseStartBefore(input, opening, quote.start), quote.start);
  return /^[\s“"«]*$/u.test(opener) ? { start: quote.start, end: quote.end } : null;
}

/** A quotation's sentence this short ("Seven years is tomorrow.") backs the one before it. */
const SHORT_QUOTE_SENTENCE = 7;

/**
 * A quotation of several sentences holds one position per sentence; a short sentence joins the one
 * before it ("They cheated. Records show it."), and a question takes no position of its own.
 */
export function quoteSentences(input: AttributionInput, quote: Quote): Span[] {
  const { text } = input;
  const inner = quote.inner;
  const parts: Span[] = [];
  for (const s of input.sentences) {
    if (s.start >= inner.end || s.end <= inner.start) continue;
    const part = trimSpan(text, {
      start: Math.max(s.start, inner.start),
      end: Math.min(s.end, inner.end),
    });
    const words = wordCount(text.slice(part.start, part.end));
    const previous = parts.at(-1);
    if (previous && words < SHORT_QUOTE_SENTENCE) previous.end = part.end;
    else if (words >= 3) parts.push(part);
  }
  if (parts.length === 0) return [inner];
  // A run of questions ("Was it X? Maybe Y? Or Z?") weighs possibilities; one question may be rhetorical.
  const claims = parts.filter((p) => !/\?[’'"”»]?$/u.test(text.slice(p.start, p.end)));
  if (claims.length === 0) return parts.length > 1 ? [] : [inner];
  return parts.length > 1 ? claims : [inner];
}

/**
 * “A,” X said, “B”: a quotation the attribution interrupts goes on after it. The resumed part, if
 * the first part breaks off at a comma and the second opens right after the attribution.
 */
export function resumedQuote(
  input: AttributionInput,
  first: Quote,
  attributionEnd: number,
  quotes: readonly Quote[],
): Quote | null {
  const { text } = input;
  const breaksOff =
    /,\s*$/u.test(text.slice(first.inner.start, first.inner.end)) ||
    /^\s*,/u.test(text.slice(first.end, first.end + 2));
  if (!breaksOff || attributionEnd <= first.end) return null;
  return (
    quotes.find(
      (q) =>
        q !== first &&
        q.start >= attributionEnd &&
        /^[\s,:]*$/u.test(text.slice(attributionEnd, q.start)) &&
        q.inner.end > q.inner.start,
    ) ?? null
  );
}

/** Paragraphs an unopened quotation may have run over before the one that closes it. */
const UNOPENED_REACH = 3;
const QUOTE_MARK = /[“”"«»„]/u;

/**
 * Finds the first sentence holding a position: by bisection when the sentences come in order without
 * overlap, as the segmenter gives them, else by scanning them all.
 */
function sentenceFinder(sentences: readonly Sentence[]): (pos: number) => Sentence | undefined {
  const ordered = sentences.every(
    (s, k) => s.end >= s.start && (k === 0 || s.start >= (sentences[k - 1] as Sentence).end),
  );
  if (!ordered) return (pos) => sentences.find((x) => pos >= x.start && pos < x.end);
  return (pos) => {
    const s = sentences[lastStartingAtOrBefore(sentences, pos)];
    return s && pos < s.end ? s : undefined;
  };
}

/**
 * Sources with one sentence per line may drop a quotation's opening mark: a paragraph that opens with
 * the speaker's words and closes them (“..., ” — said X) with no opening mark continues a quotation
 * begun in the paragraphs above it that hold no quotation mark at all. Each is the speaker's.
 */
export function unopenedQuotations(
  input: AttributionInput,
  statements: readonly RawStatement[],
): RawStatement[] {
  const { text, sentences } = input;
  const out: RawStatement[] = [];
  // Each paragraph's first and last sentence, gathered once: looking them up per statement made a
  // long document quadratic.
  const firstOf = new Map<number, Sentence>();
  const lastOf = new Map<number, Sentence>();
  for (const s of sentences) {
    if (!firstOf.has(s.paragraph)) firstOf.set(s.paragraph, s);
    lastOf.set(s.paragraph, s);
  }
  const paragraphSpan = (p: number): Span | null => {
    const first = firstOf.get(p);
    const last = lastOf.get(p);
    return first && last ? { start: first.start, end: last.end } : null;
  };
  const sentenceAt = sentenceFinder(sentences);
  const done = new Set<number>();
  for (const s of statements) {
    if (!s.cue) continue;
    const sentence = sentenceAt(s.evidence.start);
    if (!sentence || done.has(sentence.paragraph)) continue;
    const para = paragraphSpan(sentence.paragraph);
    if (!para || s.evidence.start > para.start + 1) continue;
    // The paragraph's first quotation mark closes: it follows a word and precedes the attribution.
    const head = text.slice(para.start, para.end);
    const mark = head.search(QUOTE_MARK);
    if (mark < 1 || /\s/u.test(head[mark - 1] ?? " ")) continue;
    if (para.start + mark < s.evidence.end - 1) continue;
    if (!/^[”"»]\s*[,.]?\s*[—–-]?\s*[,]?\s*\p{L}/u.test(head.slice(mark))) continue;
    done.add(sentence.paragraph);
    for (let p = sentence.paragraph - 1; p >= sentence.paragraph - UNOPENED_REACH; p--) {
      const span = paragraphSpan(p);
      if (!span) break;
      const body = text.slice(span.start, span.end);
      if (QUOTE_MARK.test(body) || wordCount(body) < 4 || !/[.!?…]$/u.test(body.trimEnd())) break;
      if (input.excluded.some((r) => span.start < r.end && span.end > r.start)) break;
      const first = firstOf.get(p);
      if (!first) break;
      out.push({
        ...s,
        evidence: trimSpan(text, span),
        mode: "direct_quote",
        hedges: findHedges(input, first, [s.holder]),
        confidence: Math.min(s.confidence, 0.6),
      });
    }
  }
  return out;
}

/** Right after a quotation, a verb of saying and a speaker who is no pronoun: “...,” said the X. */
const INVERTED_SPEAKER =
  /^[\s,]*(?:[—–-]\s*)?(?:said|says|added|adds|told|wrote|writes|asked|insisted|warned|stressed|noted|explained|claimed|argued)\s+(?!(?:he|she|they|it|we|i|you|him|her|them)(?![\p{L}]))(?:the\s+|a\s+|an\s+)?\p{L}/iu;

function namedSpeakerAfter(input: AttributionInput, quote: Quote): boolean {
  if (input.language != null && input.language !== "en") return false;
  return INVERTED_SPEAKER.test(input.text.slice(quote.end, quote.end + 40));
}

/**
 * Quotations no cue claimed continue the paragraph's (or the previous paragraph's) last speaker.
 * Appends them to `statements`, each checked against those found before it.
 */
export function continuingQuotations(
  input: AttributionInput,
  statements: RawStatement[],
  usedQuotes: ReadonlySet<Quote>,
  lastSpeaker: ReadonlyMap<number, readonly { key: string; sentence: number }[]>,
  isExcluded: (span: Span) => boolean,
): void {
  const { text } = input;
  for (const quote of input.quotes) {
    if (usedQuotes.has(quote) || isExcluded(quote)) continue;
    const words = wordCount(text.slice(quote.inner.start, quote.inner.end));
    if (words < 4 || quoteSentences(input, quote).length === 0) continue;
    const sentenceIndex = input.sentences.findIndex(
      (s) => quote.start >= s.start && quote.start < s.end,
    );
    const sentence = input.sentences[sentenceIndex];
    if (!sentence) continue;
    // "“...,” said the electoral commission": a quotation whose own speaker is named but is no known
    // actor is that speaker's, not the last one's.
    if (namedSpeakerAfter(input, quote)) continue;
    if (
      statements.some(
        (s) => s.evidence.start < quote.inner.end && s.evidence.end > quote.inner.start,
      )
    )
      continue;
    // The latest speaker up to the quotation's sentence: one named later in the paragraph has not spoken yet.
    const before = (paragraph: number) =>
      (lastSpeaker.get(paragraph) ?? []).filter((x) => x.sentence <= sentenceIndex).at(-1);
    // Else the paragraph's next speaker: a quotation often comes first and its speaker in the next sentence.
    const next = (lastSpeaker.get(sentence.paragraph) ?? []).find(
      (x) => x.sentence > sentenceIndex,
    );
    // A pull quote standing alone as a subheading repeats words attributed further down: theirs.
    const pulled = pullQuoteSpeaker(input, sentence, quote, statements);
    const speaker = pulled
      ? { key: pulled, sentence: sentenceIndex }
      : (before(sentence.paragraph) ?? next ?? before(sentence.paragraph - 1));
    if (!speaker || sentenceIndex - speaker.sentence > 3) continue;
    const mention: Mention = {
      start: quote.start,
      end: quote.start,
      actorKey: speaker.key,
      via: "pronoun",
    };
    // A quotation running on over a paragraph break: one statement per sentence, as when its
    // speaker is named (within a paragraph, the quotation stays whole).
    const pieces = text.slice(quote.inner.start, quote.inner.end).includes("\n")
      ? quoteSentences(input, quote).map((p) =>
          trimSpan(text, { start: p.start + openingMark(text, p), end: p.end }),
        )
      : [quote.inner];
    for (const evidence of pieces)
      statements.push({
        ...buildStatement(input, {
          speaker: mention,
          cue: null,
          evidence,
          direct: true,
          sources: sentenceSources(input, sentence, []),
          sentence,
        }),
        confidence: 0.6,
      });
  }
}

/** Letters and digits only, lower-cased: the same words whatever their punctuation and case. */
function bareWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The holder of a later statement that repeats a quotation standing alone on its own line (a pull
 * quote used as a subheading: "« Piracy, plain and simple »" above the paragraph that attributes it).
 */
function pullQuoteSpeaker(
  input: AttributionInput,
  sentence: Sentence,
  quote: Quote,
  statements: readonly RawStatement[],
): string | null {
  const { text } = input;
  if (text.slice(sentence.start, sentence.end).trim() !== text.slice(quote.start, quote.end).trim())
    return null;
  const words = bareWords(text.slice(quote.inner.start, quote.inner.end));
  if (words === "") return null;
  const later = statements
    .filter((s) => s.evidence.start >= quote.end)
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .find((s) => bareWords(text.slice(s.evidence.start, s.evidence.end)).includes(words));
  return later?.holder ?? null;
}

/** The length of a quotation mark opening a span, as a new paragraph of a running quotation has. */
function openingMark(text: string, span: Span): number {
  return /^[“"«„‘]/u.test(text.slice(span.start, span.end)) ? 1 : 0;
}
