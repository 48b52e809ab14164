/** Recognises descriptions of unnamed sources ("a former senior Kremlin official", "sources close to the Kremlin", "un diplomate occidental", "источник в Кремле"). */
import type { CompiledAnonymousLexicon, Gazetteer, GazetteerEntry } from "./build.js";
import { type GazetteerToken, SHAPE_CAPITAL } from "./normalize.js";
import type { Scanner } from "./scan.js";
import type { Lang } from "./spec.js";
import type { TrieNode } from "./trie.js";

export interface AnonymousSourceMatch {
  start: number;
  end: number;
  lang: Lang;
  /** Canonical head noun: official, source, diplomat, insider, aide, adviser, person, interlocutor, ... */
  head: string;
  plural: boolean;
  determiner: string | null;
  /** "the official", "le responsable": refers back to a source described earlier. */
  anaphoric: boolean;
  modifiers: string[];
  former: boolean;
  /** Who the source belongs to: gazetteer actors ("Kremlin", "U.S.") or generic words ("administration", "Western"). */
  affiliations: { text: string; entry: GazetteerEntry | null }[];
  /** What the source is close to or knows about: "familiar with Putin's views", "close to the Kremlin". */
  tail: string | null;
  /** The text says the source asked not to be named. */
  anonymity: boolean;
}

/** Nouns that follow "official" used as an adjective ("an official statement") rather than as a person. */
const OFFICIAL_ADJECTIVE_OF = new Set([
  "statement",
  "statements",
  "visit",
  "website",
  "channels",
  "data",
  "figures",
  "position",
  "line",
  "account",
  "documents",
  "document",
  "request",
  "residence",
  "representative",
  "spokesman",
  "spokesperson",
  "talks",
  "meeting",
  "trip",
  "count",
  "results",
  "name",
  "title",
  "language",
  "media",
  "news",
  "reaction",
  "response",
  "report",
  "reports",
  "estimates",
  "estimate",
  "version",
  "sources",
  "source",
  "duties",
  "capacity",
  "business",
  "letter",
  "invitation",
  "announcement",
  "ceremony",
  "record",
  "rate",
  "status",
  "policy",
]);
const PLURAL_HEADS_WITHOUT_DETERMINER = new Set(["official", "source", "diplomat", "insider"]);
const ARTICLES = new Set(["the", "l'", "le", "la", "les", "a", "an"]);
/** English demonstratives that never agree with a plural head ("that officials" is "that" + "officials"). */
const HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "m", "mme"]);
const SINGULAR_DEMONSTRATIVES = new Set(["that", "this"]);

function longestPhrase(
  trie: TrieNode<string>,
  toks: readonly GazetteerToken[],
  i: number,
): { end: number; value: string } | null {
  let node: TrieNode<string> | undefined = trie;
  let best: { end: number; value: string } | null = null;
  for (let j = i; j < toks.length; j++) {
    const tok = toks[j] as GazetteerToken;
    if (j > i && tok.hard) break;
    node = node.next?.get(tok.norm);
    if (!node) break;
    if (node.values?.[0] !== undefined) best = { end: j + 1, value: node.values[0] };
  }
  return best;
}

function isPlural(lang: Lang, norm: string): boolean {
  if (lang === "en") return norm.endsWith("s") || norm === "people";
  if (lang === "fr") return norm.endsWith("s");
  return /(и|ы|ов|ам|ами|ах)$/.test(norm) || norm === "люди";
}

/** A gap that is only a comma lets a Russian or French source take its tail: "источник, близкий к Кремлю". */
function commaGap(text: string, toks: readonly GazetteerToken[], j: number): boolean {
  const prev = toks[j - 1];
  const tok = toks[j];
  if (!prev || !tok) return false;
  return text.slice(prev.end, tok.start).trim() === ",";
}

/** Whether token `k` continues the phrase that starts at `i`: no punctuation before it. */
function softAt(toks: readonly GazetteerToken[], i: number, k: number): boolean {
  return k === i || (toks[k] !== undefined && !(toks[k] as GazetteerToken).hard);
}

function parseAt(
  sc: Scanner,
  text: string,
  lex: CompiledAnonymousLexicon,
  i: number,
): AnonymousSourceMatch | null {
  const toks = sc.toks;
  let j = i;
  let determiner: string | null = null;
  let anaphoric = false;
  const det = longestPhrase(lex.determiners, toks, j);
  if (det) {
    determiner = det.value;
    j = det.end;
  } else {
    const ana = longestPhrase(lex.anaphoric, toks, j);
    if (ana) {
      determiner = ana.value;
      anaphoric = true;
      j = ana.end;
    }
  }
  const modifiers: string[] = [];
  const affiliations: { text: string; entry: GazetteerEntry | null }[] = [];
  // pre-head modifiers and affiliations, in any order: "former senior Kremlin", "senior U.S. administration"
  for (let guard = 0; guard < 8 && j < toks.length && softAt(toks, i, j); guard++) {
    const tok = toks[j] as GazetteerToken;
    if (lex.heads.has(tok.norm) && !longestPhrase(lex.affiliations, toks, j)) break;
    const mod = longestPhrase(lex.modifiers, toks, j);
    if (mod) {
      modifiers.push(mod.value);
      j = mod.end;
      continue;
    }
    const actor = sc.qualifiers(j, true);
    const longest = actor[actor.length - 1];
    const generic = longestPhrase(lex.affiliations, toks, j);
    if (longest && (!generic || longest.end >= generic.end)) {
      affiliations.push({
        text: text.slice(tok.start, (toks[longest.end - 1] as GazetteerToken).end),
        entry: longest.entry,
      });
      j = longest.end;
      continue;
    }
    if (generic) {
      // "official" is both an affiliation ("official sources") and a head: it is a head unless another head follows
      const next = toks[generic.end];
      if (lex.heads.has(tok.norm) && !(next && !next.hard && lex.heads.has(next.norm))) break;
      affiliations.push({ text: generic.value, entry: null });
      j = generic.end;
      continue;
    }
    break;
  }
  const preQualified = modifiers.length > 0 || affiliations.length > 0;
  const headTok = toks[j];
  if (!headTok || !softAt(toks, i, j)) return null;
  const head = lex.heads.get(headTok.norm);
  if (head === undefined) return null;
  const plural = isPlural(lex.lang, headTok.norm);
  // "said that Russian officers", "a trade that Turkish diplomats describe": a singular
  // demonstrative before a plural head is a conjunction or a relative pronoun, not a determiner;
  // the phrase is parsed again from the word after it.
  if (plural && anaphoric && SINGULAR_DEMONSTRATIVES.has(determiner ?? "")) return null;
  j++;
  let tail: string | null = null;
  let anonymity = false;
  // post-head: tails ("familiar with the matter"), bodies ("in the Kremlin", "du Kremlin"), postposed affiliations ("occidental")
  for (let guard = 0; guard < 4 && j < toks.length; guard++) {
    const tok = toks[j] as GazetteerToken;
    const comma = tok.hard && commaGap(text, toks, j);
    if (tok.hard && !comma) break;
    const t = longestPhrase(lex.tails, toks, j);
    if (t) {
      const isAnon = lex.anonymity.has(t.value);
      anonymity ||= isAnon;
      let k = t.end;
      if (!isAnon) {
        const art = toks[k];
        if (art && !art.hard && ARTICLES.has(art.norm)) k++;
        const obj = sc.qualifiers(k, false);
        const o = obj[obj.length - 1];
        const objStart = toks[k];
        if (o && objStart && !objStart.hard) {
          k = o.end;
          // "familiar with Putin's views": the possessor and what of theirs
          if (toks[k]?.norm === "'s" && toks[k + 1] && !(toks[k + 1] as GazetteerToken).hard)
            k += 2;
          affiliations.push({
            text: text.slice(objStart.start, (toks[o.end - 1] as GazetteerToken).end),
            entry: o.entry,
          });
        } else {
          const thing = longestPhrase(lex.tailObjects, toks, k);
          if (thing && objStart && !objStart.hard) k = thing.end;
          else if (k === t.end + 1) k = t.end;
        }
      }
      tail = text.slice(tok.start, (toks[k - 1] as GazetteerToken).end);
      j = k;
      continue;
    }
    if (comma) break;
    const prep = longestPhrase(lex.inPrepositions, toks, j);
    if (prep) {
      let k = prep.end;
      const art = toks[k];
      if (art && !art.hard && ARTICLES.has(art.norm)) k++;
      // "officials in Mr. Netanyahu's government": the honorific is no part of the body's name.
      const honorific = toks[k];
      if (
        honorific &&
        !honorific.hard &&
        HONORIFICS.has(honorific.norm) &&
        toks[k + 1]?.hard === false
      )
        k++;
      const qs = toks[k] && !(toks[k] as GazetteerToken).hard ? sc.qualifiers(k, false) : [];
      const q = qs.filter((x) => x.entry.category !== "person").pop();
      if (q) {
        affiliations.push({
          text: text.slice(
            (toks[k] as GazetteerToken).start,
            (toks[q.end - 1] as GazetteerToken).end,
          ),
          entry: q.entry,
        });
        j = q.end;
        continue;
      }
    }
    if (lex.lang !== "en") {
      const qs = sc.qualifiers(j, true).filter((q) => q.via === "demonym");
      const q = qs[qs.length - 1];
      if (q) {
        affiliations.push({
          text: text.slice(tok.start, (toks[q.end - 1] as GazetteerToken).end),
          entry: q.entry,
        });
        j = q.end;
        continue;
      }
      const generic = longestPhrase(lex.affiliations, toks, j);
      if (generic) {
        affiliations.push({ text: generic.value, entry: null });
        j = generic.end;
        continue;
      }
    }
    break;
  }
  if (
    !valid(lex, {
      head,
      plural,
      determiner,
      anaphoric,
      preQualified,
      qualified: preQualified || affiliations.length > 0 || tail !== null,
      tail,
    })
  )
    return null;
  const next = toks[j];
  // "Kremlin official Dmitry Peskov": a named person, not an anonymous source
  if (next && !next.hard && next.shape === SHAPE_CAPITAL && tail === null && lex.lang === "en")
    return null;
  if (head === "official" && !plural && next && !next.hard && OFFICIAL_ADJECTIVE_OF.has(next.norm))
    return null;
  const startTok = toks[i] as GazetteerToken;
  const endTok = toks[j - 1] as GazetteerToken;
  return {
    start: startTok.start,
    end: endTok.end,
    lang: lex.lang,
    head,
    plural,
    determiner,
    anaphoric,
    modifiers,
    former: modifiers.some((m) => lex.former.has(m)),
    affiliations,
    tail,
    anonymity,
  };
}

function valid(
  lex: CompiledAnonymousLexicon,
  m: {
    head: string;
    plural: boolean;
    determiner: string | null;
    anaphoric: boolean;
    /** Modifiers or affiliations before the head ("senior", "Kremlin"). */
    preQualified: boolean;
    qualified: boolean;
    tail: string | null;
  },
): boolean {
  // "a person familiar with", "a Kremlin figure"; not "the people of Afghanistan"
  if (lex.weakHeads.has(m.head)) return m.tail !== null || m.preQualified;
  if (m.anaphoric) return m.qualified || PLURAL_HEADS_WITHOUT_DETERMINER.has(m.head);
  if (m.determiner !== null || m.qualified) return true;
  // a bare plural: "sources said", "officials say", "источники сообщили"
  return m.plural && (PLURAL_HEADS_WITHOUT_DETERMINER.has(m.head) || lex.lang !== "en");
}

/** Scans tokens for anonymous-source descriptions in the given languages (all three when none is given). */
export function scanAnonymous(
  g: Gazetteer,
  sc: Scanner,
  text: string,
  langs: readonly Lang[],
): AnonymousSourceMatch[] {
  const out: AnonymousSourceMatch[] = [];
  const toks = sc.toks;
  for (let i = 0; i < toks.length; ) {
    let best: AnonymousSourceMatch | null = null;
    let bestEnd = i;
    const tok = toks[i] as GazetteerToken;
    const named = sc.actorHits(i).length > 0;
    for (const lang of langs) {
      const lex = g.anonymous[lang];
      if (!named && !lex.starts.has(tok.norm)) continue;
      const m = parseAt(sc, text, lex, i);
      if (m && m.end > (best?.end ?? -1)) {
        best = m;
        bestEnd = toks.findIndex((t) => t.end === m.end);
      }
    }
    if (best) {
      out.push(best);
      i = bestEnd + 1;
    } else i++;
  }
  return out;
}
