/**
 * Attribution: finds who holds each stated position in a document, the cue that attributes it,
 * its mode (direct quote, indirect speech, reported intention, characterisation), its evidence
 * span, hedges, when it was said, and the chain of who told whom out to the document's outlet.
 * It reads sentences with their quotes and actor mentions; narration without a cue yields nothing.
 * Cue matching and the sentence loop live here; each kind of rule has its own attribution-*.ts module.
 */
import { characterisations } from "./attribution-characterisations.js";
import {
  clauseEnd,
  clauseStartBefore,
  clauseWithEnd,
  contentAfter,
  contentBefore,
  postposedContent,
  splitPositions,
  trailingAttribution,
  trailingTimeFrame,
} from "./attribution-clauses.js";
import {
  frenchCompounds,
  interruptedCompounds,
  negateRussianCues,
  sharedAuxiliaries,
} from "./attribution-cue-forms.js";
import { documentIssuer } from "./attribution-documents.js";
import { embeddedHolder } from "./attribution-holders.js";
import { impersonalHolder, impersonalOpening, impersonalSource } from "./attribution-impersonal.js";
import { namedInInstrumental, namingContent, pointingStance } from "./attribution-objects.js";
import { frenchPassives } from "./attribution-passive.js";
import {
  continuingQuotations,
  quoteBeforeSubject,
  quoteSentences,
  resumedQuote,
  unopenedQuotations,
} from "./attribution-quotes.js";
import {
  anaphoricAttribution,
  preposedStance,
  topicFrontedSubject,
} from "./attribution-russian.js";
import {
  type AttributionInput,
  type CueHit,
  escapeRe,
  isOutlet,
  quoteCovering,
  type RawStatement,
  trimSpan,
  wordCount,
} from "./attribution-shared.js";
import { buildStatement, forgetSentenceFacts, sentenceSources } from "./attribution-statement.js";
import {
  coordinatedSubject,
  datelinedOpener,
  foreignSubject,
  isAdjectiveMention,
  isPassive,
  listMembers,
  mentionAfter,
  openerOf,
  pronounReferent,
  subjectBefore,
  subordinateSubject,
} from "./attribution-subjects.js";
import {
  type CueClass,
  type CueEntry,
  ENGLISH_CUES,
  NEGATION_BEFORE,
  REFUSAL_BEFORE,
} from "./cues.js";
import { lastStartingAtOrBefore } from "./spans.js";
import type { Mention, Quote, Sentence, Span } from "./types.js";

export type { AttributionInput, RawStatement } from "./attribution-shared.js";

interface Attributed {
  cue: CueHit;
  subject: Mention;
  /** The subject follows its verb: "said the official". */
  inverted: boolean;
  /** The subject is the previous verb's: "..., adding, “...”". */
  inherited: boolean;
  /** A participle that elaborates the previous verb's clause (", calling them unacceptable"): part of it. */
  continuation?: boolean;
  /** The subject is a relative clause's antecedent (", which has said ..."): the words end with that clause, here. */
  relativeEnd?: number;
  /** A gerund's words start at the verb before it, whose object only pointed back ("denied these reports, saying"). */
  spanFrom?: number;
  /** That verb: its words are the gerund's statement's. */
  absorbed?: boolean;
  /** The words open the sentence before the verb: «О готовности помочь заявили X и Y». */
  topicFirst?: boolean;
}

/** A short object that only points back ("эти сообщения", "ces informations", "these reports") up to a gerund's comma. */
const POINTING_OBJECT =
  /^\s+(?:эт(?:и|о|от|у|а|ого|их)|так(?:ие|ую|ое|ой)|подобн(?:ые|ую|ое)|ces|cette|cet|ce|this|these|those)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s*,\s*(?:tout\s+)?(?:en\s+)?$/iu;

/** What follows a noun that merely looks like a cue: "support is", "plan was", "view has". */
const NOUN_FOLLOWS =
  /^\s+(?:is|are|was|were|has|have|had|will|would|could|can|should|must|of|for)\b/u;
/** Verbs that may precede their subject in news English: "said the official", "says a source". */
const INVERTABLE =
  /^(?:said|says|added|adds|wrote|writes|told|tells|asked|noted|continued|explained|insisted|warned|stressed|claimed|argued|recalled)$/;
/** A complementiser opening a reported clause. */
const COMPLEMENTISER = /(?<![\p{L}])(?:что|чтобы|que|qu['’]|that)(?![\p{L}])/iu;
/** The pronoun inside an attribution phrase: "по его словам", "selon elle", "d'après eux". */
const SOURCE_PRONOUN = /(?<![\p{L}])(его|её|ее|их|lui|elle|eux|elles)(?![\p{L}])/u;
/**
 * A stance said by a bare preposition («Россия против санкций», «за»), unlike a short adjective
 * («уверен», «готов»), whose subject may carry a title before it.
 */
const BARE_PREPOSITION = /^(?:против|за|pour|contre)$/iu;
/** An attribution phrase that a bare title may follow: "по словам", "по мнению", "selon", "d'après". */
const SOURCE_PHRASE_HEAD = /^(?:по\s+(?:словам|мнению|оценке|утверждению)|selon|d['’]après)$/iu;
/**
 * A bare singular title after it, before the comma that ends the phrase: "дипломата", "гендиректора",
 * "le ministre" (a Russian genitive in -а/-я; a French noun with its article).
 */
const SOURCE_TITLE =
  /^\s+(?:(\p{Ll}[\p{L}-]{3,}[ая])|(?:le|la)\s+(\p{Ll}[\p{L}-]{3,}[^s\s]))(?=\s*,)/u;
/** A heading: a short line without a sentence's final punctuation ("Moscow warns", "Paris hits back"). */
function isHeading(line: string): boolean {
  const body = line.trim();
  return wordCount(body) <= 14 && !/[.!?…:;,»”"]$/u.test(body);
}
/** A clause opening with a verb has lost its subject to a relative clause. */
const GAPPED = /^(?:could|would|will|can|may|might|should|must|is|are|was|were|has|have|had)\s/iu;

interface Compiled {
  re: RegExp;
  byForm: Map<string, CueEntry>;
}

const compiledCache = new WeakMap<readonly CueEntry[], Compiled>();
const combinedCache = new WeakMap<readonly CueEntry[], CueEntry[]>();

/**
 * Another language's cues plus the English ones, built once per lexicon so the compiled pattern is
 * reused. The document's own language comes first: a form both share ("propose", "assure") is read
 * as the document's verb, not as an English one that may be a noun.
 */
function withEnglish(extra: readonly CueEntry[]): CueEntry[] {
  let combined = combinedCache.get(extra);
  if (!combined) {
    combined = [...extra, ...ENGLISH_CUES];
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

const FUTURE_BEFORE =
  /(?:\b(?:will|would|shall|'ll|is going to|are going to|is set to|are set to|plans to|intends to|is expected to|are expected to)|^\s*to|\bto)\s+(?:[\p{L}]+ly\s+)?$/iu;

/** Where a stance verb's noun-phrase object ends: ", which ...", ", under which ...", ", a stark divergence ...". */
const NOUN_PHRASE_END =
  /,\s+(?:who|whom|whose|which|(?:under|in|by|through|with|for|to) which|an?|yet)(?![\p{L}])/u;

/** "called the plan “a disgrace”", "calls X 'Y'": a short object, then a quotation. */
const CALLED_QUOTED = /^\s+[^,;:“”"«»]{1,80}?\s(?:an?\s+)?[“"«‘']\p{L}/u;
/** The same in Russian, whose object may stand before the verb: «назвали „пиратством“», «назвал план „ошибкой“». */
const NAMED_QUOTED = /^\s+(?:[^,;:“”"«»]{1,80}?\s)?[“"«„]\p{L}/u;
/** "a showdown that" before a relative clause's subject: its antecedent, from the article. */
const RELATIVE_ANTECEDENT =
  /(?:(?<![\p{L}])(?:an?|the)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3})?(?<![\p{L}])(?:that|which)\s+$/u;
/** "an option " before the subject of a relative clause that has no "that". */
const CONTACT_ANTECEDENT =
  /(?<![\p{L}])(?:an?|the|this|these|those)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u;

/** An auxiliary right before a verb: "would" in "would not exclude". */
const AUXILIARY_BEFORE =
  /(?<![\p{L}])(?:do|does|did|will|would|shall|should|can|could|has|have|had|must)\s+$/iu;

/**
 * A stance or intention verb under a negation ("does not want", "has never backed") keeps the
 * negation in its words and leaves its polarity to them; a verb of rejection under a negation or a
 * refusal ("did not rule out", "declined to rule out") keeps its object open: neither backed nor
 * rejected. The refusal's own cue is dropped, as part of the phrase.
 */
function negateCues(text: string, sentence: Span, cues: CueHit[]): void {
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as CueHit;
    const cls = cue.entry.class;
    if (cls !== "stance" && cls !== "intention") continue;
    const lead = text.slice(Math.max(sentence.start, cue.start - 40), cue.start);
    if (cue.entry.keepsOpen) {
      // "was not excluded from the talks" is a passive, no position.
      if (/(?<![\p{L}])(?:is|are|was|were|be|been|being)\s+$/iu.test(lead)) {
        cues.splice(i, 1);
        continue;
      }
      // The phrase holds its negation; its words take the auxiliary before it ("would not exclude").
      const aux = AUXILIARY_BEFORE.exec(lead);
      if (aux) cue.from = cue.start - lead.length + aux.index;
      cue.keepsOpen = true;
      continue;
    }
    const refusal = cue.entry.polarity < 0 ? REFUSAL_BEFORE.exec(lead) : null;
    if (refusal) {
      cue.from = cue.start - lead.length + refusal.index;
      // "refused to rule out" is no infinitive of intention: the refusal is the verb.
      cue.future = FUTURE_BEFORE.test(
        text.slice(Math.max(sentence.start, cue.from - 30), cue.from),
      );
      cue.polarity = 0;
      cue.keepsOpen = true;
      if (cues[i - 1]?.start === cue.from) {
        cues.splice(i - 1, 1);
        i--;
      }
      continue;
    }
    const negation = NEGATION_BEFORE.exec(lead);
    if (!negation) continue;
    cue.from = cue.start - lead.length + negation.index;
    cue.polarity = 0;
    if (cue.entry.polarity < 0) cue.keepsOpen = true;
  }
}

/**
 * Where a "whose" clause closes and its antecedent's own verb follows: ", will meet", ", met", ", plans".
 * (A "who" or "which" clause before its antecedent's verb is one mention, which ends it.)
 */
const RELATIVE_CLOSE =
  /,\s+(?:(?:also|then|now|later)\s+)?(?:will|would|is|are|was|were|has|have|had|can|could|must|should|may|might|did|does|met|sent|made|took|held|gave|went|came|left|kept|began|became|\p{Ll}{2,}(?:ed|es|s))(?![\p{L}])/u;
/** A relative clause's opening up to a verb of saying inside a subject the actor finder stretched over it. */
const STRETCHED_RELATIVE =
  /,\s+(?:who|which)\s+(?:(?:has|have|had|also|previously|repeatedly|already|recently|long)\s+)*$/u;

/** ", whose leaders have said ...", ", whose diplomats said ...": the subject is a relative clause's, naming the antecedent's members. */
function whoseMembers(text: string, sentence: Span, subject: Mention): boolean {
  const lead = text.slice(Math.max(sentence.start, subject.start - 30), subject.start);
  return /^whose\s/iu.test(text.slice(subject.start, subject.end))
    ? /,\s*$/u.test(lead)
    : /,\s*whose\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u.test(lead);
}

/**
 * "Ruritania, which has said it will not attend, sent ...": the actor finder reads the subject with
 * its relative clause as one mention, so the verb of saying lies inside it. Its subject is the
 * antecedent, the mention up to the clause's comma; its words end where the mention does.
 */
function stretchedAntecedent(
  input: AttributionInput,
  cue: CueHit,
): { antecedent: Mention; end: number } | null {
  const { mentions, text } = input;
  for (let k = lastStartingAtOrBefore(mentions, cue.start); k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (m.end >= cue.end && m.start < cue.start) {
      const lead = text.slice(m.start, cue.start);
      const open = STRETCHED_RELATIVE.exec(lead);
      if (!open) return null;
      // The clause ends with the mention only where the antecedent's verb follows: not at an aside
      // (", rather than weakened, ..."), where the words go on.
      const close = RELATIVE_CLOSE.exec(text.slice(m.end, m.end + 40));
      return {
        antecedent: { ...m, end: m.start + open.index },
        end: close?.index === 0 ? m.end : Number.POSITIVE_INFINITY,
      };
    }
    if (cue.start - m.start > 300) break;
  }
  return null;
}

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

    if (!nonEnglish) negateCues(text, sentence, cues);
    else if (input.language === "ru") negateRussianCues(text, sentence, cues);
    else if (input.language === "fr") {
      interruptedCompounds(text, sentence, cues, byForm, inQuote);
      frenchCompounds(text, sentence, cues, byForm, inQuote);
      sharedAuxiliaries(text, sentence, cues, byForm, inQuote);
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
    /** The subject of the sentence's last verb outside a reported clause. */
    let mainSubject: string | null = null;
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
        const form = text.slice(cue.start, cue.end).toLowerCase();
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
        let after = mentionAfter(input, cue.end, sentence.end);
        // "в интервью турецкому телеканалу": an adjective qualifies the source, which is no actor here.
        if (after && isAdjectiveMention(input, after)) after = null;
        // «Как заявили в МИД страны, ...»: the institution the unnamed speakers work in.
        if (!after && nonEnglish) after = impersonalSource(input, sentence, cue.end);
        // "по его словам", "selon elle": the pronoun stands for a recent speaker.
        const pronoun = nonEnglish && !after ? SOURCE_PRONOUN.exec(form) : null;
        if (pronoun?.[1])
          after = pronounReferent(input, pronoun[1], cue, sentenceIndex, recentHolders);
        // "по словам дипломата, ...", "selon le ministre, ...": a bare title is the speaker just quoted.
        const title =
          nonEnglish && !after ? SOURCE_TITLE.exec(text.slice(cue.end, sentence.end)) : null;
        const titleWord = title?.[1] ?? title?.[2];
        if (title && titleWord && SOURCE_PHRASE_HEAD.test(form))
          after = pronounReferent(
            input,
            titleWord,
            { start: cue.end, end: cue.end + title[0].length },
            sentenceIndex,
            recentHolders,
          );
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
      if (
        cue.entry.naming &&
        !(nonEnglish ? NAMED_QUOTED : CALLED_QUOTED).test(text.slice(cue.end, sentence.end)) &&
        namedInInstrumental(input, cue.end, sentence.end) === null
      )
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
      const participle = cue.entry.gerund
        ? true
        : /^\p{L}+ing(?![\p{L}])/u.test(form) &&
          !/\b(?:is|are|was|were|been|be)\s+(?:(?:[\p{L}]+ly|also|still|now|not)\s+){0,2}$/iu.test(
            text.slice(Math.max(sentence.start, cue.start - 30), cue.start),
          ) &&
          // "the source was quoted as saying": the report's verb is finite, its subject before it.
          !/\bquoted\s+as\s+$/iu.test(
            text.slice(Math.max(sentence.start, cue.start - 12), cue.start),
          );
      // A bare Russian gerund or French participle stands after a comma (", заявив", ", estimant");
      // elsewhere "menaçant" or "disant" is an adjective.
      if (
        cue.entry.gerund &&
        !/^(?:tout\s+)?en\s/iu.test(form) &&
        !/,\s*$/u.test(text.slice(Math.max(sentence.start, cue.start - 3), cue.start))
      )
        continue;
      // A negated verb's subject stands before its negation: "Ruritania refused to rule out".
      const head = cue.from ?? cue.start;
      let subject = participle
        ? withSubject(input, sentence, head)
        : subjectBefore(input, sentence, head, cls === "speech");
      // A headline's infinitive: "Putin to demand ..." (only from the start of the sentence).
      if (!subject && !participle) {
        const opener = openerOf(input, sentence);
        if (opener && /^\s+to\s+$/u.test(text.slice(opener.end, head))) subject = opener;
      }
      // A base form after a singular subject without an auxiliary is a noun: "Trump's Ukraine plan".
      if (
        subject &&
        !nonEnglish &&
        form === cue.entry.lemma &&
        !/\b(?:will|would|to|can|could|did|do|does|may|might|must|should|shall)\s+(?:[\p{L}]+\s+)?$/iu.test(
          text.slice(subject.end, cue.start),
        )
      ) {
        const kind = input.actors.get(subject.actorKey)?.kind;
        if (kind !== "group" && !/s$/u.test(text.slice(subject.start, subject.end))) subject = null;
      }
      // «Россия против санкций»: a bare preposition says a stance only right after a subject that opens
      // its clause; «агрессия России против соседей», «призвал X выступить против» use it as a preposition.
      if (
        subject &&
        nonEnglish &&
        BARE_PREPOSITION.test(form) &&
        form === cue.entry.lemma &&
        cls !== "speech" &&
        (!/^\s+(?:(?:также|тоже|категорически|решительно|по-прежнему)\s+)?$/iu.test(
          text.slice(subject.end, cue.start),
        ) ||
          !/(?:^|[,;:—–(]|(?<![\p{L}])(?:и|а|но))\s*$/u.test(
            text.slice(sentence.start, subject.start),
          ))
      )
        subject = null;
      let inverted = false;
      let inherited = false;
      if (!subject && participle && !previousSubject) {
        const opener = openerOf(input, sentence) ?? datelinedOpener(input, sentence);
        if (opener) previousSubject = opener.actorKey;
      }
      // «В Киеве решение министерства назвали ...»: the place, not the object's complement, speaks.
      if (nonEnglish && !participle) {
        const place = impersonalOpening(input, sentence, cue, subject);
        if (place) subject = place;
      }
      // «В Кремле заявили», «..., — сообщили в МИД», "À Kiev, on dénonce": the place or institution speaks.
      if (!subject && nonEnglish && !participle) {
        const impersonal = impersonalHolder(input, sentence, cue);
        if (impersonal) [subject, inverted] = [impersonal.mention, impersonal.inverted];
      }
      if (!subject) {
        // Past an article: "“...,” said the French foreign ministry" (mentionAfter allows nothing else between).
        const after = mentionAfter(input, cue.end, Math.min(sentence.end, cue.end + 6));
        const lead = text.slice(sentence.start, cue.start);
        const invertable =
          INVERTABLE.test(form) || (input.language != null && input.language !== "en");
        // A gerund's noun after it is its object (", назвав Россию ..."): never an inverted subject.
        if (
          after &&
          cls === "speech" &&
          invertable &&
          !cue.entry.gerund &&
          /[,”"»—–-]\s*$/u.test(lead)
        ) {
          subject = after;
          inverted = true;
        } else if (
          previousSubject &&
          (/(?:,\s*|\b(?:and|while|by)\s+|(?<![\p{L}])(?:и|а|но|et|mais)\s+)$/u.test(
            text.slice(Math.max(sentence.start, head - 8), head),
          ) ||
            // "backed the plan but urged caution": a contrast between two things said; "announced
            // tariffs but offered exemptions" contrasts what was done.
            (cls !== "intention" &&
              /\bbut\s+$/u.test(text.slice(Math.max(sentence.start, head - 5), head))))
        ) {
          subject = {
            start: head,
            end: head,
            // «X заявил, что Россия не намерена ..., и призвал»: Russian and French go back to the
            // main clause's subject, not the reported clause's.
            actorKey: nonEnglish ? (mainSubject ?? previousSubject) : previousSubject,
            via: "pronoun",
          };
          inherited = true;
        } else if (
          !nonEnglish &&
          /(?<![\p{L}])(?:and|but)\s+$/u.test(text.slice(Math.max(sentence.start, head - 5), head))
        ) {
          // "The ministry summoned the envoy and demanded ...", "X declined to comment but said ...":
          // a verb coordinated with the opening subject's first verb, which is no cue, shares its subject.
          const opener = openerOf(input, sentence);
          if (
            opener &&
            opener.end < head &&
            /^\s+(?:(?:has|have|had)\s+)?(?:(?:also|then|later|swiftly|quickly)\s+)?\p{Ll}{3,}ed\s/u.test(
              text.slice(opener.end, head),
            ) &&
            !/[,;:“”"«»]/u.test(text.slice(opener.end, head))
          ) {
            subject = { start: head, end: head, actorKey: opener.actorKey, via: "pronoun" };
            inherited = true;
          }
        }
      }
      if (!subject && nonEnglish && !cue.entry.gerund) {
        subject = foreignSubject(input, sentence, cue, cls, sentenceIndex, recentHolders);
        inverted = subject !== null && subject.start >= cue.start;
      }
      // «О готовности помочь заявили X и Y»: the topic opens the sentence, the subject follows the verb.
      let topicFirst = false;
      if (!subject) {
        subject = topicFrontedSubject(input, sentence, cue);
        topicFirst = inverted = subject !== null;
      }
      let relativeEnd: number | undefined;
      if (!subject && cls === "speech" && !nonEnglish) {
        const stretched = stretchedAntecedent(input, cue);
        if (stretched) [subject, relativeEnd] = [stretched.antecedent, stretched.end];
      }
      if (!subject) continue;
      // "confirms what X said about the deal": a free relative names X's words without giving them;
      // it is the object of the verb before it, whose subject holds that statement.
      if (
        cls === "speech" &&
        !inverted &&
        !inherited &&
        !nonEnglish &&
        subject.end > subject.start &&
        /(?<![\p{L}])what\s+$/iu.test(
          text.slice(Math.max(sentence.start, subject.start - 6), subject.start),
        )
      )
        continue;
      if (!inverted && !inherited && subordinateSubject(input, sentence, subject, cls)) continue;
      const partnerBefore: Mention | null = inherited ? previousPartner : null;
      previousSubject = subject.actorKey;
      // A subject named after a complementiser of an earlier verb is the reported clause's.
      const reportedClause =
        subject.end > subject.start &&
        attributed.some(
          (p) =>
            p.cue.end <= subject.start && COMPLEMENTISER.test(text.slice(p.cue.end, subject.start)),
        );
      if (!reportedClause) mainSubject = subject.actorKey;
      const continuation =
        inherited &&
        form.endsWith("ing") &&
        attributed.some((x) => x.cue.entry.class !== "publish") &&
        !/^[\s,:]*[“"«]/u.test(text.slice(cue.end, cue.end + 4)) &&
        !/^\s+that\s/u.test(text.slice(cue.end, cue.end + 7));
      if (
        !inverted &&
        !inherited &&
        cls === "speech" &&
        !nonEnglish &&
        (/^\s*,?\s*whose\s/u.test(text.slice(subject.end, head)) ||
          whoseMembers(text, sentence, subject))
      ) {
        const close = RELATIVE_CLOSE.exec(text.slice(cue.end, sentence.end));
        if (close) relativeEnd = cue.end + close.index;
      }
      // "опроверг эти сообщения, заявив, что ...", "a démenti ces informations, en affirmant que ...":
      // a verb whose object only points back is one statement with the gerund that says why.
      let spanFrom: number | undefined;
      const main = attributed.at(-1);
      if (
        cue.entry.gerund &&
        inherited &&
        main &&
        !main.cue.entry.gerund &&
        main.subject.actorKey === subject.actorKey &&
        POINTING_OBJECT.test(text.slice(main.cue.end, cue.start))
      ) {
        main.absorbed = true;
        spanFrom = main.cue.from ?? main.cue.start;
      }
      attributed.push({
        cue,
        subject,
        inverted,
        inherited,
        continuation,
        relativeEnd,
        spanFrom,
        topicFirst,
      });
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
          topicFirst,
        });
      previousPartner = partner;
    }

    // "Japan opposes X, Kishida said": a closing attribution reports the clause before it, whose own
    // verbs are no statements of their own. One position, one statement: the speaker's, with the
    // clause's words and its verb's polarity.
    const closing = nonEnglish ? null : trailingAttribution(input, sentence);
    const timeFrame = closing === null ? null : trailingTimeFrame(input, sentence);
    const closes = (x: Attributed) =>
      closing !== null &&
      x.cue.entry.class === "speech" &&
      x.cue.start >= closing &&
      (timeFrame === null || x.cue.start < timeFrame) &&
      !x.inherited &&
      (x.inverted || (x.subject.start >= closing && x.subject.end > x.subject.start));
    const closingContent = (x: Attributed): Span | null =>
      quoteBeforeSubject(
        input,
        sentence,
        x.inverted ? { ...x.subject, start: x.cue.start, end: x.cue.end } : x.subject,
        quotesHere,
      ) ??
      contentBefore(
        input,
        sentence,
        x.inverted ? x.cue.start : x.subject.start,
        x.inverted ? Math.max(x.cue.end, x.subject.end) : x.cue.end,
      );
    /** The verbs of the clause each closing attribution reports. */
    const reportedVerbs = new Map<CueHit, CueHit[]>();
    const nested = new Set<Attributed>();
    for (const t of attributed) {
      if (!closes(t) || reportedVerbs.has(t.cue)) continue;
      const span = closingContent(t);
      if (!span || quoteCovering(quotesHere, span)) continue;
      const inner = attributed.filter(
        (x) =>
          x.cue !== t.cue &&
          x.cue.start >= span.start &&
          x.cue.start < span.end &&
          x.cue.entry.class !== "publish" &&
          x.cue.entry.class !== "according" &&
          (x.inherited || x.subject.start >= span.start),
      );
      for (const x of inner) nested.add(x);
      reportedVerbs.set(
        t.cue,
        inner.map((x) => x.cue),
      );
    }

    let consumedUntil = sentence.start;
    const before = statements.length;
    attributed.forEach((item, i) => {
      const { cue, subject, inverted } = item;
      if (cue.entry.class === "publish" || item.continuation || item.absorbed || nested.has(item))
        return;
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
        // "X со ссылкой на Y сообщил, что ...": the phrase is an adjunct of the verb right after it,
        // which reports (the words before it are that verb's subject).
        if (
          wordCount(text.slice(after.start, after.end)) < 3 &&
          cues.some(
            (c) => c.start >= subject.end && /^\s*$/u.test(text.slice(subject.end, c.start)),
          )
        )
          return;
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
      } else if (item.topicFirst) {
        content = trimSpan(text, { start: sentence.start, end: cue.start });
      } else if (closes(item)) {
        content = closingContent(item);
      } else if (cue.entry.naming && !inverted) {
        content = namingContent(input, sentence, cue, subject, quotesHere);
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
            !inverted &&
              ((item.inherited && cue.entry.gerund === true) ||
                (subject.end > subject.start && subject.end <= cue.start)),
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
                gerundAfter(later, inverted ? Math.max(cue.end, subject.end) : cue.end),
              )
            : null);
      }
      // ", whose leaders have said they ..., will meet on Friday": the words end with the relative clause.
      if (content && item.relativeEnd !== undefined && content.end > item.relativeEnd)
        content = trimSpan(text, { start: content.start, end: item.relativeEnd });
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
      // "The bloc followed suit.", a heading "Moscow demands evidence": a verb with little or nothing
      // after it that still says where its subject stands (the phrase is the position, or a heading
      // sums one up).
      if (
        (!content || wordCount(text.slice(content.start, content.end)) < 2) &&
        !inverted &&
        !item.inherited &&
        subject.end > subject.start &&
        subject.end <= cue.start &&
        (cue.entry.complete === true
          ? /^[\s.!?]*$/u.test(text.slice(cue.end, clauseEnd(input, sentence, cue.end, later)))
          : isHeading(stext) &&
            // "Ukraine Responds", "The Owner Speaks" announce words without saying where anyone stands.
            (cue.entry.polarity !== 0 ||
              wordCount(text.slice(cue.end, clauseEnd(input, sentence, cue.end, later))) > 0))
      )
        content = trimSpan(text, {
          start: subject.start,
          end: clauseEnd(input, sentence, cue.end, later),
        });
      // "Kyiv denies this", «Киев это отрицает», "ce que Kiev dément": the holder's stance on what came before.
      if (!inverted && !item.inherited) {
        const pointed = pointingStance(input, sentence, cue, subject);
        if (pointed) content = pointed;
      }
      // A kept-open object of one word ("did not rule out sanctions") stands with its verb.
      if (!content && cue.keepsOpen) {
        const end = clauseEnd(input, sentence, cue.end, later);
        if (wordCount(text.slice(cue.end, end)) === 1)
          content = trimSpan(text, { start: cue.start, end });
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
      // "China, which describes itself as an Arctic state": how an actor presents itself, no position.
      if (
        content &&
        cue.entry.objectFirst &&
        /^(?:itself|himself|herself|themselves)\s+as\s/iu.test(
          text.slice(content.start, content.end),
        )
      )
        return;
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
      // A negated verb's words keep their negation ("does not want to join ..."), which then gives
      // the clause its sense; a kept-open object leaves it out, since it negates a rejection.
      if (
        cue.from !== undefined &&
        !cue.keepsOpen &&
        content.start >= cue.end &&
        !quoteCovering(quotesHere, content)
      )
        content = { start: cue.from, end: content.end };
      if (item.spanFrom !== undefined && !quoteCovering(quotesHere, content))
        content = { start: item.spanFrom, end: content.end };
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
          // The reported clause's own verb: a closing attribution's; otherwise a negated one, whose
          // words ("Russia refused to rule out ...") the bare verb a holder is found by misreads.
          const verb =
            reportedVerbs
              .get(cue)
              ?.find((c) => c.start >= evidence.start && c.start < evidence.end) ??
            attributed.find(
              (x) =>
                x.cue !== cue &&
                x.cue.from !== undefined &&
                x.cue.start >= evidence.start &&
                x.cue.start < evidence.end &&
                x.subject.start >= evidence.start &&
                x.subject.end > x.subject.start,
            )?.cue;
          statements.push(
            buildStatement(input, {
              speaker: subject,
              cue,
              evidence,
              ...(verb ? { reportedVerb: verb } : {}),
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
    for (const own of [
      ...characterisations(input, sentence, sources, found.length > 0),
      ...frenchPassives(input, sentence, sources),
    ]) {
      if (
        !found.some(
          (x) => x.evidence.start < own.evidence.end && x.evidence.end > own.evidence.start,
        )
      ) {
        statements.push(own);
        // A person whose view the writer gives ("For X, ...") is the one a quotation after it goes on with.
        if (input.actors.get(own.holder)?.kind === "person") {
          const speakers = lastSpeaker.get(sentence.paragraph) ?? [];
          speakers.push({ key: own.holder, sentence: sentenceIndex });
          lastSpeaker.set(sentence.paragraph, speakers);
        }
      }
    }
  });

  statements.push(...unopenedQuotations(input, statements));

  continuingQuotations(input, statements, usedQuotes, lastSpeaker, isExcluded);

  forgetSentenceFacts();
  return dedupe(statements.filter((s) => !isExcluded(s.evidence)));
}

/** "..., with spokesman X insisting that ...": the participle's subject is the one "with" introduces. */
function withSubject(input: AttributionInput, sentence: Sentence, head: number): Mention | null {
  const named = input.mentions.find(
    (m) =>
      m.end > m.start &&
      m.start > sentence.start &&
      m.end <= head &&
      /^\s+$/u.test(input.text.slice(m.end, head)),
  );
  if (!named) return null;
  const lead = input.text.slice(Math.max(sentence.start, named.start - 7), named.start);
  return /,\s+with\s+$/u.test(lead) ? named : null;
}

/**
 * Where a Russian gerund or French participle that takes up the verb's subject begins right after the
 * attribution ("..., a indiqué X, estimant que ..."): the attribution's own tail ends there.
 */
function gerundAfter(
  later: readonly { cue: CueHit; inherited: boolean }[],
  attributionEnd: number,
): number | undefined {
  const next = later.find((x) => x.cue.start >= attributionEnd);
  return next?.cue.entry.gerund && next.inherited ? next.cue.start : undefined;
}

/**
 * One statement per holder and span: the same span found by two routes is kept once, and so is a
 * span lying inside a longer one of the same holder (one route read a clause, another a part of it).
 */
function dedupe(statements: RawStatement[]): RawStatement[] {
  const seen = new Map<string, RawStatement>();
  for (const s of statements.sort(
    (a, b) => a.evidence.start - b.evidence.start || b.confidence - a.confidence,
  )) {
    const key = `${s.holder}:${s.evidence.start}:${s.evidence.end}`;
    if (!seen.has(key)) seen.set(key, s);
  }
  // By start, the longer first at one start: a span inside an earlier one of its holder ends by the
  // furthest end that holder has reached.
  const reached = new Map<string, number>();
  return [...seen.values()]
    .sort((a, b) => a.evidence.start - b.evidence.start || b.evidence.end - a.evidence.end)
    .filter((s) => {
      const end = reached.get(s.holder) ?? -1;
      if (end >= s.evidence.end) return false;
      reached.set(s.holder, s.evidence.end);
      return true;
    });
}
