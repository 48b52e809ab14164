/**
 * Per-stage cost of the pipeline in ms per document, on generated articles: each stage's best round,
 * so noise from other processes on the machine counts less.
 *   npx tsx --conditions=@stancemap/source --expose-gc bench/stages.bench.ts   (DOCS=300 ROUNDS=3)
 */
import { performance } from "node:perf_hooks";
import { findActors } from "../src/actors.js";
import { attribute } from "../src/attribution.js";
import { findBoilerplate, mergeRanges } from "../src/clean.js";
import { loadDocument } from "../src/input.js";
import { detectMetadata } from "../src/metadata.js";
import { analyseDocument } from "../src/pipeline.js";
import { segment } from "../src/segment.js";
import { loadSampleSentences, syntheticArticle } from "./corpus.js";

const sentences = loadSampleSentences();
const enc = new TextEncoder();
const DOCS = Number(process.env.DOCS ?? 300);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const docs = Array.from({ length: DOCS }, (_, i) => enc.encode(syntheticArticle(sentences, i)));
const t: Record<string, number> = {};
const best: Record<string, number> = {};
const time = <T>(k: string, f: () => T): T => {
  const a = performance.now();
  const r = f();
  t[k] = (t[k] ?? 0) + performance.now() - a;
  return r;
};
for (let round = 0; round < ROUNDS; round++) {
  for (const k of Object.keys(t)) t[k] = 0;
  docs.forEach((bytes, i) => {
    const d = time("load", () => loadDocument(`x${i}`, bytes));
    const meta = time("meta", () => detectMetadata(d));
    const ex = time("clean", () =>
      mergeRanges(d.text, [...findBoilerplate(d.text, { header: d.header }), ...meta.furniture]),
    );
    const seg = time("segment", () => segment(d.text, { language: meta.language, excluded: ex }));
    const found = time("actors", () =>
      findActors({
        text: d.text,
        segmentation: seg,
        excluded: ex,
        language: meta.language,
        outlet: meta.outlet,
        credits: meta.credits,
        publishedAt: meta.publishedAt,
        documentKey: "k",
      }),
    );
    time("attribution", () =>
      attribute({
        text: d.text,
        sentences: seg.sentences,
        quotes: seg.quotes,
        excluded: ex,
        mentions: found.mentions,
        actors: found.actors,
        outlet: found.outletKey,
        credits: found.credits,
        publishedAt: meta.publishedAt,
      }),
    );
    time("whole-doc", () => analyseDocument({ origin: `x${i}`, bytes }, i));
  });
  // The first round warms the JIT up; it is not counted.
  if (round > 0) for (const [k, v] of Object.entries(t)) best[k] = Math.min(best[k] ?? v, v);
}
console.log(
  Object.entries(ROUNDS > 1 ? best : t)
    .map(([k, v]) => `${k}: ${(v / docs.length).toFixed(2)} ms/doc`)
    .join("\n"),
);
