/**
 * Clause boundaries: what a cue introduces after or before its verb, where that clause ends, and how
 * a clause holding several positions splits into one span each.
 */
import {
  type AttributionInput,
  type CueHit,
  quoteCovering,
  trimSpan,
  wordCount,
} from "./attribution-shared.js";
import { FOREIGN_CLAUSE_WORD } from "./attribution-subjects.js";
import { firstStartingAtOrAfter } from "./spans.js";
import { type FrameMatch, matchFrame } from "./topics.js";
import type { Mention, Quote, Sentence, Span } from "./types.js";

/** A recipient and its trimmings between a verb and its complement: "the Financial Times, as reported by X,". */
const RECIPIENT =
  /^(?:[\s,]+|(?:the|a|an|his|her|their|its|national|state|local|public|regional|international|foreign|reporters|journalists|the press|media|lawmakers|parliament|governors|senators|interviewers?|audience|crowd|supporters|weekly|daily|regular|closed-door|news|joint|annual|emergency|on|in|at|during|after|before|with|by|as|reported|republished|quoted|cited|according|to|of|this|last|week|month|year|condition|anonymity|outlet|agency|newspaper|publication|broadcaster|television|radio|channel|interview|podcast|estate|home|residence|office|summit|meeting|conference|forum|briefing|statement|speech|address|letter|tweet|post|call|conversation|press|release|remarks|today|yesterday|tonight|morning|afternoon|evening|night|earlier|later|draft|document|text|communiqu[eé]|video|phone|telephone|virtual|online|\p{Lu}[\p{L}'’.-]*|\d+)(?![\p{L}\p{N}])|\([^)]{0,40}\))+$/u;

/** A concessive clause after a comma: ", although ...", ", even though ...", ", whereas ...". */
const CONCESSION =
  /^(?:(?!(?<![\p{L}])that(?![\p{L}]))[^,;:“”"«»]){0,40}?,\s+(?:although|though|even\s+though|whereas)\s/iu;

/** What a verb at `from` introduces: a quotation, a that-clause past its recipient, or an object clause. */
export function contentAfter(
  input: AttributionInput,
  sentence: Sentence,
  from: number,
  later: readonly { cue: CueHit; subject: Mention }[],
  quotes: readonly Quote[],
): Span | null {
  const { text } = input;
  const rest = text.slice(from, sentence.end);
  // "..., an official confirmed, although the ministry has downplayed it": a concession after a comma
  // is the writer's, and the verb closes the clause before it.
  if (CONCESSION.test(rest)) return null;
  // A quotation right after the verb (": “...”", ", “...”").
  const quote = quotes.find(
    (q) => q.start >= from && /^[\s,:—–-]*$/u.test(text.slice(from, q.start)),
  );
  // A word or two quoted inside the clause ("dit « réexaminer » son aide", "a jugé « vaines » les
  // menaces") is part of it: the clause goes on past the quotation, and is the content.
  if (quote && !quotedInsideClause(text, quote))
    return { start: quote.start, end: Math.min(quote.end, sentence.end) };
  // "told the Financial Times, as reported by X, that ..." — skip the recipient to the complementiser.
  let start = from;
  const that = /(?<![\p{L}])(?:that|что|чтобы|que|qu['’])(?![\p{L}])/u.exec(rest);
  if (
    that &&
    (that.index === 0 ||
      RECIPIENT.test(rest.slice(0, that.index)) ||
      (input.language != null &&
        input.language !== "en" &&
        FOREIGN_RECIPIENT.test(rest.slice(0, that.index))))
  ) {
    start = from + that.index + that[0].length;
  } else {
    start = from + (/^\s*(?::\s*|,\s*(?=[“"«]))?/u.exec(rest)?.[0].length ?? 0);
  }
  const span = trimSpan(text, {
    start,
    end: clauseEnd(input, sentence, start, later),
  });
  if (span.end <= span.start) return null;
  // A verb with only a recipient or a time after it ("Trump told governors on Thursday.") introduces nothing.
  const body = text.slice(span.start, span.end);
  if (wordCount(body) < 2 || RECIPIENT.test(body.replace(/[.!?]+\s*$/u, ""))) return null;
  // "told the parliament's foreign affairs committee.": "tell" names its hearer first; with no clause
  // after the hearer, nothing is told here (the words stand before the verb).
  if (start === from + (/^\s*/u.exec(rest)?.[0].length ?? 0) && hearerOnly(text, from, body))
    return null;
  // Only a parenthesis is left ("— сказала она (цитата по ТАСС)."): a credit, not content.
  if (/^\([^)]*\)[.!?]*$/u.test(body)) return null;
  return span;
}

/** A word after a quotation that opens an adjunct or a clause of its own: the quotation ends the words. */
const CLAUSE_ADJUNCT =
  /^\s+(?:when|while|after|before|as|if|because|since|on|in|at|during|and|but|or|et|mais|quand|lorsque|alors|lors|après|avant|à|en|и|а|но|когда|после|в|на)(?![\p{L}])/iu;
/** At most this many words make a quotation a fragment of the clause around it. */
const FRAGMENT_WORDS = 3;

/**
 * A short quotation without a sentence's end of its own that the clause continues after, with no
 * comma or other stop between: a fragment the writer quotes inside a reported clause.
 */
function quotedInsideClause(text: string, quote: Quote): boolean {
  const inner = text.slice(quote.inner.start, quote.inner.end);
  return (
    wordCount(inner) <= FRAGMENT_WORDS &&
    !/[.!?…]\s*$/u.test(inner) &&
    /^\s+[\p{L}\p{N}]/u.test(text.slice(quote.end, quote.end + 3)) &&
    !CLAUSE_ADJUNCT.test(text.slice(quote.end, quote.end + 12))
  );
}

/** A subject pronoun or a complementiser that opens the clause a hearer is told. */
const TOLD_CLAUSE =
  /(?<![\p{L}])(?:he|she|it|they|we|i|you|that|what|how|why|whether|if)(?![\p{L}])/iu;

/** After "told" or "tells" at `verbEnd`: words that only name the hearer, with no clause of their own. */
function hearerOnly(text: string, verbEnd: number, words: string): boolean {
  return (
    /(?<![\p{L}])(?:told|tells)\s*$/iu.test(text.slice(Math.max(0, verbEnd - 8), verbEnd)) &&
    !CLAUSE_WORD.test(words) &&
    !TOLD_CLAUSE.test(words) &&
    !/[“”"«»]/u.test(words)
  );
}

/** A preposition opening an adjunct of time, place or occasion: "said at her briefing", "said after talks". */
const ADJUNCT_OPEN = /^(?:at|after|before|during|following|amid|upon|in|on)\s/iu;
/** A word that makes a clause of what follows a verb: a complementiser, an auxiliary, a modal. */
const CLAUSE_WORD =
  /(?<![\p{L}])(?:that|is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|do|does|did)(?![\p{L}])/iu;

/**
 * What follows a verb is no content when the verb only closes an attribution: an inverted subject
 * that is followed by anything but a quotation ("..., a déclaré X sur la chaîne ZDF"), a Russian or
 * French verb after a comma with no complementiser ("..., сообщил во вторник сотрудник"), or an
 * English adjunct with no clause in it ("..., said at her daily briefing.").
 */
export function postposedContent(
  input: AttributionInput,
  sentence: Sentence,
  cue: CueHit,
  /**
   * The verb's subject stands before it, past an appositive ("Washington, de son côté, a qualifié
   * ...") or as the main clause's subject of a gerund (", estimant que ...").
   */
  subjectFirst: boolean,
  inverted: boolean,
  after: Span | null,
  quotes: readonly Quote[],
): Span | null {
  if (!after || quoteCovering(quotes, after)) return after;
  if (inverted && cue.entry.class === "speech") return null;
  const { text } = input;
  const body = text.slice(after.start, after.end);
  if (input.language != null && input.language !== "en") {
    // A comma before the verb closes the subject's appositive, not a reported clause.
    if (subjectFirst) return after;
    const lead = text.slice(sentence.start, cue.start);
    const complement = /(?<![\p{L}])(?:что|чтобы|que|qu['’])(?![\p{L}])/iu.test(
      text.slice(cue.end, after.start + 1),
    );
    return /[,—–]\s*$/u.test(lead) && !complement && !FOREIGN_CLAUSE_WORD.test(body) ? null : after;
  }
  return ADJUNCT_OPEN.test(body) && !CLAUSE_WORD.test(body) ? null : after;
}

/** Words a clause never ends with: a span cut there ("justified the tariffs by", "intelligence which") is broken. */
const DANGLING_END =
  /(?<![\p{L}])(?:of|by|for|with|to|from|at|in|on|into|which|who|whom|whose|and|or|but)$/iu;

/**
 * A clause cut where the next subject begins loses the article it dragged along ("..., the White
 * House said" → "... 30 days"); one that still ends in a preposition or a relative was cut mid-clause.
 */
export function clauseWithEnd(text: string, span: Span): Span | null {
  const body = text.slice(span.start, span.end);
  const article = /(?:[\s,;:—–-]+(?:the|a|an|le|la|les))+[\s,;:—–-]*$/u.exec(body);
  const trimmed = article
    ? trimSpan(text, { start: span.start, end: span.start + article.index })
    : span;
  // A sentence's own end may strand a preposition ("a pact the minister walked away from.").
  const kept = text.slice(trimmed.start, trimmed.end);
  return DANGLING_END.test(kept) ? null : trimmed;
}

/**
 * A short recipient or frame before a Russian or French complementiser: "заявили членам Конгресса,
 * что", "согласились с тем, что", "a déclaré aux journalistes que". Russian puts a comma before "что".
 */
const FOREIGN_RECIPIENT = /^(?:\s+[\p{L}\p{N}'’-]+){1,3}\s*,\s*$|^(?:\s+[\p{L}'’-]+){1,4}\s+$/u;

/** Verbs of saying that close a sentence after the clause they report: "..., the minister said." */
const CLOSING_VERB =
  "(?:said|says|told|tells|added|adds|stated|noted|warned|insisted|stressed|explained|argued|claimed|wrote|confirmed|announced|declared|cautioned|replied|responded)";
/**
 * The writer's time frame after a closing attribution: "..., the minister said on Tuesday, a day after
 * X announced ...". It dates the words and is no part of them (what it narrates is read on its own).
 */
const TIME_TAIL =
  ',\\s+(?:(?:(?:a|one|two|three|several|just|only)\\s+(?:day|days|hour|hours|week|weeks|month|months)|hours|days|weeks|shortly|soon|moments|minutes)\\s+(?:after|before)\\s[^“”"«»]*|(?!(?:saying|adding|calling|noting|warning|insisting|arguing|stressing|urging|describing|citing|according)\\s)\\p{Ll}{3,}ing\\s.*)';
/** ", <speaker> <verb><rest>" at a sentence's end: the speaker is up to eight words, none a clause's. */
const TRAILING = new RegExp(
  `,\\s+(?!(?:and|but|or|nor|while|as|which|who|whom|whose|that|if|when|because|although|though|so)\\s)((?:[\\p{L}\\p{N}'’.&-]+\\s+){1,8}?)(?:(?:has|have|had|also|later|then)\\s+)?${CLOSING_VERB}(?![\\p{L}])([^,;:“”"«»]*)(${TIME_TAIL})?$`,
  "u",
);
/** ", said <speaker>" at a sentence's end. */
const TRAILING_INVERTED = new RegExp(
  `,\\s+${CLOSING_VERB}\\s+((?:[\\p{L}\\p{N}'’.&-]+\\s+){0,8}?[\\p{L}\\p{N}'’.&-]+)\\s*[.!?]*\\s*$`,
  "u",
);
/** A word that makes a clause of a would-be speaker: "..., the talks will resume, Berg said" has no speaker "the talks will". */
const SPEAKER_CLAUSE_WORD =
  /(?<![\p{L}])(?:is|are|was|were|be|been|being|will|would|could|should|can|may|might|must|shall|do|does|did|not|never|to|that|it['’]s)(?![\p{L}])/iu;
/** Adverbs of time or manner that may stand alone after a closing verb: "..., Berg said later." */
const LONE_ADVERB =
  /^(?:late|early|earlier|later|again|also|repeatedly|separately|privately|publicly|today|yesterday|recently)(?![\p{L}])/iu;

/** What may follow a closing verb without being reported content: a recipient, a time, a place, an occasion. */
function adjunctOnly(rest: string): boolean {
  const body = rest.replace(/[.!?]+\s*$/u, "").trim();
  if (body === "" || RECIPIENT.test(body)) return true;
  return (ADJUNCT_OPEN.test(body) || LONE_ADVERB.test(body)) && !CLAUSE_WORD.test(body);
}

const trailingCache = new WeakMap<Sentence, number | null>();
/** Where the writer's time frame after a closing attribution begins (", a day after ..."). */
const timeTailCache = new WeakMap<Sentence, number>();

/** Where a closing attribution's time frame begins (", a day after X announced ..."), if the sentence has one. */
export function trailingTimeFrame(input: AttributionInput, sentence: Sentence): number | null {
  return trailingAttribution(input, sentence) === null
    ? null
    : (timeTailCache.get(sentence) ?? null);
}

/**
 * Where an English sentence's closing attribution begins (", its foreign minister said on Monday.",
 * ", said the ministry."), whether or not its speaker is a known actor: the clause before it is the
 * words reported, and no part of them. Null when the sentence has none, or when a quotation closes
 * right before it (the quotation is then the words, read elsewhere).
 */
export function trailingAttribution(input: AttributionInput, sentence: Sentence): number | null {
  if (input.language != null && input.language !== "en") return null;
  const cached = trailingCache.get(sentence);
  if (cached !== undefined) return cached;
  const { text } = input;
  const stext = text.slice(sentence.start, sentence.end).replace(/\s+$/u, "");
  let at: number | null = null;
  const plain = TRAILING.exec(stext);
  const inverted = plain ? null : TRAILING_INVERTED.exec(stext);
  const speaker = plain?.[1] ?? inverted?.[1];
  const match = plain ?? inverted;
  if (
    match &&
    speaker !== undefined &&
    !SPEAKER_CLAUSE_WORD.test(speaker) &&
    (!plain || adjunctOnly(plain[2] ?? "")) &&
    wordCount(stext.slice(0, match.index)) >= 3 &&
    !/[”"»’]\s*$/u.test(stext.slice(0, match.index)) &&
    !input.quotes.some(
      (q) => q.start < sentence.start + match.index && q.end > sentence.start + match.index,
    )
  )
    at = sentence.start + match.index;
  if (at !== null && plain?.[3])
    timeTailCache.set(sentence, sentence.start + stext.length - plain[3].length);
  trailingCache.set(sentence, at);
  return at;
}

/**
 * The rest of an inverted subject's title and the name set off after it, closing the sentence:
 * "(a indiqué son porte-parole) pour les affaires étrangères, Anna Berg.".
 */
const NAMED_AFTER_TITLE =
  /^\s+(?:de|du|des|d['’]|pour|chargée?|en\s+charge)[^,;:«»“”"]{1,60},\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*[.!?]?\s*$/u;

/**
 * For a verb that ends its sentence ("..., the official said on Thursday."): the clause before the
 * subject. A verb with more than a time or place after it introduces something else.
 */
export function contentBefore(
  input: AttributionInput,
  sentence: Sentence,
  subjectStart: number,
  /** Where the attribution ends: the verb, or an inverted subject after it ("a indiqué dimanche la ministre"). */
  attributionEnd: number,
  /** Where a clause of the speaker's own begins after it (", estimant que ..."), which is no part of its tail. */
  tailEnd: number = sentence.end,
): Span | null {
  const { text } = input;
  let tail = text.slice(
    attributionEnd,
    Math.min(tailEnd, trailingTimeFrame(input, sentence) ?? sentence.end),
  );
  const concession = CONCESSION.exec(tail);
  if (concession) tail = tail.slice(0, concession.index);
  if (
    wordCount(tail) > 4 &&
    !RECIPIENT.test(tail.replace(/[.!?]+\s*$/u, "")) &&
    !hearerOnly(text, attributionEnd, tail) &&
    !(input.language != null && input.language !== "en" && NAMED_AFTER_TITLE.test(tail)) &&
    !(trailingAttribution(input, sentence) !== null && adjunctOnly(tail))
  )
    return null;
  const start = clauseStartBefore(input, sentence, subjectStart);
  const lead = text.slice(start, subjectStart);
  if (input.language != null && input.language !== "en" && !/[,:—–”"»-]\s*$/u.test(lead))
    return null;
  const cut = lead.search(/[,:—–-]?\s*$/u);
  const span = trimSpan(text, {
    start,
    end: start + (cut >= 0 ? cut : lead.length),
  });
  return span.end > span.start ? span : null;
}

/** Where the clause ending at `pos` begins: after a previous attribution in the sentence, else the sentence start. */
export function clauseStartBefore(
  input: AttributionInput,
  sentence: Sentence,
  pos: number,
): number {
  // A date line the sentence opens with ("PARIS (Agency) -") is boilerplate, no part of the clause.
  let start = sentence.start;
  for (const r of input.excluded)
    if (r.start <= start && r.end > start && r.end < pos) start = r.end;
  const head = input.text.slice(start, pos);
  const m = /^.*(?:;\s|:\s)/su.exec(head);
  return m && m[0].length < head.length - 10 ? start + m[0].length : start;
}

/** ", и <up to five words> <finite verb>": a second clause with a subject of its own. */
const RU_CLAUSE_REST =
  '\\s+(?:[\\p{L}"«»-]+\\s+){1,5}?[\\p{L}]+(?:ал|ял|ил|ел|ыл|ла|ло|ли|лся|лась|лось|лись|ет|ит|ют|ят|ется|ится|ются|ятся)(?![\\p{L}])';
const RU_NEW_CLAUSE = new RegExp(`,\\s+(?:и|а|но|однако)${RU_CLAUSE_REST}`, "u");
/** The same without ", а": in a reported clause a contrast with "а" goes on reporting. */
const RU_NEW_CLAUSE_UNREPORTED = new RegExp(`,\\s+(?:и|но|однако)${RU_CLAUSE_REST}`, "u");
/** ", et <pronoun or up to five words> <auxiliary>": the same in French. */
const FR_NEW_CLAUSE =
  /,\s+(?:et|mais)\s+(?:(?:il|elle|ils|elles|on)\s|(?:[\p{L}'’-]+\s+){1,5}?(?:a|ont|est|sont|avait|avaient|sera|seront|va|vont|doit|doivent)\s)/u;

/**
 * Where a clause that starts at `from` ends: at the sentence end, or where a later verb's clause
 * begins (", and warned", ", Bloomberg reported"). A later verb whose subject opens this clause is
 * nested in it ("told the FT that Putin wants ...") and does not end it.
 */
/** ", and " or ", while " before a coordinated clause's subject. */
const COORDINATED_ACTOR = /,\s+(?:and|while)\s+/u;
/** A finite verb in the present right after a subject: "is following", "has urged", "wants". */
const PRESENT_VERB =
  /^\s+(?:(?:also|still|now|already)\s+)?(?:is|are|has|have|(?!(?:is|was|has|does|news|process|access)\s)\p{Ll}{2,}[^s\s]s)\s/u;

export function clauseEnd(
  input: AttributionInput,
  sentence: Sentence,
  from: number,
  later: readonly { cue: CueHit; subject: Mention }[],
): number {
  // ", he recently adjusted ...": a new main clause with its own subject ends this one.
  const rest = input.text.slice(from, sentence.end);
  // ", sparking an outcry ...": the writer's account of what followed is no part of the words reported.
  const newClause =
    /,\s+(?:(?:but\s+)?(?:he|she|they|it|we)\s+(?!(?:said|says|added|told)\b)\p{Ll}|(?:sparking|prompting|triggering|fuelling|fueling|drawing|provoking)\s)/u.exec(
      rest,
    );
  // Russian and French set a comma before "и"/"et" only between clauses: ", и её суд постановил",
  // ", et il a ajouté" — a new subject and its verb begin a clause of their own.
  // Inside a reported clause ("заявил, что A, а B") a contrast with "а" is still reported: B is a
  // second position of the speaker's, which splitPositions separates.
  const reported = /(?<![\p{L}])(?:что|чтобы)[\s,]*$/u.test(
    input.text.slice(Math.max(sentence.start, from - 8), from),
  );
  const foreignClause =
    input.language === "ru"
      ? (reported ? RU_NEW_CLAUSE_UNREPORTED : RU_NEW_CLAUSE).exec(rest)
      : input.language === "fr"
        ? FR_NEW_CLAUSE.exec(rest)
        : null;
  // "said it stands ready to help, and NATO is following developments": a coordinated clause whose
  // own subject is another actor, with a verb in the present, is the writer's, not the speaker's.
  const coordinated = COORDINATED_ACTOR.exec(rest);
  let actorClause = -1;
  // ", with spokesman X insisting that ...": an absolute clause gives another speaker the floor.
  const absolute = /,\s+with\s+/gu;
  for (let m = absolute.exec(rest); m && actorClause < 0; m = absolute.exec(rest)) {
    const at = from + m.index + m[0].length;
    const speaker = input.mentions.find((x) => x.start === at && x.end > x.start);
    if (speaker && /^\s+\p{Ll}{3,}ing\s/u.test(input.text.slice(speaker.end, sentence.end)))
      actorClause = m.index;
  }
  if (actorClause < 0 && coordinated && wordCount(rest.slice(0, coordinated.index)) >= 3) {
    const at = from + coordinated.index + coordinated[0].length;
    const actor = input.mentions.find(
      (m) =>
        m.end > m.start &&
        m.start >= at &&
        /^(?:(?:the|its|their)\s+)?$/iu.test(input.text.slice(at, m.start)),
    );
    if (actor && PRESENT_VERB.test(input.text.slice(actor.end, sentence.end)))
      actorClause = coordinated.index;
  }
  // "refused to take part and Russia and Algeria are against it": without a comma, "and" before
  // another actor with a finite verb of its own still opens the writer's next clause.
  if (actorClause < 0 && (input.language == null || input.language === "en")) {
    for (let k = firstStartingAtOrAfter(input.mentions, from); k < input.mentions.length; k++) {
      const m = input.mentions[k] as Mention;
      if (m.start >= sentence.end) break;
      // After a lower-case word: "Brazil, Argentina and Australia would" is a list of subjects.
      const lead = /(?<=(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*)\s+and\s+(?:the\s+)?$/u.exec(
        input.text.slice(from, m.start),
      );
      const at = m.start - (lead?.[0].length ?? 0) - from;
      if (
        lead &&
        wordCount(rest.slice(0, at)) >= 2 &&
        NEW_SUBJECT_VERB.test(input.text.slice(m.end, Math.min(sentence.end, m.end + 60)))
      ) {
        actorClause = at;
        break;
      }
    }
  }
  const cuts = [
    actorClause,
    newClause && wordCount(rest.slice(0, newClause.index)) >= 4 ? newClause.index : -1,
    foreignClause && wordCount(rest.slice(0, foreignClause.index)) >= 2 ? foreignClause.index : -1,
  ].filter((x) => x >= 0);
  // "..., its foreign minister said on Monday": a closing attribution is no part of the clause,
  // whether or not its speaker is a known actor.
  const trailing = trailingAttribution(input, sentence);
  if (trailing !== null && trailing > from) cuts.push(trailing - from);
  const limit = cuts.length > 0 ? from + Math.min(...cuts) : sentence.end;
  for (const { cue, subject } of later) {
    if (cue.start <= from) continue;
    if (cue.start >= limit) break;
    // "заявила, что, призвав X ..., Y": a participle opening the reported clause is inside it.
    if (
      /(?<![\p{L}])(?:that|что|чтобы|que|qu['’])[\s,]*$/iu.test(
        input.text.slice(Math.max(sentence.start, from - 10), cue.start),
      ) &&
      /^[\s,]*$/u.test(input.text.slice(from, cue.start))
    )
      continue;
    const explicit = subject.end > subject.start;
    if (
      explicit &&
      subject.start >= from &&
      (subject.start - from <= 2 || /^\s*the\s+$/iu.test(input.text.slice(from, subject.start)))
    )
      continue;
    const cut =
      explicit && subject.start > from && subject.start < cue.start ? subject.start : cue.start;
    const head = input.text.slice(from, cut);
    // ", ce que la Ruritanie dément": the relative that points back belongs to the next clause.
    const joint =
      /(?:[\s,;]+(?:and|but|while|as|и|а|но|однако|et|mais|ce\s+qu(?:e|['’])(?:\s+(?:le|la|les)|\s*l['’])?)?)?[\s,;]*$/u.exec(
        head,
      );
    return from + head.length - (joint?.[0].length ?? 0);
  }
  return limit;
}

/**
 * Frames of the clause texts matched so far in each document. A statement's span is split more than
 * once (for its clause, again for each coordinated holder), and every split frames the pieces either
 * side of each "and": matching a frame costs far more than looking its text up.
 */
const clauseFrames = new WeakMap<AttributionInput, Map<string, FrameMatch | null>>();

function clauseFrame(input: AttributionInput, clause: string): FrameMatch | null {
  let frames = clauseFrames.get(input);
  if (!frames) {
    frames = new Map();
    clauseFrames.set(input, frames);
  }
  let frame = frames.get(clause);
  if (frame === undefined) {
    frame = matchFrame(clause, false);
    frames.set(clause, frame);
  }
  return frame;
}

/**
 * A second predicate in Russian reported words: an addition (", а также в том, что ..."), a contrast
 * with a subject and verb of its own (", а делегация не сядет", ", но Х будет"), a negated verb sharing the subject ("готовит X и не
 * намерен ..."), or a clause of its own that a condition includes (", в том числе будет ...").
 */
const RU_SECOND_PREDICATE = new RegExp(
  `,\\s+а\\s+также\\s+|,\\s+(?:а|но|однако)(?=${RU_CLAUSE_REST})\\s+|\\s+и\\s+(?=не\\s+\\p{L}{4,})|,\\s+в\\s+том\\s+числе\\s+(?=(?:не\\s+)?(?:будет|будут|был[аои]?|\\p{L}+(?:ет|ит|ют|ят|ал|ил|ла|ли))\\s)`,
  "gu",
);
/**
 * The same in French: "..., et opposera ...", "... mais ne s'assiéra pas ...", "..., mais il refuse":
 * the word after the conjunction opens a verb phrase (a negation, an auxiliary, a future or a pronoun).
 */
const FR_SECOND_PREDICATE =
  /(?:,\s+et|,?\s+mais)\s+(?=(?:ne\s|n['’]|s['’]|(?:il|elle|ils|elles|on)\s|(?:a|ont|est|sont|va|vont)\s|\p{Ll}{3,}(?:era|ira|ront|rait|raient)\s))/gu;

/** What follows the subject of a new clause (past a coordinated second subject): a finite auxiliary or copula. */
const NEW_SUBJECT_VERB =
  /^(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?\s+(?:(?:also|still|now|too)\s+)?(?:is|are|was|were|has|have|had|will|would|remains?|wants?|opposes?|supports?)\s/u;

/**
 * A clause may hold several positions: "A, as well as B"; "A; B"; "A, while B"; and "A and/or <verb> B"
 * when the two verb phrases are about different issues ("never joins NATO and becomes a neutral state").
 */
export function splitPositions(
  input: AttributionInput,
  span: Span,
  quotes: readonly Quote[],
): Span[] {
  if (quotes.some((q) => q.start <= span.start && q.end >= span.end)) return [span];
  const { text } = input;
  const body = text.slice(span.start, span.end);
  const inQuote = (i: number) =>
    quotes.some((q) => span.start + i > q.start && span.start + i < q.end);
  const cuts: [number, number][] = [];
  // "said that A and that B": a repeated complementiser opens a second reported clause.
  const strong = /;\s+|,\s+while\s+|,\s+whereas\s+|,?\s+and that\s+/giu;
  for (let m = strong.exec(body); m; m = strong.exec(body))
    if (!inQuote(m.index)) cuts.push([m.index, m.index + m[0].length]);
  // "has demanded X and is expected to cut Y": a raising verb opens a second predicate of its own.
  const raised =
    /,?\s+and\s+(?=(?:is|are|was|were)\s+(?:also\s+)?(?:expected|set|due|likely|poised|said|reported|understood)\s+to\s)/gu;
  for (let m = raised.exec(body); m; m = raised.exec(body))
    if (!inQuote(m.index) && wordCount(body.slice(0, m.index)) >= 2)
      cuts.push([m.index, m.index + m[0].length]);
  // "urged X to close the ports and to review the quotas": a repeated "to" opens a second demand.
  const infinitives =
    /,?\s+and to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|all|any|each|other)\s)(?=\p{Ll}+\s)/gu;
  for (let m = infinitives.exec(body); m; m = infinitives.exec(body))
    if (
      !inQuote(m.index) &&
      /(?<![\p{L}])to\s+\p{Ll}+/u.test(body.slice(0, m.index)) &&
      wordCount(body.slice(m.index + m[0].length)) >= 3
    )
      cuts.push([m.index, m.index + m[0].length]);
  // The word after "and" must look like a verb: "steel and aluminum tariffs", "permanent and
  // unconditional exemption", "a 25% tariff on steel and a 10% tariff" coordinate nouns and adjectives.
  const verbAnd =
    /\s+(?:and|or)\s+(?=(?:also\s+)?\p{Ll}+(?:s|ed|ing|e)\s)|,\s+and\s+(?=(?:[\p{L}'’-]+\s+){1,4}(?:will|would|is|are|was|were|has|have|must|should|can|could)\s)/gu;
  for (let m = verbAnd.exec(body); m; m = verbAnd.exec(body)) {
    if (inQuote(m.index)) continue;
    const right = body.slice(m.index + m[0].length);
    // Framing a clause is costly: the cheap conditions go first, then the right part's frame.
    if (wordCount(right) < 3 || cuts.some(([x]) => x === m.index)) continue;
    const b = clauseFrame(input, right);
    if (!b) continue;
    const a = clauseFrame(input, body.slice(0, m.index));
    if (a && a.frame.key !== b.frame.key) cuts.push([m.index, m.index + m[0].length]);
  }
  // "was “positive,” but the industries needed safeguarding", "lied, then cheated": a contrast or a
  // sequel with a verb of its own is a second position.
  const sequel =
    /[,”"»]+\s+(?:but\s+(?!that\s)(?=(?:also\s+)?(?:would|will|did|does|has|have|had|is|are|was|were|could|should|must|can)\s|(?:(?:the|its|their|his|her)\s+)?(?!\p{Ll}+ed\s)(?:[\p{L}'’-]+\s+){1,5}(?:would|will|is|are|was|were|has|have|had|must|should|could|can|\p{Ll}+ed)\s)|then\s+(?=\p{Ll}+ed\s))/gu;
  for (let m = sequel.exec(body); m; m = sequel.exec(body)) {
    const word = m.index + m[0].search(/(?:but|then)\s/u);
    if (inQuote(word) || wordCount(body.slice(0, m.index)) < 3) continue;
    if (wordCount(body.slice(m.index + m[0].length)) < 3) continue;
    cuts.push([m.index, m.index + m[0].length]);
  }
  // "will attend the talks but will not sit with them": without a comma, "but" before a modal
  // coordinates a second verb phrase of the same subject ("but has since ..." is the writer's sequel).
  const bareBut = /\s+but\s+(?=(?:also\s+)?(?:would|will|could|should|must|can|might|may)\s)/gu;
  for (let m = bareBut.exec(body); m; m = bareBut.exec(body)) {
    if (inQuote(m.index) || /[,”"»]$/u.test(body.slice(0, m.index))) continue;
    if (wordCount(body.slice(0, m.index)) < 3) continue;
    if (wordCount(body.slice(m.index + m[0].length)) < 3) continue;
    cuts.push([m.index, m.index + m[0].length]);
  }
  const foreign =
    input.language === "ru"
      ? RU_SECOND_PREDICATE
      : input.language === "fr"
        ? FR_SECOND_PREDICATE
        : null;
  if (foreign) {
    foreign.lastIndex = 0;
    for (let m = foreign.exec(body); m; m = foreign.exec(body)) {
      if (inQuote(m.index) || wordCount(body.slice(0, m.index)) < 3) continue;
      const right = body.slice(m.index + m[0].length);
      if (wordCount(right) < 3) continue;
      // "... и не направлено против ...": a negated predicate restates the position unless its verb
      // states an attitude of its own ("и не намерен", "и не готов").
      if (/^\s+и\s+$/u.test(m[0])) {
        const verb = /^не\s+([\p{L}-]+)/u.exec(right)?.[1]?.toLowerCase() ?? "";
        if (!input.extraCues?.some((c) => c.class !== "according" && c.forms.includes(verb)))
          continue;
      }
      cuts.push([m.index, m.index + m[0].length]);
    }
  }
  if (cuts.length === 0) return [span];
  cuts.sort((x, y) => x[0] - y[0]);
  const parts: Span[] = [];
  let at = 0;
  for (const [cutStart, cutEnd] of cuts) {
    if (cutStart < at) continue;
    parts.push({ start: span.start + at, end: span.start + cutStart });
    at = cutEnd;
  }
  parts.push({ start: span.start + at, end: span.end });
  return parts
    .map((p) => trimSpan(text, p))
    .filter((p) => wordCount(text.slice(p.start, p.end)) >= 2);
}
