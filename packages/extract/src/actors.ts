/**
 * Actors: finds who is mentioned in a document — known actors from the gazetteer, titled people
 * ("Kremlin spokesperson Dmitry Peskov"), unknown people named beside a reporting verb, anonymous
 * sources ("a former senior Kremlin official", "two European officials") — and resolves pronouns
 * and descriptions ("he", "the Russian president", "the official", "the publication") to them.
 */
import type { ActorRole } from "@stancemap/schema";
import { allOffices, entryByKey } from "./gazetteer/index.js";
import { BODY_HEADS } from "./gazetteer/offices.js";
import { GROUPING_MEMBERS } from "./gazetteer/organizations.js";
import {
  type GazetteerHit,
  gazetteerActor,
  lookupOutlet,
  officeHolder,
  type PreparedSpan,
  prepareSpan,
  scanAnonymousSources,
  scanGazetteer,
  toLocalActor,
} from "./gazetteer-adapter.js";
import { slug } from "./ids.js";
import { execLed, type LedPattern, ledFrom } from "./text-lines.js";
import type { LocalActor, Mention, Segmentation, Span } from "./types.js";

export interface ActorStageInput {
  text: string;
  segmentation: Segmentation;
  excluded: readonly Span[];
  language: string | null;
  /** The outlet's name as metadata found it. */
  outlet: string | null;
  credits: readonly { name: string; span: Span }[];
  publishedAt: string | null;
  /** Distinguishes this document's anonymous sources from another's. */
  documentKey: string;
}

export interface ActorStageOutput {
  mentions: Mention[];
  actors: Map<string, LocalActor>;
  outletKey: string | null;
  credits: { key: string; span: Span }[];
}

// The patterns below open with a look-behind, so they are scanned through what they start with.
const PRONOUN_RE = ledFrom(
  /(?<![\p{L}])(he|him|his|she|her|they|them|their)(?![\p{L}])/giu,
  "(?:he|him|his|she|her|they|them|their)",
);

/** "two European officials", "sources" are several; "one of the officials" is one. */
function plural(actor: LocalActor): boolean {
  return !/^one of\b/i.test(actor.name) && /(?:s|people)$/i.test(actor.name);
}
const OUTLET_DESCRIPTION_RE = ledFrom(
  /(?<![\p{L}])the\s+(?:(?:British|American|US|U\.S\.|Russian|French|German|business|financial|daily|weekly)\s+)?(publication|newspaper|paper|agency|news agency|media outlet|outlet|broadcaster|daily|wire service|magazine)(?![\p{L}])/giu,
  "the\\s",
);
/**
 * The nouns OUTLET_DESCRIPTION_RE and ANAPHORIC_ANON_RE end in, with their flags: their leads are
 * "the", met in every paragraph, so a paragraph without one of these nouns is not scanned at all.
 */
const OUTLET_NOUN = /publication|paper|agency|outlet|broadcaster|daily|wire service|magazine/iu;
const ANAPHORIC_ANON_NOUN = /official|source|insider|diplomat|aide/u;
const ANAPHORIC_ANON_RE = ledFrom(
  /(?<![\p{L}])(?:the|this|that|one of the|according to the)\s+(?:(?:[\p{Lu}][\p{L}-]*|former|senior|cited|unnamed|anonymous)\s+){0,2}(official|source|sources|officials|insider|diplomat|aide)(?![\p{L}])/gu,
  "(?:the|this|that|one of the|according to the)\\s",
);

/** A definite description of an organization by what it is: "the agency", "the bloc". */
const ORG_DESCRIPTION_RE = ledFrom(
  /(?<![\p{L}])(?:the|The)\s+(bloc|alliance|agency|organi[sz]ation|commission|council|court|fund|watchdog)(?![\p{L}])/gu,
  "(?:the|The)\\s",
);
const ORG_DESCRIPTION_NOUN =
  /bloc|alliance|agency|organi[sz]ation|commission|council|court|fund|watchdog/iu;
/** Whether "the <noun>" can describe the organization: a word of its name, or what it is. */
function describedBy(actor: LocalActor, noun: string): boolean {
  const entry = entryByKey(actor.key);
  const names = [actor.name, ...actor.aliases, ...(entry?.aliases ?? [])].join(" | ");
  if (noun === "bloc")
    return (
      GROUPING_MEMBERS.has(actor.key) || /\b(?:Union|Group|Community|Association)\b/u.test(names)
    );
  if (noun === "alliance") return /\bAlliance\b|Treaty Organi[sz]ation/u.test(names);
  if (noun === "watchdog") return /\b(?:Agency|Commission|Authority)\b/u.test(names);
  const word = noun.replace(/organi[sz]ation/, "organi[sz]ation");
  return new RegExp(`\\b${word}\\b`, "iu").test(names);
}
/** "the administration" standing alone: not "the administration of aid". */
const ADMINISTRATION_RE = ledFrom(
  /(?<![\p{L}])(?:the|The)\s+administration(?![\p{L}])(?!\s+of\b)/gu,
  "(?:the|The)\\s",
);
/** "it" before a verb of saying, wanting or doing; not "it is", "it would be" (mostly about things). */
const IT_SUBJECT_RE = ledFrom(
  /(?<![\p{L}])(?:it|It)(?=\s+(?:also\s+|still\s+|now\s+)?(?:has|had|will|would|could|can|should|must|may|might|does|did|said|says|wants|wanted|sees|saw|believes|believed|considers|insists|insisted|warned|warns|argued|argues|claimed|claims|demanded|demands|promised|vowed|plans|planned|intends|threatened|threatens|announced|accused|urged|urges|rejected|rejects|denied|denies|called|calls|expects|hopes|fears|opposes|opposed|supports|supported|welcomed|welcomes|condemned|condemns)\b)(?!\s+(?:has|had|will|would|could|can|should|must|may|might)\s+(?:not\s+)?be(?:en)?\b)/gu,
  "(?:it|It)",
);
/** What may open a clause before its subject: a subordinate clause ended by a comma, a conjunction, an article. */
const CLAUSE_SUBJECT_LEAD =
  /^\s*(?:[^,;:"“”]*,\s*)?(?:(?:but|and|so|yet|if|when|while|although|though|because|now|meanwhile|still|however|instead|since|as)\s+)?(?:the\s+)?$/iu;

/** "Участники встречи", "the participants in the meeting": whoever the meeting was of. */
const PARTICIPANTS_RE = ledFrom(
  /(?<![\p{L}])(?:участник(?:и|ов|ам|ами)\s+(?:встречи|саммита|переговоров|совещания|заседания|конференции)|(?:the\s+)?participants\s+(?:in|at|of)\s+the\s+(?:meeting|summit|talks|conference)|(?:les\s+)?participants\s+(?:à|au|aux)\s+(?:la\s+)?(?:réunion|sommet|rencontre|conférence|pourparlers))(?![\p{L}])/giu,
  "(?:участник|the\\s|participants|les\\s)",
);
const PARTICIPANTS_NOUN = /участник|participants/iu;

const BARE_GROUP_RE = ledFrom(
  /(?<![\p{L}])(?:(?:the\s+)?(?:ministers|leaders)|министры|лидеры|ministres|dirigeants)(?![\p{L}])/giu,
  "(?:the\\s|ministers|leaders|министры|лидеры|ministres|dirigeants)",
);

/** What a body's demonym names as a group of its governments: "European allies", "European capitals". */
const COLLECTIVE_AFTER_DEMONYM = /^(?:\s+(?:allies|partners|governments|capitals))(?![\p{L}])/u;
/** The possessive and modifiers before "European allies": "Washington's major ". */
const COLLECTIVE_LEAD =
  /(?:[\p{L}.]+['’]s\s+)?(?:(?:major|key|main|closest|close|traditional|other|fellow|western|leading)\s+)+$|[\p{L}.]+['’]s\s+$/u;
/** "the European Union, whose leaders": the relative names the body's leaders. */
const WHOSE_LEADERS = /^,\s+(whose\s+(?:leaders|heads\s+of\s+(?:state|government)))(?![\p{L}])/u;

/** A capitalised name of two to four words: "Keith Kellogg", "Ursula von der Leyen", "J. D. Vance". */
const NAME_RE = ledFrom(
  /(?<![\p{L}.])(?:[\p{Lu}][\p{Ll}’'-]+|[\p{Lu}]\.)(?:\s+(?:(?:von|van|der|de|la|du|bin|al|el|da|di)\s+)*(?:[\p{Lu}][\p{Ll}’'-]+|[\p{Lu}]\.)){1,3}(?![\p{L}])/gu,
  "\\p{Lu}",
);

const NOT_NAME_WORDS = new Set(
  (
    "The A An This That These Those It Its He She His Her They Their We Our I In On At By For With From After Before " +
    "While When Where Why How What Who Which Both Each Every Some Many Most Meanwhile However Moreover Despite Since " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August " +
    "September October November December Read More Show News Feed Thought Conclusion Introduction Exclusive Interview " +
    "Mr Mrs Ms Dr President Prime Minister Foreign Secretary General Chancellor King Queen Prince Senator Governor " +
    "Republican Democrat Democratic Republicans Democrats Western European Eastern Northern Southern"
  ).split(" "),
);

/** What a company is called before its name: "steel producer Acme", "the carmaker Volta". */
const COMPANY_NOUN =
  /(?:producer|maker|manufacturer|company|firm|giant|carrier|retailer|lender|insurer|exporter|importer|miner|operator|supplier|distributor|refiner|conglomerate|developer|start-?up|bank)\s+[\p{Lu}]/u;
const COMPANY_NAME_RE =
  /(?<![\p{L}-])(?:producer|maker|manufacturer|company|firm|giant|carrier|retailer|lender|insurer|exporter|importer|miner|operator|supplier|distributor|refiner|conglomerate|developer|start-?up|bank)\s+((?:[\p{Lu}][\p{L}&-]*)(?:\s+[\p{Lu}][\p{L}&-]*){0,2})(?![\p{L}])/gu;
/** Who can head a clause: the kinds a relative clause may stand between and their verb. */
const SUBJECT_KINDS = new Set(["person", "organization", "government", "state", "group"]);
/** ", who met the envoy on Sunday, accused": a relative clause, then a lowercase word that is the verb. */
const RELATIVE_BEFORE_VERB =
  /^,\s+(?:who|which)\s[^,;:"“”()]{1,150},\s+(?!(?:and|but|or|who|which|whose|the|a|an|as|while|when|if|although|because|in|on|at|for|with|to|of)\b)[\p{Ll}]/u;

const SPEECH_AFTER =
  /^(?:,[^,]{1,80},)?\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+|then\s+|previously\s+)?(?:said|says|told|tells|added|stated|declared|noted|stressed|insisted|warned|argued|claimed|explained|wrote|announced|urged|demanded|called|rejected|dismissed|suggested|confirmed|denied)\b/u;
/** A reporting verb right before a name, in the inverted order: "…,” said Scott Paul". */
const SPEECH_BEFORE =
  /(?:^|[^\p{L}])(?:said|says|added|stated|noted|stressed|warned|argued|explained|wrote|asked|according\s+to)\s+$/u;
const HONORIFIC_BEFORE = /(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Amb)\.?\s*)$/u;

export function findActors(input: ActorStageInput): ActorStageOutput {
  const { text } = input;
  const actors = new Map<string, LocalActor>();
  // Every change to the mentions goes through `table`, which keeps its index in step; reads use the list.
  const table = new MentionTable();
  const mentions = table.list;
  const inExcluded = (pos: number) => input.excluded.some((r) => pos >= r.start && pos < r.end);
  const taken = (start: number, end: number) => table.overlaps(start, end);
  const add = (actor: LocalActor) => {
    const existing = actors.get(actor.key);
    if (!existing) {
      actors.set(actor.key, actor);
      return actor;
    }
    for (const a of actor.aliases) existing.aliases.add(a);
    for (const r of actor.roles)
      if (!existing.roles.some((x) => x.title === r.title && x.organization === r.organization))
        existing.roles.push(r);
    for (const p of actor.memberOf) if (!existing.memberOf.includes(p)) existing.memberOf.push(p);
    return existing;
  };
  /** Adds an actor and the ones it belongs to, so memberOf chains are complete in every document. */
  const addWithParents = (actor: LocalActor) => {
    const added = add(actor);
    for (const parent of actor.memberOf)
      if (!actors.has(parent)) {
        const p = gazetteerActor(parent);
        if (p) addWithParents(p);
      }
    return added;
  };

  // Each paragraph is tokenised once for both gazetteer scans (names, then anonymous sources).
  const prepared = new Map<number, PreparedSpan>();
  const preparedAt = (k: number, p: Span) => {
    let span = prepared.get(k);
    if (!span) {
      span = prepareSpan(text, p.start, p.end);
      prepared.set(k, span);
    }
    return span;
  };

  // 1. Gazetteer: known actors, offices ("Russian Foreign Minister"), metonyms ("the Kremlin").
  const hits: GazetteerHit[] = [];
  const collective: Mention[] = [];
  input.segmentation.paragraphs.forEach((p, k) => {
    if (input.excluded.some((r) => r.start <= p.start && r.end >= p.end)) return;
    hits.push(...scanGazetteer(text, p.start, p.end, input.publishedAt, preparedAt(k, p)));
  });
  hits.sort((a, b) => a.start - b.start);
  const offices: GazetteerHit[] = [];
  for (const hit of hits) {
    if (inExcluded(hit.start)) continue;
    if (hit.office) {
      offices.push(hit);
      continue;
    }
    if (!hit.actor) continue;
    const actor = addWithParents(hit.actor);
    actor.aliases.add(text.slice(hit.start, hit.end));
    table.push({ start: hit.start, end: hit.end, actorKey: actor.key, via: hit.via ?? "name" });
  }

  // "European allies", "the EU, whose leaders": the leaders of the body, one group with "European
  // leaders". Only a body's demonym: "US allies" are other states, allies of the United States.
  for (const m of mentions) {
    const body = actors.get(m.actorKey);
    if (!body || (body.kind !== "organization" && body.kind !== "state")) continue;
    const written = text.slice(m.start, m.end);
    const entry = entryByKey(body.key);
    const byDemonym =
      body.kind === "organization" && entry?.demonyms.includes(written)
        ? COLLECTIVE_AFTER_DEMONYM.exec(text.slice(m.end, m.end + 24))
        : null;
    const whose = byDemonym ? null : WHOSE_LEADERS.exec(text.slice(m.end, m.end + 24));
    if (!byDemonym && !whose) continue;
    const key = `group:${slug(body.key)}:leader`;
    const adjective = entry?.demonyms[0] ?? body.name;
    add({
      key,
      name: `${adjective} leaders`,
      kind: "group",
      aliases: new Set([`${adjective} leaders`, ...(byDemonym ? [written + byDemonym[0]] : [])]),
      memberOf: [body.key],
      roles: [],
      wikidataId: null,
    });
    if (byDemonym) {
      // "Washington's major European allies": the possessor and modifiers belong to the phrase.
      const lead = COLLECTIVE_LEAD.exec(text.slice(Math.max(0, m.start - 60), m.start));
      if (lead) {
        const from = m.start - lead[0].length;
        const owner = mentions.find((x) => x.start <= from && x.end > from);
        table.reshape(m, owner ? owner.start : from, m.end);
      }
      table.reshape(m, m.start, m.end + byDemonym[0].length);
      m.actorKey = key;
      m.via = "title";
    } else if (whose) {
      const start = m.end + whose[0].length - (whose[1] as string).length;
      collective.push({ start, end: m.end + whose[0].length, actorKey: key, via: "title" });
    }
  }
  table.push(...collective);

  // An office without a country of its own, after "the country's" or "its", belongs to the state
  // named last before it in the paragraph ("Australia's Prime Minister … and the country's Trade
  // Minister"). Only states: "its" after an organization is rarely its office.
  const scopeFromContext = (at: number): string | null => {
    const lead = text.slice(Math.max(0, at - 24), at);
    if (!/(?:\bthe\s+(?:country|nation|state)['’]s|\bits)\s+$/iu.test(lead)) return null;
    const paragraph = input.segmentation.paragraphs.find((p) => p.start <= at && at < p.end);
    const from = paragraph?.start ?? Math.max(0, at - 400);
    // The state may be a name of its own or the country of an office ("Australia's Prime Minister").
    let best: { start: number; key: string } | null = null;
    for (const m of mentions)
      if (m.start < at && m.start >= from && actors.get(m.actorKey)?.kind === "state")
        if (!best || m.start > best.start) best = { start: m.start, key: m.actorKey };
    for (const o of offices) {
      const scopeKey = o.office?.scope;
      if (!scopeKey || o.start >= at || o.start < from) continue;
      if (gazetteerActor(scopeKey)?.kind !== "state") continue;
      if (!best || o.start > best.start) best = { start: o.start, key: scopeKey };
    }
    return best?.key ?? null;
  };

  // 2. Offices: "Foreign Minister Sergey Lavrov" names a person with a role; "the Russian president",
  // "the president-elect" describe one; "European leaders" name a group.
  const titledAs = new Map<string, string>(); // normalised title as written → person key
  const titleKey = (start: number, end: number) =>
    text
      .slice(start, end)
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/\s+/g, " ");
  // A description stands alone after an article, at the start of a line or sentence, led by its
  // owner ("Israel's prime minister"), or in Russian, which has no articles.
  const describedAt = (start: number, end: number) =>
    /(?:\b(?:the|le|la|les)\s+|\bl['’]|^|[.!?:]\s+|\n\s*)$/iu.test(
      text.slice(Math.max(0, start - 6), start),
    ) ||
    /^[^\s'’]+(?:\s+[^\s'’]+){0,3}['’]s\s/u.test(text.slice(start, end)) ||
    input.language === "ru";
  // "the head of Iran's Atomic Energy Organization": the office is the organization's, not Iran's.
  const possessedBody = (at: number) => {
    if (!/^['’]s\s/u.test(text.slice(at, at + 3))) return null;
    // The body starts right after the "'s" and its spaces, so only mentions starting there can be it.
    const reach = /^['’]s\s+/u.exec(text.slice(at))?.[0].length ?? 0;
    const body = table.findNear(
      at + 1,
      at + reach,
      (m) => m.start > at && /^['’]s\s+$/u.test(text.slice(at, m.start)) && m.end > m.start,
    );
    const kind = body ? actors.get(body.actorKey)?.kind : undefined;
    return body && (kind === "organization" || kind === "government")
      ? { key: body.actorKey, end: body.end }
      : null;
  };
  // "A British government spokeswoman said": an unnamed spokesperson conveys the body's position.
  const unnamedSpokesperson = (office: GazetteerHit, scope: string | null) => {
    if (
      !scope ||
      (office.office?.key !== "spokesperson" && office.office?.key !== "press-secretary")
    )
      return null;
    if (
      !/(?:\b(?:a|an|the|un|une|le|la)\s+)$/iu.test(
        text.slice(Math.max(0, office.start - 5), office.start),
      )
    )
      return null;
    const principal = actors.get(scope) ?? gazetteerActor(scope);
    if (!principal) return null;
    addWithParents(principal);
    // "a government spokeswoman in Washington": the place is where she spoke, part of the phrase.
    const place = /^\s+(?:in|at)\s+/u.exec(text.slice(office.end, office.end + 8));
    const at = office.end + (place?.[0].length ?? 0);
    const where = place
      ? table.findNear(at, at, (m) => m.start === at && m.end > m.start)
      : undefined;
    return {
      actorKey: principal.key,
      via: "description" as const,
      end: where && actors.get(where.actorKey)?.kind === "state" ? where.end : office.end,
    };
  };
  const mentionAt = (pos: number) =>
    table.findNear(pos, pos, (m) => m.start === pos && m.end > m.start);
  const genitiveScope = (at: number) => {
    const lead =
      input.language === "ru"
        ? /^\s+["«„“]?/u.exec(text.slice(at, at + 4))
        : /^\s+(?:of|du|des|de\s+la|de)\s+(?:the\s+|l['’])?["«„“]?/iu.exec(text.slice(at, at + 16));
    const body = lead ? mentionAt(at + lead[0].length) : undefined;
    const kind = body ? actors.get(body.actorKey)?.kind : undefined;
    if (!body || (kind !== "organization" && kind !== "state")) return null;
    const close = /^["»“”]?/u.exec(text.slice(body.end, body.end + 1))?.[0] ?? "";
    return { key: body.actorKey, end: body.end + close.length };
  };
  const stateList = (first: string, at: number) => {
    const states = [first];
    let end = at;
    for (;;) {
      const sep = /^(?:\s*,\s*(?:(?:and|и|et)\s+)?|\s+(?:and|и|et)\s+)(?:the\s+)?/iu.exec(
        text.slice(end, end + 12),
      );
      const next = sep ? mentionAt(end + sep[0].length) : undefined;
      if (!next || actors.get(next.actorKey)?.kind !== "state") break;
      if (!states.includes(next.actorKey)) states.push(next.actorKey);
      end = next.end;
    }
    if (states.length < 3 || gazetteerActor(first)?.kind !== "state") return null;
    let grouping: string | null = null;
    for (const [key, members] of GROUPING_MEMBERS)
      if (members.every((k) => states.includes(k)) && states.length <= members.length + 1) {
        grouping = key;
        break;
      }
    return { end, grouping, memberOf: grouping ? [grouping] : states };
  };
  for (const office of offices) {
    if (!office.office) continue;
    const scope = office.office.scope ?? scopeFromContext(office.start);
    const after = text.slice(office.end, office.end + 60);
    if (office.office.plural) {
      // "министры иностранных дел \"Большой семёрки\"", "the foreign ministers of the G7": the
      // body in the genitive after an unqualified title is its scope, quotation marks and all.
      const free = !taken(office.start, office.end);
      let groupScope = scope;
      if (!groupScope) {
        const body = genitiveScope(office.end);
        if (body) {
          groupScope = body.key;
          office.end = body.end;
        }
      }
      // "the ministers of Canada, France, …": a list of states is the grouping they make up, or all
      // of them; never only the first.
      const listed = groupScope ? stateList(groupScope, office.end) : null;
      if (listed) office.end = listed.end;
      const name = text.slice(office.start, office.end).replace(/^the\s+/i, "");
      const key = `group:${slug(listed?.grouping ?? groupScope ?? "")}:${office.office.key}`;
      add({
        key,
        name,
        kind: "group",
        aliases: new Set([name]),
        memberOf: listed ? listed.memberOf : groupScope ? [groupScope] : [],
        roles: [],
        wikidataId: null,
      });
      for (const k of listed ? listed.memberOf : groupScope ? [groupScope] : [])
        if (!actors.has(k)) {
          const scopeActor = gazetteerActor(k);
          if (scopeActor) addWithParents(scopeActor);
        }
      if (free) table.push({ start: office.start, end: office.end, actorKey: key, via: "title" });
      continue;
    }
    const role: ActorRole = {
      title: office.office.title,
      organization: office.office.scopeName ?? (scope ? (actors.get(scope)?.name ?? null) : null),
      start: null,
      end: null,
    };
    // The name after the title may be a spelling the gazetteer lacks around a surname it knows ("Sergey Lavrov").
    const named =
      /^\s+((?:[\p{Lu}][\p{L}’'-]+|(?:von|van|der|den|de|del|della|da|das|dos|di|du|la|le|al|el|bin|ben|ter|ten)(?=\s[\p{Lu}]))(?:\s+[\p{Lu}][\p{L}’'-]+){0,2})/u.exec(
        after,
      );
    const nameEnd = named ? office.end + named[0].length : office.end;
    const reach = Math.max(office.end + 2, nameEnd - 1);
    const next = table.findNear(
      office.end,
      reach,
      (m) =>
        m.start >= office.end &&
        m.start <= reach &&
        // "Ambassador to US: Netanyahu's …" in a headline is not the ambassador's name.
        /^\s*,?\s*$/u.test(text.slice(office.end, m.start)) &&
        actors.get(m.actorKey)?.kind === "person" &&
        samePerson(actors.get(m.actorKey) as LocalActor, named?.[1] ?? ""),
    );
    if (next && nameEnd > next.end && named?.[1]) actors.get(next.actorKey)?.aliases.add(named[1]);
    if (next && nameEnd > next.end) table.reshape(next, next.start, nameEnd);
    if (next) {
      const person = actors.get(next.actorKey);
      if (person?.kind === "person") {
        if (!office.office.notCurrent && !person.roles.some((r) => r.title === role.title))
          person.roles.push(role);
        if (scope && !person.memberOf.includes(scope)) person.memberOf.push(scope);
        titledAs.set(titleKey(office.start, office.end), person.key);
        table.reshape(next, Math.min(next.start, office.start), next.end);
        continue;
      }
    }
    const name =
      /^\s+((?:[\p{Lu}][\p{L}’'-]+|(?:von|van|der|den|de|del|della|da|das|dos|di|du|la|le|al|el|bin|ben|ter|ten)(?=\s[\p{Lu}]))(?:\s+[\p{Lu}][\p{L}’'-]+){1,2})/u.exec(
        after,
      );
    const written = name?.[1];
    if (name && written && !NOT_NAME_WORDS.has(written.split(/\s+/)[0] ?? "")) {
      const start = office.end + (name[0].length - written.length);
      // A surname the gazetteer knows under another first name ("Jan Novák" is not "Katalin Novák").
      const clashes = mentions.filter((m) => m.start < start + written.length && m.end > start);
      if (
        clashes.length > 0 &&
        clashes.every(
          (m) =>
            actors.get(m.actorKey)?.kind === "person" &&
            !samePerson(actors.get(m.actorKey) as LocalActor, written),
        )
      ) {
        for (const m of clashes) table.remove(m);
      }
      if (!taken(start, start + written.length)) {
        const person = addWithParents(personActor(written, [role], scope ? [scope] : []));
        titledAs.set(titleKey(office.start, office.end), person.key);
        table.push({
          start: office.start,
          end: start + written.length,
          actorKey: person.key,
          via: "title",
        });
        continue;
      }
    }
    // A description: whom the document itself gave that title, else the document's holder of that
    // office, else the gazetteer's at the publication date (current offices only).
    const same = titledAs.get(titleKey(office.start, office.end));
    const free = !taken(office.start, office.end);
    const owner = possessedBody(office.end);
    if (owner) office.end = owner.end;
    const officeScope =
      owner?.key ?? impliedWithin(office.office.key, office.office.title, office.office.scope);
    const holder =
      !officeScope && officerOfOrganization(after)
        ? undefined
        : ((same ? actors.get(same) : undefined) ??
          (office.office.notCurrent
            ? undefined
            : ((owner
                ? undefined
                : [...actors.values()].find(
                    (a) =>
                      a.kind === "person" &&
                      a.roles.some((r) => sameOffice(r, office) && heldAt(r, input.publishedAt)),
                  )) ??
              officeHolder(office.office.key, officeScope, input.publishedAt) ??
              seatHolder(office.office.key, officeScope, input.publishedAt) ??
              undefined)));
    if (!holder && free) {
      const principal = unnamedSpokesperson(office, scope);
      if (principal) {
        table.push({ ...principal, start: office.start });
        continue;
      }
    }
    if (holder && describedAt(office.start, office.end) && free) {
      const person = addWithParents(holder);
      table.push({
        start: office.start,
        end: office.end,
        actorKey: person.key,
        via: "description",
      });
    }
  }

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

  // 3. Anonymous sources: "a former senior Kremlin official", "two European officials", "the official".
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

  // 4. Unknown people: a capitalised name next to a reporting verb, after an honorific, or in an appositive.
  for (const s of input.segmentation.sentences) {
    const stext = text.slice(s.start, s.end);
    let next = 0;
    for (let m = execLed(NAME_RE, stext, 0); m; m = execLed(NAME_RE, stext, next)) {
      next = m.index + m[0].length;
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (inExcluded(start) || taken(start, end)) continue;
      // Leading job titles the gazetteer does not know are not part of a name: "Managing Director Jane Roe".
      const lead =
        /^(?:(?:Managing|Executive|Chief|Deputy|Senior|General|Vice|Acting|Interim|Assistant|Director|Chairman|Chairwoman|Chair|President|Officer|Secretary|Minister|Spokesman|Spokeswoman|Spokesperson|Governor|Senator|Representative|Ambassador|Commissioner|Analyst|Professor|Economist|Editor|Founder|CEO|CFO)\s+)+/u.exec(
          m[0],
        );
      if (lead && m[0].slice(lead[0].length).split(/\s+/).length >= 2) {
        next = m.index + lead[0].length;
        continue;
      }
      const inner = titleInsideRun(m[0]);
      if (inner !== null) {
        next = m.index + inner;
        continue;
      }
      const words = m[0].split(/\s+/);
      if (words.some((w) => NOT_NAME_WORDS.has(w.replace(/[’'].*$/, "")))) continue;
      const before = text.slice(Math.max(s.start, start - 16), start);
      const cueAfter = SPEECH_AFTER.test(text.slice(end, Math.min(s.end, end + 100)));
      const appositive =
        /,\s*$/u.test(before) && /^\s*,/u.test(text.slice(end, end + 2)) && cueAfter;
      const described = cueAfter ? null : appositiveBeforeSpeech(text.slice(end, s.end));
      if (
        !(
          cueAfter ||
          described !== null ||
          HONORIFIC_BEFORE.test(before) ||
          SPEECH_BEFORE.test(before) ||
          appositive
        )
      )
        continue;
      const role = appositiveRole(text, end, mentions, actors);
      const person = add(
        personActor(m[0], role ? [role.role] : [], role?.organization ? [role.organization] : []),
      );
      // The mention spans its appositives, so the verb after them finds its subject next to it.
      const through = described === null ? end : end + lastComma(text.slice(end, end + described));
      table.push({ start, end: through, actorKey: person.key, via: "name" });
    }
  }
  // Unknown companies named after what they are: "the country's sole steel producer Acme, which …, said".
  for (const s of input.segmentation.sentences) {
    const stext = text.slice(s.start, s.end);
    if (!COMPANY_NOUN.test(stext)) continue;
    for (const m of stext.matchAll(COMPANY_NAME_RE)) {
      const written = m[1] as string;
      const start = s.start + (m.index ?? 0) + m[0].length - written.length;
      const end = start + written.length;
      if (
        inExcluded(start) ||
        taken(start, end) ||
        NOT_NAME_WORDS.has(written.split(/\s+/)[0] ?? "")
      )
        continue;
      if (!SPEECH_AFTER.test(text.slice(end, Math.min(s.end, end + 100)))) continue;
      const org = add({
        key: `org:${slug(written)}`,
        name: written,
        kind: "organization",
        aliases: new Set([written]),
        memberOf: [],
        roles: [],
        wikidataId: null,
      });
      table.push({ start, end, actorKey: org.key, via: "name" });
    }
  }
  // Surnames of people found above ("Kellogg said"), once their full name is known.
  for (const actor of [...actors.values()]) {
    if (actor.kind !== "person" || !actor.key.startsWith("person:")) continue;
    const surname = actor.name.split(/\s+/).pop();
    if (!surname || surname.length < 3) continue;
    const re = new RegExp(`(?<![\\p{L}])${escapeRe(surname)}(?![\\p{L}])`, "gu");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!inExcluded(m.index) && !taken(m.index, m.index + surname.length)) {
        table.push({
          start: m.index,
          end: m.index + surname.length,
          actorKey: actor.key,
          via: "name",
        });
      }
    }
  }

  // "Mike Roe, who met the envoy in Rome on Sunday, accused …": a relative clause between a subject
  // and its verb is part of the subject, so the verb finds its subject next to it.
  for (const m of mentions) {
    if (text.charCodeAt(m.end) !== 44 || !SUBJECT_KINDS.has(actors.get(m.actorKey)?.kind ?? ""))
      continue;
    const r = RELATIVE_BEFORE_VERB.exec(text.slice(m.end, m.end + 200));
    if (r) table.reshape(m, m.start, m.end + r[0].lastIndexOf(","));
  }

  // 5. The document's own outlet and credited agencies.
  const outletKey = input.outlet ? add(lookupOutlet(input.outlet)).key : null;
  const credits = input.credits.map((c) => ({
    key: addWithParents(lookupOutlet(c.name)).key,
    span: c.span,
  }));
  for (const c of credits)
    if (!taken(c.span.start, c.span.end)) table.push({ ...c.span, actorKey: c.key, via: "name" });

  table.sort((a, b) => a.start - b.start);
  issuedDocuments(input, table, actors);

  // 6. Anaphora: pronouns, outlet descriptions, "the official".
  resolveAnaphora(input, table, actors);
  table.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions: dropNested(mentions), actors, outletKey, credits };
}

/** A document an actor issues: "the draft statement", "a joint communiqué", "la déclaration". */
const ISSUED_DOCUMENT =
  /(?<![\p{L}])(?:the|a|an|its|their|this|that|le|la|l['’]|un|une|ce|cette)\s+(?:(?:draft|joint|final|official|closing|written|projet\s+de|brouillon\s+de)\s+)?(?:statement|communiqu[ée]|declaration|déclaration)(?![\p{L}])/giu;
/**
 * The nouns ISSUED_DOCUMENT ends in, with its flags: most texts name no statement at all, and this
 * scan is far cheaper than trying the look-behind at every character to find that out.
 */
const ISSUED_NOUN = /statement|communiqu[ée]|d[ée]claration/iu;
const ISSUER_KINDS = new Set<string>(["organization", "state", "government", "group", "person"]);

/**
 * "…,” the draft statement said": a statement speaks for whoever issued it. The issuer is the actor
 * named with it ("the G7 statement", "a statement by the Kremlin"), else the issuer of the same
 * document named earlier ("a draft statement … the draft statement"), else the subject opening
 * the sentence that first names it ("The Group of Seven has warned …, according to a draft
 * statement"). The phrase becomes a mention of that actor; with none found it stays unattributed.
 */
function issuedDocuments(
  input: ActorStageInput,
  table: MentionTable,
  actors: ReadonlyMap<string, LocalActor>,
): void {
  const { text } = input;
  const mentions = table.list;
  const taken = (start: number, end: number) => table.overlaps(start, end);
  if (!ISSUED_NOUN.test(text)) return;
  const issuerOk = (key: string) => ISSUER_KINDS.has(actors.get(key)?.kind ?? "");
  let previous: string | null = null;
  const found: Mention[] = [];
  ISSUED_DOCUMENT.lastIndex = 0;
  for (let m = ISSUED_DOCUMENT.exec(text); m; m = ISSUED_DOCUMENT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    if (input.excluded.some((r) => start >= r.start && start < r.end)) continue;
    const sentence = input.segmentation.sentences.find((x) => x.start <= start && start < x.end);
    if (!sentence) continue;
    // Named with it: "<Actor> statement" / "<Actor>'s statement" just before, "by|from <Actor>" after.
    const before = mentions.find(
      (x) =>
        x.end <= start && /^(?:['’]s)?\s*$/u.test(text.slice(x.end, start)) && x.end > start - 40,
    );
    const after = mentions.find(
      (x) =>
        x.start >= end &&
        /^\s+(?:issued\s+)?(?:by|from|of)\s+(?:the\s+)?$/iu.test(text.slice(end, x.start)),
    );
    let issuer = [before, after].find((x) => x && issuerOk(x.actorKey))?.actorKey ?? null;
    if (!issuer && /^(?:the|its|their|this|that|le|la|l['’]|ce|cette)/iu.test(m[0]))
      issuer = previous;
    if (!issuer) {
      const opener = mentions.find((x) => x.start >= sentence.start && x.start < start);
      if (
        opener &&
        issuerOk(opener.actorKey) &&
        /^\s*(?:the\s+|le\s+|la\s+|les\s+)?$/iu.test(text.slice(sentence.start, opener.start))
      )
        issuer = opener.actorKey;
    }
    if (!issuer) continue;
    previous = issuer;
    found.push({ start, end, actorKey: issuer, via: "description" });
  }
  if (found.length === 0) return;
  table.push(...found);
  table.sort((a, b) => a.start - b.start);
}

/** Job titles that end a capitalised run before a name: "… Committee Chairman Jane Roe". */
const TITLE_NOUNS = new Set(
  (
    "Chairman Chairwoman Chair President Officer Secretary Minister Spokesman Spokeswoman Spokesperson " +
    "Governor Senator Representative Ambassador Commissioner Director Analyst Professor Economist " +
    "Editor Founder CEO CFO Leader Speaker Mayor Chancellor Envoy Adviser Advisor"
  ).split(" "),
);

/** Where the name after a title inside a capitalised run starts ("House Budget Committee Chairman Jane"), or null. */
function titleInsideRun(run: string): number | null {
  const words = [...run.matchAll(/\S+/gu)];
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as RegExpExecArray;
    if (!TITLE_NOUNS.has(w[0])) continue;
    return w.index + w[0].length;
  }
  return null;
}

const SPEECH_VERBS =
  "(?:said|says|told|tells|added|stated|declared|noted|stressed|insisted|warned|argued|claimed|explained|wrote|announced|urged|demanded|called|rejected|dismissed|suggested|confirmed|denied)";
/**
 * One to three appositives between a name and its reporting verb, the first a lowercase role or
 * description: "Jane Roe, president of Acme Steel, a Denver-based distributor, said".
 */
const APPOSITIVE_SPEECH = new RegExp(
  `^,\\s+(?:(?:the|a|an)\\s+)?[\\p{Ll}\\d][^,;:"“”()]{0,100}(?:,\\s+(?:who|which|whose|the|a|an|[\\p{Ll}\\d])[^,;:"“”()]{0,100}){0,2},\\s+(?:has\\s+|have\\s+|had\\s+|also\\s+|later\\s+|then\\s+|previously\\s+)?${SPEECH_VERBS}(?![\\p{L}])`,
  "u",
);

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

/** "Former and current officials": the modifier coordinated before the phrase the scanner found. */
function coordinatedModifier(text: string, at: number): number {
  const m =
    /(?<![\p{L}])(?:former|current|serving|retired|active|past|present|senior|junior|anciens?|actuels?|бывшие|нынешние)\s+(?:and|or|et|ou|и|или)\s+$/iu.exec(
      text.slice(Math.max(0, at - 30), at),
    );
  return m ? m[0].length : 0;
}

/**
 * "глава Белого дома", "the head of the Kremlin": the head of a body with a ministry pattern is the
 * holder of the office that leads it (a presidency's president, a prime minister's office's premier).
 */
function seatHolder(office: string, scope: string | null, date: string | null): LocalActor | null {
  if (!scope || (office !== "head" && office !== "leader")) return null;
  const ministry = entryByKey(scope)?.ministry;
  const title = ministry ? BODY_HEADS.get(ministry.office) : undefined;
  return ministry && title ? officeHolder(title, ministry.state, date) : null;
}

function lastComma(s: string): number {
  return Math.max(0, s.lastIndexOf(","));
}

let impliedBodies: Map<string, string> | undefined;

/**
 * A title's own body inside the organization the text names: "the UN's humanitarian chief" heads
 * OCHA (a UN body), not the UN.
 */
function impliedWithin(office: string, title: string, scope: string | null): string | null {
  impliedBodies ??= new Map(
    allOffices().flatMap((o) =>
      o.implies ? [[`${o.office}|${o.title}`, o.implies] as const] : [],
    ),
  );
  const implied = impliedBodies.get(`${office}|${title}`);
  if (!scope || !implied || implied === scope) return scope;
  return gazetteerActor(implied)?.memberOf.includes(scope) ? implied : scope;
}

function appositiveBeforeSpeech(after: string): number | null {
  const m = APPOSITIVE_SPEECH.exec(after);
  return m ? m[0].length : null;
}

const ROLE_NOUN =
  "(?:vice\\s+)?president|chief\\s+(?:executive|economist|operating\\s+officer|financial\\s+officer|strategist)(?:\\s+officer)?|chair(?:man|woman|person)?|(?:managing\\s+|executive\\s+)?director|head|co-?founder|founder|spokes(?:man|woman|person)|secretary(?:[-\\s]general)?|analyst|economist|professor|fellow|researcher|partner|editor|lawyer|advis[eo]r|CEO|CFO|COO|owner|manager|commissioner|governor|strategist";
/** "Jane Roe, the president and chief executive of Acme Steel, said": her role, at the organization the text names. */
const APPOSITIVE_ROLE = new RegExp(
  `^,\\s+(?:(?:the|a|an|its)\\s+)?(?:(?:former|senior|deputy|acting|interim|longtime|global|executive|assistant|associate)\\s+){0,2}((?:${ROLE_NOUN})(?:\\s+and\\s+(?:${ROLE_NOUN}))?)\\s+(?:of|at|for)\\s+(?:the\\s+)?([^,;:"“”()]{2,80}?)\\s*(?=,)`,
  "u",
);

function appositiveRole(
  text: string,
  end: number,
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, LocalActor>,
): { role: ActorRole; organization: string | null } | null {
  const m = APPOSITIVE_ROLE.exec(text.slice(end, end + 220));
  if (!m?.[1] || !m[2]) return null;
  const orgStart = end + m[0].length - m[2].length;
  const orgEnd = end + m[0].length;
  // Only an organization the whole phrase names: "of Acme Steel USA" is not the United States.
  const known = mentions.find((x) => x.start === orgStart && x.end === orgEnd);
  const actor = known ? actors.get(known.actorKey) : undefined;
  const organization =
    actor && (actor.kind === "organization" || actor.kind === "government") ? actor : undefined;
  const title = m[1]
    .replace(/\s+/g, " ")
    .replace(/(^|[\s-])([\p{Ll}])/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/ And /g, " and ");
  return {
    role: { title, organization: organization?.name ?? m[2], start: null, end: null },
    organization: organization?.key ?? null,
  };
}

/** "the president and chief executive of Acme": a title an organization's officer holds, not the state's. */
function officerOfOrganization(after: string): boolean {
  return /^\s+(?:and\s+(?:[\p{Ll}-]+\s+){1,3})?of\s+(?:the\s+)?[\p{Lu}]/u.test(after);
}

/** Whether a name written in full ("Sergey Lavrov") can be a known person ("Sergei Lavrov"): first names alike. */
function samePerson(actor: LocalActor, written: string): boolean {
  const words = written.split(/\s+/);
  if (words.length < 2) return true;
  if ([...actor.aliases].some((a) => a.toLowerCase() === written.toLowerCase())) return true;
  const first = (words[0] ?? "").toLowerCase();
  const known = (actor.name.split(/\s+/)[0] ?? "").toLowerCase();
  return first === known || editDistance(first, known) <= 2;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length] as number;
}

function sameOffice(role: ActorRole, office: GazetteerHit): boolean {
  if (!office.office) return false;
  const t = role.title.toLowerCase();
  return (
    (t === office.office.title.toLowerCase() || t.includes(office.office.title.toLowerCase())) &&
    (!office.office.scopeName || role.organization === office.office.scopeName)
  );
}

/**
 * Whether a role can be the one a description means at the document's date: a foreign secretary
 * who became prime minister a year later is not "the Prime Minister" of this story.
 */
function heldAt(role: ActorRole, date: string | null): boolean {
  const year = date ? Number(date.slice(0, 4)) : Number.NaN;
  if (Number.isNaN(year)) return true;
  const from = role.start ? Number(role.start.slice(0, 4)) : Number.NaN;
  const to = role.end ? Number(role.end.slice(0, 4)) : Number.NaN;
  return !(from > year) && !(to < year);
}

function personActor(name: string, roles: ActorRole[], memberOf: string[]): LocalActor {
  const known = gazetteerActor(name);
  if (known && known.kind === "person") return { ...known, roles: [...known.roles, ...roles] };
  const clean = name.replace(/\s+/g, " ").trim();
  return {
    key: `person:${slug(clean)}`,
    name: clean,
    kind: "person",
    aliases: new Set([clean]),
    memberOf,
    roles,
    wikidataId: null,
  };
}

/** A mention after a preposition is no clause's subject: "In her meeting with Tom Reyes, Jane Ollard said". */
const PREPOSITION_BEFORE =
  /\b(?:by|with|to|for|against|from|of|about|toward|towards|between|among|without|under|than)\s+(?:the\s+)?$/iu;

function resolveAnaphora(
  input: ActorStageInput,
  table: MentionTable,
  actors: Map<string, LocalActor>,
): void {
  const { text } = input;
  const mentions = table.list;
  const taken = (start: number, end: number) => table.overlaps(start, end);
  const quotes = input.segmentation.quotes;
  const inQuote = (pos: number) => quotes.some((q) => pos > q.start && pos < q.end);
  const sentences = input.segmentation.sentences;
  // Sentences come in order without overlap, so the one holding a position is found by bisection;
  // should they ever not, the first that holds it is still the answer.
  const ordered = sentences.every(
    (s, k) => s.end >= s.start && (k === 0 || s.start >= (sentences[k - 1] as Span).end),
  );
  const sentenceIndex = (pos: number) => {
    if (!ordered) return sentences.findIndex((s) => pos >= s.start && pos < s.end);
    const k = lastStartingAtOrBefore(sentences, pos);
    const s = sentences[k];
    return s && pos < s.end ? k : -1;
  };
  // "one of the officials" is one person of a plural source: "he" can refer to it.
  // An unnamed source merged per side is several or one as each mention words it.
  const severalAt = (m: Mention, a: LocalActor) =>
    m.end > m.start
      ? plural({ ...a, name: text.slice(m.start, m.end).replace(/^(?:a|an|the)\s+/iu, "") })
      : plural(a);
  const isPerson = (m: Mention) => {
    const a = actors.get(m.actorKey);
    return (
      a?.kind === "person" ||
      (a?.kind === "anonymous_source" &&
        (!severalAt(m, a) || /^one\s+of\b/iu.test(text.slice(m.start, m.end))))
    );
  };
  const isGroup = (m: Mention) => {
    const a = actors.get(m.actorKey);
    return a?.kind === "group" || (a?.kind === "anonymous_source" && severalAt(m, a));
  };
  // Mentions this pass finds, indexed for overlap; `addedByStart` holds them in order of start (ties
  // in the order found) so candidatesBefore reads only the stretch of text it looks back over.
  const addedTable = new MentionTable();
  const added = addedTable.list;
  const addedByStart: Mention[] = [];

  const scan = (
    re: LedPattern,
    resolve: (at: number, match: RegExpExecArray) => Mention | null,
    needs?: RegExp,
  ) => {
    for (const p of input.segmentation.paragraphs) {
      const ptext = text.slice(p.start, p.end);
      if (needs && !needs.test(ptext)) continue;
      for (let m = execLed(re, ptext, 0); m; m = execLed(re, ptext, m.index + m[0].length)) {
        const start = p.start + m.index;
        const end = start + m[0].length;
        if (taken(start, end) || addedTable.overlaps(start, end)) continue;
        if (input.excluded.some((r) => start >= r.start && start < r.end)) continue;
        const antecedent = resolve(start, m);
        if (antecedent) {
          const found: Mention = { start, end, actorKey: antecedent.actorKey, via: antecedent.via };
          addedTable.push(found);
          addedByStart.splice(lastStartingAtOrBefore(addedByStart, start) + 1, 0, found);
        }
      }
    }
  };
  const candidatesBefore = (pos: number, maxSentences: number) => {
    const si = sentenceIndex(pos);
    const from = sentences[Math.max(0, si - maxSentences)]?.start ?? 0;
    // Both lists are in order of start, and a mention ending by `pos` starts by it; the stable sort
    // then orders ties as in `[...mentions, ...added]`.
    const between = (list: Mention[]) =>
      list.slice(firstStartingAtOrAfter(list, from), lastStartingAtOrBefore(list, pos) + 1);
    return [...between(mentions), ...between(addedByStart)]
      .filter((m) => m.end <= pos && m.start >= from)
      .sort((a, b) => b.start - a.start);
  };

  // Pronouns: inside a quotation, the person the quotation itself names; outside, the subject of the
  // clause so far or of the latest sentence naming someone: its first person outside quotations.
  const explicit = (m: Mention) => m.via !== "pronoun" && m.end > m.start;
  // `mentions` is sorted by start here, so a sentence's mentions are one run of it; an explicit
  // mention ends after it starts, so none from the sentence's end on can lie within it.
  const subjectOf = (si: number, until: number, accept: (m: Mention) => boolean) => {
    const s = sentences[si];
    if (!s) return undefined;
    for (let k = firstStartingAtOrAfter(mentions, s.start); k < mentions.length; k++) {
      const m = mentions[k] as Mention;
      if (m.start >= s.end) break;
      if (
        m.end <= Math.min(s.end, until) &&
        explicit(m) &&
        !inQuote(m.start) &&
        accept(m) &&
        !PREPOSITION_BEFORE.test(text.slice(Math.max(s.start, m.start - 12), m.start))
      )
        return m;
    }
    return undefined;
  };
  const coordinatedPeople = (first: Mention | undefined, until: number) => {
    if (!first || actors.get(first.actorKey)?.kind !== "person") return undefined;
    // `mentions` is in order of start: `first` is in the run of those starting where it does.
    let k = firstStartingAtOrAfter(mentions, first.start);
    while (k < mentions.length && mentions[k] !== first) k++;
    const second = mentions[k + 1];
    if (!second || second.end > until || !explicit(second)) return undefined;
    if (actors.get(second.actorKey)?.kind !== "person" || second.actorKey === first.actorKey)
      return undefined;
    return /^\s+and\s+(?:[^\s,.;:]+\s+){0,2}$/u.test(text.slice(first.end, second.start))
      ? first
      : undefined;
  };
  scan(PRONOUN_RE, (at, match) => {
    const plural = /^(?:they|them|their)$/i.test(match[0]);
    const accept = plural ? isGroup : isPerson;
    if (!plural && inQuote(at)) {
      const quoted = candidatesBefore(at, 2).find(
        (c) => explicit(c) && inQuote(c.start) && actors.get(c.actorKey)?.kind === "person",
      );
      if (quoted) return { start: at, end: at, actorKey: quoted.actorKey, via: "pronoun" };
    }
    const si = sentenceIndex(at);
    for (let k = si; k >= Math.max(0, si - 2); k--) {
      const until = k === si ? at : Number.POSITIVE_INFINITY;
      let pick = subjectOf(k, until, accept);
      // "They" after "A and B welcomed …": the pair, under the first of them.
      const pair = plural ? coordinatedPeople(subjectOf(k, until, isPerson), until) : undefined;
      if (pair && (!pick || pair.start < pick.start)) pick = pair;
      if (pick) return { start: at, end: at, actorKey: pick.actorKey, via: "pronoun" };
    }
    return null;
  });

  // "the agency", "the bloc", "the alliance": the latest organization such a noun describes, unless
  // an outlet was named since ("the agency" after "Reuters" is the news agency).
  scan(
    ORG_DESCRIPTION_RE,
    (at, match) => {
      const noun = (match[1] as string).toLowerCase();
      const candidates = candidatesBefore(at, 8);
      const pick = candidates.find((c) => {
        const a = actors.get(c.actorKey);
        return a?.kind === "organization" && describedBy(a, noun);
      });
      const outlet =
        noun === "agency"
          ? candidates.find((c) => actors.get(c.actorKey)?.kind === "media_outlet")
          : undefined;
      if (!pick || (outlet && outlet.start > pick.start)) return null;
      return { start: at, end: at, actorKey: pick.actorKey, via: "description" };
    },
    ORG_DESCRIPTION_NOUN,
  );

  // "the administration": the government named last (within a few paragraphs), best one the text
  // itself called an administration.
  scan(
    ADMINISTRATION_RE,
    (at) => {
      const governments = candidatesBefore(at, 30).filter(
        (c) => actors.get(c.actorKey)?.kind === "government" && explicit(c),
      );
      const pick =
        governments.find((c) =>
          [...(actors.get(c.actorKey)?.aliases ?? [])].some((a) => /administration/iu.test(a)),
        ) ?? governments[0];
      return pick ? { start: at, end: at, actorKey: pick.actorKey, via: "description" } : null;
    },
    /administration/iu,
  );

  // "it" opening a clause before a verb: the organization, government or state that is the subject
  // of this clause so far or of the sentence before ("If the bloc is hit, it has said it will …").
  // Only a subject opening its clause counts: "it" far more often stands for a thing.
  if (input.language === "en" || input.language === null)
    scan(
      IT_SUBJECT_RE,
      (at) => {
        if (inQuote(at)) return null;
        const si = sentenceIndex(at);
        for (let k = si; k >= Math.max(0, si - 1); k--) {
          const sentence = sentences[k];
          if (!sentence) continue;
          const until = k === si ? at : sentence.end;
          const first = firstStartingAtOrAfter(mentions, sentence.start);
          for (let j = first; j < mentions.length; j++) {
            const m = mentions[j] as Mention;
            if (m.start >= until) break;
            if (!explicit(m) || inQuote(m.start)) continue;
            const kind = actors.get(m.actorKey)?.kind;
            const lead = text.slice(sentence.start, m.start);
            if (!CLAUSE_SUBJECT_LEAD.test(lead) || !/^(?:['’]s\s)?\s*\S/u.test(text.slice(m.end)))
              continue;
            if (kind === "organization" || kind === "government" || kind === "state")
              return { start: at, end: at, actorKey: m.actorKey, via: "pronoun" };
            // Another subject opens the clause: "it" is not the body's.
            if (kind === "person" || kind === "group" || kind === "anonymous_source") return null;
          }
          // A sentence whose subject names no actor ("The deal …") ends the search.
          if (k < si) return null;
        }
        return null;
      },
      /\bit\b/iu,
    );

  // "the publication", "the agency": the latest outlet named.
  scan(
    OUTLET_DESCRIPTION_RE,
    (at) => {
      const outlet = candidatesBefore(at, 12).find(
        (c) => actors.get(c.actorKey)?.kind === "media_outlet",
      );
      return outlet ? { start: at, end: at, actorKey: outlet.actorKey, via: "description" } : null;
    },
    OUTLET_NOUN,
  );

  // "the official", "one of the sources": the latest anonymous source.
  scan(
    ANAPHORIC_ANON_RE,
    (at) => {
      const anon = candidatesBefore(at, 20).find((c) => {
        const kind = actors.get(c.actorKey)?.kind;
        return kind === "anonymous_source" || kind === "group";
      });
      return anon ? { start: at, end: at, actorKey: anon.actorKey, via: "description" } : null;
    },
    ANAPHORIC_ANON_NOUN,
  );

  // "the ministers", "министры", "les dirigeants" without a qualifier: the group of that office named last.
  scan(BARE_GROUP_RE, (at, match) => {
    const office = /^(?:the\s+)?(?:ministers|министры|ministres)$/iu.test(match[0])
      ? "minister"
      : "leader";
    const group = candidatesBefore(at, 12).find((c) => {
      const a = actors.get(c.actorKey);
      return a?.kind === "group" && a.key.startsWith("group:") && a.key.endsWith(office);
    });
    return group ? { start: at, end: at, actorKey: group.actorKey, via: "description" } : null;
  });

  // "Участники встречи": the meeting is the one of the group or grouping named last before it.
  scan(
    PARTICIPANTS_RE,
    (at) => {
      const host = candidatesBefore(at, 3).find((c) => {
        const kind = actors.get(c.actorKey)?.kind;
        return kind === "group" || kind === "organization";
      });
      return host ? { start: at, end: at, actorKey: host.actorKey, via: "description" } : null;
    },
    PARTICIPANTS_NOUN,
  );

  for (const m of added) {
    const surface = text.slice(m.start, m.end);
    m.end = m.start + surface.length;
    table.push(m);
  }
}

/** Index of the last span starting at or before `pos` in spans sorted by start; -1 when none does. */
function lastStartingAtOrBefore(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as Span).start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first span starting at or after `pos` in spans sorted by start. */
function firstStartingAtOrAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as Span).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Text positions per bucket of MentionTable's index: a few words, so most mentions sit in one or two. */
const BUCKET_WIDTH = 64;

/**
 * A document's mentions in list order, with a positional index that every change (push, remove,
 * replace, reshape, sort) keeps in step: overlap checks and look-ups near a position then cost the
 * mentions nearby, where scanning the whole list made a long document's actors quadratic.
 */
export class MentionTable {
  readonly list: Mention[] = [];
  /** Bucket number → the mentions with a position in it (their start, or a character they cover). */
  private readonly buckets = new Map<number, Mention[]>();
  /** Each mention's place in list order, so a look-up can return the first match as a scan would. */
  private readonly rank = new Map<Mention, number>();
  private nextRank = 0;

  push(...added: Mention[]): void {
    for (const m of added) {
      this.list.push(m);
      this.rank.set(m, this.nextRank++);
      this.index(m);
    }
  }

  remove(m: Mention): void {
    this.list.splice(this.list.indexOf(m), 1);
    this.rank.delete(m);
    this.unindex(m);
  }

  /** Puts `m` in the place of `old`. */
  replace(old: Mention, m: Mention): void {
    this.list.splice(this.list.indexOf(old), 1, m);
    this.rank.set(m, this.rank.get(old) ?? this.nextRank++);
    this.rank.delete(old);
    this.unindex(old);
    this.index(m);
  }

  /** Moves a mention's bounds; only through here, or the index would still file it at the old ones. */
  reshape(m: Mention, start: number, end: number): void {
    this.unindex(m);
    m.start = start;
    m.end = end;
    this.index(m);
  }

  sort(compare: (a: Mention, b: Mention) => number): void {
    this.list.sort(compare);
    for (const [k, m] of this.list.entries()) this.rank.set(m, k);
    this.nextRank = this.list.length;
  }

  /** Whether any mention overlaps start–end: the test `start < m.end && end > m.start`. */
  overlaps(start: number, end: number): boolean {
    // A mention passing the test covers a character in start–end, or (empty) starts strictly inside
    // it, or covers `start` when the range is empty: each is filed in a bucket this range reaches.
    const last = Math.floor(Math.max(start, end - 1) / BUCKET_WIDTH);
    for (let b = Math.floor(start / BUCKET_WIDTH); b <= last; b++)
      for (const m of this.buckets.get(b) ?? []) if (start < m.end && end > m.start) return true;
    return false;
  }

  /**
   * The first mention in list order that passes `test`, among those starting in from–to or covering
   * a character there: what `list.find(test)` gives when `test` only passes such mentions.
   */
  findNear(from: number, to: number, test: (m: Mention) => boolean): Mention | undefined {
    let best: Mention | undefined;
    let bestRank = Number.POSITIVE_INFINITY;
    for (const m of this.near(from, to)) {
      const r = this.rank.get(m) ?? Number.POSITIVE_INFINITY;
      if (r < bestRank && test(m)) {
        best = m;
        bestRank = r;
      }
    }
    return best;
  }

  /** Every mention starting in from–to or covering a character there, once each, in no set order. */
  near(from: number, to: number): Set<Mention> {
    const out = new Set<Mention>();
    const last = Math.floor(Math.max(from, to) / BUCKET_WIDTH);
    for (let b = Math.floor(from / BUCKET_WIDTH); b <= last; b++)
      for (const m of this.buckets.get(b) ?? []) out.add(m);
    return out;
  }

  /** A mention is filed under the bucket of its start and of every character it covers. */
  private bucketsOf(m: Span): [first: number, last: number] {
    return [
      Math.floor(m.start / BUCKET_WIDTH),
      Math.floor(Math.max(m.start, m.end - 1) / BUCKET_WIDTH),
    ];
  }

  private index(m: Mention): void {
    const [first, last] = this.bucketsOf(m);
    for (let b = first; b <= last; b++) {
      const bucket = this.buckets.get(b);
      if (bucket) bucket.push(m);
      else this.buckets.set(b, [m]);
    }
  }

  private unindex(m: Mention): void {
    const [first, last] = this.bucketsOf(m);
    for (let b = first; b <= last; b++) {
      const bucket = this.buckets.get(b);
      const k = bucket ? bucket.indexOf(m) : -1;
      if (bucket && k >= 0) bucket.splice(k, 1);
    }
  }
}

/** Where two mentions nest, the outer one stands ("Kremlin spokesperson Dmitry Peskov" over "Kremlin"). */
function dropNested(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
