/** Word-level comparison of two renderings of the same words, to highlight what one source changed. */

export interface DiffPart {
  text: string;
  /** True for words the other rendering does not have at this point. */
  changed: boolean;
}

/** Folds what outlets change without changing the words: case, quote marks, punctuation. */
export function normaliseWord(word: string): string {
  return word
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, "");
}

function words(text: string): string[] {
  return text.split(/\s+/u).map(normaliseWord).filter(Boolean);
}

/** Dice overlap of the two texts' word multisets: 1 for the same words, 0 for none shared. */
export function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length + wb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(w, left - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

/**
 * Splits `text` into runs of unchanged and changed words relative to `other`, by the longest common
 * subsequence of normalised words; whitespace stays with the word before it so the text reads as is.
 */
export function diffWords(text: string, other: string): DiffPart[] {
  const tokens = text.match(/\S+\s*/gu) ?? [];
  const mine = tokens.map((t) => normaliseWord(t.trim()));
  const theirs = words(other);
  const n = mine.length;
  const m = theirs.length;
  // lcs[i][j]: length of the LCS of mine[i..] and theirs[j..]
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] =
        mine[i] === theirs[j]
          ? (lcs[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  const push = (token: string, changed: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.changed === changed) last.text += token;
    else parts.push({ text: token, changed });
  };
  let i = 0;
  let j = 0;
  while (i < n) {
    const token = tokens[i] as string;
    // Punctuation-only tokens normalise to "" and never count as a change.
    if (mine[i] === "") {
      push(token, false);
      i++;
    } else if (j < m && mine[i] === theirs[j]) {
      push(token, false);
      i++;
      j++;
    } else if (j < m && (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0)) {
      j++;
    } else {
      push(token, true);
      i++;
    }
  }
  return parts;
}
