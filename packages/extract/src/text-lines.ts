/** Line iteration with offsets into the original text, and a cheaper way to scan for costly patterns, shared by the stages. */
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

/**
 * A costly pattern (`re`, sticky) and what every one of its matches starts with (`lead`, global):
 * a look-behind or a long alternation first makes a global scan try the whole pattern at every
 * character; trying it only where `lead` matches finds the same matches for a fraction of that.
 */
export interface LedPattern {
  re: RegExp;
  lead: RegExp;
}

/** `re` sticky, and `lead` global with `re`'s other flags (bar match indices, which it does not need). */
export function ledPattern(source: string, flags: string, lead: string): LedPattern {
  return {
    re: new RegExp(source, `y${flags}`),
    lead: new RegExp(lead, `g${flags.replace("d", "")}`),
  };
}

/** `ledPattern` for a global expression written as a literal. */
export function ledFrom(re: RegExp, lead: string): LedPattern {
  return ledPattern(re.source, re.flags.replace("g", ""), lead);
}

/**
 * The first match of `pattern` in `s` from `from` on, as a global scan of its `re` from there finds
 * it: every position where `re` can match is one where `lead` does, and they are tried in order.
 */
export function execLed(pattern: LedPattern, s: string, from: number): RegExpExecArray | null {
  const { re, lead } = pattern;
  let at = from;
  while (at <= s.length) {
    lead.lastIndex = at;
    const candidate = lead.exec(s);
    if (!candidate) return null;
    re.lastIndex = candidate.index;
    const m = re.exec(s);
    if (m) return m;
    // A failed position moves the scan on by one code point (by one unit without the u flag).
    at = candidate.index + (re.unicode && (s.codePointAt(candidate.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return null;
}

/** Whether a UTF-16 code unit is in JavaScript's `\s`. */
export function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
