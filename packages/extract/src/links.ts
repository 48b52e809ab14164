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

// Fixed odd multipliers and offsets: the permutations must be the same on every run.
const A = Uint32Array.from({ length: HASHES }, (_, i) => (fnv1a(`a${i}`) | 1) >>> 0);
const B = Uint32Array.from({ length: HASHES }, (_, i) => fnv1a(`b${i}`));

/** `fnv1a(words.slice(from, to).join(" "))`, without building the string: it runs for every shingle. */
function fnv1aJoined(words: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) {
      h ^= 32;
      h = Math.imul(h, 0x01000193);
    }
    const word = words[w] as string;
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

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
  const words = body.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const minhash = new Uint32Array(HASHES).fill(0xffffffff);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = fnv1aJoined(words, i, i + SHINGLE);
    if (seen.has(h)) continue;
    seen.add(h);
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(A[k] as number, h) + (B[k] as number)) >>> 0;
      if (v < (minhash[k] as number)) minhash[k] = v;
    }
  }
  return { minhash, shingles: seen.size, language, anchors, order };
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
  const [da, ia] = a.order;
  const [db, ib] = b.order;
  if (da && db && da !== db) return da < db;
  return ia < ib;
}

/** Links between documents; `ids[i]` is the id of the document behind `prints[i]`. */
export function linkDocuments(
  prints: readonly Fingerprint[],
  ids: readonly string[],
): DocumentLink[][] {
  const links: DocumentLink[][] = prints.map(() => []);
  const candidates = new Set<string>();
  const buckets = new Map<string, number[]>();
  prints.forEach((p, i) => {
    if (p.shingles < 3) return;
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${Array.from(p.minhash.subarray(band * ROWS, band * ROWS + ROWS)).join(",")}`;
      const bucket = buckets.get(key);
      if (bucket) {
        for (const j of bucket) candidates.add(`${j},${i}`);
        bucket.push(i);
      } else buckets.set(key, [i]);
    }
  });
  for (const pair of candidates) {
    const [i, j] = pair.split(",").map(Number) as [number, number];
    const a = prints[i] as Fingerprint;
    const b = prints[j] as Fingerprint;
    const sim = jaccard(a, b);
    const [copy, original, ci, oi] = earlier(a, b) ? [b, a, j, i] : [a, b, i, j];
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
  linkTranslations(prints, ids, links);
  for (const list of links)
    list.sort((x, y) => y.similarity - x.similarity || x.documentId.localeCompare(y.documentId));
  return links;
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
    for (const anchor of new Set(p.anchors))
      byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), i]);
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
