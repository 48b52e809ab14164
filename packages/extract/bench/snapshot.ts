/**
 * Output-identity snapshot: runs extractCorpus over the bundled sample, any corpus directories given,
 * and generated articles, and writes every result as JSON with one md5 per corpus, so a change meant
 * only for speed can be checked to leave the output byte for byte alone.
 *   npx tsx --conditions=@stancemap/source bench/snapshot.ts out.json [corpus-dir ...]
 * EXTRACT_SRC=<dir> runs another copy of src/ (say, the code before a change) on the same inputs;
 * GENERATED=300 sets how many generated articles join in.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ExtractInput, ExtractResult } from "../src/pipeline.js";
import { loadSampleSentences, syntheticArticle } from "./corpus.js";

const [out, ...dirs] = process.argv.slice(2);
if (!out) throw new Error("usage: snapshot.ts out.json [corpus-dir ...]");
const src = process.env.EXTRACT_SRC ? resolve(process.env.EXTRACT_SRC) : resolve("src");
const { extractCorpus } = (await import(pathToFileURL(join(src, "pipeline.ts")).href)) as {
  extractCorpus: (inputs: Iterable<ExtractInput>) => ExtractResult;
};
const GENERATED = Number(process.env.GENERATED ?? 300);

/** Every .txt file directly in `dir`, sorted, as pipeline inputs. */
function textFiles(dir: string): ExtractInput[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => ({ origin: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
}

const corpora: [string, ExtractInput[]][] = [
  ["sample", textFiles(new URL("../../../corpora/sample/", import.meta.url).pathname)],
  ...dirs.map((d): [string, ExtractInput[]] => [basename(resolve(d)), textFiles(d)]),
];
const sentences = loadSampleSentences();
const encoder = new TextEncoder();
corpora.push([
  "generated",
  Array.from({ length: GENERATED }, (_, i) => ({
    origin: `synthetic/${i}.txt`,
    bytes: encoder.encode(syntheticArticle(sentences, i)),
  })),
]);

const results: Record<string, ExtractResult> = {};
for (const [name, inputs] of corpora) {
  const result = extractCorpus(inputs);
  results[name] = result;
  const md5 = createHash("md5").update(JSON.stringify(result)).digest("hex");
  console.log(`${md5}  ${name} (${inputs.length} documents)`);
}
writeFileSync(out, JSON.stringify(results));
