/**
 * French passives of verbs of stance with their agent: "L'information a été démentie par le ministère",
 * "la reconnexion au réseau, exigée de longue date par le Kremlin". The agent holds the position on
 * the subject; the words run from the subject (or the noun the participle qualifies) to the agent.
 */
import { clauseStartBefore } from "./attribution-clauses.js";
import {
  type AttributionInput,
  isOutlet,
  type RawStatement,
  trimSpan,
  wordCount,
} from "./attribution-shared.js";
import { buildStatement } from "./attribution-statement.js";
import type { CueEntry } from "./cues.js";
import { firstStartingAtOrAfter } from "./spans.js";
import type { Mention, Sentence } from "./types.js";

/** Participles of French verbs of stance (masculine singular) and the stance their agent takes. */
const STANCE_PARTICIPLES: Record<string, -1 | 1> = {
  démenti: -1,
  rejeté: -1,
  dénoncé: -1,
  condamné: -1,
  critiqué: -1,
  fustigé: -1,
  contesté: -1,
  refusé: -1,
  exigé: 1,
  réclamé: 1,
  demandé: 1,
  proposé: 1,
  salué: 1,
  approuvé: 1,
  soutenu: 1,
  défendu: 1,
  prôné: 1,
};

/**
 * A passive participle of those verbs, then its agent: after a form of "être" ("a été démentie",
 * "sont réclamées") or after a comma as a participial phrase (", exigée de longue date par").
 */
const PASSIVE = new RegExp(
  `(?:(?<![\\p{L}])(?:(?:a|ont|avait|avaient|aurait|auraient)\\s+été|est|sont|était|étaient|sera|seront)\\s+(?:(?:déjà|aussi|également|vivement|fermement|longtemps)\\s+)?|(,)\\s*)(${Object.keys(
    STANCE_PARTICIPLES,
  ).join("|")})(?:e|s|es)?(?![\\p{L}])([^,.;:!?«»“”"]{0,40}?\\s)par\\s+`,
  "giu",
);

/** French passives with an agent ("a été démentie par le ministère"): the agent's statements. */
export function frenchPassives(
  input: AttributionInput,
  sentence: Sentence,
  sources: readonly Mention[],
): RawStatement[] {
  if (input.language !== "fr") return [];
  const { text, mentions } = input;
  const stext = text.slice(sentence.start, sentence.end);
  const out: RawStatement[] = [];
  PASSIVE.lastIndex = 0;
  for (let m = PASSIVE.exec(stext); m; m = PASSIVE.exec(stext)) {
    const agentAt = sentence.start + m.index + m[0].length;
    const agent = mentions[firstStartingAtOrAfter(mentions, agentAt)];
    if (!agent || agent.end > sentence.end) continue;
    if (!/^(?:(?:le|la|les)\s+|l['’])?$/iu.test(text.slice(agentAt, agent.start))) continue;
    if (
      isOutlet(input, agent.actorKey) ||
      input.quotes.some((q) => q.start < agentAt && q.end > agentAt)
    )
      continue;
    const participle = (m[2] ?? "").toLowerCase();
    const polarity = STANCE_PARTICIPLES[participle] ?? 0;
    const verbStart = agentAt - m[0].length + m[0].toLowerCase().indexOf(participle);
    const verbEnd = verbStart + participle.length;
    // With "être" the subject opens the clause; a participial phrase qualifies the noun phrase before its comma.
    const commaAt = sentence.start + m.index;
    const start = m[1]
      ? previousComma(text, sentence, commaAt)
      : clauseStartBefore(input, sentence, verbStart);
    const evidence = trimSpan(text, { start, end: agent.end });
    if (wordCount(text.slice(evidence.start, evidence.end)) < 4) continue;
    const entry: CueEntry = { lemma: participle, class: "stance", polarity, forms: [] };
    out.push(
      buildStatement(input, {
        speaker: agent,
        cue: { start: verbStart, end: verbEnd, entry, future: false },
        evidence,
        direct: false,
        sources,
        sentence,
      }),
    );
  }
  return out;
}

/** Where the noun phrase a participial phrase qualifies begins: past the comma before it, or the sentence start. */
function previousComma(text: string, sentence: Sentence, pos: number): number {
  const head = text.slice(sentence.start, pos);
  const comma = head.lastIndexOf(",");
  return comma < 0 ? sentence.start : sentence.start + comma + 1;
}
