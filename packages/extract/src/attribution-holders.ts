/**
 * Holders inside reported words ("said Russia is open to ...") and who speaks for whom: a spokesperson
 * conveys their principal's position, a named official voices their own state's.
 */
import { type AttributionInput, escapeRe, isOutlet } from "./attribution-shared.js";
import { ATTITUDE_ADJECTIVES, type CueEntry, ENGLISH_CUES, POSITION_NOUNS } from "./cues.js";
import { firstStartingAtOrAfter } from "./spans.js";
import type { Mention, Sentence, Span } from "./types.js";

// Patterns built once from the lexicons (they are matched for every clause).
const POSSESSED_POSITION = new RegExp(
  `^(?:['’]s?)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(${POSITION_NOUNS.join("|")})(?![\\p{L}])`,
  "iu",
);
const ATTITUDES = ATTITUDE_ADJECTIVES.map((a) => ({
  ...a,
  re: new RegExp(`^${escapeRe(a.words)}(?![\\p{L}])`, "iu"),
}));

/**
 * The holder inside a clause or quotation: a third party who "wants", "will demand", "is open to",
 * "accepts", or whose "position"/"priority" the clause states. The speaker themself ("I", "we") is
 * not one, nor is the state a named speaker speaks for ("Lavrov reaffirmed Russia's stance": Lavrov's).
 */
export function embeddedHolder(
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
  let first: Mention | undefined = mentions[firstStartingAtOrAfter(mentions, span.start)];
  if (!first || first.start >= span.end) return null;
  if (first.actorKey === speaker || !first.actorKey) return null;
  // "Trump and Putin ready to ...": the verb follows the last of coordinated subjects (the caller adds the others).
  const opener = first;
  for (let i = firstStartingAtOrAfter(mentions, opener.end + 1); i < mentions.length; i++) {
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
export function isSpokesperson(
  input: AttributionInput,
  speaker: Mention,
  sentence: Sentence,
): boolean {
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
