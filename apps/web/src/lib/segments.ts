/** Cuts a document's text at every evidence span and boilerplate edge, so each piece can be rendered as text. */

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Inside a boilerplate range. */
  excluded: boolean;
  /** Statements whose span covers this piece, shortest span first (the most specific claim). */
  statementIds: string[];
  /** Statements whose span starts here: the targets of "show in article". */
  starts: string[];
}

export function segmentText(
  text: string,
  excluded: readonly { start: number; end: number }[],
  spans: readonly Span[],
): Segment[] {
  const valid = spans.filter((s) => s.start < s.end && s.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const r of excluded)
    cuts.add(Math.min(r.start, text.length)).add(Math.min(r.end, text.length));
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const bySize = [...valid].sort((a, b) => a.end - a.start - (b.end - b.start));
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      excluded: excluded.some((r) => r.start <= start && end <= r.end),
      statementIds: bySize.filter((s) => s.start <= start && end <= s.end).map((s) => s.id),
      starts: valid.filter((s) => s.start === start).map((s) => s.id),
    });
  }
  return segments;
}

/** Context kept on each side of a span, as the schema's makeEvidence keeps it. */
const CONTEXT = 32;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const splitsPair = (text: string, at: number) =>
  isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

/**
 * The evidence of `text.slice(start, end)` with its quote context, built here rather than imported so
 * the bundle carries no Zod; null when the span is not a valid range of the text.
 */
export function evidenceAt(text: string, start: number, end: number) {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length)
    return null;
  if (end <= start || splitsPair(text, start) || splitsPair(text, end)) return null;
  let from = Math.max(0, start - CONTEXT);
  if (splitsPair(text, from)) from += 1;
  let to = Math.min(text.length, end + CONTEXT);
  if (splitsPair(text, to)) to -= 1;
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(from, start),
    suffix: text.slice(end, to),
  };
}
