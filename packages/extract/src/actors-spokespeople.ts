/**
 * Whom an unqualified spokesperson speaks for: the organization named right before the title
 * ("Acme spokesman", "Commission spokesperson"), the body a possessive points back to ("its
 * spokesman", "son porte-parole"), or the organization the paragraph is about ("BlueScope said …
 * a spokesman added"); a state only through the rules for unqualified titles.
 */
import { contextSide, isQualifier, rootStateOf } from "./actors-anonymous.js";
import { datelineState } from "./actors-dateline.js";
import { NOT_NAME_WORDS, organizationActor } from "./actors-names.js";
import type { ActorScan } from "./actors-shared.js";
import { officeByKey } from "./gazetteer/index.js";
import { bodyOfState, type GazetteerHit } from "./gazetteer-adapter.js";
import { lastStartingAtOrBefore } from "./spans.js";
import type { Mention } from "./types.js";

/** Bodies a spokesperson may speak for besides a state's government. */
const PRINCIPAL_KINDS = new Set(["organization", "government"]);
/** Capitalised words right before a title, up to four: "Acme Steel spokesman", "Commission spokesperson". */
const CAPITALISED_BEFORE =
  /(?:^|[^\p{L}\p{N}'’&.-])((?:\p{Lu}(?:[\p{L}\p{M}\p{N}&-]*|(?:\.\p{Lu})*\.)[ \t]+){1,4})$/u;
/** Articles and determiners that open a phrase in the three languages, capitalised at a sentence's start. */
const ARTICLES = new Set(
  "A An The Un Une Le La Les Son Sa Ses Leur Leurs Ce Cette Ces Notre Nos Votre Vos Du Des De Её Его Их Этот Эта Наш Наша".split(
    " ",
  ),
);
/** A mention after a preposition is no clause's subject: "at the request of Acme", "par le ministère". */
const PREPOSITION_BEFORE =
  /(?:^|[^\p{L}])(?:by|with|to|for|against|from|of|about|on|at|in|into|between|among|than|par|pour|avec|contre|de|du|des|à|au|aux|sur|dans|entre|с|со|к|от|для|против|о|об|на|в|во|у)\s+(?:(?:the|le|la|les|l['’])\s*)?$/iu;

/** Whether a title the gazetteer found is a spokesperson's or a press secretary's. */
export function isSpokesperson(office: GazetteerHit): boolean {
  return office.office?.key === "spokesperson" || office.office?.key === "press-secretary";
}

/**
 * The organization or government an unqualified spokesperson speaks for, or null to leave the
 * title to the state rules (a state named there, or nothing found). `fromParagraph` false: the
 * paragraph's subject is no clue (a spokesperson the text named before is meant).
 */
export function spokespersonPrincipal(
  scan: ActorScan,
  office: GazetteerHit,
  possessed: boolean,
  fromParagraph = true,
): string | null {
  const after = principalAfter(scan, office);
  if (after !== undefined) return after;
  const named = namedBefore(scan, office);
  const found =
    named !== undefined
      ? named
      : possessed
        ? (possessor(scan, office.start) ?? paragraphBody(scan, office.start, true))
        : fromParagraph
          ? paragraphBody(scan, office.start, false)
          : null;
  // "The country's foreign ministry … with spokesman Jan Novák": the ministry may still be generic.
  return found && officeByKey(found)?.type === "body"
    ? stateBody(scan, { start: office.start, end: office.start, actorKey: found, via: "name" })
    : found;
}

/**
 * The organization the capitalised words right before the title name: a mention there, an
 * organization named before whose name ends in the word ("Commission" after "the European
 * Commission"), else a new organization of that name. Undefined when no such words stand there;
 * null when they name something else (a state, a person), which other rules read.
 */
function namedBefore(scan: ActorScan, office: GazetteerHit): string | null | undefined {
  const { text, table, actors, add } = scan;
  // Within the title's sentence: "… on Monday. A spokesman" names no "Monday".
  const sentences = scan.input.segmentation.sentences;
  const sentence = sentences[lastStartingAtOrBefore(sentences, office.start)];
  const floor = Math.max(0, office.start - 60, sentence?.start ?? 0);
  const lead = CAPITALISED_BEFORE.exec(text.slice(floor, office.start));
  if (!lead) return undefined;
  let run = lead[1] as string;
  let from = office.start - run.length;
  for (let w = /^(\S+)[ \t]+/u.exec(run); w; w = /^(\S+)[ \t]+/u.exec(run)) {
    const word = w[1] as string;
    if (!NOT_NAME_WORDS.has(word) && !ARTICLES.has(word)) break;
    run = run.slice(w[0].length);
    from += w[0].length;
  }
  const name = run.trim();
  if (name === "") return undefined;
  const to = from + name.length;
  const over = [...table.near(from, to)].filter((m) => m.start < to && m.end > from);
  if (over.length > 0) {
    const whole = over.find((m) => m.start <= from && m.end === to);
    const kind = whole ? actors.get(whole.actorKey)?.kind : undefined;
    if (!whole || !kind || !PRINCIPAL_KINDS.has(kind) || over.length > 1) return null;
    // "Gazprom spokesman Sergei Kupriyanov" is one mention, as "Kremlin spokesman Dmitry Peskov" is.
    table.remove(whole);
    office.start = whole.start;
    return whole.actorKey;
  }
  if (!/^[\p{Lu}]/u.test(name)) return undefined;
  let key: string | undefined;
  if (!/\s/u.test(name)) {
    // "Commission spokesperson" after "the European Commission": the short name of a body named before.
    const earlier = table.list.find((m) => {
      const a = m.start < from ? actors.get(m.actorKey) : undefined;
      return (
        a !== undefined &&
        PRINCIPAL_KINDS.has(a.kind) &&
        [a.name, ...a.aliases].some((n) => n !== name && n.endsWith(` ${name}`))
      );
    });
    key = earlier?.actorKey;
  }
  key ??= add(organizationActor(name)).key;
  actors.get(key)?.aliases.add(name);
  office.start = from;
  return key;
}

/** What names a spokesperson's principal after the title: "for the", "of", "du", "de la". */
const FOR_AFTER =
  /^\s+(?:for|of|at|du|de\s+la|de\s+l['’]|des|de)\s+(?:(?:the|le|la|les)\s+|l['’])?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?/u;
/** An organization's name the gazetteer lacks, after "for": "a spokeswoman for Harbor Metals". */
const NAME_AFTER =
  /^\p{Lu}[\p{L}\p{M}\p{N}&'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}\p{M}\p{N}&'’-]*){0,4}/u;
/** A state's body written as its possessive and a lowercase noun: "Ukraine's navy", "Iran's army". */
const POSSESSED_NOUN = /^['’]s\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+/u;

/**
 * "a spokeswoman for Harbor Metals", "the spokesman for Ukraine's navy", "le porte-parole de la
 * Commission": the principal named after the title, read into the title's phrase so the name after
 * it ("…, Jan Novák, said") is the spokesperson's. Undefined when nothing is named there.
 */
function principalAfter(scan: ActorScan, office: GazetteerHit): string | null | undefined {
  const { text, table, actors, add } = scan;
  const lead = FOR_AFTER.exec(text.slice(office.end, office.end + 32));
  if (!lead) return undefined;
  const at = office.end + lead[0].length;
  const m = table.findNear(at, at, (x) => x.start === at && x.end > x.start);
  if (m) {
    const kind = actors.get(m.actorKey)?.kind;
    let key: string | null = null;
    let end = m.end;
    if (officeByKey(m.actorKey)?.type === "body") key = stateBody(scan, m);
    else if (kind && (PRINCIPAL_KINDS.has(kind) || kind === "person")) key = m.actorKey;
    else if (kind === "state") {
      key = governmentOf(scan, m.actorKey);
      end += POSSESSED_NOUN.exec(text.slice(m.end, m.end + 40))?.[0].length ?? 0;
    }
    if (!key) return null;
    table.remove(m);
    office.end = end;
    return key;
  }
  const name = NAME_AFTER.exec(text.slice(at, at + 80))?.[0];
  if (!name || NOT_NAME_WORDS.has(name.split(/\s+/)[0] ?? "")) return undefined;
  const end = at + name.length;
  if (table.overlaps(at, end)) return undefined;
  const org = add(organizationActor(name));
  office.end = end;
  return org.key;
}

/** "… said its spokesman", "son porte-parole": the body named last before the possessive in its sentence. */
function possessor(scan: ActorScan, at: number): string | null {
  const { input, actors } = scan;
  const sentences = input.segmentation.sentences;
  const s = sentences[lastStartingAtOrBefore(sentences, at)];
  if (!s || s.end <= at) return null;
  const quotes = input.segmentation.quotes;
  const before = mentionsIn(scan, s.start, at).reverse();
  for (const m of before) {
    // "La Russie n'est « pas contre le grain ukrainien », a affirmé son porte-parole": neither a
    // quotation's words nor an adjective are whom "son" stands for.
    if (quotes.some((q) => m.start > q.start && m.start < q.end) || isQualifier(scan, m)) continue;
    const kind = actors.get(m.actorKey)?.kind;
    if (kind && PRINCIPAL_KINDS.has(kind)) return m.actorKey;
    if (kind === "state") return governmentOf(scan, m.actorKey);
  }
  return null;
}

/**
 * "BlueScope said … A spokesman added": the subject of the spokesperson's sentence so far, else of
 * the sentences before it in the paragraph, when it is an organization or a government. A state
 * there leaves the title to the state rules, unless a possessive points to it ("Ukraine rejected
 * it. Its spokesman …"): then its government.
 */
function paragraphBody(scan: ActorScan, at: number, possessed: boolean): string | null {
  const { input, text, actors } = scan;
  const sentences = input.segmentation.sentences;
  const paragraph = input.segmentation.paragraphs.find((p) => p.start <= at && at < p.end);
  const quotes = input.segmentation.quotes;
  const inQuote = (pos: number) => quotes.some((q) => pos > q.start && pos < q.end);
  for (let k = lastStartingAtOrBefore(sentences, at); k >= 0; k--) {
    const s = sentences[k];
    if (!s || (paragraph && s.start < paragraph.start)) break;
    for (const m of mentionsIn(scan, s.start, Math.min(s.end, at))) {
      if (inQuote(m.start) || isQualifier(scan, m)) continue;
      // A possessor ("Russia's Gazprom") and a mention after a preposition are no subject.
      if (/^['’]s(?![\p{L}])/u.test(text.slice(m.end, m.end + 3))) continue;
      if (PREPOSITION_BEFORE.test(text.slice(Math.max(s.start, m.start - 16), m.start))) continue;
      const kind = actors.get(m.actorKey)?.kind;
      if (kind && PRINCIPAL_KINDS.has(kind)) return m.actorKey;
      if (kind === "state") return possessed ? governmentOf(scan, m.actorKey) : null;
    }
  }
  return null;
}

/** The named mentions in from–to, in order of start. */
function mentionsIn(scan: ActorScan, from: number, to: number): Mention[] {
  return [...scan.table.near(from, to)]
    .filter((m) => m.start >= from && m.end <= to && m.end > m.start)
    .sort((a, b) => a.start - b.start);
}

/**
 * "the Foreign Ministry in Kyiv", "the defence ministry" in a paragraph about one state: a generic
 * body is the one of the state named after it with "in", else of the state its context names.
 */
function stateBody(scan: ActorScan, m: Mention): string | null {
  const { text, table, actors } = scan;
  const lead = /^\s+in\s+/u.exec(text.slice(m.end, m.end + 8));
  const at = lead ? m.end + lead[0].length : -1;
  const place = lead ? table.findNear(at, at, (x) => x.start === at && x.end > x.start) : undefined;
  const state =
    (place ? rootStateOf(actors, place.actorKey) : null) ??
    contextSide(scan, m.start) ??
    datelineState(scan, m.start);
  const body = state ? bodyOfState(m.actorKey, state) : null;
  return body ? scan.addWithParents(body).key : m.actorKey;
}

function governmentOf(scan: ActorScan, key: string): string | null {
  const state = rootStateOf(scan.actors, key);
  const body = state ? bodyOfState("government", state) : null;
  return body ? scan.addWithParents(body).key : null;
}

/**
 * Spokespeople the offices gave a state's government, or nobody, because no organization was known then: an
 * organization found since among the people and firms the text names ("Norvia Energy, the
 * operator, said … A company spokeswoman added") is whom they speak for. An unnamed one becomes a
 * mention of it; a named one is its member instead of the government's.
 */
export function revisitSpokespeople(scan: ActorScan, mentions: readonly Mention[]): void {
  const { actors } = scan;
  for (const m of mentions) {
    const body = paragraphBody(scan, m.start, false);
    const org = body ? actors.get(body) : undefined;
    if (!org || org.kind !== "organization") continue;
    const person = actors.get(m.actorKey);
    if (person?.kind !== "person") {
      m.actorKey = org.key;
      continue;
    }
    const government = person.memberOf[0];
    if (!government) {
      person.memberOf.push(org.key);
      continue;
    }
    if (actors.get(government)?.kind !== "government") continue;
    person.memberOf[0] = org.key;
    for (const r of person.roles)
      if (r.organization === actors.get(government)?.name) r.organization = org.name;
  }
}
