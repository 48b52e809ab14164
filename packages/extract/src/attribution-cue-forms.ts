/**
 * Cue forms that the lexicon's patterns cannot list: a French compound past split by an aside ("a,
 * pour sa part, conditionné"), a Russian verb under "не" ("не намерен", «не поддержал») or asking
 * with «ли» ("отказались ли").
 */
import type { CueHit } from "./attribution-shared.js";
import type { CueEntry } from "./cues.js";
import type { Sentence } from "./types.js";

/** Puts a compound cue among the others in text order; the cues it spans (an aside's verb, its bare auxiliary) yield to it. */
function placeCue(cues: CueHit[], hit: CueHit): void {
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i] as CueHit;
    if (c.start >= hit.start && c.end <= hit.end) cues.splice(i, 1);
  }
  const at = cues.findIndex((c) => c.start > hit.start);
  if (at < 0) cues.push(hit);
  else cues.splice(at, 0, hit);
}

/** The lexicon's entry for an auxiliary and a participle, agreeing or not ("a qualifiées" → "a qualifié"). */
function compoundEntry(
  byForm: ReadonlyMap<string, CueEntry>,
  aux: string,
  participle: string,
): CueEntry | undefined {
  const base = `${aux.toLowerCase()} `;
  const lower = participle.toLowerCase();
  return (
    byForm.get(base + lower) ??
    byForm.get(base + lower.replace(/(?:es|e|s)$/u, "")) ??
    byForm.get(base + lower.replace(/s$/u, ""))
  );
}

/** "a, pour sa part, conditionné", "ont, selon elle, exigé": an auxiliary, an aside between commas, a participle. */
const INTERRUPTED_COMPOUND =
  /(?<![\p{L}'’-])(a|ont|avait|avaient)\s*,\s*[^,;:.!?«»“”"]{2,50}?,\s*(\p{Ll}[\p{L}-]*)(?![\p{L}-])/gu;

/**
 * French compound pasts whose auxiliary an aside separates from the participle: each becomes one cue
 * from the auxiliary to the participle, with the entry of the uninterrupted form ("a conditionné").
 * Cues are kept in text order.
 */
export function interruptedCompounds(
  text: string,
  sentence: Sentence,
  cues: CueHit[],
  byForm: ReadonlyMap<string, CueEntry>,
  inQuote: (pos: number) => boolean,
): void {
  const stext = text.slice(sentence.start, sentence.end);
  INTERRUPTED_COMPOUND.lastIndex = 0;
  for (let m = INTERRUPTED_COMPOUND.exec(stext); m; m = INTERRUPTED_COMPOUND.exec(stext)) {
    const entry = byForm.get(`${(m[1] ?? "").toLowerCase()} ${(m[2] ?? "").toLowerCase()}`);
    const start = sentence.start + m.index;
    if (!entry || inQuote(start)) continue;
    // A cue found inside the aside ("a, selon lui, dit") yields to the compound.
    placeCue(cues, { start, end: start + m[0].length, entry, future: false });
  }
}

/**
 * A French compound past with what the lexicon's forms lack: an object pronoun before the auxiliary
 * ("les a balayées", "l'a qualifié", "lui a promis"), adverbs between it and the participle ("a
 * d'ailleurs annoncé", "a de nouveau exigé", "a fermement rejeté"), and the participle's agreement.
 */
const FR_COMPOUND = new RegExp(
  "(?<![\\p{L}'’-])((?:(?:ne|n['’])\\s*)?(?:(?:les|la|le|l['’]|lui|leur|nous|vous|y|en)\\s*)?)" +
    "(a|ont|avait|avaient|aurait|auraient)" +
    "((?:\\s+(?:\\p{Ll}+ment|d['’]ailleurs|par\\s+ailleurs|en\\s+outre|de\\s+nouveau|à\\s+nouveau|" +
    "pour\\s+sa\\s+part|de\\s+son\\s+côté|elle-même|lui-même|aussitôt|ensuite|alors|enfin|ainsi|bien|même|" +
    "également|aussi|encore|notamment|déjà|pourtant|toutefois|pas|jamais|plus))*)" +
    "\\s+(\\p{Ll}[\\p{L}-]*)(?![\\p{L}-])",
  "gu",
);

/**
 * French compound pasts the lexicon lists only bare ("a annoncé"): each one found with an object
 * pronoun, adverbs or an agreeing participle becomes one cue from its first word to the participle,
 * with the entry of the bare form. A cue found inside it yields to it.
 */
export function frenchCompounds(
  text: string,
  sentence: Sentence,
  cues: CueHit[],
  byForm: ReadonlyMap<string, CueEntry>,
  inQuote: (pos: number) => boolean,
): void {
  const stext = text.slice(sentence.start, sentence.end);
  FR_COMPOUND.lastIndex = 0;
  for (let m = FR_COMPOUND.exec(stext); m; m = FR_COMPOUND.exec(stext)) {
    const [, clitic = "", aux = "", adverbs = "", participle = ""] = m;
    if (clitic === "" && adverbs === "") continue;
    const entry = compoundEntry(byForm, aux, participle);
    const start = sentence.start + m.index;
    if (!entry || inQuote(start)) continue;
    // Negated ("ne l'a pas exclu", "n'a jamais dit"): words not said, or a rejection kept open, are
    // the English rules' business; in French the bare verb's reading would invert them.
    if (
      /^(?:ne|n['’])/iu.test(clitic) ||
      /(?<![\p{L}])(?:pas|jamais|plus)(?![\p{L}])/u.test(adverbs)
    )
      continue;
    const end = start + m[0].length;
    if (cues.some((c) => c.start <= start && c.end >= end)) continue;
    placeCue(cues, { start, end, entry, future: false });
  }
}

/** A participle coordinated with a compound past, sharing its auxiliary: "a salué l'accord et exigé ...". */
const FR_SHARED_AUX =
  /(?<![\p{L}'’-])(?:et|puis|mais)\s+(?:(?:\p{Ll}+ment|aussi|également|encore|surtout)\s+)?(\p{Ll}[\p{L}-]*)(?![\p{L}'’-])/gu;
const FR_AUXILIARY =
  /^(?:(?:ne|n['’])\s*)?(?:(?:les|la|le|l['’]|lui|leur|nous|vous|y|en)\s*)?(a|ont|avait|avaient|aurait|auraient)(?![\p{L}-])/iu;

/**
 * "a annoncé X, et exigé Y", "a jugé X et estimé que Y": a bare participle after "et" takes the
 * auxiliary of the compound past before it, and is a cue of its own (its subject is inherited).
 */
export function sharedAuxiliaries(
  text: string,
  sentence: Sentence,
  cues: CueHit[],
  byForm: ReadonlyMap<string, CueEntry>,
  inQuote: (pos: number) => boolean,
): void {
  const stext = text.slice(sentence.start, sentence.end);
  FR_SHARED_AUX.lastIndex = 0;
  for (let m = FR_SHARED_AUX.exec(stext); m; m = FR_SHARED_AUX.exec(stext)) {
    const participle = (m[1] ?? "").toLowerCase();
    const start = sentence.start + m.index + m[0].length - participle.length;
    if (inQuote(start) || cues.some((c) => c.start <= start && c.end > start)) continue;
    const previous = cues.filter((c) => c.end <= start).at(-1);
    const aux = previous ? FR_AUXILIARY.exec(text.slice(previous.start, previous.end)) : null;
    if (!previous || !aux?.[1]) continue;
    const entry = compoundEntry(byForm, aux[1], participle);
    if (!entry) continue;
    placeCue(cues, { start, end: start + participle.length, entry, future: false });
  }
}

/** «не» right before a Russian verb: «не намерен», «так и не поддержал». */
const RU_NOT_BEFORE = /(?<![\p{L}])не\s+$/iu;

/**
 * A Russian verb under «не»: its words begin with the negation, which gives them their sense; a
 * negated verb of support or rejection backs nothing outright (a rejection's object is kept open),
 * and a negated verb of saying ("не уточнил") reports no words at all, so its cue is dropped, as is
 * a verb that asks ("отказались ли").
 */
export function negateRussianCues(text: string, sentence: Sentence, cues: CueHit[]): void {
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as CueHit;
    // "отказались ли США": a verb with «ли» asks whether; it states nothing.
    if (/^\s+ли(?![\p{L}])/iu.test(text.slice(cue.end, cue.end + 4))) {
      cues.splice(i, 1);
      continue;
    }
    const lead = text.slice(Math.max(sentence.start, cue.start - 4), cue.start);
    const negation = RU_NOT_BEFORE.exec(lead);
    if (!negation) continue;
    const { entry } = cue;
    if (entry.class === "according" || entry.class === "publish") continue;
    if (entry.class === "speech" && entry.polarity === 0) {
      cues.splice(i, 1);
      continue;
    }
    cue.from = cue.start - lead.length + negation.index;
    if (entry.polarity !== 0) {
      cue.polarity = 0;
      if (entry.polarity < 0) cue.keepsOpen = true;
    }
  }
}
