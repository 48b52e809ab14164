/**
 * Re-anchors a W3C Web Annotation TextQuoteSelector in a (possibly changed) text: find every
 * occurrence of `exact`, then prefer the one whose surroundings best match `prefix` and `suffix`.
 */
export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Anchor {
  start: number;
  end: number;
}

/** Length of the common run at the end of `a` and `b`. */
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Length of the common run at the start of `a` and `b`. */
function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Where `quote` sits in `text`, or null when `exact` is absent or several occurrences fit the
 * context equally well (an ambiguous anchor would move a review onto the wrong words).
 */
export function anchorQuote(text: string, quote: Quote): Anchor | null {
  if (!quote.exact) return null;
  const scored: { start: number; score: number }[] = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const before = text.slice(Math.max(0, at - quote.prefix.length), at);
    const end = at + quote.exact.length;
    const after = text.slice(end, end + quote.suffix.length);
    scored.push({
      start: at,
      score: commonTail(before, quote.prefix) + commonHead(after, quote.suffix),
    });
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score || a.start - b.start);
  const [best, second] = scored;
  if (!best || (second && second.score === best.score)) return null;
  return { start: best.start, end: best.start + quote.exact.length };
}
