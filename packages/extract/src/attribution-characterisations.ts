/**
 * Positions stated without a reporting verb: headlines ("X to close its border", "X: ..."), "X's view:
 * ...", "For X, the goal is ...", "X is open to ..." and reactions ("drew criticism from X").
 */
import type { StatementMode } from "@stancemap/schema";
import { clauseEnd, splitPositions } from "./attribution-clauses.js";
import { embeddedHolder } from "./attribution-holders.js";
import {
  type AttributionInput,
  isOutlet,
  type RawStatement,
  trimSpan,
  wordCount,
} from "./attribution-shared.js";
import { addOuterHops, findHedges, nameOf } from "./attribution-statement.js";
import { coordinatedSubject, listMembers, openerOf } from "./attribution-subjects.js";
import { POSITION_NOUNS } from "./cues.js";
import { firstStartingAtOrAfter } from "./spans.js";
import type { Mention, Sentence, Span } from "./types.js";

// Patterns built once from the lexicons (they are matched for every clause).
const FOR_X_POSITION = new RegExp(
  `^,\\s+(?:the|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${POSITION_NOUNS.join("|")})\\b[^,;]*?\\s(?:is|are|was|will be)\\s+`,
  "iu",
);

/** After "For <person>": an optional appositive, then a clause with a subject and a finite verb. */
const FOR_PERSON_VIEW =
  /^(?:,\s+[^,;:“”"«»]{3,90})?,\s+(?=(?:[\p{L}'’-]+\s+){1,4}(?:has|have|had|is|are|was|were|will|would|could|can|must|should|\p{Ll}{2,}ed)\s)/u;

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
export function characterisations(
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
    for (let k = firstStartingAtOrAfter(input.mentions, pos); k < input.mentions.length; k++) {
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
    forX && !headlineOnly
      ? input.mentions[firstStartingAtOrAfter(input.mentions, forAt)]
      : undefined;
  const forMention = forFirst?.start === forAt ? forFirst : undefined;
  if (forMention) {
    const after = text.slice(forMention.end, sentence.end);
    const m = FOR_X_POSITION.exec(after);
    // "For Anna Berg, a fellow at X, the sanctions have failed": for a person, a clause of its own
    // after the name (and an appositive) is that person's view.
    const view =
      m || input.actors.get(forMention.actorKey)?.kind !== "person"
        ? null
        : FOR_PERSON_VIEW.exec(after);
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
    else if (view)
      found.push({
        holder: forMention,
        cue: "for",
        polarity: 0,
        evidence: trimSpan(text, {
          start: forMention.end + view[0].length,
          end: clauseEnd(input, sentence, forMention.end + view[0].length, []),
        }),
      });
  }
  // "X's view: ...", "X's promise: ..." (headline style) and "X's position is that ...".
  const { mentions } = input;
  for (let i = firstStartingAtOrAfter(mentions, sentence.start); i < mentions.length; i++) {
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
    for (let k = firstStartingAtOrAfter(mentions, start + 1); k < mentions.length; k++) {
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
