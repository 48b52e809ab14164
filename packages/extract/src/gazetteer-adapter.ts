/** Turns gazetteer entries and matches into the actor stage's shapes (LocalActor, hits with offices). */
import {
  type AnonymousSourceMatch,
  actorRoles,
  entryByKey,
  findAnonymousSources,
  findGazetteerMentions,
  type GazetteerEntry,
  gazetteerInternals,
  type Lang,
  lookupName,
  lookupOutlet as lookupOutletEntry,
  officeHolders,
  type PreparedSpan,
} from "./gazetteer/index.js";
import { resolveBody } from "./gazetteer/scan.js";
import { slug } from "./ids.js";
import type { LocalActor, MentionVia } from "./types.js";

export interface GazetteerHit {
  start: number;
  end: number;
  /** A named actor (or a body a pattern names). */
  actor?: LocalActor;
  via?: MentionVia;
  /** The actor was named by its adjective ("European", "российский"), which may only qualify another body. */
  demonym?: boolean;
  /** An office named generically: "Russian Foreign Minister", "the Israeli leader". */
  office?: {
    key: string;
    title: string;
    /** Key of the state or organization the title belongs to, when the text or the title says. */
    scope: string | null;
    scopeName: string | null;
    notCurrent: boolean;
    plural: boolean;
  };
}

const LANGS = new Set<Lang>(["en", "ru", "fr"]);

function langOf(language: string | null): Lang | undefined {
  return language && LANGS.has(language as Lang) ? (language as Lang) : undefined;
}

/**
 * A gazetteer entry as this document's actor; callers may add aliases and roles to their copy. With
 * the document's date, the organizations of the roles held then come first in memberOf, so a foreign
 * minister of 2021 speaks for her state even if she later led a UN body.
 */
export function toLocalActor(entry: GazetteerEntry, date?: string | null): LocalActor {
  return {
    key: entry.key,
    name: entry.name,
    kind: entry.kind,
    aliases: new Set([entry.name]),
    memberOf: memberOfAt(entry, date),
    roles: actorRoles(entry),
    wikidataId: entry.wikidataId ?? null,
    ...(entry.source
      ? {
          outlet: {
            domain: entry.source.domain,
            country: entry.country ?? null,
            kind: entry.source.kind,
            language: entry.source.language,
          },
        }
      : {}),
  };
}

export { type PreparedSpan, prepareSpan } from "./gazetteer/index.js";

/** Gazetteer names and offices in `text[from, to)`; `prepared` is `prepareSpan(text, from, to)` when given. */
export function scanGazetteer(
  text: string,
  from: number,
  to: number,
  date?: string | null,
  prepared?: PreparedSpan,
): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  for (const m of findGazetteerMentions(text, from, to, prepared)) {
    if (m.type === "actor") {
      hits.push({
        start: m.start,
        end: m.end,
        actor: toLocalActor(m.entry, date),
        via: m.via === "metonym" ? "metonym" : "name",
        ...(m.via === "demonym" ? { demonym: true } : {}),
      });
    } else {
      hits.push({
        start: m.start,
        end: m.end,
        office: {
          key: m.entry.office,
          title: m.entry.title,
          scope: m.scope?.key ?? null,
          scopeName: m.scope?.name ?? null,
          notCurrent: m.notCurrent,
          plural: m.plural,
        },
      });
    }
  }
  return hits;
}

export function scanAnonymousSources(
  text: string,
  from: number,
  to: number,
  language: string | null,
  prepared?: PreparedSpan,
): AnonymousSourceMatch[] {
  return findAnonymousSources(text, from, to, langOf(language), prepared);
}

/** A known actor by gazetteer key, or by a name the gazetteer knows unambiguously. */
export function gazetteerActor(keyOrName: string): LocalActor | null {
  const entry =
    entryByKey(keyOrName) ??
    (lookupName(keyOrName).length === 1 ? lookupName(keyOrName)[0] : undefined);
  return entry ? toLocalActor(entry) : null;
}

/** The outlet a name or domain stands for: the gazetteer's, or a new media_outlet actor named as written. */
export function lookupOutlet(name: string): LocalActor {
  const entry = lookupOutletEntry(name);
  if (entry) return toLocalActor(entry);
  const clean = name.replace(/\s+/g, " ").trim();
  const domain = /^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(clean)
    ? clean.toLowerCase().replace(/^www\./, "")
    : null;
  return {
    key: `outlet:${slug(clean)}`,
    name: clean,
    kind: "media_outlet",
    aliases: new Set([clean]),
    memberOf: [],
    roles: [],
    wikidataId: null,
    outlet: { domain, country: null, kind: domain ? "other" : "other", language: null },
  };
}

/** Who held an office of a state or organization at a date (ISO, partial), per the gazetteer. */
export function officeHolder(
  office: string,
  scope: string | null,
  date: string | null,
): LocalActor | null {
  if (!scope) return null;
  const year = date ? Number(date.slice(0, 4)) : undefined;
  const [holder] = officeHolders(office, scope, year);
  return holder ? toLocalActor(holder) : null;
}

function memberOfAt(entry: GazetteerEntry, date?: string | null): string[] {
  const year = date ? Number(date.slice(0, 4)) : Number.NaN;
  if (Number.isNaN(year) || entry.roles.length === 0) return [...entry.memberOf];
  const held = entry.roles
    .filter(
      (r) =>
        (!r.start || Number(r.start.slice(0, 4)) <= year) &&
        (!r.end || Number(r.end.slice(0, 4)) >= year),
    )
    .map((r) => r.org);
  return [...new Set([...held, ...entry.memberOf])];
}

/**
 * A state's body of a kind ("foreign-ministry", "government"): the curated one (the State
 * Department for the US foreign ministry), else one built from the pattern; null for no such kind.
 */
export function bodyOfState(body: string, state: string): LocalActor | null {
  const g = gazetteerInternals();
  const office = g.offices.get(body);
  const entry = entryByKey(state);
  if (!office?.body || entry?.category !== "state") return null;
  const found = resolveBody(g, office, entry);
  return found ? toLocalActor(found) : null;
}
