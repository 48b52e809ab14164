/**
 * Anonymous sources ("a former senior Kremlin official", "two European officials", "the FT source"):
 * one unnamed actor per side and role, affiliated with the body or state they speak for.
 */
import type { ActorScan } from "./actors-shared.js";
import { gazetteerActor, scanAnonymousSources, toLocalActor } from "./gazetteer-adapter.js";
import { slug } from "./ids.js";
import type { Mention, Span } from "./types.js";

/** Heads of unnamed sources that differ only in rank or closeness, merged per side. */
const SIDE_HEADS = new Set([
  "official",
  "source",
  "insider",
  "person",
  "staffer",
  "aide",
  "adviser",
]);

/** Generic affiliations that still leave the source's state open: "administration officials", "intelligence officials". */
const STATE_SIDE_WORDS =
  /^(?:administration|government|intelligence|military|security|defen[cs]e|diplomatic|official|federal|national|senior)$/iu;

/** Finds the document's anonymous sources and the outlets' unnamed sources, each a mention of its actor. */
export function anonymousSources(scan: ActorScan): void {
  const { input, text, table, actors, add, addWithParents, inExcluded, preparedAt } = scan;
  const mentions = table.list;
  // An unaffiliated source ("Officials said", "a person familiar with the decision") speaks for the
  // state whose executive the sentence or the paragraphs around it name (the White House, the
  // Israeli government), else for the one state they are about; with several, nobody guesses.
  const rootState = (key: string, depth = 0): string | null => {
    const a = actors.get(key) ?? gazetteerActor(key);
    if (!a || depth > 4) return null;
    if (a.kind === "state") return a.key;
    for (const p of a.memberOf) {
      const st = rootState(p, depth + 1);
      if (st) return st;
    }
    return null;
  };
  const sideFromContext = (at: number): string | null => {
    const paragraphs = input.segmentation.paragraphs;
    const k = paragraphs.findIndex((p) => p.start <= at && at < p.end);
    const here = paragraphs[k];
    if (!here) return null;
    const sentence = input.segmentation.sentences.find((x) => x.start <= at && at < x.end);
    const previous = k > 0 ? (paragraphs[k - 1] as Span) : null;
    // The executive may follow in the same sentence ("officials at the White House"); a state after
    // the source is more often what it talks about.
    const scopes: [kind: string, from: number, to: number][] = [
      ["government", here.start, Math.max(at, sentence?.end ?? at)],
      ["state", here.start, at],
      ...(previous
        ? ([
            ["government", previous.start, previous.end],
            ["state", previous.start, previous.end],
          ] as [string, number, number][])
        : []),
    ];
    for (const [kind, from, to] of scopes) {
      const sides = new Set<string>();
      // Only which states turn up counts, not in what order, so the mentions nearby do.
      for (const m of table.near(from, to)) {
        if (m.start < from || m.end > to || m.start === at) continue;
        const mk = actors.get(m.actorKey)?.kind;
        // A state's people count with it: a paragraph quoting its officials is not only about it.
        if (mk !== kind && !(kind === "state" && mk === "person")) continue;
        const st = rootState(m.actorKey);
        if (st) sides.add(st);
      }
      if (sides.size > 1) return null;
      if (sides.size === 1) return [...sides][0] as string;
    }
    return null;
  };

  const anonymous: { mention: Mention; head: string }[] = [];
  for (const [k, p] of input.segmentation.paragraphs.entries()) {
    const found = scanAnonymousSources(text, p.start, p.end, input.language, preparedAt(k, p));
    for (const match of found) {
      const { end } = match;
      const start = match.start - coordinatedModifier(text, match.start);
      if (inExcluded(start)) continue;
      // A known actor inside the phrase is its affiliation ("Kremlin official"), not a separate mention.
      const nearby = [...table.near(start, end)];
      const inside = nearby.filter((x) => x.start >= start && x.end <= end);
      if (nearby.some((x) => x.start < end && x.end > start && !(x.start >= start && x.end <= end)))
        continue;
      let key: string | undefined;
      if (
        match.anaphoric ||
        /^(?:the|one of the|some of the|two of the|one of those)\s/i.test(text.slice(start, end))
      ) {
        key =
          [...anonymous].reverse().find((a) => a.head === match.head)?.mention.actorKey ??
          anonymous[anonymous.length - 1]?.mention.actorKey;
      }
      if (!key) {
        const phrase = text.slice(start, end).replace(/\s+/g, " ");
        const affiliation = match.affiliations.find(
          (a) => a.entry && a.entry.kind !== "media_outlet",
        )?.entry;
        if (affiliation) addWithParents(toLocalActor(affiliation));
        const side =
          affiliation || !match.affiliations.every((a) => STATE_SIDE_WORDS.test(a.text))
            ? null
            : sideFromContext(start);
        // One actor per side: "an Israeli official", "Israeli officials" and "one former Israeli
        // official" are the same unnamed source; a diplomat or negotiator keeps a role of its own.
        const sideRoot = affiliation ? (rootState(affiliation.key) ?? affiliation.key) : side;
        key =
          sideRoot && SIDE_HEADS.has(match.head)
            ? `anon:${input.documentKey}:side:${slug(sideRoot)}`
            : `anon:${input.documentKey}:${slug(phrase)}${side ? `:${side}` : ""}`;
        add({
          key,
          // "one former official" is a former official: the count is no part of the name.
          name: phrase.replace(/^(?:a|an|the|one(?!\s+of\b))\s+/i, ""),
          kind: "anonymous_source",
          // Merged per side, every description it is given names it.
          aliases: new Set([phrase, phrase.replace(/^(?:a|an|the|one(?!\s+of\b))\s+/i, "")]),
          memberOf: affiliation ? [affiliation.key] : side ? [side] : [],
          roles: [],
          wikidataId: null,
        });
      }
      for (const x of inside) table.remove(x);
      const mention: Mention = { start, end, actorKey: key, via: "anonymous" };
      table.push(mention);
      anonymous.push({ mention, head: match.head });
    }
  }

  // "the FT source", "a Reuters source": an unnamed source of that outlet.
  for (const m of [...mentions]) {
    if (actors.get(m.actorKey)?.kind !== "media_outlet") continue;
    const before = /(?:\b(?:the|a|an|one)\s+)$/iu.exec(
      text.slice(Math.max(0, m.start - 5), m.start),
    );
    const after = /^\s+(sources?|insiders?)(?![\p{L}])/u.exec(text.slice(m.end, m.end + 12));
    if (!after) continue;
    const start = m.start - (before?.[0].length ?? 0);
    const end = m.end + after[0].length;
    const earlier = before && /^the/i.test(before[0]) ? anonymous[anonymous.length - 1] : undefined;
    const key =
      earlier?.mention.actorKey ?? `anon:${input.documentKey}:${slug(text.slice(start, end))}`;
    if (!earlier)
      add({
        key,
        name: text.slice(start, end).replace(/^(?:a|an|the)\s+/i, ""),
        kind: "anonymous_source",
        aliases: new Set([text.slice(start, end)]),
        memberOf: [],
        roles: [],
        wikidataId: null,
      });
    table.replace(m, { start, end, actorKey: key, via: "anonymous" });
  }
}

/** "Former and current officials": the modifier coordinated before the phrase the scanner found. */
function coordinatedModifier(text: string, at: number): number {
  const m =
    /(?<![\p{L}])(?:former|current|serving|retired|active|past|present|senior|junior|anciens?|actuels?|бывшие|нынешние)\s+(?:and|or|et|ou|и|или)\s+$/iu.exec(
      text.slice(Math.max(0, at - 30), at),
    );
  return m ? m[0].length : 0;
}
