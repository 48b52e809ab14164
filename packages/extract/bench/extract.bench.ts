/**
 * Extraction benchmark: the full pipeline over a generated corpus (default 10,000 articles), beside
 * wink-nlp tokenisation alone on the same corpus as the ceiling (the two alternate in blocks, so a
 * busy machine slows both alike). Prints articles/s, tokens/s and
 * peak RSS at several corpus sizes, so a memory leak or a superlinear stage shows.
 *   npm run bench -w @stancemap/extract            (ARTICLES=2000 for a quicker run)
 */
import { performance } from "node:perf_hooks";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { CorpusBuilder } from "../src/pipeline.js";
import { loadSampleSentences, syntheticArticle } from "./corpus.js";

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const sentences = loadSampleSentences();
const encoder = new TextEncoder();

function* inputs() {
  for (let i = 0; i < ARTICLES; i++)
    yield { origin: `synthetic/${i}.txt`, bytes: encoder.encode(syntheticArticle(sentences, i)) };
}

// Ceiling: wink-nlp tokenisation alone (no sentence boundaries, no POS), same texts. It runs in
// blocks alternating with the pipeline's, so both see the same load on a shared machine.
const tokenizer = winkNLP(model, []);
const BLOCK = 250;
let ceilingTokens = 0;
let ceilingMs = 0;

// Full pipeline, streaming: texts are not retained, only per-statement features.
globalThis.gc?.();
const builder = new CorpusBuilder({ retainText: false });
const checkpoints = new Set([Math.floor(ARTICLES / 4), Math.floor(ARTICLES / 2), ARTICLES]);
const rss: string[] = [];
let peak = 0;
let pipelineMs = 0;
let n = 0;
let block: { origin: string; bytes: Uint8Array }[] = [];
const runBlock = () => {
  const t0 = performance.now();
  for (const input of block)
    ceilingTokens += tokenizer.readDoc(new TextDecoder().decode(input.bytes)).tokens().length();
  ceilingMs += performance.now() - t0;
  for (const input of block) {
    // Only the pipeline is timed, not the RSS readings (a system call each) taken between documents.
    const t1 = performance.now();
    builder.add(input);
    pipelineMs += performance.now() - t1;
    n++;
    peak = Math.max(peak, process.memoryUsage.rss());
    if (checkpoints.has(n))
      rss.push(`${n}: ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MB`);
  }
  block = [];
};
for (const input of inputs()) {
  block.push(input);
  if (block.length === BLOCK) runBlock();
}
runBlock();
const t2 = performance.now();
const { analysis } = builder.finish();
const finishMs = performance.now() - t2;
pipelineMs += finishMs;
const seconds = pipelineMs / 1000;
const ceilingSeconds = ceilingMs / 1000;
peak = Math.max(peak, process.memoryUsage.rss());

const fmt = (x: number) => Math.round(x).toLocaleString("en-US");
console.log(`corpus: ${fmt(ARTICLES)} generated articles, ${fmt(ceilingTokens)} tokens`);
console.log(
  `ceiling (wink-nlp tokenisation alone): ${fmt(ARTICLES / ceilingSeconds)} articles/s, ${fmt(ceilingTokens / ceilingSeconds)} tokens/s`,
);
console.log(
  `pipeline (all stages):                ${fmt(ARTICLES / seconds)} articles/s, ${fmt(ceilingTokens / seconds)} tokens/s`,
);
console.log(
  `of which per document ${((pipelineMs - finishMs) / ARTICLES).toFixed(2)} ms, corpus stage (topics, links) ${(finishMs / 1000).toFixed(1)} s`,
);
console.log(`pipeline / ceiling: ${((ceilingSeconds / seconds) * 100).toFixed(0)}% (target ≥ 50%)`);
console.log(
  `output: ${fmt(analysis.statements.length)} statements, ${fmt(analysis.actors.length)} actors, ${fmt(analysis.topics.length)} topics`,
);
console.log(`RSS after n articles: ${rss.join(", ")}; peak ${(peak / 2 ** 20).toFixed(0)} MB`);
