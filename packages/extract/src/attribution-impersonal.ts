/**
 * Impersonal attribution to a place or an institution: «В Кремле заявили, что ...», «В МИД страны
 * считают ...», «..., — сообщили в пресс-службе ведомства», "À Kiev, on dénonce ...". The unnamed
 * speakers are the institution's, so the institution (or the state its capital stands for) holds the
 * position; the actor finder has already resolved the place or institution to its actor.
 */
import { type AttributionInput, type CueHit, isOutlet } from "./attribution-shared.js";
import { firstStartingAtOrAfter } from "./spans.js";
import type { Mention, Sentence } from "./types.js";

/**
 * A Russian verb form in the third person plural, of which an impersonal sentence has no subject:
 * past "заявили", present "считают", "настаивают", "говорят", reflexive "опасаются", "надеялись" (a
 * phrase's first word counts).
 */
const RU_PLURAL = /^[\p{L}-]+(?:ли|ют|ят|ут|ат)(?:сь|ся)?(?![\p{L}])/iu;
/** Words that may stand between the place and the verb: adverbs and a short time phrase. */
const RU_BETWEEN =
  /^(?:\s*,\s*|\s+)(?:(?:однако|также|тоже|уже|вновь|ранее|накануне|вчера|сегодня|по-прежнему|при этом|в свою очередь|(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))(?:\s*,\s*|\s+))*$/iu;
/** The preposition before the place or institution, possibly with an office inside it ("в пресс-службе"). */
const RU_INSIDE =
  /(?:^|[\s,;:—–(«"])(?:в|во)\s+(?:(?:пресс-службе|аппарате|администрации|руководстве|офисе|штаб-квартире|представительстве|посольстве|правительстве|министерстве|ведомстве|окружении)\s+)?$/iu;
/** The preposition after an inverted verb: "сообщили в Кремле", "заявили также в пресс-службе Кремля". */
const RU_INSIDE_AFTER =
  /^\s+(?:(?:также|тоже|вновь|ранее)\s+)?(?:в|во)\s+(?:(?:пресс-службе|аппарате|администрации|руководстве|офисе|штаб-квартире|представительстве|посольстве|правительстве|министерстве|ведомстве|окружении)\s+)?$/iu;
/** "À Kiev, on ...", "Au Kremlin, on ...", "Du côté de Moscou, on ...": the place opening the sentence. */
const FR_PLACE_BEFORE =
  /^\s*(?:À|A|Au|Aux|Du\s+côté\s+(?:de\s+|du\s+|des\s+|d['’])|Côté)\s*(?:l['’]|la\s+|le\s+)?$/u;
/** The French impersonal subject right before the verb, with a negation: "on dénonce", "on n'exclut pas". */
const FR_ON = /(?<![\p{L}])on\s+(?:(?:ne|n['’])\s*)?$/iu;

/** A sentence opening on the place: «В Киеве ...», «Однако в Кремле ...», «При этом в пресс-службе ...». */
const RU_OPENING =
  /^(?:(?:однако|но|а|при этом|между тем|тем временем|также|вместе с тем)\s*,?\s+)?(?:в|во)\s+(?:(?:пресс-службе|аппарате|администрации|руководстве|офисе|штаб-квартире|представительстве|посольстве|правительстве|министерстве|ведомстве|окружении)\s+)?$/iu;
/** A noun phrase between the place and the verb: the verb's object before it («решение министерства назвали»). */
const RU_OBJECT_BETWEEN = /^\s+(?:[\p{L}\p{N}-]+\s+){1,8}$/u;
/** The words a subject may follow without being another noun's complement: conjunctions and adverbs. */
const RU_BEFORE_SUBJECT =
  /(?:^|[\s,])(?:и|а|но|однако|также|тоже|уже|вновь|ранее)\s+$|^\s*$|[,—–-]\s*$/iu;

/**
 * The institution right after an impersonal verb or attribution phrase: "заявили в Кремле", "как
 * сообщили в пресс-службе министерства".
 */
export function impersonalSource(
  input: AttributionInput,
  sentence: Sentence,
  from: number,
): Mention | null {
  if (input.language !== "ru") return null;
  const after = input.mentions[firstStartingAtOrAfter(input.mentions, from)];
  return after &&
    after.end <= sentence.end &&
    RU_INSIDE_AFTER.test(` ${input.text.slice(from, after.start).trimStart()}`) &&
    institutional(input, after)
    ? after
    : null;
}

/**
 * «В Киеве решение министерства назвали „пиратством“»: a Russian sentence that opens on a place or an
 * institution and reports with a plural verb, with the verb's object between them. The mention right
 * before the verb is that object's complement, not its subject: `candidate` is replaced by the place
 * when it follows a noun it depends on.
 */
export function impersonalOpening(
  input: AttributionInput,
  sentence: Sentence,
  cue: CueHit,
  candidate: Mention | null,
): Mention | null {
  const { text, mentions } = input;
  if (input.language !== "ru" || !RU_PLURAL.test(text.slice(cue.start, cue.end))) return null;
  const head = cue.from ?? cue.start;
  for (let k = firstStartingAtOrAfter(mentions, sentence.start); k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.end > head) return null;
    if (!RU_OPENING.test(text.slice(sentence.start, m.start))) continue;
    if (!institutional(input, m)) return null;
    if (candidate && candidate.start >= m.end) {
      if (RU_BEFORE_SUBJECT.test(text.slice(m.end, candidate.start))) return null;
    }
    const between = text.slice(m.end, head);
    return RU_OBJECT_BETWEEN.test(between) && !/[,;:]/u.test(between) ? m : null;
  }
  return null;
}

/** Actors a place or an institution may stand for: not a person, an outlet or an anonymous source. */
function institutional(input: AttributionInput, m: Mention): boolean {
  const kind = input.actors.get(m.actorKey)?.kind;
  return (
    (kind === "state" || kind === "organization" || kind === "government" || kind === "group") &&
    !isOutlet(input, m.actorKey)
  );
}

/**
 * The place or institution an impersonal Russian or French verb reports for: «В Киеве назвали ...»,
 * «..., — заявили в Кремле», "À Moscou, on estime que ...". Returns the mention, and whether it follows
 * the verb (an inverted attribution closing the words before it).
 */
export function impersonalHolder(
  input: AttributionInput,
  sentence: Sentence,
  cue: CueHit,
): { mention: Mention; inverted: boolean } | null {
  const { text, mentions, language } = input;
  const head = cue.from ?? cue.start;
  if (language === "ru") {
    if (!RU_PLURAL.test(text.slice(cue.start, cue.end))) return null;
    // Before the verb: the nearest mention, with only adverbs between it and the verb.
    let k = firstStartingAtOrAfter(mentions, head) - 1;
    while (k >= 0 && (mentions[k] as Mention).end > head) k--;
    const before = mentions[k];
    if (
      before &&
      before.start >= sentence.start &&
      RU_BETWEEN.test(text.slice(before.end, head)) &&
      RU_INSIDE.test(text.slice(Math.max(sentence.start, before.start - 40), before.start)) &&
      institutional(input, before)
    )
      return { mention: before, inverted: false };
    // After the verb, which closes the words before it: "«...», — заявили в Кремле".
    if (!/[,”"»—–-]\s*$/u.test(text.slice(sentence.start, head))) return null;
    const after = impersonalSource(input, sentence, cue.end);
    return after ? { mention: after, inverted: true } : null;
  }
  if (language === "fr") {
    if (!FR_ON.test(text.slice(Math.max(sentence.start, head - 12), head))) return null;
    const first = mentions[firstStartingAtOrAfter(mentions, sentence.start)];
    if (
      first &&
      first.end < head &&
      FR_PLACE_BEFORE.test(text.slice(sentence.start, first.start)) &&
      /^\s*,\s*(?:\p{L}+\s*,\s*)?on\s/u.test(text.slice(first.end, head + 3)) &&
      institutional(input, first)
    )
      return { mention: first, inverted: false };
  }
  return null;
}
