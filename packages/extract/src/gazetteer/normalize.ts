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
}

// Order matters: dotted abbreviations (U.S.), French elisions (l', d', qu'), English possessives ('s), words.
const TOKEN_RE =
  /(\p{Lu}(?:\.\p{Lu})+\.?)|((?:[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Pp]resqu|[CcDdJjLlMmNnSsTt])['’ʼ](?=[\p{L}\p{N}]))|(['’ʼ][sS](?![\p{L}\p{N}])|['’ʼ](?=\s|$))|([\p{L}\p{M}\p{N}]+)/gu;

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

/** Tokenises `text[from, to)` into gazetteer tokens; offsets are into `text`. */
export function tokenize(text: string, from = 0, to = text.length): GazetteerToken[] {
  const out: GazetteerToken[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let prevEnd = -1;
  let prevNorm: string | undefined;
  for (let m = TOKEN_RE.exec(slice); m !== null; m = TOKEN_RE.exec(slice)) {
    const raw = m[0];
    const start = m.index;
    let norm: string;
    let shape: CaseShape;
    if (m[1] !== undefined) {
      norm = normalizeWord(raw.replace(/\./g, ""));
      shape = SHAPE_UPPER;
    } else if (m[2] !== undefined) {
      norm = normalizeWord(raw);
      shape = SHAPE_LOWER;
    } else if (m[3] !== undefined) {
      norm = "'s";
      shape = SHAPE_NONE;
    } else {
      norm = normalizeWord(raw);
      shape = caseShape(raw);
    }
    const hard = prevEnd < 0 ? true : isHardGap(slice, prevEnd, start, prevNorm);
    out.push({ start: start + from, end: start + raw.length + from, norm, shape, hard });
    prevEnd = start + raw.length;
    prevNorm = norm;
  }
  return out;
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
