/**
 * Subjects of cue verbs: the mention before a verb past filler and appositives, the one after an
 * inverted verb, its coordinated partners, Russian and French pronouns and inverted subjects, and the
 * passives and subordinate clauses whose subject holds no position.
 */
import { type AttributionInput, type CueHit, isOutlet } from "./attribution-shared.js";
import type { CueClass } from "./cues.js";
import { firstStartingAtOrAfter } from "./spans.js";
import type { Mention, Sentence } from "./types.js";

/** Words that may stand between a subject and its verb: auxiliaries, adverbs, short time phrases. */
const FILLER =
  /^(?:[\s,]+|(?:has|have|had|is|are|was|were|be|been|will|would|could|can|may|might|shall|should|must|did|does|do|also|not|never|again|already|now|still|even|once|then|often|always|long|ever|twice|today|yesterday|tonight|earlier|later|in turn|himself|herself|itself|themselves|both|all|each|quoted as|going to|set to|about to|said to|believed to|understood to|reported to|thought to|widely|[\p{L}]+ly)(?![\p{L}])|on (?:\p{Lu}\p{L}+day|\p{Lu}\p{L}{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} \p{Lu}\p{L}+(?: \d{4})?)(?: \(\p{Lu}\p{L}+\.? \d{1,2}\))?|(?:last|this|next|earlier this|late last) (?:week|month|year|\p{Lu}\p{L}+day)|in (?:a|an|his|her|their) (?:recent |televised |separate )?(?:interview|statement|speech|address|post|op-ed|letter|briefing|call)(?: with [\p{L} ]{1,40}?)?(?=,)|\(\p{Lu}\p{L}+\.? \d{1,2}\))+$/u;

/** The opening of an appositive up to an actor it names: ", president of ", ", a spokeswoman for the ". */
const APPOSITIVE_OPEN = /^\s*,\s+(?:the\s+|a\s+|an\s+)?[\p{Ll}][^,;:“”"«»]{0,70}$/u;

/**
 * A parenthetical appositive between subject and verb: ", the head of the agency," or ", who has ...,";
 * French and Russian may close it with a dash (", jusqu'ici un pays de transit - redoute").
 */
const APPOSITIVE = /^\s*,\s[^,;:“”"«»]{1,90}(?:,|\s[-–—])\s*/u;

/** The opening of a non-restrictive relative clause whose subject is the antecedent or its members. */
const RELATIVE_OPEN = /^\s*,?\s*(?:who|which|whose(?:\s+\p{Ll}[\p{L}-]*){1,2})\s+/u;

/** "who <verb phrase>" between a subject and its verb, without commas. */
const RELATIVE_CLAUSE = /^\s+who\s+[^,;:“”"«»]{1,80}?\s*$/u;

const NAMELESS_PRONOUN = /^(?:i|we|me|us|my|our)$/i;

/** A mention that runs into a non-restrictive relative clause: "A senior official, who asked not to be named". */
const STRETCHED_OVER_RELATIVE = /,\s+(?:who|which)\s/u;
/** The rest of that clause up to the comma closing it: " because the talks were secret, ". */
const RELATIVE_REST = /^\s[^,;:“”"«»]{1,80},\s*$/u;

/**
 * What makes the next mention a complement, not a subject: a quantifier ("few in", "none of") or
 * an abstract noun ("the expansion of", "the enlargement of the").
 */
const MODIFIER_BEFORE =
  /(?:^|[^\p{L}])(?:(?:[Ff]ew|[Nn]one|[Nn]o one|[Nn]obody|[Nn]either)\s+(?:in|of|from)|\p{Ll}{3,}(?:ion|ment|ance|ence|ity|ness|ure)\s+of)\s+(?:the\s+)?$/u;

/** The mention that is the grammatical subject of a verb at `pos`: the nearest one to its left, past filler. */
export function subjectBefore(
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
  const first = firstStartingAtOrAfter(mentions, sentence.start);
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
      // Unless it closes the subject's own appositive: "le porte-parole de l'ONU, Jan Kowal, a appelé".
      if (!appositive && between.includes(",") && !closesAppositive(input, sentence, m, between))
        continue;
      // Nor is a noun after a preposition a subject: "против России выступили ...".
      if (OBLIQUE.test(text.slice(Math.max(sentence.start, m.start - 12), m.start))) continue;
      // Nor the medium of an interview: "в интервью турецкому телеканалу назвал", "dans un entretien au Monde".
      if (INTERVIEW_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start)))
        continue;
    }
    const surface = text.slice(m.start, m.end);
    // "A senior official, who asked not to be named because ..., said": the actor finder stretched
    // the subject over the start of its relative clause; the rest of that clause runs to a comma.
    if (!foreign && STRETCHED_OVER_RELATIVE.test(surface) && RELATIVE_REST.test(between))
      between = "";
    // ", who said ...", ", which has said ...", ", whose leaders have said ...": the antecedent (or its
    // unnamed members) speaks; ", who opposed ..." is background, not a statement.
    if (relative) between = between.replace(RELATIVE_OPEN, " ");
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
        // (A place after a preposition opening the sentence is no head: "À Strelsau, le porte-parole, X,".)
        if (
          APPOSITIVE_OPEN.test(text.slice(outer.end, m.start)) &&
          !(
            foreign &&
            OBLIQUE.test(text.slice(Math.max(sentence.start, outer.start - 12), outer.start))
          )
        )
          continue;
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

/**
 * A French or Russian title and the name set off after it ("la porte-parole, Anna Berg,"): the
 * mention is the title with its name (the actor finder reads "title, Name" as one), or the name
 * after a lower-case title opening the sentence (past a short opening adjunct).
 */
const TITLE_BEFORE_NAME =
  /^(?:[^,;:«»“”"]{1,40},\s*)?(?:le|la|les|l['’]|son|sa|leur)\s*\p{Ll}[^,;:«»“”"]{1,60},\s*$/iu;

function closesAppositive(
  input: AttributionInput,
  sentence: Sentence,
  m: Mention,
  between: string,
): boolean {
  if (!/^\s*,\s*$/u.test(between)) return false;
  const { text } = input;
  if (input.actors.get(m.actorKey)?.kind !== "person") return false;
  return (
    /,\s/u.test(text.slice(m.start, m.end)) ||
    TITLE_BEFORE_NAME.test(text.slice(sentence.start, m.start))
  );
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
/**
 * A mention that is a state's adjective in a Russian or French text ("турецкому телеканалу", "des
 * agences russes"): it qualifies the noun after it, which is who speaks.
 */
export function isAdjectiveMention(input: AttributionInput, m: Mention): boolean {
  if (input.language == null || input.language === "en") return false;
  const surface = input.text.slice(m.start, m.end);
  return /^\p{Ll}/u.test(surface) && !/\s/u.test(surface);
}

/** A state's or organization's adjective ("германские официальные лица", "du gaz russe") modifies the real subject. */
const ADJECTIVE_MENTION = /(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ых|их|ую|юю|ым|им)$/u;
/** A word in that stretch that opens or is a clause of its own: a conjunction, a relative, a finite verb. */
export const FOREIGN_CLAUSE_WORD =
  /(?<![\p{L}])(?:и|а|но|что|чтобы|который|которая|которое|которые|если|когда|где|как|et|mais|qui|que|qu|dont|où|si|quand|[\p{L}]+(?:ла|ли|ло|лся|лась|лись|ется|ются|ит|ят|ет|ют))(?![\p{L}])/iu;
/** An interview's noun right before the medium it was given to: "в интервью", "в беседе с", "accordé au". */
const INTERVIEW_BEFORE =
  /(?<![\p{L}])(?:интервью|беседе\s+с|эфире|entretien(?:\s+accordé)?\s+(?:à|au|aux)|interview(?:\s+accordée)?\s+(?:à|au|aux)|accordé(?:e)?\s+(?:à|au|aux))\s+(?:(?:la|le|les)\s+|l['’])?$/iu;
/** A preposition (and article) just before a mention: the mention is its object, not a subject. */
const OBLIQUE =
  /(?<![\p{L}])(?:в|во|на|с|со|о|об|к|ко|по|за|из|от|до|для|без|у|при|про|через|против|между|перед|после|de|du|des|d['’]|à|au|aux|avec|pour|contre|sur|en|par|dans|entre|vers|chez|sans)\s*(?:(?:le|la|les|l['’])\s*)?$/iu;

/** "interviewed by Reuters", "cited by Bloomberg": a participle phrase between a subject and its verb. */
const AGENT_PHRASE =
  /^\s*,?\s*(?:interviewed|cited|quoted|contacted|reached|questioned|surveyed|polled)\s+by\s+[^,;:“”"«»]{1,50}?(?=\s+[\p{Ll}])/u;

/** "Both Putin and Trump said": the other subject of a coordination. */
export function coordinatedSubject(
  input: AttributionInput,
  sentence: Sentence,
  subject: Mention,
): Mention | null {
  if (subject.end <= subject.start) return null;
  // The last mention (in order) ending by the subject's start and starting in the sentence: only
  // mentions starting by the subject's start can end by it, and starts only fall going back.
  let previous: Mention | undefined;
  for (let i = firstStartingAtOrAfter(input.mentions, subject.start + 1) - 1; i >= 0; i--) {
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
export function listMembers(input: AttributionInput, sentence: Sentence, head: Mention): Mention[] {
  const out: Mention[] = [];
  let at = head;
  for (;;) {
    const k = firstStartingAtOrAfter(input.mentions, at.start) - 1;
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

/** The first mention starting within the first five characters of a sentence. */
export function openerOf(input: AttributionInput, sentence: Sentence): Mention | undefined {
  const m = input.mentions[firstStartingAtOrAfter(input.mentions, sentence.start)];
  return m && m.start <= sentence.start + 4 ? m : undefined;
}

/** A dateline before a sentence's subject: "TEL AVIV (Agency) - ", "WASHINGTON — ". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]*(?:\([^)]{1,40}\))?\s*[-—–]\s*(?:the\s+|The\s+)?$/u;

/** The subject opening a sentence after its dateline ("PARIS (Agency) - Ruritania presented ..."). */
export function datelinedOpener(input: AttributionInput, sentence: Sentence): Mention | undefined {
  const { mentions, text } = input;
  for (let k = firstStartingAtOrAfter(mentions, sentence.start); k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.start >= sentence.end || m.start > sentence.start + 60) return undefined;
    if (isOutlet(input, m.actorKey)) continue;
    return DATELINE.test(text.slice(sentence.start, m.start)) ? m : undefined;
  }
  return undefined;
}

/** The mention right after `pos` (past punctuation and "the"), if it starts by `limit`. */
export function mentionAfter(input: AttributionInput, pos: number, limit: number): Mention | null {
  const m = input.mentions[firstStartingAtOrAfter(input.mentions, pos)];
  if (!m || m.start > limit) return null;
  return /^[\s,:]*(?:the\s+|le\s+|la\s+|les\s+|l['’]|(?:son|sa|ses|leur|leurs)\s+)?[“"«]?$/iu.test(
    input.text.slice(pos, m.start),
  )
    ? m
    : null;
}

/** The subject right after a verb, past the adverbs, times and titles an inverted Russian or French subject takes. */
export function invertedSubject(
  input: AttributionInput,
  sentence: Sentence,
  verbEnd: number,
): Mention | null {
  const { text, mentions } = input;
  for (let k = firstStartingAtOrAfter(mentions, verbEnd); k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.end > sentence.end) break;
    const between = text.slice(verbEnd, m.start);
    const skip = INVERSION_SKIP.exec(between)?.[0] ?? "";
    if (skip.length === between.length) return m;
    if (skip.length < between.trimEnd().length - 1) break;
  }
  return null;
}

/** A bare lower-case title closing the sentence after an inverted verb: "депутат.", "le diplomate.". */
const ROLE_AFTER = /^\s*(?:(?:le|la)\s+)?(\p{Ll}[\p{L}-]{3,})\s*[.!?]?\s*$/u;
/** A subject pronoun of Russian or French: it refers back to a recent speaker. */
const PRONOUN = /^(?:он|она|они|il|elle|ils|elles)$/iu;
/** Words between an inverted verb and its subject: "— заявили также представители G7", "a indiqué dimanche soir". */
const INVERSION_SKIP =
  /^(?:\s+(?:и|также|тоже|ещё|еще|вновь|уже|позже|затем|ранее|накануне|вчера|сегодня|журналистам|репортёрам|репортерам|представители|представитель|официальные|официальный|участники|глава|главы|руководство|пресс-служба|пресс-секретарь|министры|министр|(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|(?:на|в|во)\s+(?!(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![\p{L}]))\p{Ll}[\p{L}-]+|aussi|encore|également|ensuite|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin|hier|aujourd['’]hui|(?:sur|devant|dans|lors\s+d['’]une?|lors\s+de)\s+(?:(?:les|la|le|un|une|son|sa|ses)\s+|l['’])?\p{Ll}[\p{L}-]+(?:\s+\p{Ll}[\p{L}-]+)?))*\s*/iu;

/** A named recipient right after a French verb, up to the subject: "à La Gazette la ", "au Monde ", "à l'AFP ". */
const FR_RECIPIENT =
  /^\s*(?:à|au|aux)\s+(?:(?:la|le|les)\s+|l['’])?(?:\p{Lu}[\p{L}\p{N}'’.-]*|de|du|des)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|de|du|des))*\s+(?:(?:la|le|les)\s+|l['’])?$/u;

/** The inverted subject after a named recipient: "a déclaré à La Gazette la ministre, Anna Berg". */
function recipientThenSubject(
  input: AttributionInput,
  sentence: Sentence,
  from: number,
): Mention | null {
  const { text, mentions } = input;
  if (!/^\s*(?:à|au|aux)\s/u.test(text.slice(from, from + 5))) return null;
  for (let k = firstStartingAtOrAfter(mentions, from + 3); k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.end > sentence.end || m.start - from > 80) break;
    if (isOutlet(input, m.actorKey)) continue;
    return FR_RECIPIENT.test(text.slice(from, m.start)) ? m : null;
  }
  return null;
}

/**
 * The subject of a Russian or French verb that English rules miss: an inverted subject past adverbs
 * and a collective head ("— заявили также представители G7"), or a pronoun ("— сказала она",
 * "a-t-elle dit", "Он подчеркнул"), which stands for the latest recent speaker of its number.
 */
export function foreignSubject(
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
    // The recipient before an inverted French subject: "a affirmé au Monde la ministre".
    if (input.language === "fr") {
      const past = recipientThenSubject(input, sentence, from);
      if (past) return past;
    }
    // The skipped words may open the subject itself: "— заявляют также министры иностранных дел X".
    const m =
      mentionAfter(input, from, Math.min(sentence.end, from + 3)) ??
      invertedSubject(input, sentence, cue.end);
    if (m && skip.trim() !== "") return m;
    const word = /^[\p{L}]+/u.exec(text.slice(from, sentence.end))?.[0] ?? "";
    if (PRONOUN.test(word)) pronoun = { word, at: from };
    // "— сказал депутат.", "a précisé le diplomate.": a bare title closing the sentence is the
    // speaker just quoted, as a pronoun would be.
    const title = ROLE_AFTER.exec(text.slice(from, sentence.end));
    if (
      !pronoun &&
      title?.[1] &&
      !/(?:ы|и|s|x)$/u.test(title[1]) &&
      mentionAfter(input, from, from + title[0].length) === null
    )
      pronoun = { word: title[1], at: from + title[0].indexOf(title[1]) };
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
  // The pronoun's own span, so the content after an inverted "— сказала она" starts past it.
  const end = pronoun.at >= cue.end ? pronoun.at + pronoun.word.length : pronoun.at;
  return pronounReferent(input, pronoun.word, { start: pronoun.at, end }, sentenceIndex, recent);
}

/** Plural pronouns, any case: "они", "их", "ils", "eux". */
const PLURAL_REFERENT = /^(?:они|их|им|ими|ils|elles|eux|leur)$/iu;

/**
 * The recent speaker a Russian or French pronoun stands for ("он", "её" in "по её словам", "lui" in
 * "selon lui"): the latest of its number within three sentences. A singular pronoun is a person;
 * a plural one a group, a state, an institution or anonymous officials.
 */
export function pronounReferent(
  input: AttributionInput,
  word: string,
  span: { start: number; end: number },
  sentenceIndex: number,
  recent: readonly { key: string; sentence: number }[],
): Mention | null {
  const plural = PLURAL_REFERENT.test(word);
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i] as { key: string; sentence: number };
    if (sentenceIndex - r.sentence > 3) break;
    const kind = input.actors.get(r.key)?.kind;
    if (kind === "media_outlet") continue;
    if ((kind === "person") === plural) continue;
    return { ...span, actorKey: r.key, via: "pronoun" };
  }
  return null;
}

/** Forms of "be" (a negation, an adverb) before a participle: "is widely believed", "was not expected". */
const BE_BEFORE =
  /\b(?:is|are|was|were|be|been|being)\s+(?:(?:not|never)\s+)?(?:[\p{L}]+ly\s+)?$/iu;
/** Irregular participles among the cue forms: "was told", "were written". */
const IRREGULAR_PARTICIPLE = /^(?:said|told|written|sought|thought|held)$/;

/**
 * A reporting verb in the passive: after a form of "be" and closing its clause or naming its agent
 * ("is believed to be", "had been expected, as ...", "are aimed at"), or a bare participle with its
 * agent (", confirmed by G7 sources"). Its subject is the thing reported, not the one reporting.
 */
export function isPassive(text: string, sentence: Sentence, cue: CueHit, form: string): boolean {
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
export function subordinateSubject(
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
