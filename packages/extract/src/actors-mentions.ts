/** The mention table with its positional index. */
import { lastStartingAtOrBefore } from "./spans.js";
import type { Mention, Span } from "./types.js";

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

  /**
   * Puts `m` after the mentions starting at or before it, in a list kept in order of start (the
   * anaphora pass reads it so); no sort of the whole list.
   */
  insertSorted(m: Mention): void {
    const k = lastStartingAtOrBefore(this.list, m.start) + 1;
    this.list.splice(k, 0, m);
    const prev = k > 0 ? this.rank.get(this.list[k - 1] as Mention) : undefined;
    const next = this.list[k + 1] ? this.rank.get(this.list[k + 1] as Mention) : undefined;
    // A rank between its neighbours' keeps list order without renumbering the rest.
    this.rank.set(
      m,
      next === undefined ? this.nextRank++ : prev === undefined ? next - 1 : (prev + next) / 2,
    );
    this.index(m);
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
export function dropNested(mentions: Mention[]): Mention[] {
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
