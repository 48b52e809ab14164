/**
 * Long-document benchmark: one document of about 1.1 MB (generated articles run together, so names
 * vary) through extractCorpus, best of a few rounds, so a stage that goes quadratic in a document's
 * length shows where generated articles of a few KB hide it.
 *   npx tsx --conditions=@stancemap/source bench/long.bench.ts     (BYTES=2000000 ROUNDS=3)
 * EXTRACT_SRC=<dir> times another copy of src/ (say, the code before a change) on the same text.
 */
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { ExtractInput, ExtractResult } from "../src/pipeline.js";
import { loadSampleSentences, syntheticArticle } from "./corpus.js";

const BYTES = Number(process.env.BYTES ?? 1_100_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const src = process.env.EXTRACT_SRC ? resolve(process.env.EXTRACT_SRC) : resolve("src");
const { extractCorpus } = (await import(pathToFileURL(join(src, "pipeline.ts")).href)) as {
  extractCorpus: (inputs: Iterable<ExtractInput>) => ExtractResult;
};

const sentences = loadSampleSentences();
const parts: string[] = [];
let length = 0;
for (let i = 0; length < BYTES; i++) {
  // Drop each article's title line so the whole reads as one article's body.
  const body = syntheticArticle(sentences, i).split("\n").slice(2).join("\n");
  parts.push(body);
  length += body.length + 1;
}
const text = `A long report\n\n${parts.join("\n")}`;
const bytes = new TextEncoder().encode(text);

let best = Number.POSITIVE_INFINITY;
let md5 = "";
for (let round = 0; round < ROUNDS; round++) {
  const t0 = performance.now();
  const result = extractCorpus([{ origin: "long.txt", bytes }]);
  best = Math.min(best, performance.now() - t0);
  md5 = createHash("md5").update(JSON.stringify(result)).digest("hex");
}
console.log(
  `long document: ${(bytes.length / 1e6).toFixed(2)} MB, best of ${ROUNDS}: ${(best / 1000).toFixed(2)} s; output md5 ${md5}`,
);
