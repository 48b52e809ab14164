/** Splits text into normalised word tokens (lowercase, diacritics folded, apostrophes unified) with offsets, case shapes and punctuation gaps. */

/** How a token is capitalised: no cased letters, all lowercase, first letter uppercase, all uppercase. */
export type CaseShape = 0 | 1 | 2 | 3;
export const SHAPE_NONE = 0;
export const SHAPE_LOWER = 1;
export const SHAPE_CAPITAL = 2;
export const SHAPE_UPPER = 3;

/** What a curated name requires of the text's capitalisation at one token. */
export type CaseRequirement = 0 | 1 | 2;
export const REQ_ANY = 0;
export const REQ_CAPITAL = 1;
export const REQ_UPPER = 2;

export interface GazetteerToken {
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  /** Normal form: lowercase, diacritics folded, `’`/`ʼ` → `'`, dots of `U.S.` removed. */
  norm: string;
  shape: CaseShape;
  /** True when punctuation or a line break separates this token from the previous one. */
  hard: boolean;
  /** Set when that punctuation is a lone comma, which a curated name may contain itself. */
  comma?: true;
}

const APOSTROPHES = /[’ʼ`´]/g;
const MARKS = /\p{M}/gu;

/** `/^[ -~]*$/` without a regex: this runs for every token. */
function isPrintableAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 32 || c > 126) return false;
  }
  return true;
}
const FOLD_EXTRA: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
};
const EXTRA_RE = /[ßæœøłđðþıħ]/g;

/** Lowercases, folds diacritics (é → e, ё → е, й → и) and unifies apostrophes; the one normal form keys and text share. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (isPrintableAscii(lower)) return lower.includes("`") ? lower.replace(APOSTROPHES, "'") : lower;
  return lower
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(EXTRA_RE, (c) => FOLD_EXTRA[c] ?? c)
    .replace(APOSTROPHES, "'");
}

function caseShape(raw: string): CaseShape {
  // Most tokens are ASCII, where case is a range test; anything else takes the general path.
  let upper = 0;
  let lower = 0;
  let firstUpper: boolean | null = null;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 128) return caseShapeUnicode(raw);
    const isUpper = c >= 65 && c <= 90;
    if (!isUpper && !(c >= 97 && c <= 122)) continue;
    if (firstUpper === null) firstUpper = isUpper;
    if (isUpper) upper++;
    else lower++;
  }
  if (firstUpper === null) return SHAPE_NONE;
  if (lower === 0) return upper >= 2 || raw.length === 1 ? SHAPE_UPPER : SHAPE_CAPITAL;
  return firstUpper ? SHAPE_CAPITAL : SHAPE_LOWER;
}

function caseShapeUnicode(raw: string): CaseShape {
  let upper = 0;
  let lower = 0;
  let firstUpper: boolean | null = null;
  for (const ch of raw) {
    const u = ch.toUpperCase();
    const l = ch.toLowerCase();
    if (u === l) continue;
    const isUpper = ch === u;
    if (firstUpper === null) firstUpper = isUpper;
    if (isUpper) upper++;
    else lower++;
  }
  if (firstUpper === null) return SHAPE_NONE;
  if (lower === 0) return upper >= 2 || raw.length === 1 ? SHAPE_UPPER : SHAPE_CAPITAL;
  return firstUpper ? SHAPE_CAPITAL : SHAPE_LOWER;
}

/** Abbreviations whose final period does not end a phrase ("No. 10", "Mr. Putin", "St. Petersburg"). */
const SOFT_PERIOD_AFTER = new Set([
  "no",
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "gen",
  "sen",
  "rep",
  "gov",
  "lt",
  "col",
  "pres",
  "prof",
  "sgt",
  "maj",
  "adm",
  "capt",
]);

/** Whether the gap `s[from, to)` between two tokens is punctuation or a line break. */
function isHardGap(s: string, from: number, to: number, prevNorm: string | undefined): boolean {
  if (to === from) return false;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    // a line break ends a headline or a paragraph: names never run across one
    if (c === 10) return true;
    // spaces, hyphens and the en dash join words ("Secretary-General", "Russia–Ukraine").
    if (c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f) continue;
    if (c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013) continue;
    // an apostrophe inside a name ("O'Brien") is not punctuation
    if (c === 39 || c === 0x2019 || c === 0x2bc) continue;
    if (c === 46) {
      // "Lenta.ru", "No. 10": a period joins when it sits between letters or follows a short title abbreviation
      if (to - from === 1) continue;
      if (prevNorm !== undefined && SOFT_PERIOD_AFTER.has(prevNorm) && k === from) continue;
    }
    return true;
  }
  return false;
}

/** Whether `text[from, to)` is one comma and the spaces around it. */
function isCommaGap(s: string, from: number, to: number): boolean {
  let commas = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === 44) commas++;
    else if (c !== 32 && c !== 0xa0) return false;
  }
  return commas === 1;
}

/** Tokenises `text[from, to)` into gazetteer tokens; offsets are into `text`. */
export function tokenize(text: string, from = 0, to = text.length): GazetteerToken[] {
  const out: GazetteerToken[] = [];
  let prevEnd = -1;
  let prevNorm: string | undefined;
  for (let p = from; p < to; ) {
    const end = tokenEnd(text, p, to);
    if (end < 0) {
      p += unitWidth(text, p, to);
      continue;
    }
    const raw = text.slice(p, end);
    let norm: string;
    let shape: CaseShape;
    if (lastKind === KIND_DOTTED) {
      norm = normalizeWord(raw.replace(/\./g, ""));
      shape = SHAPE_UPPER;
    } else if (lastKind === KIND_ELISION) {
      norm = normalizeWord(raw);
      shape = SHAPE_LOWER;
    } else if (lastKind === KIND_POSSESSIVE) {
      norm = "'s";
      shape = SHAPE_NONE;
    } else if (lastShape >= 0) {
      // An ASCII word: its lowercase is its normal form, and its shape was read while scanning it.
      norm = raw.toLowerCase();
      shape = lastShape as CaseShape;
    } else {
      norm = normalizeWord(raw);
      shape = caseShape(raw);
    }
    const hard = prevEnd < 0 ? true : isHardGap(text, prevEnd, p, prevNorm);
    if (hard && prevEnd >= 0 && isCommaGap(text, prevEnd, p))
      out.push({ start: p, end, norm, shape, hard, comma: true });
    else out.push({ start: p, end, norm, shape, hard });
    prevEnd = end;
    prevNorm = norm;
    p = end;
  }
  return out;
}

// The tokeniser is a hand-written form of this expression, which it matches exactly (same
// alternatives, tried in the same order at each position, code point by code point); a regular
// expression costs several times as much per token, and this runs over every paragraph.
//   /(\p{Lu}(?:\.\p{Lu})+\.?)|((?:[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Pp]resqu|[CcDdJjLlMmNnSsTt])['’ʼ](?=[\p{L}\p{N}]))|
//    (['’ʼ][sS](?![\p{L}\p{N}])|['’ʼ](?=\s|$))|([\p{L}\p{M}\p{N}]+)/gu
// Order matters: dotted abbreviations (U.S.), French elisions (l', d', qu'), English possessives ('s), words.

const KIND_DOTTED = 1;
const KIND_ELISION = 2;
const KIND_POSSESSIVE = 3;
const KIND_WORD = 4;
/** Which alternative `tokenEnd` matched last. */
let lastKind = 0;
/** For a word of ASCII letters and digits, its case shape (as `caseShape` gives it); else -1. */
let lastShape = -1;

/** Letters that open an elision, with the rest of the word before the apostrophe, in the expression's order. */
const ELISIONS: readonly [first: string, rest: string][] = [
  ["Qq", "u"],
  ["Jj", "usqu"],
  ["Ll", "orsqu"],
  ["Pp", "uisqu"],
  ["Pp", "resqu"],
  ["CcDdJjLlMmNnSsTt", ""],
];

const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc;

/** Where the token starting at `p` ends (setting `lastKind`), or -1 when none starts there. */
function tokenEnd(s: string, p: number, to: number): number {
  const c = s.charCodeAt(p);
  const flags = codePointFlags(s, p, to);
  // \p{Lu}(?:\.\p{Lu})+\.?
  if (flags & F_UPPER) {
    let j = p + unitWidth(s, p, to);
    let pairs = 0;
    while (j + 1 < to && s.charCodeAt(j) === 46 && codePointFlags(s, j + 1, to) & F_UPPER) {
      j += 1 + unitWidth(s, j + 1, to);
      pairs++;
    }
    if (pairs > 0) {
      if (j < to && s.charCodeAt(j) === 46) j++;
      lastKind = KIND_DOTTED;
      return j;
    }
  }
  // (?:[Qq]u|...|[CcDdJjLlMmNnSsTt])['’ʼ](?=[\p{L}\p{N}])
  if (c < 128 && ELISION_FIRST[c] === 1) {
    const ch = s[p] as string;
    for (const [first, rest] of ELISIONS) {
      if (!first.includes(ch)) continue;
      const k = p + 1 + rest.length;
      if (k + 1 >= to || (rest !== "" && !s.startsWith(rest, p + 1))) continue;
      if (!isApostrophe(s.charCodeAt(k))) continue;
      if (codePointFlags(s, k + 1, to) & (F_LETTER | F_NUMBER)) {
        lastKind = KIND_ELISION;
        return k + 1;
      }
    }
  }
  // ['’ʼ][sS](?![\p{L}\p{N}])|['’ʼ](?=\s|$)
  if (isApostrophe(c)) {
    const next = p + 1 < to ? s.charCodeAt(p + 1) : -1;
    if (
      (next === 115 || next === 83) &&
      !(p + 2 < to && codePointFlags(s, p + 2, to) & (F_LETTER | F_NUMBER))
    ) {
      lastKind = KIND_POSSESSIVE;
      return p + 2;
    }
    if (next === -1 || codePointFlags(s, p + 1, to) & F_SPACE) {
      lastKind = KIND_POSSESSIVE;
      return p + 1;
    }
    // ʼ (U+02BC) is a letter, so a word may still start here.
  }
  // [\p{L}\p{M}\p{N}]+
  if (flags & F_WORD) {
    lastKind = KIND_WORD;
    // ASCII letters and digits first, reading the case shape on the way (see `caseShape`).
    let j = p;
    let upper = 0;
    let lower = 0;
    let firstUpper = -1;
    for (; j < to; j++) {
      const d = s.charCodeAt(j);
      if (d >= 97 && d <= 122) {
        lower++;
        if (firstUpper < 0) firstUpper = 0;
      } else if (d >= 65 && d <= 90) {
        upper++;
        if (firstUpper < 0) firstUpper = 1;
      } else if (!(d >= 48 && d <= 57)) break;
    }
    if (j >= to || !(codePointFlags(s, j, to) & F_WORD)) {
      lastShape =
        firstUpper < 0
          ? SHAPE_NONE
          : lower === 0
            ? upper >= 2 || j - p === 1
              ? SHAPE_UPPER
              : SHAPE_CAPITAL
            : firstUpper === 1
              ? SHAPE_CAPITAL
              : SHAPE_LOWER;
      return j;
    }
    lastShape = -1;
    while (j < to && codePointFlags(s, j, to) & F_WORD) j += unitWidth(s, j, to);
    return j;
  }
  return -1;
}

/** ASCII letters that may open an elision (c d j l m n p q s t, either case). */
const ELISION_FIRST = new Uint8Array(128);
for (const ch of "CcDdJjLlMmNnPpQqSsTt") ELISION_FIRST[ch.charCodeAt(0)] = 1;

const F_UPPER = 1;
const F_LETTER = 2;
const F_MARK = 4;
const F_NUMBER = 8;
const F_SPACE = 16;
const F_WORD = F_LETTER | F_MARK | F_NUMBER;
const F_KNOWN = 128;
const RE_UPPER = /^\p{Lu}$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_MARK = /^\p{M}$/u;
const RE_NUMBER = /^\p{N}$/u;
const RE_SPACE = /^\s$/u;

function flagsOf(ch: string): number {
  return (
    F_KNOWN |
    (RE_UPPER.test(ch) ? F_UPPER : 0) |
    (RE_LETTER.test(ch) ? F_LETTER : 0) |
    (RE_MARK.test(ch) ? F_MARK : 0) |
    (RE_NUMBER.test(ch) ? F_NUMBER : 0) |
    (RE_SPACE.test(ch) ? F_SPACE : 0)
  );
}

/** Property flags of the BMP code units met so far (0: not yet computed). */
const BMP_FLAGS = new Uint8Array(0x10000);
const ASTRAL_FLAGS = new Map<number, number>();

function isPair(s: string, i: number, to: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= to) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** Code units the code point at `i` takes (a surrogate pair within `to` is one code point). */
function unitWidth(s: string, i: number, to: number): number {
  return isPair(s, i, to) ? 2 : 1;
}

/** The Unicode property flags of the code point at `i`; 0 at or past `to`. A lone surrogate has none. */
function codePointFlags(s: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    if (!isPair(s, i, to)) return F_KNOWN;
    const cp = s.codePointAt(i) as number;
    let f = ASTRAL_FLAGS.get(cp);
    if (f === undefined) {
      f = flagsOf(String.fromCodePoint(cp));
      ASTRAL_FLAGS.set(cp, f);
    }
    return f;
  }
  let f = BMP_FLAGS[c] as number;
  if (f === 0) {
    f = flagsOf(String.fromCharCode(c));
    BMP_FLAGS[c] = f;
  }
  return f;
}

/** The case requirement a curated surface token imposes: ALL-CAPS acronyms must stay uppercase, Capitalised names capitalised. */
export function caseRequirement(raw: string): CaseRequirement {
  const shape = caseShape(raw);
  if (shape === SHAPE_UPPER && raw.replace(/[^\p{L}]/gu, "").length >= 2) return REQ_UPPER;
  if (shape === SHAPE_UPPER || shape === SHAPE_CAPITAL) return REQ_CAPITAL;
  return REQ_ANY;
}

export function satisfies(req: CaseRequirement, shape: CaseShape): boolean {
  if (req === REQ_ANY || shape === SHAPE_NONE) return true;
  if (req === REQ_UPPER) return shape === SHAPE_UPPER;
  return shape !== SHAPE_LOWER;
}

/** Tokenises a curated phrase into normal forms plus the case requirement of each token. */
export function keyTokens(phrase: string): { norms: string[]; reqs: number[] } {
  // a phrase ending in an elision ("de l'", "prévoit d'") tokenises as it would before a word
  const elided = /\s(?:[cdjlmnst]|qu)['’]$/i.test(` ${phrase}`);
  const toks = tokenize(elided ? `${phrase}x` : phrase);
  if (elided) toks.pop();
  return {
    norms: toks.map((t) => t.norm),
    reqs: toks.map((t) => caseRequirement(phrase.slice(t.start, t.end))),
  };
}

/** Normal form of a whole phrase: its token norms joined by single spaces. */
export function normalizePhrase(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.norm)
    .join(" ");
}

/** Articles a lookup may drop from the front of a name ("the Kremlin", "l'OTAN", "le Kremlin"). */
export const LEADING_ARTICLES = new Set(["the", "l'", "le", "la", "les"]);
