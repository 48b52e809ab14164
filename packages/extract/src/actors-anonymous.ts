/**
 * Anonymous sources ("a former senior Kremlin official", "two European officials", "the FT source"):
 * one unnamed actor per side and role, affiliated with the body or state they speak for.
 */
import type { ActorScan } from "./actors-shared.js";
import { entryByKey, reportingCue } from "./gazetteer/index.js";
import { GROUPING_MEMBERS } from "./gazetteer/organizations.js";
import {
  gazetteerActor,
  type PreparedSpan,
  scanAnonymousSources,
  toLocalActor,
} from "./gazetteer-adapter.js";
import { slug } from "./ids.js";
import { lastStartingAtOrBefore } from "./spans.js";
import type { LocalActor, Mention, Span } from "./types.js";

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
  /^(?:administration|government|intelligence|military|security|defen[cs]e|diplomatic|official|federal|national|senior|gouvernementa(?:le?s?|ux)|diplomatiques?|militaires?|sécuritaires?|officielles?)$/iu;

/** A Russian source in "the government" or "the administration" that names no state. */
const RU_GOVERNMENT_SOURCE =
  /(?<![\p{L}])(?:(?:высокопоставленн|осведомлённ|осведомленн|анонимн)\p{L}*\s+)?(?:источник|источника|источники|источников|собеседник|собеседника|собеседники|чиновник|чиновника|чиновники|сотрудник|сотрудника)\s+(?:в|во)\s+(?:правительстве|администрации|кабмине)(?![\p{L}])(?![ \t]+[\p{Lu}])/giu;

/** "a Commission official", "two Council diplomats": a body's head noun alone before an unnamed source. */
const SHORT_BODY_SOURCE =
  /(?<![\p{L}])(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:(?:senior|junior|former)\s+)?(Commission|Council|Ministry|Committee|Secretariat|Parliament)\s+(?:officials?|sources?|diplomats?|insiders?)(?![\p{L}])/gu;

/** "officials from the countries", "of both nations", "of the three states": a set named before. */
const SET_AFTER =
  /^\s+(?:from|of|in)\s+(?:(?:the|all)\s+)?(?:(both|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:countries|nations|states|governments|sides|capitals)(?![\p{L}])/iu;
const COUNTS: Record<string, number> = {
  both: 2,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
/** What joins the states of a list: "Chile, Peru and Bolivia". */
const LIST_JOIN = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/iu;
/** The head nouns HEADLINE_HEAD starts with, capitalised: most paragraphs have none and skip its look-behind. */
const HEADLINE_NOUN = /(?:Official|Diplomat|Source|Aide|Advis[eo]r|Insider|Negotiator)s?\s+\p{Lu}/u;
/** A title-case headline's head noun and the capitalised verb after it: "Official Confirms", "Diplomats Deny". */
const HEADLINE_HEAD =
  /(?<=[\p{L}.]\s)(?:Officials?|Diplomats?|Sources?|Aides?|Advis[eo]rs?|Insiders?|Negotiators?)\s+(\p{Lu})(\p{Ll}+)(?![\p{L}])/gu;

/** Finds the document's anonymous sources and the outlets' unnamed sources, each a mention of its actor. */
export function anonymousSources(scan: ActorScan): void {
  const { input, text, table, actors, add, addWithParents, inExcluded, preparedAt } = scan;
  const mentions = table.list;
  const rootState = (key: string) => rootStateOf(actors, key);
  const sideFromContext = (at: number) => contextSide(scan, at);

  // "officials from the countries": the states listed last before, in this sentence or the two
  // before it; a grouping they make up ("the seven nations" after the G7's members), else the list.
  const namedSet = (at: number, count: number | null) => {
    const sentences = input.segmentation.sentences;
    const k = lastStartingAtOrBefore(sentences, at);
    const from = sentences[Math.max(0, k - 2)]?.start ?? at;
    const states = [...table.near(from, at)]
      .filter((m) => m.start >= from && m.end <= at && actors.get(m.actorKey)?.kind === "state")
      .sort((a, b) => a.start - b.start);
    // Runs of states joined into lists, the latest first.
    const lists: string[][] = [];
    let run: Mention[] = [];
    for (const m of states) {
      const last = run[run.length - 1];
      if (last && LIST_JOIN.test(text.slice(last.end, m.start))) run.push(m);
      else {
        if (run.length > 1) lists.push([...new Set(run.map((x) => x.actorKey))]);
        run = [m];
      }
    }
    if (run.length > 1) lists.push([...new Set(run.map((x) => x.actorKey))]);
    const list = lists
      .reverse()
      .find((l) => l.length > 1 && (count === null || l.length === count));
    if (!list) return null;
    let grouping: string | null = null;
    for (const [key, members] of GROUPING_MEMBERS)
      if (members.length === list.length && members.every((x) => list.includes(x))) grouping = key;
    const names = list.map((x) => actors.get(x)?.name ?? x);
    return {
      grouping,
      name:
        grouping !== null
          ? (gazetteerActor(grouping)?.name ?? grouping)
          : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`,
    };
  };

  const anonymous: { mention: Mention; head: string }[] = [];
  for (const [k, p] of input.segmentation.paragraphs.entries()) {
    for (const match of anonymousIn(text, p, input.language, preparedAt(k, p))) {
      let { end } = match;
      const start = match.start - coordinatedModifier(text, match.start);
      if (inExcluded(start)) continue;
      // A known actor inside the phrase is its affiliation ("Kremlin official"), not a separate mention.
      const nearby = [...table.near(start, end)];
      const inside = nearby.filter((x) => x.start >= start && x.end <= end);
      if (nearby.some((x) => x.start < end && x.end > start && !(x.start >= start && x.end <= end)))
        continue;
      let key: string | undefined;
      const setWords =
        match.affiliations.length === 0 ? SET_AFTER.exec(text.slice(end, end + 40)) : null;
      const set = setWords
        ? namedSet(start, setWords[1] ? (COUNTS[setWords[1].toLowerCase()] ?? null) : null)
        : null;
      if (setWords && !table.overlaps(end, end + setWords[0].length)) end += setWords[0].length;
      if (
        !setWords &&
        (match.anaphoric ||
          /^(?:the|one of the|some of the|two of the|one of those)\s/i.test(text.slice(start, end)))
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
        // Several states' officials are no one state's: their grouping's, else nobody's.
        const side = set
          ? set.grouping
          : affiliation ||
              setWords ||
              !match.affiliations.every((a) => STATE_SIDE_WORDS.test(a.text))
            ? null
            : sideFromContext(start);
        if (set?.grouping) {
          const grouping = gazetteerActor(set.grouping);
          if (grouping) addWithParents(grouping);
        }
        // One actor per side: "an Israeli official", "Israeli officials" and "one former Israeli
        // official" are the same unnamed source; a diplomat or negotiator keeps a role of its own.
        const sideRoot = affiliation ? (rootState(affiliation.key) ?? affiliation.key) : side;
        const head = text.slice(match.start, match.end).replace(/\s+/g, " ");
        const name = set
          ? `${head.replace(/^(?:[\p{Lu}][\p{Ll}]+)/u, (w) => w.toLowerCase())} of ${set.name}`
          : phrase.replace(/^(?:a|an|the|one(?!\s+of\b))\s+/i, "");
        key =
          sideRoot && SIDE_HEADS.has(match.head)
            ? `anon:${input.documentKey}:side:${slug(sideRoot)}`
            : set
              ? `anon:${input.documentKey}:${slug(name)}`
              : `anon:${input.documentKey}:${slug(phrase)}${side ? `:${side}` : ""}`;
        add({
          key,
          // "one former official" is a former official: the count is no part of the name.
          name,
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

  // "A Commission official said" after "the European Commission": a body's head noun alone, as its
  // affiliation, is the body of that name named last.
  for (const m of text.matchAll(SHORT_BODY_SOURCE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (inExcluded(start) || table.overlaps(start, end)) continue;
    const noun = m[1] as string;
    const bodies = [...table.near(Math.max(0, start - 1500), start)]
      .filter((x) => {
        const a = x.end <= start ? actors.get(x.actorKey) : undefined;
        return (
          (a?.kind === "organization" || a?.kind === "government") &&
          new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, "u").test(a.name)
        );
      })
      .sort((a, b) => b.start - a.start);
    const body = bodies[0] ? actors.get(bodies[0].actorKey) : undefined;
    if (!body) continue;
    const phrase = m[0].replace(/\s+/g, " ");
    const key = `anon:${input.documentKey}:${slug(phrase.replace(/^(?:a|an|one|two|three)\s+/i, ""))}:${body.key}`;
    add({
      key,
      name: phrase.replace(/^(?:a|an|one)\s+/i, ""),
      kind: "anonymous_source",
      aliases: new Set([phrase, phrase.replace(/^(?:a|an|one)\s+/i, "")]),
      memberOf: [body.key],
      roles: [],
      wikidataId: null,
    });
    table.push({ start, end, actorKey: key, via: "anonymous" });
  }

  // "источник в правительстве": a source inside an unnamed government is one of the state its
  // context names; the scanner only knows governments that name their state.
  if (input.language === "ru")
    for (const m of text.matchAll(RU_GOVERNMENT_SOURCE)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (inExcluded(start) || table.overlaps(start, end)) continue;
      const side = sideFromContext(start);
      if (!side) continue;
      const phrase = m[0].replace(/\s+/g, " ");
      const key = `anon:${input.documentKey}:side:${slug(side)}`;
      add({
        key,
        name: phrase,
        kind: "anonymous_source",
        aliases: new Set([phrase]),
        memberOf: [side],
        roles: [],
        wikidataId: null,
      });
      table.push({ start, end, actorKey: key, via: "anonymous" });
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

/**
 * The state an unaffiliated source or an unqualified title speaks for, from its context: the
 * state whose executive the sentence or the paragraphs around it name (the White House, the
 * Israeli government), else the one state they are about; with several, nobody guesses.
 */
export function contextSide(scan: ActorScan, at: number): string | null {
  const { input, text, table, actors } = scan;
  const rootState = (key: string) => rootStateOf(actors, key);
  const paragraphs = input.segmentation.paragraphs;
  const k = paragraphs.findIndex((p) => p.start <= at && at < p.end);
  const here = paragraphs[k];
  if (!here) return null;
  const sentence = input.segmentation.sentences.find((x) => x.start <= at && at < x.end);
  const previous = k > 0 ? (paragraphs[k - 1] as Span) : null;
  // The executive may follow in the same sentence ("officials at the White House"); a state after
  // the source is more often what it talks about. A leader or minister before the source is an
  // executive too ("Trump extended the exemptions for Canada and Mexico. Officials said …"): the
  // states his decision is about do not make the source theirs.
  const scopes: [kind: string, from: number, to: number][] = [
    ["government", here.start, Math.max(at, sentence?.end ?? at)],
    ["executive", here.start, at],
    ["state", here.start, at],
    ...(previous
      ? ([
          ["government", previous.start, previous.end],
          ["executive", previous.start, previous.end],
          ["state", previous.start, previous.end],
        ] as [string, number, number][])
      : []),
  ];
  const counts = (kind: string, m: Mention) => {
    const a = actors.get(m.actorKey);
    if (a?.kind === kind) return true;
    if (kind === "executive")
      return (
        a?.kind === "government" ||
        (a?.kind === "person" && inOffice(a, input.publishedAt) && opensSentence(m))
      );
    // A state's people count with it: a paragraph quoting its officials is not only about it.
    return kind === "state" && a?.kind === "person";
  };
  // A leader who acts, not one acted upon: the first actor of the sentence, after no preposition.
  const opensSentence = (m: Mention) => {
    const sentences = input.segmentation.sentences;
    const s = sentences[lastStartingAtOrBefore(sentences, m.start)];
    if (!s || m.start >= s.end) return false;
    const lead = text.slice(s.start, m.start);
    if (
      /\b(?:by|with|to|for|against|from|of|about|on|at|in|between|among|than)\s+(?:the\s+)?$/iu.test(
        lead,
      )
    )
      return false;
    return ![...table.near(s.start, m.start)].some(
      (x) => x !== m && x.start >= s.start && x.start < m.start,
    );
  };
  for (const [kind, from, to] of scopes) {
    const sides = new Set<string>();
    // States named only by an adjective ("украинские порты", "Ukrainian grain") count when no state
    // is named otherwise: a paragraph quoting a Russian diplomat about Ukrainian ports is Russia's.
    const qualifying = new Set<string>();
    // Leaders acted upon ("met Macron") are no side of their own, but another state's leader
    // there leaves the source's side open.
    const bystanders = new Set<string>();
    // Only which states turn up counts, not in what order, so the mentions nearby do.
    for (const m of table.near(from, to)) {
      if (m.start < from || m.end > to || m.start === at) continue;
      const st = rootState(m.actorKey);
      if (!counts(kind, m)) {
        const a = actors.get(m.actorKey);
        if (kind === "executive" && st && a?.kind === "person" && inOffice(a, input.publishedAt))
          bystanders.add(st);
        continue;
      }
      if (st && kind === "state" && isQualifier(scan, m)) qualifying.add(st);
      else if (st) sides.add(st);
    }
    if (sides.size === 0) for (const st of qualifying) sides.add(st);
    if (sides.size > 1 || [...bystanders].some((st) => !sides.has(st) && sides.size > 0))
      return null;
    if (sides.size === 1) return [...sides][0] as string;
  }
  return null;
}

/**
 * Whether a state's mention is an adjective qualifying a noun ("ukrainien", "российского",
 * "Ukrainian grain"), not the state named as an actor.
 */
export function isQualifier(scan: ActorScan, m: Mention): boolean {
  if (scan.actors.get(m.actorKey)?.kind !== "state") return false;
  const written = scan.text.slice(m.start, m.end);
  if (/^\p{Ll}/u.test(written)) return true;
  return (
    (entryByKey(m.actorKey)?.demonyms.includes(written) ?? false) &&
    /^\s+\p{Ll}/u.test(scan.text.slice(m.end, m.end + 3))
  );
}

/** The state an actor belongs to, up its memberOf chain. */
export function rootStateOf(
  actors: ReadonlyMap<string, LocalActor>,
  key: string,
  depth = 0,
): string | null {
  const a = actors.get(key) ?? gazetteerActor(key);
  if (!a || depth > 4) return null;
  if (a.kind === "state") return a.key;
  for (const p of a.memberOf) {
    const st = rootStateOf(actors, p, depth + 1);
    if (st) return st;
  }
  return null;
}

/** Whether a person held an office at the document's date: a leader or minister, not a former one. */
function inOffice(actor: LocalActor, date: string | null): boolean {
  const year = date ? Number(date.slice(0, 4)) : Number.NaN;
  return actor.roles.some((r) => {
    if (Number.isNaN(year)) return r.end === null;
    const from = r.start ? Number(r.start.slice(0, 4)) : Number.NaN;
    const to = r.end ? Number(r.end.slice(0, 4)) : Number.NaN;
    return !(from > year) && !(to < year);
  });
}

/**
 * The anonymous sources of a paragraph. In a title-case headline ("U.S. Official Confirms Deal")
 * the capitalised verb after the head would read as a name ("Kremlin official Dmitry Peskov"), so
 * the paragraph is scanned again with such a verb in lowercase: offsets stay the same.
 */
function anonymousIn(text: string, p: Span, language: string | null, prepared: PreparedSpan) {
  const found = scanAnonymousSources(text, p.start, p.end, language, prepared);
  if (language !== "en" && language !== null) return found;
  const ptext = text.slice(p.start, p.end);
  if (!HEADLINE_NOUN.test(ptext)) return found;
  let lowered = ptext;
  for (const m of ptext.matchAll(HEADLINE_HEAD)) {
    const verb = (m[1] as string) + (m[2] as string);
    const lower = (m[1] as string).toLowerCase();
    if (lower.length !== 1 || !reportingCue(verb.toLowerCase(), "en")) continue;
    const at = (m.index ?? 0) + m[0].length - verb.length;
    lowered = lowered.slice(0, at) + lower + lowered.slice(at + 1);
  }
  if (lowered === ptext) return found;
  const again = scanAnonymousSources(
    text.slice(0, p.start) + lowered + text.slice(p.end),
    p.start,
    p.end,
    language,
  );
  return again.length > found.length ? again : found;
}

/** "Former and current officials": the modifier coordinated before the phrase the scanner found. */
function coordinatedModifier(text: string, at: number): number {
  const m =
    /(?<![\p{L}])(?:former|current|serving|retired|active|past|present|senior|junior|anciens?|actuels?|бывшие|нынешние)\s+(?:and|or|et|ou|и|или)\s+$/iu.exec(
      text.slice(Math.max(0, at - 30), at),
    );
  return m ? m[0].length : 0;
}
