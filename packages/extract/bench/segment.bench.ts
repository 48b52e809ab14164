/**
 * Prints the throughput of segment() against wink-nlp's bare tokeniser on the bundled samples.
 * Run: npx tsx --conditions=@stancemap/source --expose-gc bench/segment.bench.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { segment } from "../src/segment.js";

const SAMPLES = join(import.meta.dirname, "../../../corpora/sample");
const REPEAT = 20;
const ROUNDS = 15;

const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(SAMPLES, f), "utf8"));
const docs = Array.from({ length: REPEAT }, () => samples).flat();

const collect = (globalThis as { gc?: () => void }).gc;

interface Runner {
  name: string;
  /** Processes every document once and returns the number of tokens seen. */
  run: () => number;
}

/**
 * Runs the contenders in turns, round after round, so that a machine shared with other work
 * slows them all alike; each one's rate is then compared with the first one's in the same round.
 */
function measure(runners: readonly Runner[]): void {
  for (const r of runners) r.run();
  const rates = runners.map(() => [] as number[]);
  const ratios = runners.map(() => [] as number[]);
  const counts = runners.map(() => 0);
  for (let round = 0; round < ROUNDS; round++) {
    // A throwaway turn first: whoever runs first in a round pays for the last round's garbage.
    runners[0]?.run();
    runners.forEach((r, i) => {
      collect?.();
      const t0 = performance.now();
      counts[i] = r.run();
      rates[i]?.push((counts[i] as number) / ((performance.now() - t0) / 1000));
      ratios[i]?.push((rates[i]?.at(-1) ?? 0) / (rates[0]?.at(-1) ?? 1));
    });
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  console.log(`${"".padEnd(48)} ${"tokens/s".padStart(11)}  share of the first (median of rounds)`);
  runners.forEach((r, i) => {
    const rate = Math.round(median(rates[i] ?? [])).toLocaleString("en");
    const share = `${(median(ratios[i] ?? []) * 100).toFixed(0)}%`;
    console.log(`${r.name.padEnd(48)} ${rate.padStart(11)}  ${share.padStart(5)}`);
  });
}

const tokeniser = winkNLP(model, []);
const tagger = winkNLP(model, ["sbd", "pos"]);
const its = tokeniser.its;

const wink = (nlp: typeof tokeniser, values: boolean) => () => {
  let n = 0;
  for (const d of docs) {
    const tokens = nlp.readDoc(d).tokens();
    n += values ? (tokens.out(its.value) as string[]).length : tokens.length();
  }
  return n;
};
const segmented = (language: string, pos: boolean) => () => {
  let n = 0;
  for (const d of docs) {
    for (const s of segment(d, { language, excluded: [], pos }).sentences) n += s.tokens.length;
  }
  return n;
};

const characters = docs.reduce((n, d) => n + d.length, 0);
console.log(`${docs.length} documents, ${characters.toLocaleString("en")} characters`);
measure([
  { name: "wink tokenisation alone (pipe [])", run: wink(tokeniser, false) },
  { name: "wink tokenisation + its.value", run: wink(tokeniser, true) },
  { name: "wink sbd + pos", run: wink(tagger, false) },
  { name: "segment() English", run: segmented("en", false) },
  { name: "segment() English, pos: true", run: segmented("en", true) },
  { name: "segment() via Intl.Segmenter (language 'und')", run: segmented("und", false) },
]);
