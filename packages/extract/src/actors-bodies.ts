/**
 * Bodies the gazetteer's names only half cover: a court or agency named with a region's or state's
 * adjective ("the European Tribunal for …", "Европейский суд"), and a party's members in a
 * legislature ("Republicans on Capitol Hill", "Senate Democrats") as that party's caucus.
 */
import type { ActorScan } from "./actors-shared.js";
import { allEntries, entryByKey } from "./gazetteer/index.js";
import type { GazetteerHit } from "./gazetteer-adapter.js";
import { shortHash, slug } from "./ids.js";
import type { LocalActor, Mention } from "./types.js";

/** What a proper name of a body ends in after its adjective and a word or two: "… Supreme Court", "… Investment Bank". */
const EN_BODY_AFTER =
  /^(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}?\s+(?:Court|Tribunal|Commission|Council|Parliament|Assembly|Bank|Agency|Authority|Ombudsman|Committee|Board|Fund|Institute|Organi[sz]ation|Prosecutor|Inspectorate|Directorate)(?:\s+(?:of|for|on)(?:\s+the)?(?:\s+[\p{Lu}][\p{L}'’-]*)+)?(?![\p{L}])/u;
/** A court described, not named: "a European court", "the Polish top court". */
const EN_COURT_AFTER =
  /^\s+(?:(?:top|high|highest|supreme|constitutional|federal|administrative|appeals|appellate|district|military|lower)\s+)?(?:court|tribunal)(?![\p{L}])/u;
/** A Russian adjective (any case) and the noun of a body: "Европейский инвестиционный банк", "российского суда". */
const RU_BODY_AFTER =
  /^\s+(?:[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ей)\s+)?(суд|трибунал|комисси|совет|парламент|банк|агентств|фонд|комитет|ассамбле|палат|прокуратур|регулятор|омбудсмен)[а-яё]*(?![\p{L}])/iu;
/** French puts the noun first: "la Cour suprême israélienne", "un tribunal européen". */
const FR_BODY_BEFORE =
  /(?<![\p{L}])((Cour|Tribunal|Commission|Conseil|Parlement|Assemblée|Banque|Agence|Autorité|Fonds|Comité|Parquet|cour|tribunal)(?:\s+(?:suprême|constitutionnelle|fédérale|administrative|centrale|nationale|pénale))?\s+)$/u;
/** The complement of a French body's name: "de justice", "d'investissement". */
const FR_COMPLEMENT = /^\s+(?:de|des|du|d['’])\s*(?:la\s+|l['’])?[\p{L}-]+/u;

/**
 * A demonym that only qualifies another body: "the European Tribunal for Fisheries" is a court of
 * its own, not the EU; "the Israeli Supreme Court" is a court of Israel, not Israel. Returns the
 * body's span and name, with `named` false for a body described rather than named ("a European
 * court"), or null when the demonym stands for its actor.
 */
export function bodyByDemonym(
  text: string,
  hit: GazetteerHit,
  language: string | null,
): { start: number; end: number; name: string } | null {
  if (!hit.demonym) return null;
  const after = text.slice(hit.end, hit.end + 120);
  let start = hit.start;
  let end = -1;
  if (language === "ru") {
    const m = RU_BODY_AFTER.exec(after);
    // A court whatever the case; other bodies only as a proper name, its adjective capitalised.
    if (m && (/^(?:суд|трибунал)$/u.test(m[1] as string) || /^\p{Lu}/u.test(text[hit.start] ?? "")))
      end = hit.end + m[0].length;
  } else if (language === "fr") {
    const m = FR_BODY_BEFORE.exec(text.slice(Math.max(0, hit.start - 60), hit.start));
    if (m) {
      start = hit.start - (m[1] as string).length;
      end = hit.end;
      if (/^\p{Lu}/u.test(m[2] as string))
        end += FR_COMPLEMENT.exec(text.slice(end))?.[0].length ?? 0;
    }
  } else {
    const m = EN_BODY_AFTER.exec(after) ?? EN_COURT_AFTER.exec(after);
    if (m) end = hit.end + m[0].length;
  }
  if (end < 0) return null;
  return { start, end, name: text.slice(start, end).replace(/\s+/g, " ") };
}

/** The organization a body found by {@link bodyByDemonym} is: a state's body belongs to the state. */
export function demonymBody(
  scan: ActorScan,
  hit: GazetteerHit,
  body: { start: number; end: number; name: string },
): void {
  const state = hit.actor?.kind === "state" ? hit.actor : null;
  const actor = scan.addWithParents({
    key: `org:${slug(body.name) || shortHash(body.name)}`,
    name: body.name,
    kind: "organization",
    aliases: new Set([body.name]),
    memberOf: state ? [state.key] : [],
    roles: [],
    wikidataId: null,
  });
  if (state && !scan.actors.has(state.key)) scan.add(state);
  // A place inside the name ("… of Moscow") is part of it, not a mention of its own.
  for (const m of [...scan.table.near(body.start, body.end)])
    if (m.start >= body.start && m.end <= body.end) scan.table.remove(m);
  scan.table.push({ start: body.start, end: body.end, actorKey: actor.key, via: "name" });
}

/** A state's media after its adjective: "Israeli networks", "Russian state media", "the Iranian press". */
const EN_MEDIA_AFTER =
  /^\s+(?:(?:state|state-run|state-owned|public|national|private|pro-government|independent)\s+)?(?:media|press|networks?|television|TV|broadcasters?|channels?|newspapers?|news\s+(?:agenc(?:y|ies)|outlets?|media)|dailies|outlets?|radio|tabloids?)(?![\p{L}])/u;
/** French puts the noun first: "la télévision turque", "les médias russes", "la presse israélienne". */
const FR_MEDIA_BEFORE =
  /(?<![\p{L}])((?:agences?\s+de\s+presse|médias|presse|télévision|chaînes?|quotidiens?|journal|journaux|radio)(?:\s+(?:publique|publiques|d['’]État|officielle|officiels|privée|privées))?\s+)$/u;

/**
 * A state's adjective that only says whose media these are: "carried by Israeli networks",
 * "told Turkish television", "selon la télévision turque". The phrase is an unnamed outlet of that
 * state, which relays a statement and is never its holder, not the state speaking. Returns the
 * phrase's span and name, or null when the adjective stands for the state. Russian is left out:
 * the attribution stage reads "в интервью турецкому телеканалу" by the adjective alone.
 */
export function mediaByDemonym(
  text: string,
  hit: GazetteerHit,
  language: string | null,
): { start: number; end: number; name: string } | null {
  if (!hit.demonym || hit.actor?.kind !== "state") return null;
  let start = hit.start;
  let end = -1;
  if (language === "fr") {
    const m = FR_MEDIA_BEFORE.exec(text.slice(Math.max(0, hit.start - 40), hit.start));
    if (m) {
      start = hit.start - (m[1] as string).length;
      end = hit.end;
    }
  } else if (language !== "ru") {
    const m = EN_MEDIA_AFTER.exec(text.slice(hit.end, hit.end + 40));
    if (m) end = hit.end + m[0].length;
  }
  if (end < 0) return null;
  return { start, end, name: text.slice(start, end).replace(/\s+/g, " ") };
}

/** The unnamed outlet {@link mediaByDemonym} found: a media outlet of its own, not the state. */
export function demonymMedia(
  scan: ActorScan,
  hit: GazetteerHit,
  media: { start: number; end: number; name: string },
): void {
  // One unnamed outlet per state: "Israeli networks" and "Israeli television" are the same source.
  const actor = scan.add({
    key: `outlet:media-of-${slug(hit.actor?.key ?? media.name) || shortHash(media.name)}`,
    name: media.name,
    kind: "media_outlet",
    aliases: new Set([media.name]),
    memberOf: [],
    roles: [],
    wikidataId: null,
    outlet: { domain: null, country: null, kind: "other", language: scan.input.language },
  });
  if (hit.actor && !scan.actors.has(hit.actor.key)) scan.add(hit.actor);
  scan.table.push({ start: media.start, end: media.end, actorKey: actor.key, via: "name" });
}

/** The legislature named by a chamber word before a party's members: "Senate Democrats", "House Republicans". */
const CHAMBER_BEFORE = /(?<![\p{L}])(Senate|House|Sénat|Сенат[а-я]*)\s+$/u;
/** A legislature after a party's members: "Republicans on Capitol Hill", "Democrats in the Senate". */
const LEGISLATURE_AFTER = /^\s+(?:on|in|at|from|в|во|au|du|dans\s+le)\s+(?:the\s+)?/iu;
/** A quantifier before a party's members: "some Republicans", "many Democrats". */
const QUANTIFIER_BEFORE =
  /(?:^|[^\p{L}])((?:some|many|several|most|other|few|a\s+few|a\s+number\s+of|a\s+handful\s+of|dozens\s+of|two|three|four|five|six|ten|многие|некоторые|несколько|plusieurs|certains|de\s+nombreux)\s+)$/iu;
/** The party's members, written as a plural: "Republicans", "Tories", "республиканцы", "les démocrates". */
const PLURAL_MEMBERS = /(?:s|ы|и)$/u;

/**
 * "Republicans on Capitol Hill", "Senate Democrats", "House Republicans": a party's members in a
 * legislature are the party's caucus there, a group of the party (whose own root is its state), not
 * the legislature itself.
 */
export function partyCaucuses(scan: ActorScan): void {
  const { text, table, actors, add, addWithParents } = scan;
  const kindOf = (key: string) => actors.get(key)?.kind;
  for (const m of [...table.list]) {
    const party = actors.get(m.actorKey);
    if (!party || !isParty(party)) continue;
    const written = text.slice(m.start, m.end);
    if (!PLURAL_MEMBERS.test(written) || /\s/u.test(written)) continue;
    const state = party.memberOf[0] as string;
    let start = m.start;
    let end = m.end;
    let legislature: string | null = null;
    let inside: Mention | undefined;
    const chamber = CHAMBER_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start));
    if (chamber) {
      legislature = chamberOf(state, chamber[1] as string);
      if (legislature) start = m.start - chamber[0].length;
    }
    if (!legislature) {
      const lead = LEGISLATURE_AFTER.exec(text.slice(m.end, m.end + 16));
      const at = lead ? m.end + lead[0].length : -1;
      inside = lead ? table.findNear(at, at, (x) => x.start === at && x.end > x.start) : undefined;
      if (
        inside &&
        kindOf(inside.actorKey) === "organization" &&
        isLegislatureOf(inside.actorKey, state)
      ) {
        legislature = inside.actorKey;
        end = inside.end;
      } else if (lead) {
        // "Democrats in the House": a chamber word the gazetteer does not take alone.
        inside = undefined;
        const word = /^(?:Senate|House|Sénat|Сенат[а-я]*)(?![\p{L}])/u.exec(
          text.slice(at, at + 12),
        );
        legislature = word ? chamberOf(state, word[0]) : null;
        if (legislature) end = at + (word?.[0].length ?? 0);
      }
    }
    if (!legislature) continue;
    const name = text.slice(start, end).replace(/\s+/g, " ");
    // "some Republicans on Capitol Hill": the quantifier belongs to the phrase, not to the name.
    const quantifier = QUANTIFIER_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
    if (quantifier) start -= (quantifier[1] as string).length;
    const caucus = add({
      key: `group:${slug(party.key)}:${slug(legislature)}`,
      name,
      kind: "group",
      // Every way the text named them: the phrase, with its quantifier, and the members' own word.
      aliases: new Set([name, text.slice(start, end).replace(/\s+/g, " "), written]),
      memberOf: [party.key],
      roles: [],
      wikidataId: null,
    });
    addWithParents(party);
    if (inside) table.remove(inside);
    table.reshape(m, start, end);
    m.actorKey = caucus.key;
    m.via = "name";
  }
}

/**
 * A party, as far as a legislature's members can tell: a national organization filed under its state
 * that is no body of the state ("Republicans", "Tories"; not the Senate or a ministry).
 */
function isParty(actor: LocalActor): boolean {
  if (actor.kind !== "organization") return false;
  const entry = entryByKey(actor.key);
  const state = entry?.memberOf[0];
  return !!entry && !entry.ministry && !!state && entryByKey(state)?.category === "state";
}

/** Whether an organization is the state's legislature or one of its chambers. */
function isLegislatureOf(key: string, state: string, depth = 0): boolean {
  const entry = entryByKey(key);
  if (!entry || depth > 3) return false;
  if (entry.ministry)
    return entry.ministry.office === "parliament" && entry.ministry.state === state;
  return entry.memberOf.some((k) => isLegislatureOf(k, state, depth + 1));
}

/** The chamber of a state's legislature a chamber word names: the US "Senate", the "House" of Representatives. */
function chamberOf(state: string, word: string): string | null {
  const stem = word.toLowerCase().slice(0, 4);
  const chamber = allEntries().find(
    (e) =>
      !e.ministry &&
      isLegislatureOf(e.key, state) &&
      [e.name, ...e.aliases].some((n) =>
        n
          .toLowerCase()
          .split(/\s+/)
          .some((w) => w.startsWith(stem)),
      ),
  );
  return chamber?.key ?? null;
}
