/** Builds the gazetteer once, on first use: entries from the curated data, token tries for scanning, and lookup indexes. */
import type { ActorKind, SourceKind } from "@stancemap/schema";
import { enPlural, frAdjectiveForms, frPlural, ruAdjectiveForms, ruForms } from "./inflect.js";
import { REPORTING_CUES, type ReportingCue } from "./lexicon-cues.js";
import { ANONYMOUS_LEXICONS, type AnonymousLexicon, HEDGES, type Hedge } from "./lexicon-hedges.js";
import { OUTLETS } from "./media.js";
import { keyTokens, normalizePhrase, normalizeWord } from "./normalize.js";
import { BODIES, TITLES } from "./offices.js";
import { GOVERNMENT_BODIES, GROUPS, ORGANIZATIONS } from "./organizations.js";
import { PEOPLE_AMERICAS } from "./people-americas.js";
import { PEOPLE_ASIA_AFRICA } from "./people-asia-africa.js";
import { PEOPLE_EURASIA } from "./people-eurasia.js";
import { PEOPLE_EUROPE } from "./people-europe.js";
import { PEOPLE_INTERNATIONAL } from "./people-international.js";
import { PEOPLE_MIDDLE_EAST } from "./people-middle-east.js";
import type { ActorSpec, Lang, OfficeSpec, OutletSpec, PersonSpec, StateSpec } from "./spec.js";
import { STATES } from "./states.js";
import { SLOT, type TrieNode, trieInsert, trieNode } from "./trie.js";

export type EntryCategory = "state" | "body" | "organization" | "group" | "person" | "outlet";

/** How a surface form names its entry: its name or an alias, a demonym ("Russian"), or a metonym ("Moscow", "Brussels"). */
export type MatchVia = "name" | "alias" | "demonym" | "metonym";

export interface GazetteerRole {
  /** Title key of the office (see `offices.ts`): "foreign-minister", "secretary-of-state". */
  office: string;
  /** Display title: "Secretary of State", "Press Secretary of the President". */
  title: string;
  /** Key of the state or organisation the office belongs to. */
  org: string;
  /** Year (or partial date) the role began / ended; null when open or unknown. */
  start: string | null;
  end: string | null;
}

export interface GazetteerEntry {
  /** Id-friendly key, unique across the gazetteer: "vladimir-putin", "russia", "kremlin", "reuters". */
  key: string;
  name: string;
  kind: ActorKind;
  category: EntryCategory;
  /** Other names as curated (English, Russian, French), without generated inflections. */
  aliases: string[];
  demonyms: string[];
  metonyms: string[];
  /** Keys of the actors this one belongs to or speaks for, the primary first. */
  memberOf: string[];
  roles: GazetteerRole[];
  wikidataId?: string;
  /** ISO 3166-1 alpha-2 code: a state's own, a person's or outlet's home country. */
  country?: string;
  /** States: offices whose holder "the <demonym> leader" names, in order. */
  leaderOffices?: string[];
  /** Outlets: how they count as a source. */
  source?: { kind: SourceKind; domain: string | null; language: string | null };
  domains: string[];
  /** Bodies that answer a ministry pattern: the State Department is { office: "foreign-ministry", state: "united-states" }. */
  ministry?: { office: string; state: string };
  /** Built from a pattern ("the Russian Government" = government × russia) rather than curated. */
  synthetic?: boolean;
}

export interface OfficeEntry {
  key: string;
  title: string;
  /** The office a holder's role is filed under ("secretary-of-state" → "foreign-minister"). */
  office: string;
  type: "title" | "body";
  /** Key of the state or organisation the bare title implies. */
  implies?: string;
  body?: "government" | "organization";
  destination: boolean;
  forms: { lang: Lang; text: string }[];
}

/** Where a qualifier may stand in a pattern: any form, a noun (not a demonym), a demonym, or a Russian genitive. */
export type SlotRule = "any" | "noun" | "adj" | "gen";

export interface ActorValue {
  entry: GazetteerEntry;
  via: MatchVia;
  /** Case requirement per token (see normalize.ts). */
  req: Uint8Array;
  /** Russian cases the form can stand in (bit mask, RU_CASES order); 0 when not a declined Russian form. */
  cases: number;
}

export interface OfficeValue {
  office: OfficeEntry;
  lang: Lang;
  /** Case requirement per literal token, in order. */
  req: Uint8Array;
  plural: boolean;
  /** Null for a bare form without qualifier. */
  rule: SlotRule | null;
}

export interface CompiledAnonymousLexicon {
  lang: Lang;
  determiners: TrieNode<string>;
  anaphoric: TrieNode<string>;
  modifiers: TrieNode<string>;
  former: Set<string>;
  affiliations: TrieNode<string>;
  heads: Map<string, string>;
  weakHeads: Set<string>;
  tails: TrieNode<string>;
  anonymity: Set<string>;
  inPrepositions: TrieNode<string>;
  tailObjects: TrieNode<string>;
  /** Tokens a description can start with, besides names: a cheap test before parsing. */
  starts: Set<string>;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  byKey: Map<string, GazetteerEntry>;
  offices: Map<string, OfficeEntry>;
  actorTrie: TrieNode<ActorValue>;
  titleTrie: TrieNode<OfficeValue>;
  bodyTrie: TrieNode<OfficeValue>;
  /** `${office}|${state}` → the curated body that answers the pattern. */
  ministries: Map<string, GazetteerEntry>;
  /** Bodies built from patterns, cached by key. */
  synthetic: Map<string, GazetteerEntry>;
  /** `${office}|${org}` → holders with the role. */
  holders: Map<string, { entry: GazetteerEntry; role: GazetteerRole }[]>;
  domains: Map<string, GazetteerEntry>;
  statesByIso: Map<string, GazetteerEntry>;
  /** Normal forms of names deliberately shared by several entries of one kind ("congo", "johnson"). */
  declaredAmbiguous: Set<string>;
  /** Every indexed surface: normal form → the entries and how they are named (for integrity checks). */
  surfaces: Map<string, { entry: GazetteerEntry; via: MatchVia }[]>;
  cueTrie: TrieNode<ReportingCue>;
  hedgeTrie: TrieNode<Hedge>;
  anonymous: Record<Lang, CompiledAnonymousLexicon>;
}

/**
 * Names that genuinely belong to several entries of one kind: a lookup returns all of them and a
 * scan reports the first with the others as candidates, for the caller to resolve from context.
 */
export const DECLARED_AMBIGUOUS = [
  "congo",
  "congolese",
  "конго",
  "dominican",
  "dominicans",
  "rasmussen",
  "johnson",
  "miller",
  "powell",
  "patel",
  "aoun",
  "sanders",
  "rsf",
  "abc",
];

const PARTICLES = new Set([
  "von",
  "van",
  "der",
  "den",
  "de",
  "da",
  "di",
  "du",
  "le",
  "la",
  "al",
  "el",
  "bin",
  "ben",
  "ibn",
  "del",
  "dos",
  "das",
  "ter",
  "zu",
  "фон",
  "дер",
  "ван",
  "де",
  "ле",
  "аль",
  "бен",
  "бин",
]);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv|vi|xiv|xvi)$/i;

/** The short name of a full name: its last word with any particles before it ("von der Leyen"). */
export function surnameOf(full: string): string | null {
  const words = full.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2) return null;
  const last = words[words.length - 1] as string;
  if (SUFFIXES.test(last) || /^[A-ZА-Я]\.?$/.test(last)) return null;
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has((words[i - 1] as string).replace(/^!/, "").toLowerCase())) i--;
  return words.slice(i).join(" ");
}

function slugify(name: string): string {
  return normalizeWord(name)
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "office/org/start-end=Display title" → role; throws on malformed data so a typo fails the build (and the tests). */
export function parseRole(spec: string, titles: Map<string, OfficeEntry>): GazetteerRole {
  const eq = spec.indexOf("=");
  const head = eq < 0 ? spec : spec.slice(0, eq);
  const display = eq < 0 ? null : spec.slice(eq + 1);
  const parts = head.split("/");
  if (parts.length !== 3) throw new Error(`gazetteer: malformed role "${spec}"`);
  const [office, org, period] = parts as [string, string, string];
  const m = /^(\d{4})?-(\d{4})?$|^(\d{4})$/.exec(period);
  if (!m) throw new Error(`gazetteer: malformed role period "${spec}"`);
  const start = m[1] ?? m[3] ?? null;
  const end = m[2] ?? m[3] ?? null;
  const title = display ?? titles.get(office)?.title ?? office;
  return { office, title, org, start, end };
}

interface Surface {
  text: string;
  via: MatchVia;
  cases: number;
}

const clean = (s: string) => s.replace(/!/g, "");

function ruSurfaces(list: string[] | undefined, via: MatchVia, person: boolean): Surface[] {
  const out: Surface[] = [];
  for (const text of list ?? [])
    for (const f of ruForms(text, { person })) out.push({ text: f.text, via, cases: f.cases });
  return out;
}

function plain(list: string[] | undefined, via: MatchVia): Surface[] {
  return (list ?? []).map((text) => ({ text, via, cases: 0 }));
}

function enDemonyms(list: string[] | undefined): Surface[] {
  const out: Surface[] = [];
  for (const d of list ?? []) {
    out.push({ text: d, via: "demonym", cases: 0 });
    // "the Russians", "the Israelis" often stand for the state's side
    if (/[ni]$/.test(d) && !d.includes(" ")) out.push({ text: `${d}s`, via: "demonym", cases: 0 });
  }
  return out;
}

function ruDemonyms(list: string[] | undefined): Surface[] {
  const out: Surface[] = [];
  for (const d of list ?? [])
    for (const f of ruAdjectiveForms(d)) out.push({ text: f.text, via: "demonym", cases: f.cases });
  return out;
}

function frDemonyms(list: string[] | undefined): Surface[] {
  return (list ?? []).flatMap((d) =>
    frAdjectiveForms(d).map((text) => ({ text, via: "demonym" as const, cases: 0 })),
  );
}

function uniq(list: string[]): string[] {
  return [...new Set(list)];
}

function baseEntry(
  key: string,
  name: string,
  kind: ActorKind,
  category: EntryCategory,
): GazetteerEntry {
  return {
    key,
    name,
    kind,
    category,
    aliases: [],
    demonyms: [],
    metonyms: [],
    memberOf: [],
    roles: [],
    domains: [],
  };
}

function stateEntry(s: StateSpec): [GazetteerEntry, Surface[]] {
  const e = baseEntry(s.key, s.name, "state", "state");
  e.country = s.iso2;
  if (s.wd) e.wikidataId = s.wd;
  if (s.leader) e.leaderOffices = s.leader;
  e.aliases = uniq([...(s.aka ?? []), ...(s.ru ?? []).map(clean), ...(s.fr ?? [])]).filter(
    (a) => a !== s.name,
  );
  e.demonyms = uniq([...(s.dem ?? []), ...(s.ruDem ?? []), ...(s.frDem ?? [])]);
  e.metonyms = uniq([...(s.cap ?? []), ...(s.ruCap ?? []).map(clean), ...(s.frCap ?? [])]);
  const surfaces: Surface[] = [
    { text: s.name, via: "name", cases: 0 },
    ...plain(s.aka, "alias"),
    ...ruSurfaces(s.ru, "alias", false),
    ...plain(s.fr, "alias"),
    ...enDemonyms(s.dem),
    ...ruDemonyms(s.ruDem),
    ...frDemonyms(s.frDem),
    ...plain(s.cap, "metonym"),
    ...ruSurfaces(s.ruCap, "metonym", false),
    ...plain(s.frCap, "metonym"),
  ];
  return [e, surfaces];
}

function actorEntry(a: ActorSpec, category: EntryCategory): [GazetteerEntry, Surface[]] {
  const e = baseEntry(a.key, a.name, a.kind, category);
  e.memberOf = a.of ?? [];
  if (a.cc) e.country = a.cc;
  if (a.wd) e.wikidataId = a.wd;
  if (a.domains) e.domains = a.domains;
  if (a.ministry) e.ministry = { office: a.ministry[0], state: a.ministry[1] };
  e.aliases = uniq([...(a.aka ?? []), ...(a.ru ?? []).map(clean), ...(a.fr ?? [])]).filter(
    (x) => x !== a.name,
  );
  e.demonyms = uniq([...(a.dem ?? []), ...(a.ruDem ?? []), ...(a.frDem ?? [])]);
  e.metonyms = uniq([...(a.metonyms ?? []), ...(a.ruMetonyms ?? []), ...(a.frMetonyms ?? [])]);
  const surfaces: Surface[] = [
    { text: a.name, via: "name", cases: 0 },
    ...plain(a.aka, "alias"),
    ...ruSurfaces(a.ru, "alias", false),
    ...plain(a.fr, "alias"),
    ...plain(a.dem, "demonym"),
    ...ruDemonyms(a.ruDem),
    ...frDemonyms(a.frDem),
    ...plain(a.metonyms, "metonym"),
    ...ruSurfaces(a.ruMetonyms, "metonym", false),
    ...plain(a.frMetonyms, "metonym"),
  ];
  return [e, surfaces];
}

function personEntry(p: PersonSpec, titles: Map<string, OfficeEntry>): [GazetteerEntry, Surface[]] {
  const key = p.key ?? slugify(p.name);
  const e = baseEntry(key, p.name, "person", "person");
  if (p.cc) e.country = p.cc;
  if (p.wd) e.wikidataId = p.wd;
  e.roles = (p.roles ?? []).map((r) => parseRole(r, titles));
  if (p.of) e.memberOf = p.of;
  else {
    const recent = [...e.roles].sort(
      (a, b) =>
        (b.end ?? "9999").localeCompare(a.end ?? "9999") ||
        (b.start ?? "").localeCompare(a.start ?? ""),
    );
    e.memberOf = uniq(recent.map((r) => r.org));
  }
  const en = [p.name, ...(p.aka ?? [])];
  const ru = p.ru ?? [];
  const fr = p.fr ?? [];
  let enShort: string[] = [];
  let ruShort: string[] = [];
  let frShort: string[] = [];
  if (p.sn === undefined) {
    const derive = (list: string[]) => list.map(surnameOf).filter((s): s is string => s !== null);
    enShort = derive(en);
    ruShort = derive(ru);
    frShort = derive(fr);
  } else if (p.sn !== null) {
    enShort = Array.isArray(p.sn) ? p.sn : [p.sn];
  }
  e.aliases = uniq([
    ...en,
    ...enShort,
    ...ru.map(clean),
    ...ruShort.map(clean),
    ...fr,
    ...frShort,
  ]).filter((a) => a !== p.name);
  const surfaces: Surface[] = [
    { text: p.name, via: "name", cases: 0 },
    ...plain(p.aka, "alias"),
    ...plain(enShort, "alias"),
    ...ruSurfaces(ru, "alias", true),
    ...ruSurfaces(ruShort, "alias", true),
    ...plain(fr, "alias"),
    ...plain(frShort, "alias"),
  ];
  return [e, surfaces];
}

function outletEntry(o: OutletSpec): [GazetteerEntry, Surface[]] {
  const e = baseEntry(o.key, o.name, "media_outlet", "outlet");
  if (o.cc) e.country = o.cc;
  if (o.wd) e.wikidataId = o.wd;
  e.source = { kind: o.kind, domain: o.domain, language: o.lang };
  e.domains = uniq([...(o.domain ? [o.domain] : []), ...(o.domains ?? [])]);
  e.aliases = uniq([...(o.aka ?? []), ...(o.ru ?? []).map(clean), ...(o.fr ?? [])]).filter(
    (a) => a !== o.name,
  );
  const surfaces: Surface[] = [
    ...(o.unindexedName ? [] : [{ text: o.name, via: "name" as const, cases: 0 }]),
    ...plain(o.aka, "alias"),
    ...ruSurfaces(o.ru, "alias", false),
    ...plain(o.fr, "alias"),
  ];
  return [e, surfaces];
}

function officeEntry(spec: OfficeSpec, type: "title" | "body"): OfficeEntry {
  const forms: { lang: Lang; text: string }[] = [];
  for (const lang of ["en", "ru", "fr"] as const)
    for (const text of spec[lang] ?? []) forms.push({ lang, text });
  const o: OfficeEntry = {
    key: spec.key,
    title: spec.title,
    office: spec.office ?? spec.key,
    type,
    destination: spec.destination ?? false,
    forms,
  };
  if (spec.implies) o.implies = spec.implies;
  if (spec.body) o.body = spec.body;
  return o;
}

interface Template {
  /** Tokens with SLOT where the qualifier goes. */
  parts: string[];
  rule: SlotRule | null;
  plural: boolean;
}

/** Splits a form at `{Q}` into literal phrases around a slot. */
function withSlot(text: string): string[] {
  const i = text.indexOf(SLOT);
  if (i < 0) return [text];
  return [text.slice(0, i).trim(), SLOT, text.slice(i + SLOT.length).trim()].filter(
    (s) => s.length > 0,
  );
}

/** The qualifier patterns a title or body form takes in its language: "{Q} f", "f of {Q}", "f {Q}" (ru genitive), "f de {Q}". */
function templates(lang: Lang, form: string): Template[] {
  const scopedOnly = form.startsWith("+");
  const text = scopedOnly ? form.slice(1) : form;
  const variants: { text: string; plural: boolean }[] = [];
  if (lang === "en") {
    variants.push({ text, plural: false });
    const pl = enPlural(text);
    if (pl && pl !== text) variants.push({ text: pl, plural: true });
  } else if (lang === "fr") {
    variants.push({ text, plural: false });
    const pl = frPlural(text);
    if (pl && pl !== text) variants.push({ text: pl, plural: true });
  } else {
    for (const f of ruForms(text, { plural: true }))
      variants.push({ text: f.text, plural: f.plural });
  }
  const out: Template[] = [];
  for (const v of variants) {
    if (v.text.includes(SLOT)) {
      out.push({ parts: withSlot(v.text), rule: "any", plural: v.plural });
      continue;
    }
    if (!scopedOnly) out.push({ parts: [v.text], rule: null, plural: v.plural });
    if (lang === "en") {
      out.push({ parts: [SLOT, v.text], rule: "any", plural: v.plural });
      out.push({ parts: [SLOT, "'s", v.text], rule: "noun", plural: v.plural });
      out.push({ parts: [v.text, "of", SLOT], rule: "noun", plural: v.plural });
      out.push({ parts: [v.text, "of the", SLOT], rule: "noun", plural: v.plural });
    } else if (lang === "ru") {
      out.push({ parts: [v.text, SLOT], rule: "gen", plural: v.plural });
      out.push({ parts: [SLOT, v.text], rule: "adj", plural: v.plural });
    } else {
      out.push({ parts: [v.text, SLOT], rule: "adj", plural: v.plural });
      for (const p of ["de", "du", "des", "d'", "de l'", "de la"])
        out.push({ parts: [v.text, p, SLOT], rule: "noun", plural: v.plural });
    }
  }
  return out;
}

function insertOffice(
  root: TrieNode<OfficeValue>,
  office: OfficeEntry,
  lang: Lang,
  t: Template,
): void {
  const path: string[] = [];
  const req: number[] = [];
  const modsAt = new Set<number>();
  for (const part of t.parts) {
    if (part === SLOT) {
      path.push(SLOT);
      // modifiers may follow a leading qualifier: "Russian Deputy Foreign Minister", "Russia's former president"
      if (path.length === 1) modsAt.add(1);
      continue;
    }
    const k = keyTokens(part);
    path.push(...k.norms);
    req.push(...k.reqs);
    if (path[0] === SLOT && part === "'s") modsAt.add(path.length);
  }
  if (path.every((p) => p === SLOT)) return;
  trieInsert(
    root,
    path,
    { office, lang, req: Uint8Array.from(req), plural: t.plural, rule: t.rule },
    modsAt,
  );
}

function compilePhrases(list: readonly string[]): TrieNode<string> {
  const root = trieNode<string>();
  for (const phrase of list) {
    const norms = keyTokens(phrase).norms;
    if (norms.length > 0) trieInsert(root, norms, norms.join(" "));
  }
  return root;
}

function compileAnonymous(lang: Lang, lex: AnonymousLexicon): CompiledAnonymousLexicon {
  const heads = new Map<string, string>();
  for (const [word, head] of Object.entries(lex.heads)) heads.set(normalizePhrase(word), head);
  return {
    lang,
    determiners: compilePhrases(lex.determiners),
    anaphoric: compilePhrases(lex.anaphoric),
    modifiers: compilePhrases(lex.modifiers),
    former: new Set(lex.former.map(normalizePhrase)),
    affiliations: compilePhrases(lex.affiliations),
    heads,
    weakHeads: new Set(lex.weakHeads),
    tails: compilePhrases(lex.tails),
    anonymity: new Set(lex.anonymity.map(normalizePhrase)),
    inPrepositions: compilePhrases(lex.inPrepositions),
    tailObjects: compilePhrases(lex.tailObjects),
    starts: new Set(
      [
        ...lex.determiners,
        ...lex.anaphoric,
        ...lex.modifiers,
        ...lex.affiliations,
        ...Object.keys(lex.heads),
      ].flatMap((p) => keyTokens(p).norms.slice(0, 1)),
    ),
  };
}

/** Everything the gazetteer's data amounts to, built into entries, tries and indexes. */
export function buildGazetteer(): Gazetteer {
  const offices = new Map<string, OfficeEntry>();
  for (const t of TITLES) offices.set(t.key, officeEntry(t, "title"));
  for (const b of BODIES) offices.set(b.key, officeEntry(b, "body"));

  const built: [GazetteerEntry, Surface[]][] = [
    ...STATES.map(stateEntry),
    ...GOVERNMENT_BODIES.map((a) => actorEntry(a, "body")),
    ...ORGANIZATIONS.map((a) => actorEntry(a, "organization")),
    ...GROUPS.map((a) => actorEntry(a, "group")),
    ...[
      ...PEOPLE_EURASIA,
      ...PEOPLE_AMERICAS,
      ...PEOPLE_EUROPE,
      ...PEOPLE_MIDDLE_EAST,
      ...PEOPLE_ASIA_AFRICA,
      ...PEOPLE_INTERNATIONAL,
    ].map((p) => personEntry(p, offices)),
    ...OUTLETS.map(outletEntry),
  ];

  const entries: GazetteerEntry[] = [];
  const byKey = new Map<string, GazetteerEntry>();
  const actorTrie = trieNode<ActorValue>();
  const surfaces = new Map<string, { entry: GazetteerEntry; via: MatchVia }[]>();
  const domains = new Map<string, GazetteerEntry>();
  const statesByIso = new Map<string, GazetteerEntry>();
  const ministries = new Map<string, GazetteerEntry>();
  for (const [entry, forms] of built) {
    entries.push(entry);
    // duplicate keys are reported by the integrity test; the first entry wins here
    if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
    for (const d of entry.domains) if (!domains.has(d)) domains.set(d, entry);
    if (entry.category === "state" && entry.country) statesByIso.set(entry.country, entry);
    if (entry.ministry) ministries.set(`${entry.ministry.office}|${entry.ministry.state}`, entry);
    const inserted = new Map<string, ActorValue>();
    for (const s of forms) {
      const k = keyTokens(s.text);
      if (k.norms.length === 0) continue;
      const norm = k.norms.join(" ");
      const dedupe = `${norm}|${s.via}|${k.reqs.join("")}`;
      const prev = inserted.get(dedupe);
      if (prev) {
        // one surface form reached from several names or cases: it stands in all of their cases
        prev.cases = prev.cases === 0 || s.cases === 0 ? 0 : prev.cases | s.cases;
        continue;
      }
      const value: ActorValue = { entry, via: s.via, req: Uint8Array.from(k.reqs), cases: s.cases };
      inserted.set(dedupe, value);
      trieInsert(actorTrie, k.norms, value);
      let list = surfaces.get(norm);
      if (!list) {
        list = [];
        surfaces.set(norm, list);
      }
      if (!list.some((x) => x.entry === entry)) list.push({ entry, via: s.via });
    }
  }

  const holders = new Map<string, { entry: GazetteerEntry; role: GazetteerRole }[]>();
  for (const entry of entries) {
    for (const role of entry.roles) {
      const group = offices.get(role.office)?.office ?? role.office;
      const k = `${group}|${role.org}`;
      let list = holders.get(k);
      if (!list) {
        list = [];
        holders.set(k, list);
      }
      list.push({ entry, role });
    }
  }

  const titleTrie = trieNode<OfficeValue>();
  const bodyTrie = trieNode<OfficeValue>();
  titleTrie.mods = true;
  bodyTrie.mods = true;
  for (const office of offices.values()) {
    const root = office.type === "title" ? titleTrie : bodyTrie;
    for (const f of office.forms)
      for (const t of templates(f.lang, f.text)) insertOffice(root, office, f.lang, t);
  }

  const cueTrie = trieNode<ReportingCue>();
  for (const cue of REPORTING_CUES) {
    for (const form of uniq(cue.forms)) {
      const norms = keyTokens(form).norms;
      if (norms.length > 0) trieInsert(cueTrie, norms, cue);
    }
  }
  const hedgeTrie = trieNode<Hedge>();
  for (const h of HEDGES) {
    const norms = keyTokens(h.phrase).norms;
    if (norms.length > 0) trieInsert(hedgeTrie, norms, h);
  }

  return {
    entries,
    byKey,
    offices,
    actorTrie,
    titleTrie,
    bodyTrie,
    ministries,
    synthetic: new Map(),
    holders,
    domains,
    statesByIso,
    declaredAmbiguous: new Set(DECLARED_AMBIGUOUS.map(normalizePhrase)),
    surfaces,
    cueTrie,
    hedgeTrie,
    anonymous: {
      en: compileAnonymous("en", ANONYMOUS_LEXICONS.en),
      ru: compileAnonymous("ru", ANONYMOUS_LEXICONS.ru),
      fr: compileAnonymous("fr", ANONYMOUS_LEXICONS.fr),
    },
  };
}

let cached: Gazetteer | undefined;

/** The gazetteer, built on first use and shared afterwards. */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}
