/** Documents that speak for their issuer: who issued the statement or communiqué an impersonal cue cites ("говорится в заявлении"). */
import { type AttributionInput, type CueHit, wordCount } from "./attribution-shared.js";
import { firstStartingAtOrAfter } from "./spans.js";
import type { Mention, Sentence } from "./types.js";

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
export function documentIssuer(
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
    const k = firstStartingAtOrAfter(mentions, sentence.start);
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
      const opener = mentions[firstStartingAtOrAfter(mentions, s.start)];
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
