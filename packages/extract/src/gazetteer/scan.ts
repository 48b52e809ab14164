/** Matches names, titles and body patterns against tokenised text: longest match, word boundaries, case rules, qualifiers. */
import type {
  ActorValue,
  Gazetteer,
  GazetteerEntry,
  MatchVia,
  OfficeEntry,
  OfficeValue,
} from "./build.js";
import { RU_GEN } from "./inflect.js";
import { type GazetteerToken, satisfies } from "./normalize.js";
import { TITLE_MODIFIERS, TITLE_SUFFIXES } from "./offices.js";
import type { Lang } from "./spec.js";
import type { TrieNode } from "./trie.js";

/** A qualifier found where a pattern's slot stands: a named actor, or a body pattern ("the Russian Foreign Ministry"). */
export interface Qualifier {
  end: number;
  entry: GazetteerEntry;
  via: MatchVia | "pattern";
  /** Russian cases the surface can stand in; 0 when unknown or not Russian. */
  cases: number;
}

export interface OfficeHit {
  start: number;
  end: number;
  /** How many tokens the office's own words take (a more specific form beats a qualified generic one). */
  literals: number;
  value: OfficeValue;
  scope: Qualifier | null;
  modifiers: string[];
  destination: Qualifier | null;
}

export interface ActorHit {
  end: number;
  values: ActorValue[];
}

const DESTINATION_PREPOSITIONS = new Set([
  "to",
  "в",
  "во",
  "при",
  "a",
  "au",
  "aux",
  "en",
  "aupres",
]);
const ARTICLES = new Set(["the", "l'", "le", "la", "les", "de", "du", "des"]);
const MAX_MODIFIERS = 3;

/** The state of one `officeAt` walk: where it started, the best hit so far, the words taken. */
interface OfficeWalk {
  start: number;
  namesOnly: boolean;
  best: OfficeHit | null;
  /** Positions of the pattern's own words on the current path. */
  lits: number[];
  /** Title modifiers skipped on the current path. */
  mods: string[];
}

/** Shared empty results: most positions match nothing, and nothing mutates a result. */
const NO_HITS: readonly ActorHit[] = [];
const NO_QUALIFIERS: readonly Qualifier[] = [];

/** The first step into each of the three tries for one normal form (most words take none). */
interface RootEdges {
  actor: TrieNode<ActorValue> | undefined;
  title: TrieNode<OfficeValue> | undefined;
  body: TrieNode<OfficeValue> | undefined;
}

const NO_EDGES: RootEdges = { actor: undefined, title: undefined, body: undefined };
const rootEdgesOf = new WeakMap<Gazetteer, Map<string, RootEdges>>();

/**
 * Every word that starts a name, title or body pattern, with where it leads in each trie: one
 * lookup per token instead of one per trie. Built once per gazetteer from the tries themselves.
 */
function rootEdges(g: Gazetteer): Map<string, RootEdges> {
  let edges = rootEdgesOf.get(g);
  if (!edges) {
    const map = new Map<string, RootEdges>();
    const at = (word: string) => {
      let e = map.get(word);
      if (!e) {
        e = { actor: undefined, title: undefined, body: undefined };
        map.set(word, e);
      }
      return e;
    };
    for (const [word, node] of g.actorTrie.next ?? []) at(word).actor = node;
    for (const [word, node] of g.titleTrie.next ?? []) at(word).title = node;
    for (const [word, node] of g.bodyTrie.next ?? []) at(word).body = node;
    edges = map;
    rootEdgesOf.set(g, edges);
  }
  return edges;
}

/** One scan over one token sequence, caching what each position matches. */
export class Scanner {
  private readonly actorCache: (readonly ActorHit[] | undefined)[];
  private readonly bodyCache: (OfficeHit | null | undefined)[];
  private readonly qualifierCache: (readonly Qualifier[] | undefined)[];
  private readonly nameQualifierCache: (readonly Qualifier[] | undefined)[];
  private readonly edgeCache: (RootEdges | undefined)[];
  private readonly edges: Map<string, RootEdges>;

  constructor(
    readonly g: Gazetteer,
    readonly toks: readonly GazetteerToken[],
    /** Lookups of a curated string ignore capitalisation; scans of running text do not. */
    readonly ignoreCase = false,
  ) {
    this.actorCache = new Array(toks.length);
    this.bodyCache = new Array(toks.length);
    this.qualifierCache = new Array(toks.length);
    this.nameQualifierCache = new Array(toks.length);
    this.edgeCache = new Array(toks.length);
    this.edges = rootEdges(g);
  }

  /** Where token `i` leads from the root of each trie. */
  private edgesAt(i: number): RootEdges {
    let e = this.edgeCache[i];
    if (e === undefined) {
      const tok = this.toks[i];
      e = (tok && this.edges.get(tok.norm)) ?? NO_EDGES;
      this.edgeCache[i] = e;
    }
    return e;
  }

  /**
   * Whether no name, title or body pattern can start at token `i`: its word opens none and is no
   * title modifier, so neither can a qualifier or a skipped modifier. Most words of a text are
   * such, and a scan moves past them without trying each kind of match in turn.
   */
  inert(i: number): boolean {
    if (this.edgesAt(i) !== NO_EDGES) return false;
    const { titleTrie, bodyTrie } = this.g;
    const norm = (this.toks[i] as GazetteerToken).norm;
    return !((titleTrie.mods || bodyTrie.mods) && TITLE_MODIFIERS.has(norm));
  }

  /** Whether the tokens from `start` on meet a name's case requirements. */
  private caseOkFrom(req: Uint8Array, start: number): boolean {
    if (this.ignoreCase) return true;
    for (let k = 0; k < req.length; k++) {
      const tok = this.toks[start + k];
      if (!tok || !satisfies(req[k] as 0 | 1 | 2, tok.shape)) return false;
    }
    return true;
  }

  /** Whether the tokens at `positions` (a pattern's literal words) meet its case requirements. */
  private caseOkAt(req: Uint8Array, positions: readonly number[]): boolean {
    if (this.ignoreCase) return true;
    for (let k = 0; k < req.length; k++) {
      const tok = this.toks[positions[k] as number];
      if (!tok || !satisfies(req[k] as 0 | 1 | 2, tok.shape)) return false;
    }
    return true;
  }

  /** Every name that starts at `i`, shortest first. */
  actorHits(i: number): readonly ActorHit[] {
    const cached = this.actorCache[i];
    if (cached) return cached;
    let hits: ActorHit[] | null = null;
    let node: TrieNode<ActorValue> | undefined = this.g.actorTrie;
    // A comma ends a name unless the curated name has it too ("Foreign, Commonwealth and …").
    let crossedComma = false;
    for (let j = i; j < this.toks.length; j++) {
      const tok = this.toks[j] as GazetteerToken;
      if (j > i && tok.hard) {
        if (!tok.comma) break;
        crossedComma = true;
      }
      node = j === i ? this.edgesAt(i).actor : node.next?.get(tok.norm);
      if (!node) break;
      if (node.values) {
        const ok: ActorValue[] = [];
        for (const v of node.values)
          if (this.caseOkFrom(v.req, i) && (!crossedComma || namedWithComma(v.entry))) ok.push(v);
        if (ok.length > 0) {
          hits ??= [];
          hits.push({ end: j + 1, values: ok });
        }
      }
    }
    const result = hits ?? NO_HITS;
    this.actorCache[i] = result;
    return result;
  }

  longestActor(i: number): ActorHit | null {
    const hits = this.actorHits(i);
    return hits[hits.length - 1] ?? null;
  }

  /** Qualifiers starting at `i`: names (not outlets) and, unless `namesOnly`, body patterns. */
  qualifiers(i: number, namesOnly: boolean): readonly Qualifier[] {
    const cache = namesOnly ? this.nameQualifierCache : this.qualifierCache;
    let q = cache[i];
    if (q === undefined) {
      q = this.findQualifiers(i, namesOnly);
      cache[i] = q;
    }
    return q;
  }

  private findQualifiers(i: number, namesOnly: boolean): readonly Qualifier[] {
    let out: Qualifier[] | null = null;
    for (const hit of this.actorHits(i)) {
      const v = hit.values.find(notOutlet);
      if (v) {
        out ??= [];
        out.push({ end: hit.end, entry: v.entry, via: v.via, cases: v.cases });
      }
    }
    if (!namesOnly) {
      const body = this.bodyAt(i);
      if (body) {
        const entry = resolveBody(this.g, body.value.office, body.scope?.entry ?? null);
        if (entry) {
          out ??= [];
          out.push({ end: body.end, entry, via: "pattern", cases: 0 });
        }
      }
    }
    return out ?? NO_QUALIFIERS;
  }

  /** The longest body pattern at `i` ("Russian Foreign Ministry", "МИД России", "the Trump administration"). */
  bodyAt(i: number): OfficeHit | null {
    const cached = this.bodyCache[i];
    if (cached !== undefined) return cached;
    const hit = this.officeAt(this.g.bodyTrie, i, true, this.edgesAt(i).body);
    this.bodyCache[i] = hit;
    return hit;
  }

  /** The longest title at `i` ("Russian Foreign Minister", "Kremlin spokesperson", "le président russe"). */
  titleAt(i: number): OfficeHit | null {
    return this.officeAt(this.g.titleTrie, i, false, this.edgesAt(i).title);
  }

  /** `first`: where token `i` leads from `root` (the caller has it from `edgesAt`). */
  private officeAt(
    root: TrieNode<OfficeValue>,
    i: number,
    namesOnly: boolean,
    first: TrieNode<OfficeValue> | undefined,
  ): OfficeHit | null {
    // Most words lead nowhere from the root: no word of a pattern, no qualifier, no modifier.
    if (
      i >= this.toks.length ||
      (first === undefined &&
        !(root.slot && this.qualifiers(i, namesOnly).length > 0) &&
        !(root.mods && TITLE_MODIFIERS.has((this.toks[i] as GazetteerToken).norm)))
    )
      return null;
    const walk: OfficeWalk = { start: i, namesOnly, best: null, lits: [], mods: [] };
    this.visit(walk, root, i, null);
    return walk.best;
  }

  /** One step of `officeAt`'s depth-first walk (a method, not a closure: it runs for every token). */
  private visit(
    walk: OfficeWalk,
    node: TrieNode<OfficeValue>,
    pos: number,
    scope: Qualifier | null,
  ): void {
    const { start: i, lits, mods } = walk;
    if (node.values && pos > i) {
      for (const value of node.values) {
        const hit = this.accept(value, i, pos, scope, lits, mods);
        if (hit && better(hit, walk.best)) walk.best = hit;
      }
    }
    const toks = this.toks;
    if (pos >= toks.length) return;
    const tok = toks[pos] as GazetteerToken;
    if (pos > i && tok.hard) return;
    const child = node.next?.get(tok.norm);
    if (child) {
      lits.push(pos);
      this.visit(walk, child, pos + 1, scope);
      lits.pop();
    }
    if (node.slot && scope === null) {
      for (const q of this.qualifiers(pos, walk.namesOnly)) this.visit(walk, node.slot, q.end, q);
    }
    if (node.mods && mods.length < MAX_MODIFIERS && TITLE_MODIFIERS.has(tok.norm)) {
      mods.push(tok.norm);
      this.visit(walk, node, pos + 1, scope);
      mods.pop();
    }
  }

  private accept(
    value: OfficeValue,
    start: number,
    end: number,
    scope: Qualifier | null,
    lits: number[],
    mods: string[],
  ): OfficeHit | null {
    if (lits.length !== value.req.length) return null;
    if (!this.caseOkAt(value.req, lits)) return null;
    if (!slotAccepts(value.rule, scope)) return null;
    const office = value.office;
    if (office.type === "body") {
      if (scope && !resolveBody(this.g, office, scope.entry)) return null;
      return {
        start,
        end,
        literals: lits.length,
        value,
        scope,
        modifiers: [...mods],
        destination: null,
      };
    }
    let stop = end;
    const modifiers = [...mods];
    while (stop < this.toks.length) {
      const tok = this.toks[stop] as GazetteerToken;
      if (tok.hard || !TITLE_SUFFIXES.has(tok.norm)) break;
      modifiers.push(tok.norm);
      stop++;
    }
    let destination: Qualifier | null = null;
    if (office.destination) {
      const d = this.destinationAt(stop);
      if (d) {
        destination = d;
        stop = d.end;
      }
    }
    return { start, end: stop, literals: lits.length, value, scope, modifiers, destination };
  }

  /** "to the UN", "в США", "auprès de l'ONU": where an ambassador or envoy is posted. */
  private destinationAt(pos: number): Qualifier | null {
    const prep = this.toks[pos];
    if (!prep || prep.hard || !DESTINATION_PREPOSITIONS.has(prep.norm)) return null;
    let j = pos + 1;
    for (let k = 0; k < 2; k++) {
      const t = this.toks[j];
      if (t && !t.hard && ARTICLES.has(t.norm)) j++;
    }
    const t = this.toks[j];
    if (!t || t.hard) return null;
    const qs = this.qualifiers(j, true);
    return qs[qs.length - 1] ?? null;
  }
}

function notOutlet(v: ActorValue): boolean {
  return v.entry.category !== "outlet";
}

function better(hit: OfficeHit, best: OfficeHit | null): boolean {
  if (!best) return true;
  if (hit.end !== best.end) return hit.end > best.end;
  if (hit.modifiers.length !== best.modifiers.length)
    return hit.modifiers.length < best.modifiers.length;
  if (hit.literals !== best.literals) return hit.literals > best.literals;
  return hit.scope !== null && best.scope === null;
}

function slotAccepts(rule: OfficeValue["rule"], scope: Qualifier | null): boolean {
  if (rule === null) return scope === null;
  if (scope === null) return false;
  switch (rule) {
    case "any":
      return true;
    case "noun":
      return scope.via !== "demonym";
    case "adj":
      return scope.via === "demonym";
    case "gen":
      return scope.via !== "demonym" && (scope.cases === 0 || (scope.cases & RU_GEN) !== 0);
  }
}

/** The state an actor belongs to: itself, the first state up its memberOf chain, or its home country. */
export function stateOf(g: Gazetteer, entry: GazetteerEntry, depth = 0): GazetteerEntry | null {
  if (entry.category === "state") return entry;
  if (depth > 4) return null;
  for (const key of entry.memberOf) {
    const parent = g.byKey.get(key);
    const s = parent ? stateOf(g, parent, depth + 1) : null;
    if (s) return s;
  }
  if (entry.category === "person" && entry.country) return g.statesByIso.get(entry.country) ?? null;
  return null;
}

/**
 * The body a pattern names: the curated one when there is (the State Department for the US foreign
 * ministry), else one built from the pattern; null when the qualifier cannot have such a body.
 */
export function resolveBody(
  g: Gazetteer,
  office: OfficeEntry,
  qualifier: GazetteerEntry | null,
): GazetteerEntry | null {
  if (qualifier === null) return genericBody(g, office);
  let state: GazetteerEntry | null = qualifier.category === "state" ? qualifier : null;
  // "the Trump administration", "Netanyahu's government", "the Kremlin leadership": the executive of that person's or body's state
  if (
    !state &&
    office.body === "government" &&
    qualifier.category !== "organization" &&
    qualifier.category !== "group"
  ) {
    state = stateOf(g, qualifier);
  }
  if (!state) return null;
  const curated = g.ministries.get(`${office.key}|${state.key}`);
  if (curated) return curated;
  const key = `${state.key}-${office.key}`;
  const known = g.synthetic.get(key) ?? g.byKey.get(key);
  if (known) return known;
  const adjective = state.demonyms.find((d) => /^[A-Z]/.test(d)) ?? state.name;
  const entry: GazetteerEntry = {
    key,
    name: `${adjective} ${office.title}`,
    kind: office.body === "government" ? "government" : "organization",
    category: "body",
    aliases: [],
    demonyms: [],
    metonyms: [],
    memberOf: [state.key],
    roles: [],
    domains: [],
    ministry: { office: office.key, state: state.key },
    synthetic: true,
  };
  g.synthetic.set(key, entry);
  return entry;
}

function genericBody(g: Gazetteer, office: OfficeEntry): GazetteerEntry {
  const key = office.key;
  const known = g.synthetic.get(key);
  if (known) return known;
  const entry: GazetteerEntry = {
    key,
    name: office.title,
    kind: office.body === "government" ? "government" : "organization",
    category: "body",
    aliases: [],
    demonyms: [],
    metonyms: [],
    memberOf: [],
    roles: [],
    domains: [],
    synthetic: true,
  };
  g.synthetic.set(key, entry);
  return entry;
}

/** The distinct entries of a name match, in data order, ready to report. */
export function candidatesOf(values: readonly ActorValue[]): {
  entries: GazetteerEntry[];
  via: MatchVia;
} {
  const entries: GazetteerEntry[] = [];
  for (const v of values) if (!entries.includes(v.entry)) entries.push(v.entry);
  return { entries, via: (values[0] as ActorValue).via };
}

export type { Lang };

/** Whether a curated name or alias of the entry itself holds a comma. */
function namedWithComma(entry: GazetteerEntry): boolean {
  return entry.name.includes(",") || entry.aliases.some((a) => a.includes(","));
}
