/** Lookup API over the curated gazetteer: names, titles, body patterns, outlets, reporting cues, hedges and anonymous sources. */
import type { ActorRole } from "@stancemap/schema";
import { type AnonymousSourceMatch, scanAnonymous } from "./anonymous.js";
import {
  type GazetteerEntry,
  type GazetteerRole,
  gazetteer,
  type MatchVia,
  type OfficeEntry,
} from "./build.js";
import type { CueClass, Polarity, ReportingCue } from "./lexicon-cues.js";
import type { Hedge, HedgeKind } from "./lexicon-hedges.js";
import { type GazetteerToken, LEADING_ARTICLES, tokenize } from "./normalize.js";
import { TITLE_MODIFIERS } from "./offices.js";
import { candidatesOf, type OfficeHit, resolveBody, Scanner } from "./scan.js";
import type { Lang } from "./spec.js";
import type { TrieNode } from "./trie.js";

export type {
  AnonymousSourceMatch,
  CueClass,
  GazetteerEntry,
  GazetteerRole,
  Hedge,
  HedgeKind,
  Lang,
  MatchVia,
  OfficeEntry,
  Polarity,
  ReportingCue,
};
export { normalizePhrase, normalizeWord, tokenize } from "./normalize.js";
export type { GazetteerToken };

/** A named actor in text, or a body a pattern names ("the Russian Foreign Ministry", "the Trump administration"). */
export interface ActorMention {
  type: "actor";
  start: number;
  end: number;
  entry: GazetteerEntry;
  /** Every entry the surface can name, `entry` first (more than one for declared ambiguous names). */
  candidates: GazetteerEntry[];
  via: MatchVia | "pattern";
  /** For pattern matches: the kind of body and what qualified it. */
  office?: OfficeEntry;
  scope?: GazetteerEntry | null;
  modifiers?: string[];
}

/** An office named in text: "Russian Foreign Minister", "NATO Secretary General", "the Israeli leader", "le président russe". */
export interface TitleMention {
  type: "title";
  start: number;
  end: number;
  entry: OfficeEntry;
  /** The state, organisation, body or person the title belongs to, if the text (or the title itself) says. */
  scope: GazetteerEntry | null;
  scopeVia: MatchVia | "pattern" | "implied" | null;
  /** "former", "deputy", "elect", ... as written (normal forms). */
  modifiers: string[];
  /** A former (or not yet) holder: "former", "ex-", "outgoing", "President-elect". */
  notCurrent: boolean;
  /** Not the office itself but one under it: "deputy", "first deputy", "assistant", "vice". */
  subordinate: boolean;
  plural: boolean;
  /** Where a diplomat is posted: "ambassador to the UN". */
  destination: GazetteerEntry | null;
  lang: Lang;
}

export type GazetteerMention = ActorMention | TitleMention;

const NOT_CURRENT = new Set([
  "former",
  "ex",
  "then",
  "outgoing",
  "late",
  "elect",
  "designate",
  "nominee",
  "бывшии",
  "бывшего",
  "бывшему",
  "бывшим",
  "бывшем",
  "бывшая",
  "бывшеи",
  "бывшие",
  "бывших",
  "экс",
  "ancien",
  "ancienne",
  "anciens",
  "anciennes",
  "futur",
  "future",
  "elu",
  "elue",
  "designe",
  "designee",
  "sortant",
  "sortante",
  "избранныи",
  "избранного",
  "избранному",
  "избранным",
]);

function titleMention(hit: OfficeHit, toks: readonly GazetteerToken[]): TitleMention {
  const g = gazetteer();
  const office = hit.value.office;
  let scope = hit.scope?.entry ?? null;
  let scopeVia: TitleMention["scopeVia"] = hit.scope?.via ?? null;
  if (!scope && office.implies) {
    scope = g.byKey.get(office.implies) ?? null;
    scopeVia = scope ? "implied" : null;
  }
  const modifiers = hit.modifiers;
  return {
    type: "title",
    start: (toks[hit.start] as GazetteerToken).start,
    end: (toks[hit.end - 1] as GazetteerToken).end,
    entry: office,
    scope,
    scopeVia,
    modifiers,
    notCurrent: modifiers.some((m) => NOT_CURRENT.has(m)),
    subordinate: modifiers.some(
      (m) =>
        TITLE_MODIFIERS.get(m) === "rank" && !["senior", "top", "chief", "principal"].includes(m),
    ),
    plural: hit.value.plural,
    destination: hit.destination?.entry ?? null,
    lang: hit.value.lang,
  };
}

function bodyMention(hit: OfficeHit, toks: readonly GazetteerToken[]): ActorMention | null {
  const g = gazetteer();
  const entry = resolveBody(g, hit.value.office, hit.scope?.entry ?? null);
  if (!entry) return null;
  return {
    type: "actor",
    start: (toks[hit.start] as GazetteerToken).start,
    end: (toks[hit.end - 1] as GazetteerToken).end,
    entry,
    candidates: [entry],
    via: "pattern",
    office: hit.value.office,
    scope: hit.scope?.entry ?? null,
    modifiers: hit.modifiers,
  };
}

/**
 * A span of text tokenised once, with the matcher's per-token caches: the name scan and the
 * anonymous-source scan of one paragraph share it rather than each tokenising it again.
 */
export interface PreparedSpan {
  readonly from: number;
  readonly to: number;
  readonly scanner: Scanner;
}

export function prepareSpan(text: string, from = 0, to = text.length): PreparedSpan {
  const g = gazetteer();
  return { from, to, scanner: new Scanner(g, tokenize(text, from, to)) };
}

/**
 * Every gazetteer name, title and body pattern in `text[from, to)`, left to right, longest match first,
 * never inside a word and never across punctuation. Offsets are into `text`; `prepared`, when given,
 * is `prepareSpan(text, from, to)`.
 */
export function findGazetteerMentions(
  text: string,
  from = 0,
  to = text.length,
  prepared: PreparedSpan = prepareSpan(text, from, to),
): GazetteerMention[] {
  const sc = prepared.scanner;
  const toks = sc.toks;
  const out: GazetteerMention[] = [];
  for (let i = 0; i < toks.length; ) {
    if (sc.inert(i)) {
      i++;
      continue;
    }
    const actor = sc.longestActor(i);
    const body = sc.bodyAt(i);
    const title = sc.titleAt(i);
    const actorEnd = actor?.end ?? 0;
    const bodyEnd = body?.end ?? 0;
    const titleEnd = title?.end ?? 0;
    // a curated name wins ties: "Foreign Office" is the UK's, not a generic foreign ministry
    if (actor && actorEnd >= bodyEnd && actorEnd >= titleEnd) {
      const { entries, via } = candidatesOf(actor.values);
      out.push({
        type: "actor",
        start: (toks[i] as GazetteerToken).start,
        end: (toks[actor.end - 1] as GazetteerToken).end,
        entry: entries[0] as GazetteerEntry,
        candidates: entries,
        via,
      });
      i = actor.end;
    } else if (body && bodyEnd >= titleEnd) {
      const m = bodyMention(body, toks);
      if (m) out.push(m);
      i = body.end;
    } else if (title) {
      out.push(titleMention(title, toks));
      i = title.end;
    } else i++;
  }
  return out;
}

function stripArticle(toks: GazetteerToken[]): GazetteerToken[] | null {
  const first = toks[0];
  return first && toks.length > 1 && LEADING_ARTICLES.has(first.norm) ? toks.slice(1) : null;
}

function exactActor(surface: string): { entry: GazetteerEntry; via: MatchVia | "pattern" }[] {
  const g = gazetteer();
  let toks = tokenize(surface);
  for (let attempt = 0; attempt < 2 && toks.length > 0; attempt++) {
    const sc = new Scanner(g, toks, true);
    const hit = sc.actorHits(0).find((h) => h.end === toks.length);
    if (hit) {
      const seen = new Set<GazetteerEntry>();
      return hit.values
        .filter((v) => !seen.has(v.entry) && seen.add(v.entry))
        .map((v) => ({ entry: v.entry, via: v.via }));
    }
    const body = sc.bodyAt(0);
    if (body && body.end === toks.length) {
      const entry = resolveBody(g, body.value.office, body.scope?.entry ?? null);
      if (entry) return [{ entry, via: "pattern" }];
    }
    const stripped = stripArticle(toks);
    if (!stripped) break;
    toks = stripped;
  }
  return [];
}

/** Entries a whole surface names ("the Kremlin", "Zelenskyy", "Путина", "l'OTAN", "Russian Foreign Ministry"), with how it names them. */
export function lookupNameMatches(
  surface: string,
): { entry: GazetteerEntry; via: MatchVia | "pattern" }[] {
  return exactActor(surface);
}

/** Entries a whole surface names; empty when none. Capitalisation is ignored and a leading article is optional. */
export function lookupName(surface: string): GazetteerEntry[] {
  return exactActor(surface).map((m) => m.entry);
}

/** The office a whole surface names, with its scope: "Russian Foreign Minister" → foreign-minister of Russia. */
export function lookupTitle(surface: string): TitleMention | null {
  const g = gazetteer();
  let toks = tokenize(surface);
  for (let attempt = 0; attempt < 2 && toks.length > 0; attempt++) {
    const sc = new Scanner(g, toks, true);
    const hit = sc.titleAt(0);
    if (hit && hit.end === toks.length) return titleMention(hit, toks);
    const stripped = stripArticle(toks);
    if (!stripped) break;
    toks = stripped;
  }
  return null;
}

export function entryByKey(key: string): GazetteerEntry | undefined {
  return gazetteer().byKey.get(key);
}

export function officeByKey(key: string): OfficeEntry | undefined {
  return gazetteer().offices.get(key);
}

/** All curated entries (synthetic pattern bodies excluded). */
export function allEntries(): readonly GazetteerEntry[] {
  return gazetteer().entries;
}

export function allOffices(): readonly OfficeEntry[] {
  return [...gazetteer().offices.values()];
}

/** The state a demonym stands for: "Russian" → Russia, "российский" → Russia, "israélienne" → Israel. */
export function demonymToState(word: string): GazetteerEntry | null {
  const m = exactActor(word).find((x) => x.via === "demonym" && x.entry.category === "state");
  return m?.entry ?? null;
}

/** A state by name, alias, capital or ISO 3166 alpha-2 code: "the US", "Россия", "Kyiv", "UA". */
export function stateByName(name: string): GazetteerEntry | null {
  const trimmed = name.trim();
  if (/^[A-Z]{2}$/.test(trimmed)) {
    const byIso = gazetteer().statesByIso.get(trimmed);
    if (byIso) return byIso;
  }
  const m = exactActor(trimmed).find((x) => x.entry.category === "state" && x.via !== "demonym");
  return m?.entry ?? null;
}

/** The outlet a name or web address names: "FT", "Reuters", "https://www.ft.com/content/...", "ТАСС". */
export function lookupOutlet(nameOrDomain: string): GazetteerEntry | null {
  const byDomain = entryByDomain(nameOrDomain);
  if (byDomain?.category === "outlet") return byDomain;
  return exactActor(nameOrDomain).find((m) => m.entry.category === "outlet")?.entry ?? null;
}

/** The entry (outlet, body, organisation) whose web domain a host or URL belongs to: "news.ft.com" → Financial Times. */
export function entryByDomain(hostOrUrl: string): GazetteerEntry | null {
  const host = hostOrUrl
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/[/?#:].*$/, "")
    .replace(/^www\./, "");
  if (!/^([a-z0-9-]+\.)+[a-z]{2,}$/.test(host)) return null;
  const domains = gazetteer().domains;
  const labels = host.split(".");
  for (let k = 0; k + 2 <= labels.length; k++) {
    const hit = domains.get(labels.slice(k).join("."));
    if (hit) return hit;
  }
  return null;
}

function activeIn(role: GazetteerRole, year: number | undefined): boolean {
  if (year === undefined) return role.end === null;
  const start = role.start ? Number(role.start.slice(0, 4)) : Number.NEGATIVE_INFINITY;
  const end = role.end ? Number(role.end.slice(0, 4)) : Number.POSITIVE_INFINITY;
  return start <= year && year <= end;
}

const PRINCIPAL_OFFICES = [
  "secretary-general",
  "director-general",
  "president",
  "chair",
  "head",
  "prime-minister",
  "chancellor",
  "supreme-leader",
  "king",
  "emir",
  "sultan",
  "pope",
  "leader",
  "high-representative",
];

/**
 * Who held an office of a state or organisation in a year (now, when no year is given), most recent first:
 * ("foreign-minister", "russia") → Lavrov; ("leader", "israel", 2018) → Netanyahu; ("head", "nato") → the Secretary General.
 * Years at role boundaries can match both the outgoing and the incoming holder.
 */
export function officeHolders(
  officeOrTitle: string,
  scopeKey: string,
  year?: number,
): GazetteerEntry[] {
  const g = gazetteer();
  const scope = g.byKey.get(scopeKey);
  const group = g.offices.get(officeOrTitle)?.office ?? officeOrTitle;
  let groups = [group];
  if (
    group === "leader" ||
    group === "head" ||
    group === "head-of-state" ||
    group === "head-of-government"
  ) {
    groups =
      scope?.category === "state"
        ? (scope.leaderOffices ?? ["president", "prime-minister"])
        : PRINCIPAL_OFFICES;
    if (group === "head-of-government" && scope?.category === "state")
      groups = ["prime-minister", "chancellor", "taoiseach"];
    if (group === "head-of-state" && scope?.category === "state")
      groups = ["president", "king", "queen", "emir", "sultan", "supreme-leader", "pope"];
  }
  for (const gr of groups) {
    const list = (g.holders.get(`${gr}|${scopeKey}`) ?? []).filter((h) => activeIn(h.role, year));
    if (list.length > 0) {
      const sorted = [...list].sort((a, b) =>
        (b.role.start ?? "").localeCompare(a.role.start ?? ""),
      );
      return [...new Set(sorted.map((h) => h.entry))];
    }
  }
  return [];
}

/** An entry's roles in the schema's shape (organisation by display name). */
export function actorRoles(entry: GazetteerEntry): ActorRole[] {
  const g = gazetteer();
  return entry.roles.map((r) => ({
    title: r.title,
    organization: g.byKey.get(r.org)?.name ?? r.org,
    start: r.start,
    end: r.end,
  }));
}

function normalizeWords(words: string | readonly string[]): string[] {
  const phrase = typeof words === "string" ? words : words.join(" ");
  return tokenize(phrase).map((t) => t.norm);
}

function exactPhrase<V>(root: TrieNode<V>, norms: readonly string[]): V[] {
  let node: TrieNode<V> | undefined = root;
  for (const n of norms) {
    node = node.next?.get(n);
    if (!node) return [];
  }
  return node.values ?? [];
}

function findPhrases<V extends { lang: Lang }>(
  root: TrieNode<V>,
  text: string,
  from: number,
  to: number,
  lang?: Lang,
): { start: number; end: number; value: V }[] {
  const toks = tokenize(text, from, to);
  const out: { start: number; end: number; value: V }[] = [];
  for (let i = 0; i < toks.length; ) {
    let node: TrieNode<V> | undefined = root;
    let best: { end: number; value: V } | null = null;
    for (let j = i; j < toks.length; j++) {
      const tok = toks[j] as GazetteerToken;
      if (j > i && tok.hard) break;
      node = node.next?.get(tok.norm);
      if (!node) break;
      const v = node.values?.find((x) => lang === undefined || x.lang === lang);
      if (v) best = { end: j + 1, value: v };
    }
    if (best) {
      out.push({
        start: (toks[i] as GazetteerToken).start,
        end: (toks[best.end - 1] as GazetteerToken).end,
        value: best.value,
      });
      i = best.end;
    } else i++;
  }
  return out;
}

/** The reporting cue a word sequence is ("said", "called for", "according to", "заявил", "a-t-il déclaré"), or null. */
export function reportingCue(words: string | readonly string[], lang?: Lang): ReportingCue | null {
  const cues = exactPhrase(gazetteer().cueTrie, normalizeWords(words));
  return cues.find((c) => lang === undefined || c.lang === lang) ?? null;
}

/** Reporting cues in `text[from, to)`, longest first. */
export function findReportingCues(
  text: string,
  from = 0,
  to = text.length,
  lang?: Lang,
): { start: number; end: number; cue: ReportingCue }[] {
  return findPhrases(gazetteer().cueTrie, text, from, to, lang).map((m) => ({
    start: m.start,
    end: m.end,
    cue: m.value,
  }));
}

/** The hedge a word sequence is ("reportedly", "is said to", "якобы", "aurait"), or null. */
export function hedgeOf(words: string | readonly string[], lang?: Lang): Hedge | null {
  const hs = exactPhrase(gazetteer().hedgeTrie, normalizeWords(words));
  return hs.find((h) => lang === undefined || h.lang === lang) ?? null;
}

export function isHedge(words: string | readonly string[], lang?: Lang): boolean {
  return hedgeOf(words, lang) !== null;
}

/** Hedges in `text[from, to)`, longest first. */
export function findHedges(
  text: string,
  from = 0,
  to = text.length,
  lang?: Lang,
): { start: number; end: number; hedge: Hedge }[] {
  return findPhrases(gazetteer().hedgeTrie, text, from, to, lang).map((m) => ({
    start: m.start,
    end: m.end,
    hedge: m.value,
  }));
}

/**
 * Descriptions of unnamed sources in `text[from, to)`: "a former senior Kremlin official", "sources
 * close to the Kremlin". `prepared`, when given, is `prepareSpan(text, from, to)`.
 */
export function findAnonymousSources(
  text: string,
  from = 0,
  to = text.length,
  lang?: Lang,
  prepared: PreparedSpan = prepareSpan(text, from, to),
): AnonymousSourceMatch[] {
  return scanAnonymous(gazetteer(), prepared.scanner, text, lang ? [lang] : ["en", "ru", "fr"]);
}

/** The anonymous-source description a whole phrase is, or null. */
export function matchAnonymousSource(phrase: string, lang?: Lang): AnonymousSourceMatch | null {
  const found = findAnonymousSources(phrase, 0, phrase.length, lang);
  const m = found[0];
  const toks = tokenize(phrase);
  const first = toks[0];
  const last = toks[toks.length - 1];
  return m && first && last && m.start === first.start && m.end === last.end ? m : null;
}

/** Sizes of the curated data, per category (for reports and sanity checks). */
export function gazetteerStats(): Record<string, number> {
  const g = gazetteer();
  const stats: Record<string, number> = {};
  for (const e of g.entries) stats[e.category] = (stats[e.category] ?? 0) + 1;
  stats.titles = [...g.offices.values()].filter((o) => o.type === "title").length;
  stats.bodyPatterns = [...g.offices.values()].filter((o) => o.type === "body").length;
  stats.surfaceForms = g.surfaces.size;
  stats.reportingCues = new Set([...collect(g.cueTrie)]).size;
  stats.hedges = new Set([...collect(g.hedgeTrie)]).size;
  return stats;
}

function collect<V>(root: TrieNode<V>): V[] {
  const out: V[] = [];
  const walk = (n: TrieNode<V>) => {
    if (n.values) out.push(...n.values);
    if (n.next) for (const c of n.next.values()) walk(c);
  };
  walk(root);
  return out;
}

/** Internal structures, for the integrity tests. */
export { gazetteer as gazetteerInternals } from "./build.js";
