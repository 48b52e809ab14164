/** Line iteration with offsets into the original text, shared by the input, metadata and clean stages. */
import type { Span } from "./types.js";

export interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the line's content, before `\n` or `\r\n`. */
  end: number;
  /** Offset of the next line (past the terminator). */
  next: number;
  content: string;
}

/** The lines of `text` from `from` on; `\r\n` and `\n` both end a line. */
export function* lines(text: string, from = 0): Generator<Line> {
  let start = from;
  while (start < text.length) {
    const nl = text.indexOf("\n", start);
    const next = nl === -1 ? text.length : nl + 1;
    let end = nl === -1 ? text.length : nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    yield { start, end, next, content: text.slice(start, end) };
    start = next;
  }
}

/** Where the next non-blank line starts at or after `pos` (the text's length when there is none). */
export function skipBlankLines(text: string, pos: number): number {
  for (const line of lines(text, pos)) {
    if (line.content.trim() !== "") return line.start;
  }
  return text.length;
}

/** `[start, end)` shrunk to exclude leading and trailing whitespace; empty spans stay where they are. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}
