/** Stage 3: splits a document into paragraphs, sentences, tokens and quotations, with offsets into the text. */
import model from "wink-eng-lite-web-model";
import winkNLP, { type WinkMethods } from "wink-nlp";
import { lastStartingAtOrBefore } from "./spans.js";
import type { Paragraph, Quote, Segmentation, Sentence, Span, Token } from "./types.js";

export interface SegmentOptions {
  /** BCP 47 language of the text; English goes through wink-nlp, anything else through `Intl.Segmenter`. */
  language: string | null;
  /** Ranges to leave out; a paragraph lying wholly inside one is skipped. */
  excluded: Span[];
  /**
   * Tag English tokens with parts of speech (`Token.pos`); off by default, since tagging costs
   * about as much again as the rest of segmentation. Untagged tokens carry `X`.
   */
  pos?: boolean;
}

/**
 * A sentence whose paragraph starts with a subhead glued onto it by a scraper
 * ("Talks ready to resume in Geneva The minister said ..."): `headline` is the subhead's range.
 * The sentence itself is not split, so its offsets stay those of the text.
 */
export interface SegmentedSentence extends Sentence {
  headline?: Span;
}

export interface SegmentResult extends Segmentation {
  sentences: SegmentedSentence[];
}

/** Splits `text` into paragraphs (one per line), sentences with tokens, and quotations. */
export function segment(text: string, opts: SegmentOptions): SegmentResult {
  const paragraphs = splitParagraphs(text, opts.excluded);
  const scan = scanQuotes(text, paragraphs);
  const english = isEnglish(opts.language, text, paragraphs);
  const lang = english ? "en" : primaryLanguage(opts.language);
  const sentences: SegmentedSentence[] = [];
  const counts: number[] = [];
  const byParagraph = english
    ? parseEnglish(text, paragraphs, scan.closers, opts.pos === true)
    : null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Paragraph;
    const before = sentences.length;
    const parsed = byParagraph?.[p] ?? parseIntl(text, para, opts.language ?? undefined);
    const starts = byParagraph ? parsed.starts : fixBoundaries(parsed, scan.closers, lang);
    buildSentences(parsed, starts, p, english, sentences);
    counts.push(sentences.length - before);
  }
  const glued = english ? markGluedHeadlines(text, sentences) : new Set<number>();
  markHeadlines(text, paragraphs, counts, glued);
  return { paragraphs, sentences, quotes: scan.quotes };
}

/** The sentence containing `offset`, or null when the offset falls between sentences. */
export function sentenceAt(seg: Segmentation, offset: number): Sentence | null {
  const i = lastStartingAtOrBefore(seg.sentences, offset);
  const s = i >= 0 ? seg.sentences[i] : undefined;
  return s && offset < s.end ? s : null;
}

/**
 * The quotes overlapping `span` ("overlap", the default: a quote running over several sentences
 * is returned for each of them) or lying wholly inside it ("within"), in text order.
 */
export function quotesIn(
  seg: Segmentation,
  span: Span,
  how: "overlap" | "within" = "overlap",
): Quote[] {
  const out: Quote[] = [];
  for (const q of seg.quotes) {
    if (q.start >= span.end && !(q.start === span.start && span.start === span.end)) break;
    if (how === "within") {
      if (q.start >= span.start && q.end <= span.end) out.push(q);
    } else if (overlaps(q, span)) out.push(q);
  }
  return out;
}

/** The sentence's tokens overlapping `span`, in order. */
export function tokensIn(sentence: Sentence, span: Span): Token[] {
  const tokens = sentence.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!overlaps(t, span)) break;
    out.push(t);
  }
  return out;
}

function overlaps(a: Span, b: Span): boolean {
  if (b.start === b.end) return a.start <= b.start && b.start < a.end;
  return a.start < b.end && a.end > b.start;
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

const LINE_BREAK = /[\n\r\u2028\u2029]/g;

function splitParagraphs(text: string, excluded: readonly Span[]): Paragraph[] {
  const out: Paragraph[] = [];
  const n = text.length;
  LINE_BREAK.lastIndex = 0;
  for (let i = 0; i < n; ) {
    const lineEnd = LINE_BREAK.exec(text)?.index ?? n;
    let start = i;
    let end = lineEnd;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start && !inside(excluded, start, end)) out.push({ start, end, headline: false });
    i = lineEnd + 1;
  }
  return out;
}

function inside(excluded: readonly Span[], start: number, end: number): boolean {
  for (const e of excluded) if (e.start <= start && end <= e.end) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Tokens and sentence starts, per paragraph

interface Parsed {
  tokens: Token[];
  /** Token indices where a sentence starts; always begins with 0. */
  starts: number[];
}

let tokeniser: WinkMethods | undefined;
let tagger: WinkMethods | undefined;

/**
 * The wink instances, built once per process (building one decodes the model). wink tokenises;
 * sentence boundaries come from the rules below, which also cover the cases wink's own detector
 * gets wrong, at a fraction of its cost. Tagging parts of speech halves wink's speed, so it is
 * only done on request.
 */
function englishNlp(tagged: boolean): WinkMethods {
  if (tagged) {
    tagger ??= winkNLP(model, ["pos"]);
    return tagger;
  }
  tokeniser ??= winkNLP(model, []);
  return tokeniser;
}

function skippable(value: string): boolean {
  const c = value.charCodeAt(0);
  return (c <= 32 || c >= 0x80) && SKIPPABLE.test(value);
}

const SKIPPABLE = /^[\s\p{Cf}]*$/u;

/** One wink pass over the whole text; its tokens are dealt to the paragraphs they fall in. */
function parseEnglish(
  text: string,
  paragraphs: readonly Paragraph[],
  closers: ReadonlySet<number>,
  tagged: boolean,
): Parsed[] {
  const byParagraph: Token[][] = paragraphs.map(() => []);
  if (paragraphs.length > 0) {
    const nlp = englishNlp(tagged);
    const all = nlp.readDoc(text).tokens();
    const values = all.out(nlp.its.value) as string[];
    const tags = tagged ? (all.out(nlp.its.pos) as string[]) : null;
    let p = 0;
    let para = paragraphs[0] as Paragraph;
    let own = byParagraph[0] as Token[];
    let cursor = 0;
    for (let k = 0; k < values.length; k++) {
      let value = values[k] as string;
      // Line breaks and tabs come as tokens of their own; the walk below skips them anyway.
      if (isSpaceCode(value.charCodeAt(0))) continue;
      // Walk the text rather than trust wink's precedingSpaces, which folds no-break and
      // zero-width spaces into plain ones; each token is checked against the text anyway.
      let at = skipSpaces(text, cursor);
      if (!text.startsWith(value, at)) {
        at = locate(text, value, cursor);
        if (at < 0) {
          // wink altered the token's text: take as many characters from the text instead.
          at = skipSpaces(text, cursor);
          value = text.slice(at, Math.min(text.length, at + Math.max(1, value.length)));
        }
      }
      cursor = at + value.length;
      if (value === "" || skippable(value)) continue;
      while (at >= para.end && p < paragraphs.length - 1) {
        para = paragraphs[++p] as Paragraph;
        own = byParagraph[p] as Token[];
      }
      // Outside every paragraph: a line left out as excluded.
      if (at < para.start || at >= para.end) continue;
      if (cursor > para.end) value = text.slice(at, para.end);
      own.push({
        start: at,
        end: at + value.length,
        value,
        normal: normalise(value, values[k + 1]),
        pos: tags?.[k] ?? "X",
      });
    }
  }
  return byParagraph.map((tokens) => ({ tokens, starts: englishStarts(tokens, closers) }));
}

/** Lowercase, with the negation clitic and its hosts spelt out ("ca" "n't" -> "can" "not"). */
function normalise(value: string, next: string | undefined): string {
  const lower = value.toLowerCase();
  if (lower === "n't" || lower === "n’t") return "not";
  if (next === undefined || !(next === "n't" || next === "n’t" || next === "N'T")) return lower;
  return lower === "ca" ? "can" : lower === "wo" ? "will" : lower === "sha" ? "shall" : lower;
}

/**
 * Capitalised words that open sentences: after an abbreviation that could also end one
 * ("in the U.S. He said", "Apple Inc. The company"), they show that it did.
 */
const SENTENCE_STARTERS = new Set(
  "A An And As At But He Her His However I If In It Its Meanwhile My No Now On Our She So Some That The Their Then There These They This Those We What When While Yet You".split(
    " ",
  ),
);

/**
 * English sentence starts within one paragraph. A sentence ends at . ! or ? (with any closing
 * quotes and brackets after it) when the next word is not lowercase ('"Why?" he asked' goes on,
 * though a bare period, a space and a lowercase word is taken for a sentence with a typo) and is
 * not glued to it ("example.com"); at an abbreviation wink kept whole ("U.S.", "no."),
 * only before a closing quote or a typical sentence opener, and never after a title or initial.
 * An ellipsis is a pause, not an end, as wink also takes it.
 */
function englishStarts(tokens: readonly Token[], closers: ReadonlySet<number>): number[] {
  const starts = [0];
  const n = tokens.length;
  for (let i = 0; i < n - 1; i++) {
    const t = tokens[i] as Token;
    const v = t.value;
    const c = v.charCodeAt(v.length - 1);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x203d) continue;
    const terminal = TERMINAL.test(v);
    if (terminal ? v.startsWith("..") : v.length < 2 || !LETTERS_THEN_PERIOD.test(v)) continue;
    let j = i + 1;
    while (j < n && isCloser(tokens[j] as Token, closers)) j++;
    if (j >= n) break;
    const next = tokens[j] as Token;
    const word = next.value;
    const glued = next.start === (tokens[j - 1] as Token).end;
    let ends: boolean;
    const opensQuote =
      QUOTE_CHARS.has(word) && !closers.has(next.start) && UPPER.test(tokens[j + 1]?.value ?? "");
    if (LOWER.test(word)) {
      // A bare period, a space and a lowercase word: a new sentence with a typo, unless the
      // period closes a short word wink does not know as an abbreviation ("bln.", "Pres.").
      ends =
        v === "." && j === i + 1 && !glued && i > 0 && (tokens[i - 1] as Token).value.length > 4;
    } else if (terminal) {
      ends = glued ? UPPER.test(word) || opensQuote : !(v === "." && numbered(tokens, i, word));
    } else {
      const abbreviation = v.slice(0, -1);
      const title = TITLES.en?.has(abbreviation.toLowerCase()) || /^\p{Lu}$/u.test(abbreviation);
      const quoted = j > i + 1 && !glued;
      ends =
        !title && (SENTENCE_STARTERS.has(word) || (quoted && (UPPER.test(word) || opensQuote)));
    }
    if (ends) {
      starts.push(j);
      i = j - 1;
    }
  }
  return starts;
}

/** "Vol. 2", "Fig. 3": a short capitalised word, a period and a number, which wink splits. */
function numbered(tokens: readonly Token[], i: number, next: string): boolean {
  const w = tokens[i - 1]?.value ?? "";
  return w.length <= 3 && w !== "May" && /^\p{Lu}\p{Ll}*$/u.test(w) && DIGIT.test(next);
}

function isCloser(t: Token, closers: ReadonlySet<number>): boolean {
  return closers.has(t.start) || CLOSING_BRACKETS.has(t.value);
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

/** Where `value` next occurs at or after `from`, allowing only whitespace or a short gap before it. */
function locate(s: string, value: string, from: number): number {
  const j = skipSpaces(s, from);
  if (s.startsWith(value, j)) return j;
  const k = s.indexOf(value, from);
  return k >= 0 && k - from <= 16 ? k : -1;
}

const segmenters = new Map<string, { sentence: Intl.Segmenter; word: Intl.Segmenter }>();

function intlSegmenters(language: string | undefined) {
  const key = language ?? "";
  let s = segmenters.get(key);
  if (!s) {
    let locale: string | undefined = language;
    try {
      if (locale !== undefined) Intl.getCanonicalLocales(locale);
    } catch {
      locale = undefined;
    }
    s = {
      sentence: new Intl.Segmenter(locale, { granularity: "sentence" }),
      word: new Intl.Segmenter(locale, { granularity: "word" }),
    };
    segmenters.set(key, s);
  }
  return s;
}

function parseIntl(text: string, para: Span, language: string | undefined): Parsed {
  const seg = intlSegmenters(language);
  const local = text.slice(para.start, para.end);
  const tokens: Token[] = [];
  for (const w of seg.word.segment(local)) {
    if (skippable(w.segment)) continue;
    const start = para.start + w.index;
    tokens.push({
      start,
      end: start + w.segment.length,
      value: w.segment,
      normal: w.segment.toLowerCase(),
      pos: "X",
    });
  }
  const starts: number[] = [0];
  let t = 0;
  for (const s of seg.sentence.segment(local)) {
    const at = para.start + s.index;
    while (t < tokens.length && (tokens[t] as Token).start < at) t++;
    if (t > (starts[starts.length - 1] as number) && t < tokens.length) starts.push(t);
  }
  return { tokens, starts };
}

// ---------------------------------------------------------------------------------------------
// Abbreviations, and the corrections Intl.Segmenter's sentence starts need

/** Titles written before a name; a period after one never ends a sentence. Keys: primary language. */
const TITLES: Record<string, ReadonlySet<string>> = {
  en: new Set(
    "mr mrs ms messrs dr prof gov sen sens rep reps gen lt col capt sgt adm cmdr maj brig rev hon pres supt amb atty".split(
      " ",
    ),
  ),
  fr: new Set("m mm mme mmes mlle mlles dr pr me mgr st ste".split(" ")),
  ru: new Set("г-н г-жа гг-н проф акад ген им ул тов св".split(" ")),
  uk: new Set("проф акад ген ім вул".split(" ")),
  de: new Set("hr fr dr prof nr st".split(" ")),
  es: new Set("sr sra srta dr dra d dña".split(" ")),
  it: new Set("sig sigg dott prof on".split(" ")),
};
const NO_TITLES: ReadonlySet<string> = new Set();

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const DIGIT = /^\p{N}/u;
const TERMINAL = /^[.!?…‽]+$/u;
const LETTERS_THEN_PERIOD = /^\p{L}[\p{L}.\-']*\.$/u;
const CLOSING_BRACKETS = new Set([")", "]", "}"]);

/** The word before a sentence-final period ("M" in "M."), when the period follows it directly. */
function abbreviationAt(tokens: readonly Token[], last: number): string | null {
  const t = tokens[last] as Token;
  if (t.value !== "." || last === 0) return null;
  const w = tokens[last - 1] as Token;
  return w.end === t.start && /^\p{L}[\p{L}-]*$/u.test(w.value) ? w.value : null;
}

/**
 * Corrects `Intl.Segmenter`'s sentence starts: a closing mark opening a sentence goes back to the
 * one before ("« Non. » Puis"), and no sentence starts after a title or an initial ("M. Macron",
 * "В. В. Путин"), before a lowercase word ("« C'est clair ! » a-t-il ajouté"), or after a period
 * with no space after it.
 */
function fixBoundaries(parsed: Parsed, closers: ReadonlySet<number>, lang: string): number[] {
  const { tokens, starts } = parsed;
  if (tokens.length === 0) return [];
  const titles = TITLES[lang] ?? NO_TITLES;
  const out: number[] = [0];
  for (let k = 1; k < starts.length; k++) {
    let b = starts[k] as number;
    const next = starts[k + 1] ?? tokens.length;
    while (b < next && isCloser(tokens[b] as Token, closers)) b++;
    if (b >= next) continue;
    const first = tokens[b] as Token;
    let back = b - 1;
    while (back > (out[out.length - 1] as number) && isCloser(tokens[back] as Token, closers)) {
      back--;
    }
    const closed = back < b - 1;
    const abbr = abbreviationAt(tokens, back);
    const glued = (tokens[b - 1] as Token).end === first.start;
    let merge = false;
    if (glued && !UPPER.test(first.value) && !QUOTE_CHARS.has(first.value)) merge = true;
    else if (LOWER.test(first.value)) {
      merge = closed || abbr !== null || !TERMINAL.test((tokens[back] as Token).value);
    } else if (abbr !== null && !closed) {
      merge =
        titles.has(abbr.toLowerCase()) ||
        DIGIT.test(first.value) ||
        (/^\p{Lu}$/u.test(abbr) && UPPER.test(first.value));
    }
    if (!merge) out.push(b);
  }
  return out;
}

function buildSentences(
  parsed: Parsed,
  starts: readonly number[],
  paragraph: number,
  splitFinalAbbreviations: boolean,
  out: SegmentedSentence[],
): void {
  const { tokens } = parsed;
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] as number;
    const to = starts[k + 1] ?? tokens.length;
    if (to <= from) continue;
    const own = from === 0 && to === tokens.length ? tokens : tokens.slice(from, to);
    const last = own[own.length - 1] as Token;
    // wink keeps the period on "no." or "Inc." even when it ends the sentence; give it its own token.
    if (splitFinalAbbreviations && /^\p{L}{2,}\.$/u.test(last.value)) {
      const word = last.value.slice(0, -1);
      own[own.length - 1] = {
        start: last.start,
        end: last.end - 1,
        value: word,
        normal: last.normal.endsWith(".") ? last.normal.slice(0, -1) : word.toLowerCase(),
        pos: last.pos,
      };
      own.push({
        start: last.end - 1,
        end: last.end,
        value: ".",
        normal: ".",
        pos: last.pos === "X" ? "X" : "PUNCT",
      });
    }
    out.push({
      start: (own[0] as Token).start,
      end: (own[own.length - 1] as Token).end,
      paragraph,
      tokens: own,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Headlines

const MINOR_WORDS = new Set(
  "a an the and or nor but for of to in on at by from as with into onto over via vs vs. per up off out than so yet".split(
    " ",
  ),
);
const HEADLINE_MAX_WORDS = 16;
const HEADLINE_MAX_CHARS = 400;
const TITLE_MAX_WORDS = 30;
/** Titles run to about 20 words; a one-sentence lead paragraph is usually longer. */
const FIRST_LINE_MAX_WORDS = 20;

function markHeadlines(
  text: string,
  paragraphs: Paragraph[],
  sentenceCounts: readonly number[],
  glued: ReadonlySet<number>,
) {
  let titleSeen = false;
  let leading = true;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Paragraph;
    // A line this long holds more words than any headline rule allows.
    if (para.end - para.start > HEADLINE_MAX_CHARS) {
      para.headline = false;
      leading = false;
      continue;
    }
    const line = text.slice(para.start, para.end);
    const single = sentenceCounts[p] === 1;
    const open = !endsLikeSentence(line);
    // Most body paragraphs end like sentences and hold several or many words: no need to split them.
    const few = (open || single) && roughWordCount(line, TITLE_MAX_WORDS + 1) <= TITLE_MAX_WORDS;
    const words = few ? line.split(/\s+/).filter((w) => ALNUM.test(w)) : null;
    const count = words?.length ?? Number.POSITIVE_INFINITY;
    // A paragraph holding a glued subhead goes on with body text, so it is no headline itself.
    let headline =
      !glued.has(p) &&
      ((open && count <= HEADLINE_MAX_WORDS) ||
        (single && count <= TITLE_MAX_WORDS && words !== null && isTitleCase(words)));
    // The document's title: its first line, or the first after a run of short furniture lines
    // ("Monday 13 May", "example.com"), when it is one sentence of title length.
    const titleLength = single && count <= FIRST_LINE_MAX_WORDS && !glued.has(p);
    if (!headline && leading && !titleSeen && titleLength) {
      headline = true;
    }
    // Dates and site names before the title have few words of letters; a title has more.
    if (headline && (words?.filter((w) => LETTER.test(w)).length ?? 0) >= 4) titleSeen = true;
    if (!headline) leading = false;
    para.headline = headline;
  }
}

/** Runs of non-spaces in `line`, counting no further than `limit`. */
function roughWordCount(line: string, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length && count < limit; i++) {
    const space = isSpaceCode(line.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

function endsLikeSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (QUOTE_CHARS.has(line[i] as string) || CLOSING_BRACKETS.has(line[i] as string)))
    i--;
  return i >= 0 && ".!?…:;,".includes(line[i] as string);
}

function isTitleCase(words: readonly string[]): boolean {
  let capitalised = 0;
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] as string).replace(/^[^\p{L}\p{N}]+/u, "");
    if (!/^\p{L}/u.test(w)) continue;
    if (UPPER.test(w)) capitalised++;
    else if (i === 0 || !MINOR_WORDS.has(w.replace(/[^\p{L}.]+$/u, "").toLowerCase())) return false;
  }
  return capitalised >= 4;
}

/** Capitalised words that open news sentences but are rarely capitalised inside one. */
const SENTENCE_OPENERS = new Set(
  "The He She They We It Both This These Those Meanwhile However According Earlier Later Asked Speaking Despite While When After Since Last In On".split(
    " ",
  ),
);
const HEADLINE_ENDINGS = new Set(["NOUN", "PROPN", "NUM", "ADJ"]);

/**
 * Finds a sentence-case subhead glued to the first sentence of a paragraph, from a capitalised
 * sentence opener right after a noun ("... war in Ukraine Both leaders have ..."). Only this
 * pattern is marked: a subhead ending in a name before a name ("... plan Russian Foreign Minister")
 * cannot be told apart from running text, and Title Case subheads capitalise their own words.
 */
function markGluedHeadlines(text: string, sentences: SegmentedSentence[]): Set<number> {
  const marked = new Set<number>();
  let previous = -1;
  for (const s of sentences) {
    if (s.paragraph === previous) continue;
    previous = s.paragraph;
    const words = s.tokens;
    const limit = Math.min(words.length - 4, HEADLINE_MAX_WORDS + 1);
    let candidate = false;
    for (let j = 3; j < limit && !candidate; j++) {
      candidate = SENTENCE_OPENERS.has((words[j] as Token).value);
    }
    if (!candidate) continue;
    // Title Case subheads capitalise their own words, so a lowercase word must come first.
    let lowercase = false;
    let tags: ReadonlyMap<number, string> | null = null;
    for (let j = 1; j < limit; j++) {
      const t = words[j] as Token;
      const prev = words[j - 1] as Token;
      const c = t.value.charCodeAt(0);
      if (c === 46 || c === 33 || c === 63 || c === 59 || c === 0x2026) break;
      if (!lowercase && LOWER.test(prev.value) && !MINOR_WORDS.has(prev.value)) lowercase = true;
      if (j < 3 || !lowercase || !SENTENCE_OPENERS.has(t.value) || !/^\p{L}/u.test(prev.value)) {
        continue;
      }
      // Candidates are rare, so their sentence alone is tagged when the tokens carry no tags.
      tags ??= prev.pos === "X" ? tagSentence(text, s) : null;
      const tag = (w: Token) => (tags ? (tags.get(w.start) ?? "X") : w.pos);
      if (!HEADLINE_ENDINGS.has(tag(prev))) continue;
      if (!words.slice(j + 1).some((w) => tag(w) === "VERB" || tag(w) === "AUX")) continue;
      s.headline = { start: s.start, end: prev.end };
      marked.add(s.paragraph);
      break;
    }
  }
  return marked;
}

/** Parts of speech for one sentence's tokens, by start offset. */
function tagSentence(text: string, sentence: Span): Map<number, string> {
  const nlp = englishNlp(true);
  const local = text.slice(sentence.start, sentence.end);
  const tokens = nlp.readDoc(local).tokens();
  const values = tokens.out(nlp.its.value) as string[];
  const tags = tokens.out(nlp.its.pos) as string[];
  const out = new Map<number, string>();
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k] as string;
    const at = locate(local, value, cursor);
    if (at < 0) continue;
    cursor = at + value.length;
    out.set(sentence.start + at, tags[k] ?? "X");
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Quotes

const Family = {
  Double: 0,
  Single: 1,
  Guillemet: 2,
  SingleGuillemet: 3,
  Corner: 4,
  WhiteCorner: 5,
} as const;
type Family = (typeof Family)[keyof typeof Family];

const FAMILY: Record<string, Family> = {
  '"': Family.Double,
  "“": Family.Double,
  "”": Family.Double,
  "„": Family.Double,
  "‟": Family.Double,
  "'": Family.Single,
  "‘": Family.Single,
  "’": Family.Single,
  "‚": Family.Single,
  "‛": Family.Single,
  "«": Family.Guillemet,
  "»": Family.Guillemet,
  "‹": Family.SingleGuillemet,
  "›": Family.SingleGuillemet,
  "「": Family.Corner,
  "」": Family.Corner,
  "『": Family.WhiteCorner,
  "』": Family.WhiteCorner,
};
const QUOTE_CHARS: ReadonlySet<string> = new Set(Object.keys(FAMILY));
const QUOTE_PATTERN = /["'“”„‟‘’‚‛«»‹›「」『』]/g;
const OPEN_CONTEXT = new Set([..."([{<—–-‐/", ...QUOTE_CHARS]);
const CLOSE_CONTEXT = new Set([...".,;:!?)]}>—–-‐/…", ...QUOTE_CHARS]);
/** Words that begin with an apostrophe standing for dropped letters. */
const ELISIONS = new Set(["em", "tis", "twas", "til", "cause", "bout", "n", "nuff", "cos"]);
const ALNUM = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

interface Open {
  char: string;
  family: Family;
  at: number;
}

interface QuoteScan {
  quotes: Quote[];
  /** Offsets of the marks that closed a quote. */
  closers: Set<number>;
}

function scanQuotes(text: string, paragraphs: readonly Paragraph[]): QuoteScan {
  const scanner = new QuoteScanner(text);
  for (let p = 0; p < paragraphs.length; p++) scanner.paragraph(paragraphs, p);
  scanner.quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  return { quotes: scanner.quotes, closers: scanner.closers };
}

class QuoteScanner {
  readonly quotes: Quote[] = [];
  readonly closers = new Set<number>();
  /** Closing marks already matched with an opening mark some paragraphs back. */
  private readonly skip = new Set<number>();
  private stack: Open[] = [];
  private start = 0;
  private end = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  paragraph(paragraphs: readonly Paragraph[], p: number): void {
    const { text } = this;
    const para = paragraphs[p] as Paragraph;
    this.start = para.start;
    this.end = para.end;
    // A quote carried over from the previous paragraph: this paragraph's opening mark only
    // repeats it (the English convention for quotes running over several paragraphs).
    QUOTE_PATTERN.lastIndex = this.stack.length > 0 ? para.start + 1 : para.start;
    for (let m = QUOTE_PATTERN.exec(text); m !== null && m.index < para.end; ) {
      if (!this.skip.has(m.index)) this.mark(m.index, m[0]);
      m = QUOTE_PATTERN.exec(text);
    }
    if (this.stack.length > 0) this.finish(paragraphs, p);
  }

  private charAt(i: number): string {
    return i >= this.start && i < this.end ? (this.text[i] as string) : "";
  }

  private mark(i: number, c: string): void {
    const family = FAMILY[c] as Family;
    const prev = this.charAt(i - 1);
    const next = this.charAt(i + 1);
    const left = !isBlank(next) && (isBlank(prev) || OPEN_CONTEXT.has(prev));
    const right = !isBlank(prev) && (isBlank(next) || CLOSE_CONTEXT.has(next));
    switch (c) {
      case '"': {
        const k = this.pending(family);
        if (left && !right) this.open(c, family, i);
        else if (right && !left) {
          if (k >= 0) this.close(k, i);
        } else if (k >= 0) this.close(k, i);
        else if (!isBlank(next)) this.open(c, family, i);
        return;
      }
      case "“":
      case "‘": {
        const k = this.pending(family);
        const low = c === "“" ? "„" : "‚";
        if (k >= 0 && ((this.stack[k] as Open).char === low || (right && !left))) this.close(k, i);
        else if (c === "‘" && this.apostrophe(i, prev, next, left)) {
          // "‘90s" typed with an opening mark.
        } else if (!isBlank(next) && !(right && !left)) this.open(c, family, i);
        return;
      }
      case "”": {
        const k = this.pending(family);
        if (k >= 0) this.close(k, i);
        else if (left && !right) this.open(c, family, i);
        return;
      }
      case "'":
      case "’": {
        if (this.apostrophe(i, prev, next, left)) {
          // "rock 'n' roll": the second mark is an apostrophe too.
          if (/^['’][nN]['’](?:\s|$)/u.test(this.text.slice(i, i + 4))) {
            QUOTE_PATTERN.lastIndex = i + 3;
          }
          return;
        }
        const k = this.pending(family);
        if (right && !left) {
          if (k >= 0) this.close(k, i);
        } else if (left && !right) this.open(c, family, i);
        else if (k >= 0 && (isBlank(prev) || isBlank(next))) this.close(k, i);
        return;
      }
      case "„":
      case "‟":
      case "‛":
        if (!isBlank(next)) this.open(c, family, i);
        return;
      case "‚":
        if (isBlank(prev) && !isBlank(next)) this.open(c, family, i);
        return;
      case "«":
      case "‹": {
        // Reversed guillemets (»…«, Danish and German) close with the mark that opens elsewhere.
        const k = this.pending(family, c === "«" ? "»" : "›");
        if (k >= 0) this.close(k, i);
        else this.open(c, family, i);
        return;
      }
      case "»":
      case "›": {
        const k = this.pending(family, c === "»" ? "«" : "‹");
        if (k >= 0) this.close(k, i);
        else if (left && !right) this.open(c, family, i);
        return;
      }
      case "「":
      case "『":
        this.open(c, family, i);
        return;
      default: {
        const k = this.pending(family);
        if (k >= 0) this.close(k, i);
      }
    }
  }

  /** The stack index of the innermost open quote of `family` (and of opening mark `char`), or -1. */
  private pending(family: Family, char?: string): number {
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const o = this.stack[k] as Open;
      if (o.family === family) return char === undefined || o.char === char ? k : -1;
    }
    return -1;
  }

  private open(char: string, family: Family, at: number): void {
    this.stack.push({ char, family, at });
  }

  /** Closes stack entry `k` at mark `i`; marks opened inside it and never closed are dropped. */
  private close(k: number, i: number): void {
    const o = this.stack[k] as Open;
    this.stack.length = k;
    const inner = trimSpan(this.text, o.at + 1, i);
    if (inner.end > inner.start) {
      this.quotes.push({ start: o.at, end: i + 1, inner, balanced: true });
      this.closers.add(i);
    }
  }

  /** An apostrophe rather than a quote mark: inside a word, before a decade, or an elision. */
  private apostrophe(i: number, prev: string, next: string, left: boolean): boolean {
    if (prev !== "" && next !== "" && ALNUM.test(prev) && ALNUM.test(next)) return true;
    if (!left) return false;
    const rest = this.text.slice(i + 1, Math.min(this.end, i + 8));
    if (/^\d\d(?:s\b|\b)/u.test(rest)) return true;
    const word = /^\p{L}+/u.exec(rest)?.[0];
    if (word === undefined || !ELISIONS.has(word.toLowerCase())) return false;
    const after = rest.charAt(word.length);
    return after === "" || !ALNUM.test(after);
  }

  /** Quotes still open at the end of paragraph `p`: carried over, closed late, or unbalanced. */
  private finish(paragraphs: readonly Paragraph[], p: number): void {
    const { text } = this;
    // Straight and right single marks left open were most likely apostrophes after all.
    const kept = this.stack.filter(
      (o) => o.family !== Family.Single || (o.char !== "'" && o.char !== "’"),
    );
    const outer = kept[0];
    const following = paragraphs[p + 1];
    const lead = following ? (text[following.start] as string) : "";
    const continues = outer !== undefined && FAMILY[lead] === outer.family && opensHere(lead);
    const late = outer && !continues ? lateCloser(text, paragraphs, p, outer) : -1;
    if (outer && late >= 0) {
      const inner = trimSpan(text, outer.at + 1, late);
      this.quotes.push({ start: outer.at, end: late + 1, inner, balanced: true });
      this.closers.add(late);
      this.skip.add(late);
    }
    for (const o of kept) {
      if ((continues || late >= 0) && o === outer) continue;
      const inner = trimSpan(text, o.at + 1, this.end);
      if (inner.end > inner.start) {
        this.quotes.push({ start: o.at, end: this.end, inner, balanced: false });
      }
    }
    this.stack = continues && outer ? [outer] : [];
  }
}

function isBlank(c: string): boolean {
  return c === "" || isSpaceCode(c.charCodeAt(0));
}

const LATE_CLOSER_REACH = 3;

/**
 * A quote left open at the end of paragraph `p` that a lone closing mark ends a few paragraphs
 * later, with no mark of its kind in between: sources with one sentence per line break a quoted
 * passage without repeating the opening mark. Returns the closing mark's offset, or -1.
 */
function lateCloser(text: string, paragraphs: readonly Paragraph[], p: number, open: Open): number {
  if (open.family === Family.Single) return -1;
  const last = Math.min(paragraphs.length - 1, p + LATE_CLOSER_REACH);
  for (let q = p + 1; q <= last; q++) {
    const para = paragraphs[q] as Paragraph;
    for (let i = para.start; i < para.end; i++) {
      const c = text[i] as string;
      if (FAMILY[c] !== open.family) continue;
      const prev = i > para.start ? (text[i - 1] as string) : "";
      const next = i + 1 < para.end ? (text[i + 1] as string) : "";
      const blankPrev = prev === "" || isSpaceCode(prev.charCodeAt(0));
      const blankNext = next === "" || isSpaceCode(next.charCodeAt(0));
      const closes = !blankPrev && (blankNext || CLOSE_CONTEXT.has(next));
      const closingChar =
        c === "”" || c === "»" || c === "›" || c === '"' || (c === "“" && open.char === "„");
      return closes && closingChar ? i : -1;
    }
  }
  return -1;
}

/** Whether `c` can open a quote at the start of a paragraph. */
function opensHere(c: string): boolean {
  return c !== "»" && c !== "›" && c !== "」" && c !== "』";
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

// ---------------------------------------------------------------------------------------------
// Language

function primaryLanguage(language: string | null): string {
  return (language ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
}

/**
 * English when the language says so; when it is unknown, when the letters are almost all ASCII
 * (French or German text has several accented letters per hundred; English names rarely do).
 */
function isEnglish(language: string | null, text: string, paragraphs: readonly Span[]): boolean {
  if (language !== null && language !== "") {
    const primary = primaryLanguage(language);
    return primary === "en" || primary === "eng";
  }
  let letters = 0;
  let other = 0;
  for (const p of paragraphs) {
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      else if (c > 127 && ALNUM.test(text[i] as string)) other++;
    }
    if (letters + other > 20000) break;
  }
  return letters > 0 && other / (letters + other) < 0.005;
}
