/** Bisection over spans sorted by start (sentences, mentions, tokens' owners), shared by every stage. */
import type { Span } from "./types.js";

/** Index of the first span starting at or after `pos`; `spans.length` when none does. */
export function firstStartingAtOrAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as Span).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last span starting at or before `pos`; -1 when none does. */
export function lastStartingAtOrBefore(spans: readonly Span[], pos: number): number {
  return firstStartingAtOrAfter(spans, pos + 1) - 1;
}
