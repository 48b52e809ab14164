/**
 * People's gender as the text itself gives it — an honorific ("Mrs.", "Frau", "г-жа", "Mme"), a
 * gendered title ("spokeswoman"), a Russian past-tense verb with them as its subject ("заявила") —
 * or, where it says nothing, as their name does ("Anna", "Горшкова"), so a pronoun of the other
 * gender does not resolve to them.
 */
import { type Gender, genderOfName } from "./gazetteer/given-names.js";
import type { LocalActor, Mention } from "./types.js";

export type { Gender };

export function otherGender(g: Gender): Gender {
  return g === "f" ? "m" : "f";
}

/** An honorific right before a name, or opening the mention: "Mr. Reyes", "Frau Merkel", "г-жа Захарова". */
const HONORIFIC_BEFORE =
  /(?:^|[^\p{L}])(Mr|Mister|Sir|Lord|Mrs|Ms|Miss|Madam|Dame|Lady|Mme|Mlle|Madame|Monsieur|M\.|Herr|Frau|г-н|г-жа|господин|госпожа)\.?\s+$/u;
const FEMININE_HONORIFIC = /^(?:Mrs|Ms|Miss|Madam|Dame|Lady|Mme|Mlle|Madame|Frau|г-жа|госпожа)$/u;
/** Titles that say the holder's gender, in the mention or an appositive right after it. */
const GENDERED_TITLE =
  /(?<![\p{L}])(spokes(?:wo)?man|chair(?:wo)?man|congress(?:wo)?man|business(?:wo)?man|states(?:wo)?man|countrywoman|countryman|Queen|King|Princess|Prince|Duchess|Duke|Empress|Emperor)(?![\p{L}])/u;
const FEMININE_TITLE = /woman|Queen|Princess|Duchess|Empress/u;
/** A Russian verb in the past tense, feminine or masculine: "заявила", "встретился". */
const RU_PAST = /^[а-яё]+[аяеиыуоё](л|ла)(?:ся|сь)?$/u;
/** Adverbs that may stand between a Russian subject and its verb. */
const RU_ADVERBS =
  /^(?:также|тоже|уже|ранее|вновь|ещё|еще|не|же|затем|позже|позднее|вчера|сегодня|накануне|неоднократно|прямо|публично)$/u;

/** Every person the text gives a gender, by actor key; a person it gives both is left out. */
export function textGenders(
  text: string,
  language: string | null,
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, LocalActor>,
): Map<string, Gender> {
  const seen = new Map<string, Set<Gender>>();
  const note = (key: string, g: Gender) => {
    const s = seen.get(key) ?? new Set<Gender>();
    s.add(g);
    seen.set(key, s);
  };
  for (const m of mentions) {
    if (m.end <= m.start || m.via === "pronoun" || actors.get(m.actorKey)?.kind !== "person")
      continue;
    const written = text.slice(m.start, m.end);
    const honorific =
      HONORIFIC_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start)) ??
      /^(Mr|Mrs|Ms|Miss|Mme|Frau|Herr|г-н|г-жа)\.?\s/u.exec(written);
    // "M." is "Monsieur" only in French; elsewhere it is an initial.
    if (honorific && !(honorific[1] === "M." && language !== "fr"))
      note(m.actorKey, FEMININE_HONORIFIC.test(honorific[1] as string) ? "f" : "m");
    const title =
      GENDERED_TITLE.exec(written) ??
      /^,\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}?(spokes(?:wo)?man|chair(?:wo)?man|congress(?:wo)?man)(?![\p{L}])/u.exec(
        text.slice(m.end, m.end + 60),
      );
    if (title) note(m.actorKey, FEMININE_TITLE.test(title[1] as string) ? "f" : "m");
    // "у Захаровой был": a name after a preposition is not the verb's subject.
    if (
      language === "ru" &&
      !/(?:^|[^\p{L}])(?:у|с|со|о|об|к|ко|по|для|от|при|без|за|на|в|во|про|против|перед|между|из|до)\s+$/iu.test(
        text.slice(Math.max(0, m.start - 10), m.start),
      )
    ) {
      const verb = russianVerbAfter(text, m.end) ?? russianVerbBefore(text, m.start);
      if (verb) note(m.actorKey, verb);
    }
  }
  const out = new Map<string, Gender>();
  for (const [key, genders] of seen)
    if (genders.size === 1) out.set(key, [...genders][0] as Gender);
  // The name itself, where the text says nothing: a given name, a Russian surname's ending.
  for (const m of mentions) {
    const actor = actors.get(m.actorKey);
    if (actor?.kind !== "person" || out.has(actor.key) || seen.has(actor.key)) continue;
    const g = genderOfName(actor.name);
    if (g) out.set(actor.key, g);
  }
  return out;
}

/** The gender of a Russian past-tense verb right after a subject: "Захарова (также) заявила". */
function russianVerbAfter(text: string, at: number): Gender | null {
  const words = text.slice(at, at + 60).match(/^\s+([а-яё]+)(?:\s+([а-яё]+))?/u);
  if (!words) return null;
  const first = words[1] as string;
  const word = RU_ADVERBS.test(first) && words[2] ? words[2] : first;
  return pastGender(word);
}

/** The gender of an inverted verb before its subject: "…, — заявила Захарова". */
function russianVerbBefore(text: string, at: number): Gender | null {
  const m = /[,—–-]\s*([а-яё]+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m ? pastGender(m[1] as string) : null;
}

function pastGender(word: string): Gender | null {
  const m = RU_PAST.exec(word);
  if (!m) return null;
  return m[1] === "ла" ? "f" : "m";
}
