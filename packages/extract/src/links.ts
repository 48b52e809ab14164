/**
 * Document links: reprints and near-duplicates by MinHash over word 5-gram shingles (with LSH
 * banding, so a large corpus is not compared pair by pair), and translations by the overlap of
 * language-independent anchors (resolved actors and numbers) between documents in different languages.
 */
import type { DocumentLink } from "@stancemap/schema";
import type { Span } from "./types.js";

const HASHES = 64;
const BANDS = 32;
const ROWS = HASHES / BANDS;
const SHINGLE = 5;

/** What cross-document linking keeps of a document: a few hundred bytes, never its text. */
export interface Fingerprint {
  minhash: Uint32Array;
  shingles: number;
  language: string | null;
  /** Actor keys and numbers in text order, for translation detection. */
  anchors: string[];
  /** Sort key: publication date (ISO, partial) then input order; the earlier document is the original. */
  order: [string, number];
}

/** FNV-1a 32-bit, enough to spread shingles. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Fixed odd multipliers and offsets: the permutations must be the same on every run. Held as int32
// (the same bits), so the hot loop stays in integer arithmetic: the sum is taken mod 2^32 anyway.
const A = Int32Array.from({ length: HASHES }, (_, i) => fnv1a(`a${i}`) | 1);
const B = Int32Array.from({ length: HASHES }, (_, i) => fnv1a(`b${i}`) | 0);

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether a non-ASCII code point is a letter or digit, looked up once per code point seen. */
const wordChar = new Map<number, boolean>();

/**
 * Word offsets of `text`: the runs of letters and digits that `/[\p{L}\p{N}]+/gu` finds, scanned
 * by hand, which is several times faster than the Unicode regex; ASCII needs no lookup.
 */
function wordSpans(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let size = 1;
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else {
      const cp = text.codePointAt(i) as number;
      if (cp > 0xffff) size = 2;
      let known = wordChar.get(cp);
      if (known === undefined) {
        known = WORD_CHAR.test(String.fromCodePoint(cp));
        wordChar.set(cp, known);
      }
      word = known;
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      starts.push(start);
      ends.push(i);
      start = -1;
    }
    i += size;
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(text.length);
  }
  return { starts, ends };
}

/**
 * FNV-1a of the words `from`..`to` joined by single spaces, read in place from `text`: it runs for
 * every shingle, so no string is built.
 */
function shingleHash(
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  from: number,
  to: number,
): number {
  let h = 0x811c9dc5 | 0;
  for (let w = from; w < to; w++) {
    if (w > from) {
      h ^= 32;
      h = Math.imul(h, 0x01000193);
    }
    const end = ends[w] as number;
    for (let i = starts[w] as number; i < end; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

/** Shingle hashes, reused across documents: fingerprints are taken one at a time. */
let scratch = new Uint32Array(1024);

export function fingerprint(
  text: string,
  excluded: readonly Span[],
  language: string | null,
  anchors: string[],
  order: [string, number],
): Fingerprint {
  let body = "";
  let at = 0;
  for (const range of excluded) {
    body += `${text.slice(at, range.start)} `;
    at = Math.max(at, range.end);
  }
  body += text.slice(at);
  const lower = body.toLowerCase();
  const { starts, ends } = wordSpans(lower);
  const count = Math.max(0, starts.length - SHINGLE + 1);
  if (scratch.length < count) scratch = new Uint32Array(count * 2);
  for (let i = 0; i < count; i++) scratch[i] = shingleHash(lower, starts, ends, i, i + SHINGLE);
  // Distinct shingles by sorting their hashes, cheaper than a set; the minimum ignores order.
  const hashes = scratch.subarray(0, count).sort();
  // Minima kept with the sign bit flipped, so signed int32 comparison orders them as unsigned.
  const mins = new Int32Array(HASHES).fill(0x7fffffff);
  let shingles = 0;
  for (let i = 0; i < count; i++) {
    const h = hashes[i] as number;
    if (i > 0 && h === hashes[i - 1]) continue;
    shingles++;
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(A[k] as number, h) + (B[k] as number)) ^ 0x80000000;
      if (v < (mins[k] as number)) mins[k] = v;
    }
  }
  const minhash = new Uint32Array(HASHES);
  for (let k = 0; k < HASHES; k++) minhash[k] = ((mins[k] as number) ^ 0x80000000) >>> 0;
  return { minhash, shingles, language, anchors, order };
}

function jaccard(a: Fingerprint, b: Fingerprint): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a.minhash[k] === b.minhash[k]) same++;
  return same / HASHES;
}

/** Estimated share of `a`'s shingles found in `b`, from the Jaccard estimate and the set sizes. */
function containment(a: Fingerprint, b: Fingerprint, j: number): number {
  if (a.shingles === 0) return 0;
  return Math.min(1, (j * (a.shingles + b.shingles)) / ((1 + j) * a.shingles));
}

function earlier(a: Fingerprint, b: Fingerprint): boolean {
  const da = a.order[0];
  const db = b.order[0];
  if (da && db && da !== db) return da < db;
  return a.order[1] < b.order[1];
}

/** A band's rows folded into a small integer: a bucket key, checked against the rows themselves. */
function bandKey(minhash: Uint32Array, band: number): number {
  let h = band;
  for (let r = band * ROWS; r < band * ROWS + ROWS; r++)
    h = Math.imul(h ^ (minhash[r] as number), 0x9e3779b1);
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

function sameBand(a: Uint32Array, b: Uint32Array, band: number): boolean {
  for (let r = band * ROWS; r < band * ROWS + ROWS; r++) if (a[r] !== b[r]) return false;
  return true;
}

/** Links between documents; `ids[i]` is the id of the document behind `prints[i]`. */
export function linkDocuments(
  prints: readonly Fingerprint[],
  ids: readonly string[],
): DocumentLink[][] {
  const links: DocumentLink[][] = prints.map(() => []);
  // Documents sharing a band are candidates. Each document meets its earlier bucket-mates as it is
  // filed, once each (`met` holds the last document a candidate was met for), so no pair set is built.
  const buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  const met = new Int32Array(prints.length).fill(-1);
  prints.forEach((p, i) => {
    if (p.shingles < 3) return;
    for (let band = 0; band < BANDS; band++) {
      const byKey = buckets[band] as Map<number, number[]>;
      const key = bandKey(p.minhash, band);
      const bucket = byKey.get(key);
      if (!bucket) {
        byKey.set(key, [i]);
        continue;
      }
      for (const j of bucket) {
        if (met[j] === i || !sameBand((prints[j] as Fingerprint).minhash, p.minhash, band))
          continue;
        met[j] = i;
        compare(prints, ids, links, j, i);
      }
      bucket.push(i);
    }
  });
  linkTranslations(prints, ids, links);
  for (const list of links)
    list.sort((x, y) => y.similarity - x.similarity || x.documentId.localeCompare(y.documentId));
  return links;
}

/** Links documents `i` < `j` as a reprint or near-duplicates when their fingerprints say so. */
function compare(
  prints: readonly Fingerprint[],
  ids: readonly string[],
  links: DocumentLink[][],
  i: number,
  j: number,
): void {
  const a = prints[i] as Fingerprint;
  const b = prints[j] as Fingerprint;
  const sim = jaccard(a, b);
  const aFirst = earlier(a, b);
  const copy = aFirst ? b : a;
  const original = aFirst ? a : b;
  const ci = aFirst ? j : i;
  const oi = aFirst ? i : j;
  const contained = containment(copy, original, sim);
  if (contained >= 0.8) {
    links[ci]?.push({
      kind: "reprint",
      documentId: ids[oi] as string,
      similarity: round(contained),
    });
  } else if (sim >= 0.3 || contained >= 0.5) {
    links[ci]?.push({
      kind: "near_duplicate",
      documentId: ids[oi] as string,
      similarity: round(contained),
    });
    links[oi]?.push({
      kind: "near_duplicate",
      documentId: ids[ci] as string,
      similarity: round(containment(original, copy, sim)),
    });
  }
}

/**
 * A translation shares its anchors (the same actors and numbers, in much the same order) with
 * the original in another language. Anchors are indexed so only documents sharing rare ones meet.
 */
function linkTranslations(
  prints: readonly Fingerprint[],
  ids: readonly string[],
  links: DocumentLink[][],
): void {
  const byAnchor = new Map<string, number[]>();
  prints.forEach((p, i) => {
    for (const anchor of new Set(p.anchors)) {
      const holders = byAnchor.get(anchor);
      if (holders) holders.push(i);
      else byAnchor.set(anchor, [i]);
    }
  });
  const checked = new Set<string>();
  prints.forEach((a, i) => {
    if (!a.language || a.anchors.length < 6) return;
    for (const anchor of new Set(a.anchors)) {
      const holders = byAnchor.get(anchor) ?? [];
      if (holders.length > 50) continue; // too common to discriminate
      for (const j of holders) {
        const b = prints[j] as Fingerprint;
        const key = i < j ? `${i},${j}` : `${j},${i}`;
        if (
          j === i ||
          checked.has(key) ||
          !b.language ||
          b.language === a.language ||
          b.anchors.length < 6
        )
          continue;
        checked.add(key);
        const sim = sequenceSimilarity(a.anchors, b.anchors);
        if (sim < 0.6) continue;
        const [ti, oi] = earlier(a, b) ? [j, i] : [i, j];
        links[ti]?.push({
          kind: "translation",
          documentId: ids[oi] as string,
          similarity: round(sim),
        });
      }
    }
  });
}

/** Longest common subsequence of two anchor lists over the longer one's length. */
function sequenceSimilarity(a: readonly string[], b: readonly string[]): number {
  const x = a.slice(0, 200);
  const y = b.slice(0, 200);
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      row[j] =
        x[i - 1] === y[j - 1]
          ? (prev[j - 1] as number) + 1
          : Math.max(prev[j] as number, row[j - 1] as number);
    }
    prev = row;
  }
  return (prev[y.length] as number) / Math.max(x.length, y.length, 1);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
