/**
 * A synthetic corpus for benchmarks: articles recombined from the bundled sample's sentences, with
 * capitalised names and places swapped for others, so no two articles are equal but every one reads
 * like news. Seeded, so every run sees the same corpus.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const SAMPLE_DIR = new URL("../../../corpora/sample/", import.meta.url);

const PEOPLE = [
  "Angela Merkel",
  "Emmanuel Macron",
  "Olaf Scholz",
  "Rishi Sunak",
  "Justin Trudeau",
  "Fumio Kishida",
  "Narendra Modi",
  "Xi Jinping",
  "Recep Tayyip Erdogan",
  "Benjamin Netanyahu",
  "Antony Blinken",
  "Annalena Baerbock",
  "Josep Borrell",
  "Jens Stoltenberg",
  "Ursula von der Leyen",
  "Mark Rutte",
  "Keir Starmer",
  "Giorgia Meloni",
  "Pedro Sanchez",
  "Luiz Inacio Lula da Silva",
];
const PLACES = [
  "Germany",
  "France",
  "Canada",
  "Japan",
  "India",
  "China",
  "Turkey",
  "Israel",
  "Brazil",
  "Italy",
  "Spain",
  "Poland",
  "Mexico",
  "Australia",
];

/** Mulberry32: a tiny seeded PRNG. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadSampleSentences(): string[] {
  const sentences: string[] = [];
  for (const file of readdirSync(SAMPLE_DIR).sort()) {
    const text = readFileSync(join(SAMPLE_DIR.pathname, file), "utf8");
    for (const paragraph of text.split(/\n+/)) {
      for (const s of paragraph.match(/[^.!?]+[.!?]+["”’]?/g) ?? []) {
        if (s.trim().split(/\s+/).length >= 6) sentences.push(s.trim());
      }
    }
  }
  return sentences;
}

/** Article `i` of the synthetic corpus: 12–30 sentences in 3–8 paragraphs, names swapped. */
export function syntheticArticle(sentences: readonly string[], i: number): string {
  const random = rng(i * 7919 + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const names = new Map<string, string>();
  const swap = (word: string) => {
    if (!names.has(word))
      names.set(
        word,
        random() < 0.5 ? (pick(PEOPLE).split(" ").slice(-1)[0] ?? word) : pick(PLACES),
      );
    return names.get(word) as string;
  };
  const count = 12 + Math.floor(random() * 19);
  const paragraphs: string[][] = [[]];
  for (let k = 0; k < count; k++) {
    let s = pick(sentences);
    // Swap a few capitalised words mid-sentence (names, places) for others.
    s = s.replace(/(?<=\s)[A-Z][a-z]{3,}\b/g, (w) => (random() < 0.35 ? swap(w) : w));
    (paragraphs[paragraphs.length - 1] as string[]).push(s);
    if (random() < 0.25) paragraphs.push([]);
  }
  const title = `${pick(PEOPLE)} on ${pick(PLACES)}: article ${i}`;
  return `${title}\n\n${paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join(" "))
    .join("\n\n")}\n`;
}
