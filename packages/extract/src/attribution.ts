/**
 * Attribution: finds who holds each stated position in a document, the cue that attributes it,
 * its mode (direct quote, indirect speech, reported intention, characterisation), its evidence
 * span, hedges, when it was said, and the chain of who told whom out to the document's outlet.
 * It reads sentences with their quotes and actor mentions; narration without a cue yields nothing.
 */
import type { Hedge, HopRelation, SaidAt, StatementMode } from "@stancemap/schema";
import {
  ATTITUDE_ADJECTIVES,
  type CueClass,
  type CueEntry,
  ENGLISH_CUES,
  HEDGES,
  POSITION_NOUNS,
} from "./cues.js";
import { execLed, isSpaceUnit, ledPattern } from "./text-lines.js";
import { type FrameMatch, matchFrame } from "./topics.js";
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

interface CueHit extends Span {
  entry: CueEntry;
  /** Preceded by will/would/to (a future or headline-infinitive form): a reported intention. */
  future: boolean;
}

interface Attributed {
  cue: CueHit;
  subject: Mention;
  /** The subject follows its verb: "said the official". */
  inverted: boolean;
  /** The subject is the previous verb's: "..., adding, “...”". */
  inherited: boolean;
  /** A participle that elaborates the previous verb's clause (", calling them unacceptable"): part of it. */
  continuation?: boolean;
}

/** What follows a noun that merely looks like a cue: "support is", "plan was", "view has". */
const NOUN_FOLLOWS =
  /^\s+(?:is|are|was|were|has|have|had|will|would|could|can|should|must|of|for)\b/u;
/** Verbs that may precede their subject in news English: "said the official", "says a source". */
const INVERTABLE =
  /^(?:said|says|added|adds|wrote|writes|told|tells|asked|noted|continued|explained|insisted|warned|stressed|claimed|argued|recalled)$/;
/** A clause opening with a verb has lost its subject to a relative clause. */
const GAPPED = /^(?:could|would|will|can|may|might|should|must|is|are|was|were|has|have|had)\s/iu;

interface Compiled {
  re: RegExp;
  byForm: Map<string, CueEntry>;
}

const compiledCache = new WeakMap<readonly CueEntry[], Compiled>();
const combinedCache = new WeakMap<readonly CueEntry[], CueEntry[]>();

/** English cues plus another language's, built once per lexicon so the compiled pattern is reused. */
function withEnglish(extra: readonly CueEntry[]): CueEntry[] {
  let combined = combinedCache.get(extra);
  if (!combined) {
    combined = [...ENGLISH_CUES, ...extra];
    combinedCache.set(extra, combined);
  }
  return combined;
}

function compileCues(entries: readonly CueEntry[]): Compiled {
  const cached = compiledCache.get(entries);
  if (cached) return cached;
  const byForm = new Map<string, CueEntry>();
  for (const entry of entries)
    for (const form of entry.forms) if (!byForm.has(form)) byForm.set(form, entry);
  // Longest form first; forms are grouped under their first letter (letters equal without case
  // count as one), each group keeping that order. Only one group can match at a position, so the
  // expression matches exactly as the flat list would, but tries one letter per group rather than
  // every form at every word: several times faster with large lexicons (French).
  const sorted = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const groups: { first: string; rests: string[] }[] = [];
  for (const form of sorted) {
    const first = String.fromCodePoint(form.codePointAt(0) ?? 0);
    const rest = form.slice(first.length);
    const same = new RegExp(`^${escapeRe(first)}$`, "iu");
    const group = groups.find((g) => same.test(g.first));
    if (group) group.rests.push(rest);
    else groups.push({ first, rests: [rest] });
  }
  // An empty form (no lexicon has one) matches the empty string, which no group can stand for.
  const forms = sorted.includes("")
    ? sorted.map(escapeRe)
    : groups.map((g) => `${escapeRe(g.first)}(?:${g.rests.map(escapeRe).join("|")})`);
  const result = {
    re: new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${forms.join("|")})(?![\\p{L}\\p{N}-])`, "giu"),
    byForm,
  };
  compiledCache.set(entries, result);
  return result;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

/** Words that may stand between a subject and its verb: auxiliaries, adverbs, short time phrases. */
const FILLER =
  /^(?:[\s,]+|(?:has|have|had|is|are|was|were|be|been|will|would|could|can|may|might|shall|should|must|did|does|do|also|not|never|again|already|now|still|even|once|then|often|always|long|ever|twice|today|yesterday|tonight|earlier|later|in turn|himself|herself|itself|themselves|both|all|each|quoted as|going to|set to|about to|widely|[\p{L}]+ly)(?![\p{L}])|on (?:\p{Lu}\p{L}+day|\p{Lu}\p{L}{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} \p{Lu}\p{L}+(?: \d{4})?)(?: \(\p{Lu}\p{L}+\.? \d{1,2}\))?|(?:last|this|next|earlier this|late last) (?:week|month|year|\p{Lu}\p{L}+day)|in (?:a|an|his|her|their) (?:recent |televised |separate )?(?:interview|statement|speech|address|post|op-ed|letter|briefing|call)(?: with [\p{L} ]{1,40}?)?(?=,)|\(\p{Lu}\p{L}+\.? \d{1,2}\))+$/u;

/** The opening of an appositive up to an actor it names: ", president of ", ", a spokeswoman for the ". */
const APPOSITIVE_OPEN = /^\s*,\s+(?:the\s+|a\s+|an\s+)?[\p{Ll}][^,;:“”"«»]{0,70}$/u;

/**
 * A parenthetical appositive between subject and verb: ", the head of the agency," or ", who has ...,";
 * French and Russian may close it with a dash (", jusqu'ici un pays de transit - redoute").
 */
const APPOSITIVE = /^\s*,\s[^,;:“”"«»]{1,90}(?:,|\s[-–—])\s*/u;

const FUTURE_BEFORE =
  /(?:\b(?:will|would|shall|'ll|is going to|are going to|is set to|are set to|plans to|intends to|is expected to|are expected to)|^\s*to|\bto)\s+(?:[\p{L}]+ly\s+)?$/iu;

/** A recipient and its trimmings between a verb and its complement: "the Financial Times, as reported by X,". */
const RECIPIENT =
  /^(?:[\s,]+|(?:the|a|an|his|her|their|its|reporters|journalists|the press|media|lawmakers|parliament|governors|senators|interviewers?|audience|crowd|supporters|on|in|at|during|after|before|with|by|as|reported|republished|quoted|cited|according|to|of|this|last|week|month|year|condition|anonymity|outlet|agency|newspaper|publication|broadcaster|television|radio|channel|interview|podcast|estate|home|residence|office|summit|meeting|conference|forum|briefing|statement|speech|address|letter|tweet|post|call|conversation|press|release|remarks|today|yesterday|tonight|morning|afternoon|evening|night|earlier|later|draft|document|text|communiqu[eé]|video|phone|telephone|virtual|online|\p{Lu}[\p{L}'’.-]*|\d+)(?![\p{L}\p{N}])|\([^)]{0,40}\))+$/u;

/** "who <verb phrase>" between a subject and its verb, without commas. */
const RELATIVE_CLAUSE = /^\s+who\s+[^,;:“”"«»]{1,80}?\s*$/u;

/** Where a stance verb's noun-phrase object ends: ", which ...", ", under which ...", ", a stark divergence ...". */
const NOUN_PHRASE_END =
  /,\s+(?:who|whom|whose|which|(?:under|in|by|through|with|for|to) which|an?)(?![\p{L}])/u;

const NAMELESS_PRONOUN = /^(?:i|we|me|us|my|our)$/i;

/** "called the plan “a disgrace”", "calls X 'Y'": a short object, then a quotation. */
const CALLED_QUOTED = /^\s+[^,;:“”"«»]{1,80}?\s(?:an?\s+)?[“"«‘']\p{L}/u;
/** "a showdown that" before a relative clause's subject: its antecedent, from the article. */
const RELATIVE_ANTECEDENT =
  /(?:(?<![\p{L}])(?:an?|the)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3})?(?<![\p{L}])(?:that|which)\s+$/u;
/** "an option " before the subject of a relative clause that has no "that". */
const CONTACT_ANTECEDENT =
  /(?<![\p{L}])(?:an?|the|this|these|those)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u;

export function attribute(input: AttributionInput): RawStatement[] {
  const { text } = input;
  const cueSet = input.extraCues?.length ? withEnglish(input.extraCues) : ENGLISH_CUES;
  const { re, byForm } = compileCues(cueSet);
  const statements: RawStatement[] = [];
  const usedQuotes = new Set<Quote>();
  /** The speakers of each paragraph in order, for quotes that continue without a cue. */
  const lastSpeaker = new Map<number, { key: string; sentence: number }[]>();
  /** Holders found so far, latest last: what a pronoun subject ("он", "elle") refers back to. */
  const recentHolders: { key: string; sentence: number }[] = [];
  /** The issuer of the last document cited ("говорится в заявлении"), for the next citation of it. */
  let lastIssuer: { key: string; sentence: number } | null = null;
  const nonEnglish = input.language != null && input.language !== "en";
  const isExcluded = (span: Span) =>
    input.excluded.some((r) => span.start < r.end && span.end > r.start);

  input.sentences.forEach((sentence, sentenceIndex) => {
    // A sentence mostly inside boilerplate is skipped; one that merely starts with a date line is read.
    const excludedChars = input.excluded.reduce(
      (n, r) => n + Math.max(0, Math.min(r.end, sentence.end) - Math.max(r.start, sentence.start)),
      0,
    );
    if (excludedChars * 2 > sentence.end - sentence.start) return;
    const stext = text.slice(sentence.start, sentence.end);
    const quotesHere = input.quotes.filter(
      (q) => q.start < sentence.end && q.end > sentence.start && q.inner.end - q.inner.start > 0,
    );
    const inQuote = (pos: number) => quotesHere.some((q) => pos > q.start && pos < q.end);

    // Cues outside quotations, in order; words inside a quotation belong to the quoted speaker.
    const cues: CueHit[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(stext); m; m = re.exec(stext)) {
      const start = sentence.start + m.index;
      if (inQuote(start)) continue;
      const entry = byForm.get(m[0].toLowerCase().replace(/\s+/g, " "));
      if (!entry) continue;
      const before = text.slice(Math.max(sentence.start, start - 30), start);
      cues.push({
        start,
        end: start + m[0].length,
        entry,
        future: FUTURE_BEFORE.test(before),
      });
    }

    const sources = sentenceSources(input, sentence, cues);

    // "Об этом заявил X", "С таким заявлением выступил X": the sentence attributes the one before it.
    const anaphor = nonEnglish
      ? anaphoricAttribution(input, sentence, sentenceIndex, cues, lastIssuer, statements)
      : null;
    const preposed = nonEnglish && !anaphor ? preposedStance(input, sentence, sources) : null;
    if (preposed) {
      statements.push(preposed);
      recentHolders.push({ key: preposed.holder, sentence: sentenceIndex });
    }
    if (anaphor) {
      statements.push(anaphor.statement);
      recentHolders.push({ key: anaphor.statement.holder, sentence: sentenceIndex });
      if (anaphor.cue?.entry.document)
        lastIssuer = { key: anaphor.statement.holder, sentence: sentenceIndex };
    }

    // Each verb cue needs a subject: before it, after it (inverted: "said the official"), or the
    // previous verb's ("..., adding, “...”", "... and warned that ..."). Nouns that look like cues
    // ("the plan", "US military support is") have none and drop out here.
    const attributed: Attributed[] = [];
    let previousSubject: string | null = null;
    /** The other coordinated subject of the previous verb ("X and Y welcomed ..., and said ..."). */
    let previousPartner: Mention | null = null;
    /** The end of a cited document's phrase ("говорится в заявлении МИД"): cues inside it are part of it. */
    let documentEnd = sentence.start;
    for (const cue of cues) {
      const cls: CueClass = cue.entry.class;
      if (cue.start < documentEnd || cue === anaphor?.cue) continue;
      if (cls === "publish") {
        // "..., Bloomberg reported, citing ..." only ends the clause before it.
        const by =
          subjectBefore(input, sentence, cue.start) ?? mentionAfter(input, cue.end, sentence.end);
        attributed.push({
          cue,
          subject: by ?? {
            start: cue.start,
            end: cue.start,
            actorKey: "",
            via: "name",
          },
          inverted: false,
          inherited: false,
        });
        continue;
      }
      if (cls === "according") {
        if (cue.entry.document) {
          const issuer = documentIssuer(input, sentence, sentenceIndex, cue, lastIssuer);
          if (issuer) {
            attributed.push({
              cue,
              subject: issuer,
              inverted: false,
              inherited: false,
            });
            lastIssuer = { key: issuer.actorKey, sentence: sentenceIndex };
            documentEnd = issuer.end;
          }
          continue;
        }
        const after = mentionAfter(input, cue.end, sentence.end);
        if (after)
          attributed.push({
            cue,
            subject: after,
            inverted: false,
            inherited: false,
          });
        continue;
      }
      const form = text.slice(cue.start, cue.end).toLowerCase();
      // "called the claims “complete nonsense”" names a thing in quoted words; "called Dorn on Monday" says nothing.
      if (cue.entry.lemma === "call" && !CALLED_QUOTED.test(text.slice(cue.end, sentence.end)))
        continue;
      // "is widely believed to be", "had been expected, as ...", "confirmed by G7 sources": a passive
      // verb's subject is what is believed or confirmed, not who believes it.
      if (!nonEnglish && isPassive(text, sentence, cue, form)) continue;
      // "did not assert that ...": words not said are no statement.
      if (
        cls === "speech" &&
        !nonEnglish &&
        /\b(?:not|never)\s+$|n['’]t\s+$/iu.test(
          text.slice(Math.max(sentence.start, cue.start - 10), cue.start),
        )
      )
        continue;
      // "could justify", "might reject": a possibility the writer weighs, not a position taken.
      if (
        cls !== "intention" &&
        /\b(?:could|might|may)\s+(?:not\s+)?$/iu.test(
          text.slice(Math.max(sentence.start, cue.start - 12), cue.start),
        )
      )
        continue;
      // A bare or plural form followed by a verb is a noun: "military support is", "the plan was".
      // A phrase ("left open the possibility of") is a verb whatever follows.
      if (
        !/(?:ed|ing)$/.test(form) &&
        !/\s/u.test(form) &&
        NOUN_FOLLOWS.test(text.slice(cue.end, cue.end + 12))
      )
        continue;
      // A participle after a comma ("..., demanding ...") takes the clause's subject, not the nearest noun.
      // The verb of a phrase ("calling on", "pushing for") is its first word.
      const participle =
        /^\p{L}+ing(?![\p{L}])/u.test(form) &&
        !/\b(?:is|are|was|were|been|be)\s+(?:[\p{L}]+ly\s+)?$/iu.test(
          text.slice(Math.max(sentence.start, cue.start - 20), cue.start),
        );
      let subject = participle ? null : subjectBefore(input, sentence, cue.start, cls === "speech");
      // A headline's infinitive: "Putin to demand ..." (only from the start of the sentence).
      if (!subject && !participle) {
        const opener = openerOf(input, sentence);
        if (opener && /^\s+to\s+$/u.test(text.slice(opener.end, cue.start))) subject = opener;
      }
      // A base form after a singular subject without an auxiliary is a noun: "Trump's Ukraine plan".
      if (
        subject &&
        form === cue.entry.lemma &&
        !/\b(?:will|would|to|can|could|did|do|does|may|might|must|should|shall)\s+(?:[\p{L}]+\s+)?$/iu.test(
          text.slice(subject.end, cue.start),
        )
      ) {
        const kind = input.actors.get(subject.actorKey)?.kind;
        if (kind !== "group" && !/s$/u.test(text.slice(subject.start, subject.end))) subject = null;
      }
      let inverted = false;
      let inherited = false;
      if (!subject && participle && !previousSubject) {
        const opener = openerOf(input, sentence) ?? datelinedOpener(input, sentence);
        if (opener) previousSubject = opener.actorKey;
      }
      if (!subject) {
        const after = mentionAfter(input, cue.end, Math.min(sentence.end, cue.end + 3));
        const lead = text.slice(sentence.start, cue.start);
        const invertable =
          INVERTABLE.test(form) || (input.language != null && input.language !== "en");
        if (after && cls === "speech" && invertable && /[,”"»—–-]\s*$/u.test(lead)) {
          subject = after;
          inverted = true;
        } else if (
          previousSubject &&
          /(?:,\s*|\b(?:and|while|by)\s+)$/u.test(
            text.slice(Math.max(sentence.start, cue.start - 8), cue.start),
          )
        ) {
          subject = {
            start: cue.start,
            end: cue.start,
            actorKey: previousSubject,
            via: "pronoun",
          };
          inherited = true;
        }
      }
      if (!subject && nonEnglish) {
        subject = foreignSubject(input, sentence, cue, cls, sentenceIndex, recentHolders);
        inverted = subject !== null && subject.start >= cue.start;
      }
      if (!subject) continue;
      if (!inverted && !inherited && subordinateSubject(input, sentence, subject, cls)) continue;
      const partnerBefore: Mention | null = inherited ? previousPartner : null;
      previousSubject = subject.actorKey;
      const continuation =
        inherited &&
        form.endsWith("ing") &&
        attributed.some((x) => x.cue.entry.class !== "publish") &&
        !/^[\s,:]*[“"«]/u.test(text.slice(cue.end, cue.end + 4)) &&
        !/^\s+that\s/u.test(text.slice(cue.end, cue.end + 7));
      attributed.push({ cue, subject, inverted, inherited, continuation });
      // "Both Putin and Trump have expressed ...": every coordinated subject holds the position.
      const own = coordinatedSubject(input, sentence, subject);
      const partner: Mention | null = own ?? partnerBefore;
      // "Canada, Mexico and the EU have insisted": the list's earlier members too.
      const partners = partner ? [partner, ...(own ? listMembers(input, sentence, own) : [])] : [];
      for (const p of partners)
        attributed.push({
          cue,
          subject: p,
          inverted,
          inherited,
          continuation,
        });
      previousPartner = partner;
    }

    let consumedUntil = sentence.start;
    const before = statements.length;
    attributed.forEach((item, i) => {
      const { cue, subject, inverted } = item;
      if (cue.entry.class === "publish" || item.continuation) return;
      if (cue.start < consumedUntil && !attributed.slice(0, i).some((x) => x.cue === cue)) return;
      const later = attributed.slice(i + 1).filter((x) => x.cue !== cue && !x.continuation);
      let content: Span | null;
      if (cue.entry.class === "according") {
        // "According to X, ..." / "..., according to him, it needs ..." / "..., according to X."
        const after = trimSpan(text, {
          start: subject.end,
          end: clauseEnd(input, sentence, subject.end, later),
        });
        const complementiser = /^(?:что|que|qu['’])(?![\p{L}])\s*/iu.exec(
          text.slice(after.start, after.end),
        );
        if (complementiser) after.start += complementiser[0].length;
        // A document phrase may open the clause ("В нём подчёркивается, что ..."): what precedes it is not content.
        const until = Math.min(cue.start, subject.start);
        // "“...”, — говорится в заявлении, опубликованном ...": a quotation before the cue is its content.
        const quoteFirst = /[”"»][\s,]*[—–-]?\s*$/u.test(
          text.slice(Math.max(sentence.start, until - 6), until),
        );
        content =
          wordCount(text.slice(after.start, after.end)) >= 3 && !quoteFirst
            ? after
            : trimSpan(text, {
                start: clauseStartBefore(input, sentence, until),
                end: until,
              });
        // An outlet cited as the source of its own analysis states no position of an actor.
        if (isOutlet(input, subject.actorKey) && !embeddedHolder(input, content, subject.actorKey))
          return;
      } else {
        content =
          // Inverted ("“…,” said Scott Paul, the president of …"): the quotation stands before the verb.
          quoteBeforeSubject(
            input,
            sentence,
            inverted ? { ...subject, start: cue.start, end: cue.end } : subject,
            quotesHere,
          ) ??
          postposedContent(
            input,
            sentence,
            cue,
            inverted,
            contentAfter(input, sentence, inverted ? subject.end : cue.end, later, quotesHere),
            quotesHere,
          ) ??
          (cue.entry.class === "speech"
            ? contentBefore(
                input,
                sentence,
                inverted ? cue.start : subject.start,
                inverted ? Math.max(cue.end, subject.end) : cue.end,
              )
            : null);
      }
      // "backed the plan, which ..." / "ripped X, who said ...": a stance verb's object is a noun phrase,
      // and a non-restrictive relative clause or an appositive after it is the writer's background.
      if (
        content &&
        cue.entry.class === "stance" &&
        !nonEnglish &&
        !quoteCovering(quotesHere, content)
      ) {
        const np = NOUN_PHRASE_END.exec(text.slice(content.start, content.end));
        if (np && wordCount(text.slice(content.start, content.start + np.index)) >= 2)
          content = { start: content.start, end: content.start + np.index };
      }
      // "Франция выступила против санкций": a stance verb's one-word object needs its holder and verb to
      // say anything, as English gets from its characterisations.
      if (
        nonEnglish &&
        (!content || wordCount(text.slice(content.start, content.end)) < 2) &&
        cue.entry.polarity !== 0 &&
        !inverted &&
        subject.end > subject.start &&
        subject.end <= cue.start
      ) {
        const end = clauseEnd(input, sentence, cue.end, later);
        if (wordCount(text.slice(cue.end, end)) >= 1)
          content = trimSpan(text, { start: subject.start, end });
      }
      if (content && !quoteCovering(quotesHere, content)) content = clauseWithEnd(text, content);
      // "a proposal Freedonia has flatly rejected": a stance verb closing a relative clause without "that"
      // has the noun before its subject for object.
      if (
        !content &&
        cue.entry.class === "stance" &&
        !nonEnglish &&
        !inverted &&
        !item.inherited &&
        subject.end > subject.start &&
        subject.end <= cue.start &&
        /^\p{Lu}/u.test(text.slice(subject.start, subject.end)) &&
        /^\s*(?:[.!?;,)—–]|$)/u.test(text.slice(cue.end, sentence.end))
      ) {
        const np = CONTACT_ANTECEDENT.exec(
          text.slice(Math.max(sentence.start, subject.start - 50), subject.start),
        );
        if (np) content = { start: subject.start - np[0].length, end: cue.end };
      }
      if (!content || wordCount(text.slice(content.start, content.end)) < 2) {
        // "« A » d'X « B », a déclaré Y sur ZDF": quotations the verb closes are still Y's words.
        if (cue.entry.class === "speech" && quotesHere.some((q) => q.end <= cue.start)) {
          const speakers = lastSpeaker.get(sentence.paragraph) ?? [];
          speakers.push({ key: subject.actorKey, sentence: sentenceIndex });
          lastSpeaker.set(sentence.paragraph, speakers);
        }
        return;
      }
      const body = text.slice(content.start, content.end);
      // A clause with no subject of its own is a relative clause's gap: "qualities that he believes could help".
      // What fills the gap is the antecedent: "a showdown that European leaders warned could escalate".
      if (GAPPED.test(body) && cue.entry.class !== "intention") {
        if (nonEnglish || inverted || item.inherited || subject.end <= subject.start) return;
        const lead = text.slice(Math.max(sentence.start, subject.start - 60), subject.start);
        const rel = RELATIVE_ANTECEDENT.exec(lead);
        if (!rel || rel.index === undefined) return;
        content = { start: subject.start - lead.length + rel.index, end: content.end };
      }
      consumedUntil = Math.max(consumedUntil, content.end);
      recentHolders.push({ key: subject.actorKey, sentence: sentenceIndex });
      const speakers = lastSpeaker.get(sentence.paragraph) ?? [];
      speakers.push({ key: subject.actorKey, sentence: sentenceIndex });
      lastSpeaker.set(sentence.paragraph, speakers);

      const opening = quoteCovering(quotesHere, content);
      const resumed =
        opening && opening.end <= subject.start + 1
          ? resumedQuote(input, opening, Math.max(cue.end, subject.end), quotesHere)
          : null;
      if (opening && resumed) {
        usedQuotes.add(opening);
        usedQuotes.add(resumed);
        statements.push(
          buildStatement(input, {
            speaker: subject,
            cue,
            evidence: { start: opening.inner.start, end: resumed.inner.end },
            direct: true,
            sources,
            sentence,
          }),
        );
        return;
      }
      for (const part of splitPositions(input, content, quotesHere)) {
        const quote = quoteCovering(quotesHere, part);
        if (quote) usedQuotes.add(quote);
        const pieces = quote ? quoteSentences(input, quote) : [part];
        for (const evidence of pieces) {
          statements.push(
            buildStatement(input, {
              speaker: subject,
              cue,
              evidence,
              // Each sentence of a long quotation has its own subject; a single one may sit in a wider clause.
              clause: pieces.length > 1 ? evidence : part,
              direct: Boolean(quote),
              sources,
              sentence,
            }),
          );
        }
      }
    });

    // Positions stated without a reporting verb: "X's view: ...", "For X, the goal is ...", "X is open to ...".
    const found = statements.slice(before);
    for (const own of characterisations(input, sentence, sources, found.length > 0)) {
      if (
        !found.some(
          (x) => x.evidence.start < own.evidence.end && x.evidence.end > own.evidence.start,
        )
      )
        statements.push(own);
    }
  });

  statements.push(...unopenedQuotations(input, statements));

  // Quotations no cue claimed continue the paragraph's (or the previous paragraph's) last speaker.
  for (const quote of input.quotes) {
    if (usedQuotes.has(quote) || isExcluded(quote)) continue;
    const words = wordCount(text.slice(quote.inner.start, quote.inner.end));
    if (words < 4 || quoteSentences(input, quote).length === 0) continue;
    const sentenceIndex = input.sentences.findIndex(
      (s) => quote.start >= s.start && quote.start < s.end,
    );
    const sentence = input.sentences[sentenceIndex];
    if (!sentence) continue;
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
    const speaker = before(sentence.paragraph) ?? next ?? before(sentence.paragraph - 1);
    if (!speaker || sentenceIndex - speaker.sentence > 3) continue;
    const mention: Mention = {
      start: quote.start,
      end: quote.start,
      actorKey: speaker.key,
      via: "pronoun",
    };
    statements.push({
      ...buildStatement(input, {
        speaker: mention,
        cue: null,
        evidence: quote.inner,
        direct: true,
        sources: sentenceSources(input, sentence, []),
        sentence,
      }),
      confidence: 0.6,
    });
  }

  factsOf = null;
  return dedupe(statements.filter((s) => !isExcluded(s.evidence)));
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
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sentences[mid] as Sentence).start <= pos) lo = mid + 1;
      else hi = mid;
    }
    const s = sentences[lo - 1];
    return s && pos < s.end ? s : undefined;
  };
}

/**
 * Sources with one sentence per line may drop a quotation's opening mark: a paragraph that opens with
 * the speaker's words and closes them (“..., ” — said X) with no opening mark continues a quotation
 * begun in the paragraphs above it that hold no quotation mark at all. Each is the speaker's.
 */
function unopenedQuotations(
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
function anaphoricAttribution(
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
function preposedStance(
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

/** The subject right after a verb, past the adverbs, times and titles an inverted Russian or French subject takes. */
function invertedSubject(
  input: AttributionInput,
  sentence: Sentence,
  verbEnd: number,
): Mention | null {
  const { text, mentions } = input;
  for (let k = firstMentionFrom(mentions, verbEnd); k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.end > sentence.end) break;
    const between = text.slice(verbEnd, m.start);
    const skip = INVERSION_SKIP.exec(between)?.[0] ?? "";
    if (skip.length === between.length) return m;
    if (skip.length < between.trimEnd().length - 1) break;
  }
  return null;
}

/** A subject pronoun of Russian or French: it refers back to a recent speaker. */
const PRONOUN = /^(?:он|она|они|il|elle|ils|elles)$/iu;
const PLURAL_PRONOUN = /^(?:они|ils|elles)$/iu;
/** Words between an inverted verb and its subject: "— заявили также представители G7", "a indiqué dimanche soir". */
const INVERSION_SKIP =
  /^(?:\s+(?:и|также|тоже|ещё|еще|вновь|уже|позже|затем|ранее|накануне|вчера|сегодня|журналистам|репортёрам|репортерам|представители|представитель|официальные|официальный|участники|глава|главы|руководство|пресс-служба|пресс-секретарь|министры|министр|(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|aussi|encore|également|ensuite|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin|hier|aujourd['’]hui))*\s*/iu;

/**
 * The subject of a Russian or French verb that English rules miss: an inverted subject past adverbs
 * and a collective head ("— заявили также представители G7"), or a pronoun ("— сказала она",
 * "a-t-elle dit", "Он подчеркнул"), which stands for the latest recent speaker of its number.
 */
function foreignSubject(
  input: AttributionInput,
  sentence: Sentence,
  cue: CueHit,
  cls: CueClass,
  sentenceIndex: number,
  recent: readonly { key: string; sentence: number }[],
): Mention | null {
  const { text } = input;
  const lead = text.slice(sentence.start, cue.start);
  const afterQuoteOrComma = /[,”"»—–-]\s*$/u.test(lead);
  const form = text.slice(cue.start, cue.end);
  let pronoun: { word: string; at: number } | null = null;
  if (afterQuoteOrComma && cls === "speech") {
    const skip = INVERSION_SKIP.exec(text.slice(cue.end, sentence.end))?.[0] ?? "";
    const from = cue.end + skip.length;
    // The skipped words may open the subject itself: "— заявляют также министры иностранных дел X".
    const m =
      mentionAfter(input, from, Math.min(sentence.end, from + 3)) ??
      invertedSubject(input, sentence, cue.end);
    if (m && skip.trim() !== "") return m;
    const word = /^[\p{L}]+/u.exec(text.slice(from, sentence.end))?.[0] ?? "";
    if (PRONOUN.test(word)) pronoun = { word, at: from };
    // French inversion keeps the pronoun in the verb: "a-t-elle dit", "ont-ils ajouté", "estime-t-il".
    const inner = /-(?:t-)?(il|elle|ils|elles)(?![\p{L}])/iu.exec(form);
    if (!pronoun && inner?.[1]) pronoun = { word: inner[1], at: cue.start };
  }
  if (!pronoun) {
    const before =
      /(?:^|[\s,;:—–-])(он|она|они|il|elle|ils|elles)\s+(?:(?:также|тоже|уже|ещё|еще|вновь|не|ne|n['’])\s*)?$/iu.exec(
        lead,
      );
    if (before?.[1])
      pronoun = {
        word: before[1],
        at: cue.start - before[0].length + before[0].indexOf(before[1]),
      };
  }
  if (!pronoun) return null;
  const plural = PLURAL_PRONOUN.test(pronoun.word);
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i] as { key: string; sentence: number };
    if (sentenceIndex - r.sentence > 3) break;
    const kind = input.actors.get(r.key)?.kind;
    if (kind === "media_outlet") continue;
    // "он"/"elle" is a person; "они"/"ils" a group, a state, an institution or anonymous officials.
    if ((kind === "person") === plural) continue;
    // The pronoun's own span, so the content after an inverted "— сказала она" starts past it.
    const end = pronoun.at >= cue.end ? pronoun.at + pronoun.word.length : pronoun.at;
    return { start: pronoun.at, end, actorKey: r.key, via: "pronoun" };
  }
  return null;
}

/** Nouns for a document an actor issues, in the languages with impersonal citation ("говорится в заявлении"). */
const DOCUMENT_NOUN =
  "(?:заявлени|сообщени|документ|коммюнике|декларац|текст|письм|резолюци|обращени|доклад|пресс-релиз|послани|меморандум|communiqué|déclaration|texte|document|lettre)[\\p{L}]*";
/** "говорится [также] в (итоговом) заявлении", "peut-on lire dans le communiqué": the document after the verb. */
const DOCUMENT_AFTER = new RegExp(
  `^\\s+(?:также\\s+)?(?:в|во|dans)\\s+(?:(?:le|la|l['’]|un|une|son|sa|leur|ce|cette)\\s*)?(?:[\\p{L}-]+\\s+){0,2}?${DOCUMENT_NOUN}`,
  "iu",
);
/** "В нём подчёркивается", "в котором говорится", "В документе отмечается": the document before the verb. */
const DOCUMENT_BEFORE = new RegExp(
  `(?:^|[\\s,])(?:в|во)\\s+(?:нем|нём|ней|них|котором|которой|(?:[\\p{L}-]+\\s+){0,2}?${DOCUMENT_NOUN})\\s+(?:также\\s+)?$`,
  "iu",
);
/** A sentence that names a document: "опубликовали заявление", "a publié un communiqué". */
const NAMES_DOCUMENT = new RegExp(`(?<![\\p{L}])${DOCUMENT_NOUN}`, "iu");

/**
 * Who issued the document an impersonal cue cites ("говорится в заявлении МИД", "в нём
 * подчёркивается"): the actor named with the document, else the issuer of the document cited
 * last, else the subject of a recent sentence that names a document. The returned mention spans
 * the cue and its document phrase, so the content is looked for outside it.
 */
function documentIssuer(
  input: AttributionInput,
  sentence: Sentence,
  sentenceIndex: number,
  cue: CueHit,
  lastIssuer: { key: string; sentence: number } | null,
): Mention | null {
  const { text, mentions } = input;
  const issuerKind = (key: string) => {
    const kind = input.actors.get(key)?.kind;
    return kind !== undefined && kind !== "media_outlet" && kind !== "anonymous_source";
  };
  let start = cue.start;
  let end = cue.end;
  let named: Mention | undefined;
  const after = DOCUMENT_AFTER.exec(text.slice(cue.end, sentence.end));
  if (after) {
    end = cue.end + after[0].length;
    // The issuer inside the phrase ("dans le communiqué" as its issuer's mention) or right after it, in the genitive.
    named = mentions.find(
      (m) =>
        m.end > cue.end &&
        m.start < sentence.end &&
        (m.end <= end ||
          /^\s*(?:(?:du|de\s+la|de\s+l['’]|des)\s*)?$/iu.test(text.slice(end, m.start))),
    );
    if (named && named.start >= end) end = named.end;
  } else {
    // The issuer may stand between the document and the verb: "В заявлении МИД говорится".
    const k = firstMentionFrom(mentions, sentence.start);
    let last: Mention | undefined;
    for (let i = k; i < mentions.length && (mentions[i] as Mention).end <= cue.start; i++)
      last = mentions[i];
    const between = last ? text.slice(last.end, cue.start) : "";
    const lead =
      last && /^\s+(?:также\s+)?$/u.test(between)
        ? text.slice(sentence.start, last.start)
        : text.slice(sentence.start, cue.start);
    const before = DOCUMENT_BEFORE.exec(lead);
    if (!before) return null;
    start = sentence.start + before.index + (before[0].length - before[0].trimStart().length);
    if (last && lead.length < cue.start - sentence.start) named = last;
  }
  let key = named && issuerKind(named.actorKey) ? named.actorKey : null;
  // "говорится также в заявлении", "peut-on aussi lire dans le communiqué": "also" points back to the
  // document cited before, however long the quotation between them ran.
  const also = /(?<![\p{L}])(?:также|тоже|aussi|également)(?![\p{L}])/iu.test(
    text.slice(start, end),
  );
  if (!key && lastIssuer && sentenceIndex - lastIssuer.sentence <= (also ? 15 : 6))
    key = lastIssuer.key;
  if (!key) {
    // "Страны G7 опубликовали заявление. В нём говорится ...": the subject that issued it.
    for (let i = sentenceIndex; i >= 0 && i >= sentenceIndex - 3; i--) {
      const s = input.sentences[i];
      if (!s) break;
      const upto = i === sentenceIndex ? start : s.end;
      if (!NAMES_DOCUMENT.test(text.slice(s.start, upto))) continue;
      const opener = mentions[firstMentionFrom(mentions, s.start)];
      if (
        opener &&
        opener.end <= upto &&
        issuerKind(opener.actorKey) &&
        wordCount(text.slice(s.start, opener.start)) <= 1
      ) {
        key = opener.actorKey;
        break;
      }
    }
  }
  return key ? { start, end, actorKey: key, via: "description" } : null;
}

/** Outlets and agencies a sentence names as its source: "Bloomberg reported", "citing X", "told the FT". */
function sentenceSources(
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
  const first = input.mentions[firstMentionFrom(input.mentions, sentence.start)];
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

function isOutlet(input: AttributionInput, key: string): boolean {
  return input.actors.get(key)?.kind === "media_outlet";
}

/**
 * What makes the next mention a complement, not a subject: a quantifier ("few in", "none of") or
 * an abstract noun ("the expansion of", "the enlargement of the").
 */
const MODIFIER_BEFORE =
  /(?:^|[^\p{L}])(?:(?:[Ff]ew|[Nn]one|[Nn]o one|[Nn]obody|[Nn]either)\s+(?:in|of|from)|\p{Ll}{3,}(?:ion|ment|ance|ence|ity|ness|ure)\s+of)\s+(?:the\s+)?$/u;

/** Forms of "be" (and an adverb) before a participle: "is widely believed", "had been expected". */
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:[\p{L}]+ly\s+)?$/iu;
/** Irregular participles among the cue forms: "was told", "were written". */
const IRREGULAR_PARTICIPLE = /^(?:said|told|written|sought|thought|held)$/;

/**
 * A reporting verb in the passive: after a form of "be" and closing its clause or naming its agent
 * ("is believed to be", "had been expected, as ...", "are aimed at"), or a bare participle with its
 * agent (", confirmed by G7 sources"). Its subject is the thing reported, not the one reporting.
 */
function isPassive(text: string, sentence: Sentence, cue: CueHit, form: string): boolean {
  if (!/ed$/u.test(form) && !IRREGULAR_PARTICIPLE.test(form)) return false;
  const after = text.slice(cue.end, Math.min(sentence.end, cue.end + 12));
  if (/^\s+by\s/iu.test(after)) return true;
  const before = text.slice(Math.max(sentence.start, cue.start - 24), cue.start);
  return BE_BEFORE.test(before) && /^(?:\s+(?:at|to be)(?![\p{L}])|\s*[,.;]|\s*$)/iu.test(after);
}

/**
 * A subject inside a subordinate clause that states no position: a condition ("if X does not agree
 * to ...") or, for a verb of intention, the writer's account of a motive ("because X hoped to ...",
 * "a clear sign he wanted to ...").
 */
function subordinateSubject(
  input: AttributionInput,
  sentence: Sentence,
  subject: Mention,
  cls: CueClass,
): boolean {
  if (input.language != null && input.language !== "en") return false;
  const before = input.text.slice(Math.max(sentence.start, subject.start - 60), subject.start);
  // The condition may coordinate several subjects: "if Britain, France and X do not agree".
  if (
    /(?:^|[^\p{L}])(?:[Ii]f|[Uu]nless|[Ww]hether)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,\s*|\s+(?:and|or)\s+))*(?:the\s+)?$/u.test(
      before,
    )
  )
    return true;
  return (
    cls === "intention" &&
    /(?:^|[^\p{L}])(?:because|since|sign|signs|indication)\s+(?:that\s+)?(?:the\s+)?$/iu.test(
      before,
    )
  );
}

/** The mention that is the grammatical subject of a verb at `pos`: the nearest one to its left, past filler. */
function subjectBefore(
  input: AttributionInput,
  sentence: Sentence,
  pos: number,
  /** A verb of saying: ", who said ..." reports the words of the noun before "who". */
  relative = false,
): Mention | null {
  const { text, mentions } = input;
  const foreign = input.language != null && input.language !== "en";
  let best: Mention | null = null;
  // The candidates run from the sentence's first mention to the first one ending past `pos`; the
  // last that qualifies wins, so they are tried from the nearest back.
  const first = firstMentionFrom(mentions, sentence.start);
  let last = first;
  while (last < mentions.length && (mentions[last] as Mention).end <= pos) last++;
  for (let i = last - 1; i >= first && best === null; i--) {
    const m = mentions[i] as Mention;
    let between = text.slice(m.end, pos);
    const appositive = APPOSITIVE.exec(between) ?? AGENT_PHRASE.exec(between);
    if (appositive && !/[“”"«»]/u.test(appositive[0]))
      between = between.slice(appositive[0].length);
    // A name in quotation marks is still the subject: "«Большая семерка» предупредила".
    if (/^[”"»]\s*$/u.test(between) && /[“"«]$/u.test(text.slice(m.start - 1, m.start)))
      between = between.slice(1);
    if (foreign) {
      // A bare comma never separates a subject from its verb: "..., — сообщил X", "..., a indiqué X".
      if (!appositive && between.includes(",")) continue;
      // Nor is a noun after a preposition a subject: "против России выступили ...".
      if (OBLIQUE.test(text.slice(Math.max(sentence.start, m.start - 12), m.start))) continue;
    }
    const surface = text.slice(m.start, m.end);
    // ", who said ...": the antecedent speaks; ", who opposed ..." is background, not a statement.
    if (relative) between = between.replace(/^\s*,?\s*who\s+/u, " ");
    // "officials who spoke on condition of anonymity said": a restrictive relative clause.
    const restrictive = relative && RELATIVE_CLAUSE.test(text.slice(m.end, pos));
    // ... and an actor inside it ("officials who met Trump said") is not the subject.
    if (
      relative &&
      i > first &&
      RELATIVE_CLAUSE.test(text.slice((mentions[i - 1] as Mention).end, m.start))
    )
      continue;
    if (
      restrictive ||
      between.length === 0 ||
      FILLER.test(between) ||
      (foreign &&
        FOREIGN_FILLER.test(between) &&
        !FOREIGN_CLAUSE_WORD.test(between) &&
        !/^\p{Ll}/u.test(surface) &&
        (input.actors.get(m.actorKey)?.kind === "person" || !ADJECTIVE_MENTION.test(surface)))
    ) {
      // The agent of a passive ("interviewed by Reuters now admit") is not the subject.
      if (/\bby\s+(?:the\s+)?$/iu.test(text.slice(Math.max(sentence.start, m.start - 12), m.start)))
        continue;
      // Nor a quantified or modifying noun's complement: "Few in X said", "the expansion of X threatens".
      if (MODIFIER_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start)))
        continue;
      // Nor the last word of a relative clause: "The tariffs, which ... before X, are aimed at".
      if (
        !foreign &&
        !relative &&
        /^\s*,/u.test(between) &&
        /,\s+(?:which|who|whose|that)\s[^,;:]*$/iu.test(text.slice(sentence.start, m.start))
      )
        continue;
      // Nor is a possessor ("Trump's team said"): its noun is.
      if (/^['’]s\s+[\p{Ll}]/u.test(text.slice(m.end, m.end + 4))) continue;
      // Nor an actor inside an appositive ("Todd Leebow, president of Majestic Steel USA, said"):
      // the person before it is.
      if (i > first && /^\s*,/u.test(text.slice(m.end, pos))) {
        const outer = mentions[i - 1] as Mention;
        if (APPOSITIVE_OPEN.test(text.slice(outer.end, m.start))) continue;
        // Nor one deeper in it ("X, in his first comments on Y and Z, called for"): an earlier
        // mention's appositive that closes past this one.
        if (insideAppositive(input, sentence, first, i, pos)) continue;
      }
      best = m;
      // "Prime Minister X of Canada said": the place qualifies the person, who is the subject.
      const head = i > first ? (mentions[i - 1] as Mention) : null;
      if (
        head &&
        input.actors.get(head.actorKey)?.kind === "person" &&
        input.actors.get(m.actorKey)?.kind !== "person" &&
        /^\s+(?:of|from)\s+(?:the\s+)?$/u.test(text.slice(head.end, m.start))
      )
        best = head;
    }
  }
  if (best && NAMELESS_PRONOUN.test(text.slice(best.start, best.end))) return null;
  return best;
}

/** Whether mention `i` lies inside the appositive of an earlier mention of the sentence that ends before `pos`. */
function insideAppositive(
  input: AttributionInput,
  sentence: Sentence,
  first: number,
  i: number,
  pos: number,
): boolean {
  const { text, mentions } = input;
  const m = mentions[i] as Mention;
  for (let j = i - 1; j >= first; j--) {
    const outer = mentions[j] as Mention;
    if (outer.start < sentence.start) break;
    const between = text.slice(outer.end, pos);
    // A description opens in lower case; "His envoy, Jan Kowal, said" names the subject instead.
    const appositive = /^\s*,\s+\p{Ll}/u.test(between) ? APPOSITIVE.exec(between) : null;
    if (appositive && outer.end + appositive[0].length > m.end) return true;
  }
  return false;
}

/**
 * Up to six words between a Russian or French subject and its verb: adverbs, a time, a place
 * ("Трасс на пресс-конференции в Ливерпуле предупредила", "Шольц в среду предупредил").
 */
const FOREIGN_FILLER = /^\s+(?:[\p{L}\p{N}'’-]*[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){1,6}$/u;
/** A state's or organization's adjective ("германские официальные лица", "du gaz russe") modifies the real subject. */
const ADJECTIVE_MENTION = /(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ых|их|ую|юю|ым|им)$/u;
/** A word in that stretch that opens or is a clause of its own: a conjunction, a relative, a finite verb. */
const FOREIGN_CLAUSE_WORD =
  /(?<![\p{L}])(?:и|а|но|что|чтобы|который|которая|которое|которые|если|когда|где|как|et|mais|qui|que|qu|dont|où|si|quand|[\p{L}]+(?:ла|ли|ло|лся|лась|лись|ется|ются|ит|ят|ет|ют))(?![\p{L}])/iu;
/** A preposition (and article) just before a mention: the mention is its object, not a subject. */
const OBLIQUE =
  /(?<![\p{L}])(?:в|во|на|с|со|о|об|к|ко|по|за|из|от|до|для|без|у|при|про|через|против|между|перед|после|de|du|des|d['’]|à|au|aux|avec|pour|contre|sur|en|par|dans|entre|vers|chez|sans)\s*(?:(?:le|la|les|l['’])\s*)?$/iu;

/** "interviewed by Reuters", "cited by Bloomberg": a participle phrase between a subject and its verb. */
const AGENT_PHRASE =
  /^\s*,?\s*(?:interviewed|cited|quoted|contacted|reached|questioned|surveyed|polled)\s+by\s+[^,;:“”"«»]{1,50}?(?=\s+[\p{Ll}])/u;

/** "Both Putin and Trump said": the other subject of a coordination. */
function coordinatedSubject(
  input: AttributionInput,
  sentence: Sentence,
  subject: Mention,
): Mention | null {
  if (subject.end <= subject.start) return null;
  // The last mention (in order) ending by the subject's start and starting in the sentence: only
  // mentions starting by the subject's start can end by it, and starts only fall going back.
  let previous: Mention | undefined;
  for (let i = firstMentionFrom(input.mentions, subject.start + 1) - 1; i >= 0; i--) {
    const m = input.mentions[i] as Mention;
    if (m.start < sentence.start) break;
    if (m.end <= subject.start) {
      previous = m;
      break;
    }
  }
  if (!previous || previous.actorKey === subject.actorKey) return null;
  const anonymous = (key: string) => input.actors.get(key)?.kind === "anonymous_source";
  if (anonymous(previous.actorKey) || anonymous(subject.actorKey)) return null;
  const between = input.text.slice(previous.end, subject.start);
  // "… and the country's Trade Minister Steven Ciobo": a determiner before the second title.
  // Russian and French coordinate the same way: "министры … и верховный представитель ЕС".
  return /^\s*(?:,\s*)?(?:and|as well as|и|а также|et|ainsi que)\s+(?:the\s+(?:(?:country|nation|state)['’]s\s+)?|its\s+|their\s+|(?:le|la|les|l['’]|son|sa|ses|leur|leurs)\s*)?$/iu.test(
    between,
  )
    ? previous
    : null;
}

/** "A, B and C": the members a comma joins before the first of a coordination (B's "A"), nearest first. */
function listMembers(input: AttributionInput, sentence: Sentence, head: Mention): Mention[] {
  const out: Mention[] = [];
  let at = head;
  for (;;) {
    const k = firstMentionFrom(input.mentions, at.start) - 1;
    const m = input.mentions[k];
    if (!m || m.start < sentence.start || m.end > at.start) break;
    if (!/^\s*,\s*(?:the\s+|(?:le|la|les|l['’])\s*)?$/iu.test(input.text.slice(m.end, at.start)))
      break;
    if (input.actors.get(m.actorKey)?.kind === "anonymous_source" || m.actorKey === at.actorKey)
      break;
    out.push(m);
    at = m;
  }
  return out;
}

/** Index of the first mention starting at or after `pos` (mentions are sorted by start). */
function firstMentionFrom(mentions: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first mention starting within the first five characters of a sentence. */
function openerOf(input: AttributionInput, sentence: Sentence): Mention | undefined {
  const m = input.mentions[firstMentionFrom(input.mentions, sentence.start)];
  return m && m.start <= sentence.start + 4 ? m : undefined;
}

/** A dateline before a sentence's subject: "TEL AVIV (Agency) - ", "WASHINGTON — ". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]*(?:\([^)]{1,40}\))?\s*[-—–]\s*(?:the\s+|The\s+)?$/u;

/** The subject opening a sentence after its dateline ("PARIS (Agency) - Ruritania presented ..."). */
function datelinedOpener(input: AttributionInput, sentence: Sentence): Mention | undefined {
  const { mentions, text } = input;
  for (let k = firstMentionFrom(mentions, sentence.start); k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.start >= sentence.end || m.start > sentence.start + 60) return undefined;
    if (isOutlet(input, m.actorKey)) continue;
    return DATELINE.test(text.slice(sentence.start, m.start)) ? m : undefined;
  }
  return undefined;
}

/** The mention right after `pos` (past punctuation and "the"), if it starts by `limit`. */
function mentionAfter(input: AttributionInput, pos: number, limit: number): Mention | null {
  const m = input.mentions[firstMentionFrom(input.mentions, pos)];
  if (!m || m.start > limit) return null;
  return /^[\s,:]*(?:the\s+|le\s+|la\s+|les\s+|l['’])?[“"«]?$/iu.test(
    input.text.slice(pos, m.start),
  )
    ? m
    : null;
}

/** What a verb at `from` introduces: a quotation, a that-clause past its recipient, or an object clause. */
function contentAfter(
  input: AttributionInput,
  sentence: Sentence,
  from: number,
  later: readonly { cue: CueHit; subject: Mention }[],
  quotes: readonly Quote[],
): Span | null {
  const { text } = input;
  const rest = text.slice(from, sentence.end);
  // A quotation right after the verb (": “...”", ", “...”").
  const quote = quotes.find(
    (q) => q.start >= from && /^[\s,:—–-]*$/u.test(text.slice(from, q.start)),
  );
  if (quote) return { start: quote.start, end: Math.min(quote.end, sentence.end) };
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
  // Only a parenthesis is left ("— сказала она (цитата по ТАСС)."): a credit, not content.
  if (/^\([^)]*\)[.!?]*$/u.test(body)) return null;
  return span;
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
function postposedContent(
  input: AttributionInput,
  sentence: Sentence,
  cue: CueHit,
  inverted: boolean,
  after: Span | null,
  quotes: readonly Quote[],
): Span | null {
  if (!after || quoteCovering(quotes, after)) return after;
  if (inverted && cue.entry.class === "speech") return null;
  const { text } = input;
  const body = text.slice(after.start, after.end);
  if (input.language != null && input.language !== "en") {
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
function clauseWithEnd(text: string, span: Span): Span | null {
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

/**
 * For a verb that ends its sentence ("..., the official said on Thursday."): the clause before the
 * subject. A verb with more than a time or place after it introduces something else.
 */
function contentBefore(
  input: AttributionInput,
  sentence: Sentence,
  subjectStart: number,
  /** Where the attribution ends: the verb, or an inverted subject after it ("a indiqué dimanche la ministre"). */
  attributionEnd: number,
): Span | null {
  const { text } = input;
  const tail = text.slice(attributionEnd, sentence.end);
  if (wordCount(tail) > 4 && !RECIPIENT.test(tail.replace(/[.!?]+\s*$/u, ""))) return null;
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
function clauseStartBefore(input: AttributionInput, sentence: Sentence, pos: number): number {
  const head = input.text.slice(sentence.start, pos);
  const m = /^.*(?:;\s|:\s)/su.exec(head);
  return m && m[0].length < head.length - 10 ? sentence.start + m[0].length : sentence.start;
}

/** “...,” <subject> said: the quotation that ends right before the subject. */
function quoteBeforeSubject(
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
function quoteSentences(input: AttributionInput, quote: Quote): Span[] {
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
function resumedQuote(
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

/** ", и <up to five words> <finite verb>": a second clause with a subject of its own. */
const RU_NEW_CLAUSE =
  /,\s+(?:и|а|но|однако)\s+(?:[\p{L}"«»-]+\s+){1,5}?[\p{L}]+(?:ал|ял|ил|ел|ыл|ла|ло|ли|лся|лась|лось|лись|ет|ит|ют|ят|ется|ится|ются|ятся)(?![\p{L}])/u;
/** ", et <pronoun or up to five words> <auxiliary>": the same in French. */
const FR_NEW_CLAUSE =
  /,\s+(?:et|mais)\s+(?:(?:il|elle|ils|elles|on)\s|(?:[\p{L}'’-]+\s+){1,5}?(?:a|ont|est|sont|avait|avaient|sera|seront|va|vont|doit|doivent)\s)/u;

/**
 * Where a clause that starts at `from` ends: at the sentence end, or where a later verb's clause
 * begins (", and warned", ", Bloomberg reported"). A later verb whose subject opens this clause is
 * nested in it ("told the FT that Putin wants ...") and does not end it.
 */
function clauseEnd(
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
  const foreignClause =
    input.language === "ru"
      ? RU_NEW_CLAUSE.exec(rest)
      : input.language === "fr"
        ? FR_NEW_CLAUSE.exec(rest)
        : null;
  const cuts = [
    newClause && wordCount(rest.slice(0, newClause.index)) >= 4 ? newClause.index : -1,
    foreignClause && wordCount(rest.slice(0, foreignClause.index)) >= 2 ? foreignClause.index : -1,
  ].filter((x) => x >= 0);
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
    if (explicit && subject.start >= from && subject.start - from <= 2) continue;
    const cut =
      explicit && subject.start > from && subject.start < cue.start ? subject.start : cue.start;
    const head = input.text.slice(from, cut);
    const joint = /(?:[\s,;]+(?:and|but|while|as|и|а|но|однако|et|mais)?)?[\s,;]*$/u.exec(head);
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
 * A clause may hold several positions: "A, as well as B"; "A; B"; "A, while B"; and "A and/or <verb> B"
 * when the two verb phrases are about different issues ("never joins NATO and becomes a neutral state").
 */
function splitPositions(input: AttributionInput, span: Span, quotes: readonly Quote[]): Span[] {
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

function quoteCovering(quotes: readonly Quote[], span: Span): Quote | null {
  for (const q of quotes) {
    const overlap = Math.min(q.end, span.end) - Math.max(q.start, span.start);
    if (overlap > 0 && overlap >= 0.6 * (span.end - span.start)) return q;
  }
  return null;
}

interface BuildArgs {
  speaker: Mention;
  cue: CueHit | null;
  evidence: Span;
  /** The clause the evidence stands in, when wider ("the Kremlin is “open to ...”"): where an embedded holder is looked for. */
  clause?: Span;
  direct: boolean;
  sources: readonly Mention[];
  sentence: Sentence;
}

function buildStatement(input: AttributionInput, args: BuildArgs): RawStatement {
  const { text } = input;
  const evidence = trimSpan(text, args.evidence);
  let holder = args.speaker.actorKey;
  let mode: StatementMode = args.direct
    ? "direct_quote"
    : args.cue && (args.cue.entry.class === "intention" || args.cue.future)
      ? "reported_intention"
      : "indirect_speech";
  let cuePolarity: -1 | 0 | 1 = args.cue?.entry.polarity ?? 0;
  const chain: RawStatement["chain"] = [];
  let cueText = args.cue ? text.slice(args.cue.start, args.cue.end) : null;

  // "told X that Russia's objective is ..." / “[Putin] wants ...”: the position belongs to the embedded subject.
  // A stance verb's object names its target, not a holder: "welcomed Trump's interest".
  const embedded =
    args.cue?.entry.class === "stance" && !args.direct
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
    if (embedded.polarity !== 0) cuePolarity = embedded.polarity;
    if (!args.direct && embedded.cue) cueText = embedded.cue;
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
function addOuterHops(
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

// Patterns built once from the lexicons (they are matched for every clause).
const POSSESSED_POSITION = new RegExp(
  `^(?:['’]s?)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(${POSITION_NOUNS.join("|")})(?![\\p{L}])`,
  "iu",
);
const FOR_X_POSITION = new RegExp(
  `^,\\s+(?:the|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${POSITION_NOUNS.join("|")})\\b[^,;]*?\\s(?:is|are|was|will be)\\s+`,
  "iu",
);
const ATTITUDES = ATTITUDE_ADJECTIVES.map((a) => ({
  ...a,
  re: new RegExp(`^${escapeRe(a.words)}(?![\\p{L}])`, "iu"),
}));
// Scanned through the hedge's own words, since the look-behind first would be tried at every character.
const HEDGE_PATTERNS = HEDGES.map((h) => ({
  ...h,
  re: ledPattern(`(?<![\\p{L}])(?:${h.pattern})(?![\\p{L}])`, "iu", `(?:${h.pattern})`),
}));

/**
 * The holder inside a clause or quotation: a third party who "wants", "will demand", "is open to",
 * "accepts", or whose "position"/"priority" the clause states. The speaker themself ("I", "we") is
 * not one, nor is the state a named speaker speaks for ("Lavrov reaffirmed Russia's stance": Lavrov's).
 */
function embeddedHolder(
  input: AttributionInput,
  span: Span,
  speaker: string,
  /** The speaker is a spokesperson: what their own side will do is their principal's intention. */
  spokesperson = false,
): {
  mention: Mention;
  polarity: -1 | 0 | 1;
  cue: string | null;
  evidenceStart: number;
} | null {
  const { text } = input;
  const { mentions } = input;
  let first: Mention | undefined = mentions[firstMentionFrom(mentions, span.start)];
  if (!first || first.start >= span.end) return null;
  if (first.actorKey === speaker || !first.actorKey) return null;
  // "Trump and Putin ready to ...": the verb follows the last of coordinated subjects (the caller adds the others).
  const opener = first;
  for (let i = firstMentionFrom(mentions, opener.end + 1); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= span.end) break;
    if (/^\s+(?:and|&)\s+$/u.test(text.slice(opener.end, m.start))) {
      first = m;
      break;
    }
  }
  // Up to a short introductory phrase ("In the meantime,", "However,") and an article or bracket.
  if (
    !/^[\s[(“"«]*(?:[^,;:“”"«»]{0,30},\s*)?(?:the\s+)?$/iu.test(
      text.slice(span.start, opener.start),
    )
  )
    return null;
  let rest = text.slice(first.end, Math.min(span.end, first.end + 160));
  const appositive = /^\s*,\s[^,;“”"«»]{1,90},\s*/u.exec(rest) ?? /^\s*\][\s,]*/u.exec(rest);
  if (appositive) rest = rest.slice(appositive[0].length);
  const surface = text.slice(first.start, first.end);
  // A named speaker voices their own state's or organization's position ("Lavrov said Russia is open to ...").
  // A spokesperson conveys their principal's position instead ("the Kremlin's spokesman said Russia will ...").
  if (!spokesperson && speaksFor(input, speaker, first.actorKey)) return null;
  if (first.via === "possessive" || /^['’]s?\s/u.test(rest) || /['’]s$/u.test(surface)) {
    const noun = POSSESSED_POSITION.exec(rest);
    return noun
      ? {
          mention: first,
          polarity: 0,
          cue: noun[1] ?? null,
          evidenceStart: first.start,
        }
      : null;
  }
  const fillerAux =
    /^(?:\s+(?:has|have|had|is|are|was|were|will|would|may|might|could|also|still|now|already|reportedly|allegedly|himself|herself|itself|in turn|,\s*in turn,|[\p{L}]+ly))*\s+/iu;
  const aux = fillerAux.exec(` ${rest.replace(/^[\s,]+/, "")}`)?.[0] ?? "";
  const after = ` ${rest.replace(/^[\s,]+/, "")}`.slice(aux.length).replace(/^[“"«]/u, "");
  // Headlines drop the copula: "Putin ready to meet Trump", "Russia open to talks".
  const headlineStyle =
    aux.trim() === "" && /^(?:ready|open|willing|prepared|poised|eager|set) to\b/iu.test(after);
  if (
    headlineStyle ||
    /\b(?:is|are|was|were|be)\b/iu.test(aux) ||
    /^(?:is|are|was|were)\s/iu.test(after)
  ) {
    const copula = after.replace(/^(?:is|are|was|were|be)\s+(?:[\p{L}]+ly\s+)?[“"«]?/iu, "");
    for (const adj of ATTITUDES) {
      if (adj.re.test(copula)) {
        return {
          mention: first,
          polarity: adj.polarity,
          cue: adj.words,
          evidenceStart: first.start,
        };
      }
    }
    if (/^of the (?:opinion|view|position)\b/iu.test(copula))
      return {
        mention: first,
        polarity: 0,
        cue: "is of the opinion",
        evidenceStart: first.start,
      };
  }
  const verb = /^([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
  if (!verb) return null;
  // "the spokesman said Russia will respond": any verb after "will" states the principal's intention.
  if (
    spokesperson &&
    /\b(?:will|would)\s*$/iu.test(aux) &&
    /^\p{Ll}/u.test(after) &&
    sameSide(input, speaker, first.actorKey)
  )
    return {
      mention: first,
      polarity: 0,
      cue: `${aux.trim()} ${verb}`,
      evidenceStart: first.start,
    };
  const entry = englishCueByForm().get(verb);
  // "X is widely believed to be ...": a passive's subject is what is believed, not who believes.
  if (/\b(?:is|are|was|were|be|been)\b/iu.test(aux) && /ed$/u.test(verb)) return null;
  if (
    entry &&
    entry.class !== "publish" &&
    entry.class !== "according" &&
    !(entry.class === "speech" && !/\b(?:will|would)\b/iu.test(aux) && !isOutlet(input, speaker))
  ) {
    return {
      mention: first,
      polarity: entry.polarity,
      cue: `${aux.trim()} ${verb}`.trim(),
      evidenceStart: first.start,
    };
  }
  return null;
}

let cueByForm: Map<string, CueEntry> | undefined;

/** The first English cue entry listing each form, as `ENGLISH_CUES.find(c => c.forms.includes(form))` gives it. */
function englishCueByForm(): Map<string, CueEntry> {
  if (!cueByForm) {
    cueByForm = new Map();
    for (const entry of ENGLISH_CUES)
      for (const form of entry.forms) if (!cueByForm.has(form)) cueByForm.set(form, entry);
  }
  return cueByForm;
}

/** Titles of people who speak for someone else: their words convey their principal's position. */
const SPOKESPERSON_TITLE =
  /\b(?:spokes(?:man|woman|person|people)|press secretary|porte-parole|пресс-секретар|официальн\p{L}* представител)/iu;

/**
 * Whether the speaker is a spokesperson: by an office the gazetteer knows, by the title in the
 * mention ("Kremlin spokesman Dmitry Peskov"), or by an appositive ("X, a spokeswoman for Y,").
 */
function isSpokesperson(input: AttributionInput, speaker: Mention, sentence: Sentence): boolean {
  const actor = input.actors.get(speaker.actorKey);
  if (!actor || actor.kind === "media_outlet") return false;
  if (actor.roles.some((r) => SPOKESPERSON_TITLE.test(r.title) && r.end == null)) return true;
  if (speaker.end <= speaker.start) return false;
  const { text } = input;
  if (SPOKESPERSON_TITLE.test(text.slice(speaker.start, speaker.end))) return true;
  const appositive = /^\s*,\s*([^,;:“”"«»]{1,60}),/u.exec(text.slice(speaker.end, sentence.end));
  return appositive?.[1] !== undefined && SPOKESPERSON_TITLE.test(appositive[1]);
}

/** The top of an actor's memberOf chain: the state or organization it speaks for. */
function rootOf(input: AttributionInput, key: string): string {
  const seen = new Set<string>();
  let at = key;
  for (;;) {
    const up = input.actors.get(at)?.memberOf[0];
    if (!up || seen.has(up)) return at;
    seen.add(at);
    at = up;
  }
}

/** Two actors of one side: the same root, or one the other's root. */
function sameSide(input: AttributionInput, a: string, b: string): boolean {
  return rootOf(input, a) === rootOf(input, b);
}

/** Whether `speaker` speaks for `actor`: the actor is on the speaker's memberOf chain. */
function speaksFor(input: AttributionInput, speaker: string, actor: string): boolean {
  const kind = input.actors.get(speaker)?.kind;
  if (kind === "anonymous_source" || kind === "media_outlet") return false;
  const seen = new Set<string>();
  const queue = [speaker];
  while (queue.length > 0) {
    const key = queue.shift() as string;
    if (key === actor && key !== speaker) return true;
    if (seen.has(key)) continue;
    seen.add(key);
    queue.push(...(input.actors.get(key)?.memberOf ?? []));
  }
  return false;
}

const NOUNS = POSITION_NOUNS.join("|");
/** "X's view: ..." (headline style). */
const HEADLINE_POSITION = new RegExp(
  `^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(${NOUNS})\\s*:\\s*`,
  "iu",
);
/** "X's view: ...", "X's position is that ...", "X's main priority ahead of the talks is ...". */
const POSITION_STATED = new RegExp(
  `^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(${NOUNS})(?:\\s*:\\s*|\\b[^.;:“”"]{0,100}?\\s(?:is|was|remains|will be)\\s+(?:that\\s+)?)`,
  "iu",
);

/** A reaction named with the actors it came from: "sparking an outcry from", "drew criticism from". */
const REACTION =
  /(?<![\p{L}])(?:spark(?:ed|ing|s)?|trigger(?:ed|ing|s)?|dr(?:ew|awn|awing|aws)|prompt(?:ed|ing|s)?|provok(?:ed|ing|es)|(?:fac|me)(?:ed|ing|es|t)(?:\s+with)?)\s+(?:an?\s+)?(?:\p{Ll}+\s+)?(?:outcry|criticism|condemnation|protests?|backlash|objections?|rebukes?|anger)\s+from\s+/giu;

/** A line of its own without final punctuation: a title or subhead. */
function headlineLine(text: string, sentence: Sentence): boolean {
  const lineStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  if (text.slice(lineStart, sentence.start).trim() !== "") return false;
  if (!/^[ \t\r]*(?:\n|$)/u.test(text.slice(sentence.end, sentence.end + 4))) return false;
  const body = text.slice(sentence.start, sentence.end).trimEnd();
  return !/[.!?…][’'"”»]?$/u.test(body) && wordCount(body) <= 20;
}

/**
 * Positions the outlet states without a reporting verb: "Moscow's position is that ...", "Russia is
 * open to ...", "Zelensky's view: ...", "For Putin, the primary goal ... is to ...".
 */
function characterisations(
  input: AttributionInput,
  sentence: Sentence,
  sources: readonly Mention[],
  /** The sentence already has attributed statements: only headline-style "X's view: ..." is looked for. */
  headlineOnly = false,
): RawStatement[] {
  const { text } = input;
  const found: {
    holder: Mention;
    cue: string | null;
    polarity: -1 | 0 | 1;
    evidence: Span;
    mode?: StatementMode;
  }[] = [];
  const stext = text.slice(sentence.start, sentence.end);

  // Headlines attribute without a verb: "Ruritania to close its border", "Dorn: the treaty is dead".
  const opener = headlineLine(text, sentence) ? openerOf(input, sentence) : undefined;
  if (opener && opener.start === sentence.start && !isOutlet(input, opener.actorKey)) {
    const after = text.slice(opener.end, sentence.end);
    const infinitive = /^\s+to\s+(?!be\s)\p{Ll}+\s/u.exec(after);
    const colon = /^\s*:\s+/u.exec(after);
    const start = opener.end + (infinitive ? 0 : (colon?.[0].length ?? 0));
    // "...: report", "... - sources": a credit after the headline is no part of it.
    const credit = /\s*(?::|\s[-–—])\s*\p{L}+(?:\s+\p{L}+)?\s*$/u.exec(after);
    const end = credit && credit.index > 0 ? opener.end + credit.index : sentence.end;
    if ((infinitive || colon) && wordCount(text.slice(start, end)) >= 3)
      found.push({
        holder: opener,
        cue: infinitive ? "to" : ":",
        polarity: 0,
        evidence: trimSpan(text, { start: infinitive ? opener.start : start, end }),
        mode: infinitive ? "reported_intention" : "characterisation",
      });
  }
  // "sparking an outcry from Europe", "drew harsh criticism from X and some Y": the reaction is their position.
  REACTION.lastIndex = 0;
  for (let m = REACTION.exec(stext); m; m = REACTION.exec(stext)) {
    const at = sentence.start + m.index;
    let holders: Mention[] = [];
    let pos = at + m[0].length;
    for (let k = firstMentionFrom(input.mentions, pos); k < input.mentions.length; k++) {
      const x = input.mentions[k] as Mention;
      if (x.end > sentence.end) break;
      const joint = text.slice(pos, x.start);
      const ok =
        holders.length === 0
          ? /^(?:(?:some|many|several|other|fellow|the|leading)\s+)*$/iu.test(joint)
          : /^\s*(?:,\s*(?:and\s+)?|\s+(?:and|as well as)\s+)(?:(?:some|many|several|other|fellow|the|leading)\s+)*$/iu.test(
              joint,
            );
      if (!ok) break;
      holders.push(x);
      pos = x.end;
    }
    holders = holders.filter((h) => !isOutlet(input, h.actorKey));
    for (const holder of holders)
      found.push({
        holder,
        cue: m[0].trim(),
        polarity: -1,
        evidence: { start: at, end: pos },
      });
  }

  // "For X, the (main) goal/priority is ..."
  const forX = /^For\s+/u.exec(stext);
  const forAt = forX ? sentence.start + forX[0].length : -1;
  const forFirst =
    forX && !headlineOnly ? input.mentions[firstMentionFrom(input.mentions, forAt)] : undefined;
  const forMention = forFirst?.start === forAt ? forFirst : undefined;
  if (forMention) {
    const after = text.slice(forMention.end, sentence.end);
    const m = FOR_X_POSITION.exec(after);
    if (m)
      found.push({
        holder: forMention,
        cue: m[1] ?? null,
        polarity: 0,
        evidence: trimSpan(text, {
          start: forMention.end + m[0].length,
          end: sentence.end,
        }),
      });
  }
  // "X's view: ...", "X's promise: ..." (headline style) and "X's position is that ...".
  const { mentions } = input;
  for (let i = firstMentionFrom(mentions, sentence.start); i < mentions.length; i++) {
    const mention = mentions[i] as Mention;
    // Mentions are sorted by start: none from here on lies within the sentence, or one was found.
    if (mention.start > sentence.end || found.length > 0) break;
    if (mention.end > sentence.end) continue;
    const after = text.slice(mention.end, sentence.end);
    const possessive =
      /['’]s$/u.test(text.slice(mention.start, mention.end)) || /^['’]s\s/u.test(after);
    if (!possessive) continue;
    const m = (headlineOnly ? HEADLINE_POSITION : POSITION_STATED).exec(after);
    if (!m) continue;
    const start = mention.end + m[0].length;
    // A subhead glued to the next sentence ends where that sentence's subject begins: "... survival Ukrainian President X has ...".
    let glued: Mention | undefined;
    for (let k = firstMentionFrom(mentions, start + 1); k < mentions.length; k++) {
      const x = mentions[k] as Mention;
      if (x.start > sentence.end) break;
      if (
        x.end <= sentence.end &&
        wordCount(text.slice(start, x.start)) >= 3 &&
        /\p{Ll}\s+$/u.test(text.slice(start, x.start)) &&
        /^\s+(?:has|have|had|is|are|was|were|will|would|said|says|told|\p{Ll}+ed)\b/u.test(
          text.slice(x.end, x.end + 12),
        )
      ) {
        glued = x;
        break;
      }
    }
    const headline = glued
      ? { start, end: glued.start }
      : (sentence as Sentence & { headline?: Span }).headline;
    const end =
      headline && headline.end > start && headline.end < sentence.end ? headline.end : sentence.end;
    found.push({
      holder: mention,
      cue: m[1] ?? null,
      polarity: 0,
      evidence: trimSpan(text, { start, end }),
    });
  }
  // "X is (reportedly) open to ...", "Moscow is of the opinion that ..."
  if (found.length === 0 && !headlineOnly) {
    const own = embeddedHolder(input, sentence, "");
    if (
      own &&
      // "X could justify ...": the writer weighs a possibility; X has taken no position.
      !/^(?:could|might|may)\b/iu.test(own.cue ?? "") &&
      !/^(?:position|stance|view|views|priority|goal|objective|aim|demand|demands)$/i.test(
        own.cue ?? "",
      )
    ) {
      found.push({
        holder: own.mention,
        cue: own.cue,
        polarity: own.polarity,
        evidence: trimSpan(text, {
          start: own.evidenceStart,
          end: clauseEnd(input, sentence, own.evidenceStart, []),
        }),
      });
    }
  }

  for (const f of [...found]) {
    const partner = coordinatedSubject(input, sentence, f.holder);
    if (partner)
      for (const p of [partner, ...listMembers(input, sentence, partner)])
        found.push({ ...f, holder: p });
  }
  return found
    .filter((f) => wordCount(text.slice(f.evidence.start, f.evidence.end)) >= 3)
    .flatMap((f) =>
      splitPositions(input, f.evidence, input.quotes).map((evidence) => ({
        ...f,
        evidence,
      })),
    )
    .map((f): RawStatement => {
      const hops: RawStatement["chain"] = [
        {
          actorKey: f.holder.actorKey,
          label: nameOf(input, f.holder.actorKey),
          relation: "said",
          span: null,
        },
      ];
      addOuterHops(input, hops, sources);
      return {
        holder: f.holder.actorKey,
        evidence: f.evidence,
        mode: f.mode ?? "characterisation",
        cue: f.cue,
        cuePolarity: f.polarity,
        hedges: findHedges(input, sentence, [f.holder.actorKey]),
        chain: hops,
        saidAt: null,
        confidence: 0.55,
      };
    });
}

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

function findHedges(
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

function nameOf(input: AttributionInput, key: string): string {
  return input.actors.get(key)?.name ?? key;
}

/** Anonymous hops keep the text's own description ("a former senior Kremlin official"). */
function labelOf(input: AttributionInput, m: Mention): string {
  const actor = input.actors.get(m.actorKey);
  if (actor?.kind === "anonymous_source" && m.end > m.start)
    return input.text.slice(m.start, m.end);
  return actor?.name ?? m.actorKey;
}

function trimSpan(text: string, span: Span): Span {
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
function wordCount(s: string): number {
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

/** One statement per holder and span: the same span found by two routes is kept once. */
function dedupe(statements: RawStatement[]): RawStatement[] {
  const seen = new Map<string, RawStatement>();
  for (const s of statements.sort(
    (a, b) => a.evidence.start - b.evidence.start || b.confidence - a.confidence,
  )) {
    const key = `${s.holder}:${s.evidence.start}:${s.evidence.end}`;
    if (!seen.has(key)) seen.set(key, s);
  }
  return [...seen.values()];
}
