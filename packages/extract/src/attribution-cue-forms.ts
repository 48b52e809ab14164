/**
 * Cue forms that the lexicon's patterns cannot list: a French compound past split by an aside ("a,
 * pour sa part, conditionné"), a Russian verb under "не" ("не намерен", «не поддержал») or asking
 * with «ли» ("отказались ли").
 */
import type { CueHit } from "./attribution-shared.js";
import type { CueEntry } from "./cues.js";
import type { Sentence } from "./types.js";

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
    const end = start + m[0].length;
    // A cue found inside the aside ("a, selon lui, dit") yields to the compound.
    for (let i = cues.length - 1; i >= 0; i--) {
      const c = cues[i] as CueHit;
      if (c.start >= start && c.end <= end) cues.splice(i, 1);
    }
    const at = cues.findIndex((c) => c.start > start);
    const hit: CueHit = { start, end, entry, future: false };
    if (at < 0) cues.push(hit);
    else cues.splice(at, 0, hit);
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
