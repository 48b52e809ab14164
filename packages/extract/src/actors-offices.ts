/**
 * Titles and offices: "Foreign Minister Sergey Lavrov" names a person with a role, "the Russian
 * president" describes one, and "the G7 foreign ministers" or "European allies" name a group.
 */
import type { ActorRole } from "@stancemap/schema";
import { contextSide, rootStateOf } from "./actors-anonymous.js";
import { datelineState } from "./actors-dateline.js";
import { NOT_NAME_WORDS, personActor } from "./actors-names.js";
import type { ActorScan } from "./actors-shared.js";
import { isSpokesperson, spokespersonPrincipal } from "./actors-spokespeople.js";
import { allOffices, entryByKey, officeByKey } from "./gazetteer/index.js";
import { BODY_HEADS } from "./gazetteer/offices.js";
import { GROUPING_MEMBERS } from "./gazetteer/organizations.js";
import {
  bodyOfState,
  type GazetteerHit,
  gazetteerActor,
  officeHolder,
} from "./gazetteer-adapter.js";
import { slug } from "./ids.js";
import { lastStartingAtOrBefore } from "./spans.js";
import type { LocalActor, Mention } from "./types.js";

/** A role title that makes its holder a spokesperson, in the gazetteer's or the text's words. */
const SPOKESPERSON_TITLE = /spokes|press\s+secretary|porte-parole|пресс-секретар|представител/iu;

/** A word for the kind of body an unnamed spokesperson speaks for: "a company spokeswoman". */
const ORGANIZATION_WORD_BEFORE =
  /(?<![\p{L}])(?:company|firm|corporate|party|campaign|union|group|bank)\s+$/iu;

/** What joins a spokesperson's title to her principal's: "of the", "du", "de la". */
const SPOKESPERSON_OF = /^\s+(?:of\s+the|of|du|de\s+la|de\s+l['’]|des)\s*$/u;

/** A military rank in apposition after a title, before the name (English, French, Russian). */
const RANK_AFTER =
  /^,?\s+(?:(?:le|la|l['’]|the)\s+)?(?:[Cc]ontre-amiral|[Vv]ice-amiral|[Aa]miral|[Gg]énéral|[Ll]ieutenant-colonel|[Cc]olonel|[Cc]apitaine(?:\s+de\s+(?:vaisseau|frégate|corvette))?|[Cc]ommandant|[Rr]ear\s+[Aa]dmiral|[Vv]ice\s+[Aa]dmiral|[Aa]dmiral|[Gg]eneral|[Ll]ieutenant(?:\s+[Gg]eneral|\s+[Cc]olonel)?|[Mm]ajor(?:\s+[Gg]eneral)?|[Cc]aptain|[Cc]ommander|[Bb]rigadier(?:\s+[Gg]eneral)?|[Кк]онтр-адмирал|[Вв]ице-адмирал|[Аа]дмирал|[Гг]енерал(?:-[а-яё]+)?|[Пп]олковник|[Кк]апитан)(?=\s+\p{Lu})/u;

/** A Russian title's unnamed firm in the genitive, before the name: "директор компании Олег Петров". */
const FIRM_AFTER =
  /^\s+(?:компании|фирмы|корпорации|концерна|холдинга|банка|фонда|ассоциации|организации|предприятия|группы\s+компаний)(?=\s+\p{Lu})/u;

/** What a body's demonym names as a group of its governments: "European allies", "European capitals". */
const COLLECTIVE_AFTER_DEMONYM = /^(?:\s+(?:allies|partners|governments|capitals))(?![\p{L}])/u;
/** The possessive and modifiers before "European allies": "Washington's major ". */
const COLLECTIVE_LEAD =
  /(?:[\p{L}.]+['’]s\s+)?(?:(?:major|key|main|closest|close|traditional|other|fellow|western|leading)\s+)+$|[\p{L}.]+['’]s\s+$/u;
/** "the European Union, whose leaders": the relative names the body's leaders. */
const WHOSE_LEADERS = /^,\s+(whose\s+(?:leaders|heads\s+of\s+(?:state|government)))(?![\p{L}])/u;

/** The groups of a body's leaders its demonym or a relative clause names. */
export function collectiveLeaders(scan: ActorScan): void {
  const { text, table, actors, add } = scan;
  const mentions = table.list;
  const collective: Mention[] = [];
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
}

/** Attaches each office the gazetteer found to the person it names or describes, or makes it a group. */
export function titledOffices(scan: ActorScan, offices: readonly GazetteerHit[]): Mention[] {
  // Spokespeople, named or not, given a state's government only because no organization was known yet.
  const byState: Mention[] = [];
  const stateFallback = new Set<GazetteerHit>();
  // Definite spokespeople ("the spokesman") after one the text named: no organization is looked for.
  const meantBefore = new Set<GazetteerHit>();
  const { input, text, table, actors, taken, add, addWithParents } = scan;
  const mentions = table.list;
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

  // Of the people a test accepts, the one named last before `at` ("the prime minister" after
  // Netanyahu is him, not May named three paragraphs up); one never named before comes last.
  // Where each actor is mentioned, indexed as the list grows (it only grows here, bar a rare
  // removal, which a shorter list shows): scanning every mention per title was quadratic.
  const startsOf = new Map<string, number[]>();
  let indexed = 0;
  const latestNamed = (at: number, test: (a: LocalActor) => boolean): LocalActor | undefined => {
    if (mentions.length < indexed) {
      startsOf.clear();
      indexed = 0;
    }
    for (; indexed < mentions.length; indexed++) {
      const m = mentions[indexed] as Mention;
      const starts = startsOf.get(m.actorKey);
      if (starts) starts.push(m.start);
      else startsOf.set(m.actorKey, [m.start]);
    }
    let best: LocalActor | undefined;
    let bestAt = -2;
    for (const a of actors.values()) {
      if (!test(a)) continue;
      let last = -1;
      for (const start of startsOf.get(a.key) ?? []) if (start < at && start > last) last = start;
      if (last > bestAt) {
        best = a;
        bestAt = last;
      }
    }
    return best;
  };
  // Normalised title as written → the people the text gave it, in the order it did.
  const titledAs = new Map<string, string[]>();
  const titled = (key: string, person: string) => {
    const list = titledAs.get(key) ?? [];
    if (!list.includes(person)) list.push(person);
    titledAs.set(key, list);
  };
  const titleKey = (start: number, end: number) =>
    text
      .slice(start, end)
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/\s+/g, " ");
  // A description stands alone after an article, at the start of a line or sentence, led by its
  // owner ("Israel's prime minister"), or in Russian, which has no articles.
  const describedAt = (start: number, end: number) =>
    /(?:\b(?:the|le|la|les|its|their|son|sa|leur)\s+|\bl['’]|^|[.!?:]\s+|\n\s*)$/iu.test(
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
    const determiner = /(?<![\p{L}])(?:a|an|the|un|une|le|la|its|their|son|sa|leur)\s+$/iu.exec(
      text.slice(Math.max(0, office.start - 7), office.start),
    );
    if (input.language !== "ru" && !determiner) return null;
    const principal = actors.get(scope) ?? gazetteerActor(scope);
    if (!principal) return null;
    addWithParents(principal);
    // "a government spokeswoman in Washington": the place is where she spoke, part of the phrase.
    const place = /^\s+(?:in|at)\s+/u.exec(text.slice(office.end, office.end + 8));
    const at = office.end + (place?.[0].length ?? 0);
    const where = place
      ? table.findNear(at, at, (m) => m.start === at && m.end > m.start)
      : undefined;
    // "its spokesman" is one description; the possessive is part of it.
    if (determiner && /^(?:its|their|son|sa|leur)/iu.test(determiner[0]))
      office.start -= determiner[0].length;
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
  // "a spokesman", "un porte-parole", Russian "представитель" without "официальный": one of the
  // body's spokespeople, not the holder of its spokesperson's post.
  const unnamedByForm = (office: GazetteerHit) =>
    (office.office?.key === "spokesperson" || office.office?.key === "press-secretary") &&
    (/(?:\b(?:a|an|un|une)\s+)$/iu.test(text.slice(Math.max(0, office.start - 4), office.start)) ||
      (input.language === "ru" && /^представител/iu.test(text.slice(office.start, office.end))));
  const subjectState = (at: number): string | null =>
    sentenceSubject(scan, at, (a) => a.kind === "state");
  // An unqualified body or title takes the state its context names: "China has yet to decide, a
  // foreign ministry spokesperson said", "a government spokeswoman", "son ministre des Affaires
  // étrangères", "министр иностранных дел страны". The phrase grows over the words that say so.
  const contextualScope = (office: GazetteerHit, scope: string | null): string | null => {
    const o = office.office;
    if (!o) return null;
    const generic = scope !== null && officeByKey(scope)?.body !== undefined;
    if (scope !== null && !generic) return null;
    const spokesperson = o.key === "spokesperson" || o.key === "press-secretary";
    const before = text.slice(Math.max(0, office.start - 16), office.start);
    const after = text.slice(office.end, office.end + 24);
    const governmentBefore = /(?<![\p{L}])government\s+$/iu.exec(before);
    const governmentAfter = /^\s+(?:du\s+gouvernement|правительства)(?![\p{L}])/iu.exec(after);
    const countryAfter = /^\s+(?:страны|du\s+pays)(?![\p{L}])/iu.exec(after);
    const possessed = /(?<![\p{L}])(?:son|sa|its|their|leur)\s+$/iu.test(before);
    const namedAfter = /^,?\s+[\p{Lu}][\p{Ll}]/u.test(after);
    const bodyWord = governmentBefore || governmentAfter;
    // "Acme spokesman", "a spokesman" in a paragraph about a company: the organization's, not a state's.
    if (spokesperson && scope === null && !bodyWord && !countryAfter) {
      // "a company spokeswoman": the word says what kind of body; the phrase grows over it.
      const kindBefore = ORGANIZATION_WORD_BEFORE.exec(before);
      if (kindBefore) office.start -= kindBefore[0].length;
      // "the spokesman" after one the text named is him again: the paragraph's body is no clue then.
      // Not with a name after it ("le porte-parole du chef de l'État, Jan Novák"): a new one.
      const definite = !namedAfter && /(?<![\p{L}])(?:the|le|la|l['’])\s*$/iu.test(before);
      const named =
        (!namedAfter && titledAs.has(titleKey(office.start, office.end))) ||
        (definite &&
          mentions.some((m) => {
            const a = m.start < office.start ? actors.get(m.actorKey) : undefined;
            return a?.kind === "person" && a.roles.some((r) => SPOKESPERSON_TITLE.test(r.title));
          }));
      if (named) meantBefore.add(office);
      const principal = spokespersonPrincipal(scan, office, possessed, !named);
      if (principal) return principal;
    }
    // "the foreign minister said" stands for a state's minister: the state its context names.
    const bare = isStateTitle(o.key) && !o.notCurrent && describedAt(office.start, office.end);
    if (
      !generic &&
      !bodyWord &&
      !countryAfter &&
      !possessed &&
      !spokesperson &&
      !namedAfter &&
      !bare
    )
      return null;
    if (!generic && !spokesperson && !bodyWord && !isStateTitle(o.key)) return null;
    const state =
      (namedAfter && !spokesperson && !generic && !bodyWord ? subjectState(office.start) : null) ??
      contextSide(scan, office.start) ??
      datelineState(scan, office.start);
    if (!state) return null;
    const body =
      generic && scope
        ? bodyOfState(scope, state)
        : bodyWord || spokesperson
          ? bodyOfState("government", state)
          : (actors.get(state) ?? gazetteerActor(state));
    if (!body) return null;
    addWithParents(body);
    if (spokesperson && !generic && !bodyWord && !meantBefore.has(office))
      stateFallback.add(office);
    if (governmentBefore) office.start -= governmentBefore[0].length;
    if (governmentAfter) office.end += governmentAfter[0].length;
    else if (countryAfter) office.end += countryAfter[0].length;
    return body.key;
  };
  // Offices that are a spokesperson's principal ("le porte-parole du chef de l'État"), read with her.
  const principals = new Set<GazetteerHit>();
  for (const office of offices) {
    if (!office.office || principals.has(office)) continue;
    // "the spokesman of the prime minister", "le porte-parole du chef de l'État": one title, the
    // principal's state its scope, and the name after it the spokesperson's.
    let principalScope: string | null = null;
    if (isSpokesperson(office)) {
      const principal = offices.find(
        (o) =>
          o.office &&
          o.start > office.end &&
          o.start <= office.end + 16 &&
          SPOKESPERSON_OF.test(text.slice(office.end, o.start)),
      );
      if (principal?.office && !principal.office.plural) {
        principals.add(principal);
        office.end = principal.end;
        principalScope = principal.office.scope;
      }
    }
    // "its spokesman" speaks for the body named last, which need not be a state: left to contextualScope.
    const explicit =
      office.office.scope ??
      principalScope ??
      (isSpokesperson(office) ? null : scopeFromContext(office.start));
    const contextual = office.office.plural ? null : contextualScope(office, explicit);
    const scope = contextual ?? explicit;
    // A possessive "'s" is no part of the name after a title ("President Jan Novák's lawyers"):
    // blanked, so the name stops before it and every offset stays the same.
    // A military rank between the title and the name ("son porte-parole, le contre-amiral Jan
    // Novák", "spokesman Rear Admiral Jan Novák") is blanked too: the name after it is the title's.
    const after = text
      .slice(office.end, office.end + 60)
      .replace(/['’]s(?![\p{L}])/gu, "  ")
      .replace(RANK_AFTER, (rank) => " ".repeat(rank.length))
      // "Генеральный директор компании Олег Петров": the firm in the genitive is no part of the name.
      .replace(FIRM_AFTER, (firm) => " ".repeat(firm.length));
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
      organization:
        (contextual ? (actors.get(contextual)?.name ?? null) : null) ??
        office.office.scopeName ??
        (scope ? (actors.get(scope)?.name ?? null) : null),
      start: null,
      end: null,
    };
    // The name after the title may be a spelling the gazetteer lacks around a surname it knows ("Sergey Lavrov").
    const named =
      /^,?\s+((?:[\p{Lu}][\p{L}’'-]+|(?:von|van|der|den|de|del|della|da|das|dos|di|du|la|le|al|el|bin|ben|ter|ten)(?=\s[\p{Lu}]))(?:\s+[\p{Lu}][\p{L}’'-]+){0,2})/u.exec(
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
        /^\s*,?\s*$/u.test(after.slice(0, m.start - office.end)) &&
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
        // A known person keeps the states the gazetteer gives: context only guesses.
        if (scope && !contextual && !person.memberOf.includes(scope)) person.memberOf.push(scope);
        titled(titleKey(office.start, office.end), person.key);
        table.reshape(next, Math.min(next.start, office.start), next.end);
        continue;
      }
    }
    const name =
      /^,?\s+((?:[\p{Lu}][\p{L}’'-]+|(?:von|van|der|den|de|del|della|da|das|dos|di|du|la|le|al|el|bin|ben|ter|ten)(?=\s[\p{Lu}]))(?:\s+[\p{Lu}][\p{L}’'-]+){1,2})/u.exec(
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
        titled(titleKey(office.start, office.end), person.key);
        const mention: Mention = {
          start: office.start,
          end: start + written.length,
          actorKey: person.key,
          via: "title",
        };
        table.push(mention);
        // With no principal found yet, an organization named later may still be hers.
        if (
          stateFallback.has(office) ||
          (isSpokesperson(office) && !scope && !meantBefore.has(office))
        )
          byState.push(mention);
        continue;
      }
    }
    // A description: whom the document itself gave that title, else the document's holder of that
    // office, else the gazetteer's at the publication date (current offices only).
    // Of the people the text gave this title, the one it named last ("the prime minister" in a
    // paragraph after Netanyahu is him, though May was given the title after him).
    const sameKeys = titledAs.get(titleKey(office.start, office.end));
    const same = sameKeys
      ? latestNamed(office.start, (a) => sameKeys.includes(a.key))?.key
      : undefined;
    const free = !taken(office.start, office.end);
    const owner = possessedBody(office.end);
    if (owner) office.end = owner.end;
    const contextState = contextual && actors.get(contextual)?.kind === "state" ? contextual : null;
    // `within`: the state or body the context gives, which rules out another's holder of the title.
    const describedHolder = (within: string | null): LocalActor | undefined => {
      const o = office.office;
      if (!o) return undefined;
      const officeScope = owner?.key ?? impliedWithin(o.key, o.title, o.scope) ?? within;
      if (!officeScope && officerOfOrganization(after)) return undefined;
      // A state's government takes in everyone of that state ("the spokesman" of the Kremlin's).
      const withinState =
        within && actors.get(within)?.kind !== "organization" ? rootStateOf(actors, within) : null;
      const belongs = (a: LocalActor) =>
        !within ||
        a.memberOf.includes(within) ||
        (withinState !== null && rootStateOf(actors, a.key) === withinState);
      // Whom the document gave this title, unless the context names another principal: "son
      // porte-parole" of the Kremlin is not the company's spokesman named before.
      const titled = same ? actors.get(same) : undefined;
      if (titled && belongs(titled)) return titled;
      if (o.notCurrent) return undefined;
      return (
        (owner
          ? undefined
          : latestNamed(
              office.start,
              (a) =>
                a.kind === "person" &&
                a.roles.some((r) => sameOffice(r, office) && heldAt(r, input.publishedAt)) &&
                belongs(a),
            )) ??
        officeHolder(o.key, officeScope, input.publishedAt) ??
        seatHolder(o.key, officeScope, input.publishedAt) ??
        undefined
      );
    };
    // A state with no such office ("the president" in a paragraph about Canada) leaves the
    // document's own holder of the title; a body's spokesperson is nobody else's.
    const holder =
      describedHolder(contextual) ?? (contextState ? describedHolder(null) : undefined);
    if ((!holder || unnamedByForm(office)) && free) {
      const principal = unnamedSpokesperson(office, scope);
      if (principal) {
        const mention: Mention = { ...principal, start: office.start };
        table.push(mention);
        if (stateFallback.has(office)) byState.push(mention);
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
  return byState;
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

/** Titles a state's government holds, which context may give a state: not a party's or a firm's. */
function isStateTitle(office: string): boolean {
  return /minister|secretary|president|chancellor|head-of|spokesperson|ambassador|envoy/u.test(
    officeByKey(office)?.office ?? office,
  );
}

/**
 * The actor that is the subject of the sentence holding `at` (before `at`), or else of the sentence
 * before it in the same paragraph, when `accept` takes it: "Algeria offered to mediate. Foreign
 * Minister Jane Roe said …", "Norway suspects …, Defence Minister Jane Roe said". A subject inside
 * a quotation or after a preposition is none.
 */
export function sentenceSubject(
  scan: ActorScan,
  at: number,
  accept: (actor: LocalActor) => boolean,
): string | null {
  const { input, text, table, actors } = scan;
  const sentences = input.segmentation.sentences;
  const paragraph = input.segmentation.paragraphs.find((p) => p.start <= at && at < p.end);
  const k = lastStartingAtOrBefore(sentences, at);
  for (const j of [k, k - 1]) {
    const sentence = sentences[j];
    if (!sentence || !paragraph || sentence.start < paragraph.start) return null;
    const until = j === k ? at : sentence.end;
    const first = [...table.near(sentence.start, until)]
      .filter((m) => m.start >= sentence.start && m.end <= until && m.end > m.start)
      .sort((a, b) => a.start - b.start)[0];
    if (!first) continue;
    const lead = text.slice(sentence.start, first.start);
    // "« Le Sénégal ne … », a affirmé la ministre": the quotation's subject is no clue; the sentence before may be.
    if (j === k && /["“«]/u.test(lead)) continue;
    if (
      /["“«]/u.test(lead) ||
      /(?<![\p{L}])(?:by|with|to|for|against|from|of|about|on|at|in|between|among|than|après|avec|contre|pour|par|de|du|des|à|au|aux|en|entre|sur|vers|с|к|по|от|для|против|о|об|в|на|между)\s+(?:the\s+|les?\s+|la\s+|l['’])?$/iu.test(
        lead,
      )
    )
      return null;
    const actor = actors.get(first.actorKey);
    return actor && accept(actor) ? first.actorKey : null;
  }
  return null;
}

/** Titles of a firm's or association's officers, not a state's. */
const OFFICER_TITLE =
  /^(?:director(?:\s+general)?|director-general|chief\s+executive|ceo|chair(?:man|woman|person)?|president\s+and\s+chief\s+executive|managing\s+director|founder|owner|general\s+manager|spokes(?:man|woman|person))$/iu;

/**
 * "Acme, the Oslo-based company, denied it. Its director general Jane Roe said …": an officer named
 * without her firm, once unknown firms are known, is of the firm that is the subject of her sentence
 * or of the one before.
 */
export function firmOfficers(scan: ActorScan): void {
  const { table, actors } = scan;
  for (const m of [...table.list]) {
    const person = actors.get(m.actorKey);
    if (person?.kind !== "person" || person.memberOf.length > 0 || m.via !== "title") continue;
    const role = person.roles.find((r) => r.organization === null && OFFICER_TITLE.test(r.title));
    if (!role) continue;
    const firm = sentenceSubject(scan, m.start, (a) => a.kind === "organization");
    const body = firm ? actors.get(firm) : undefined;
    if (!body) continue;
    person.memberOf.push(body.key);
    role.organization = body.name;
  }
}
