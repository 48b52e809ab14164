/**
 * Scores the extractor against hand-annotated gold and prints precision, recall, holder accuracy and
 * cross-document alignment, overall and per document. By default the bundled sample corpus and its
 * gold (test/fixtures/gold/sample.gold.json); `--corpus DIR --gold FILE` scores any other corpus
 * (gold for copyrighted stories stays outside the repo). `--details` lists missed, spurious and
 * wrong-holder statements; `--alignment` shows, for every position held in two or more documents, the
 * row (topic and root actor) each of its statements landed in.
 */
import { readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { extractCorpus } from "../src/pipeline.js";
import {
  alignmentByPosition,
  checkGoldAgainstTexts,
  Gold,
  scoreAgainstGold,
} from "../src/score.js";

const HELP = `Usage: npm run score -w @stancemap/extract [-- [--corpus DIR --gold FILE] [--details] [--alignment]]

Runs the extractor over a corpus and scores it against hand-annotated gold (the Gold schema in
packages/extract/src/score.ts; guidelines in test/fixtures/gold/GUIDELINES.md).

  --corpus DIR   directory holding the gold's documents (default: corpora/sample)
  --gold FILE    gold JSON (default: packages/extract/test/fixtures/gold/sample.gold.json)
  --details      list every missed, spurious and wrong-holder statement
  --alignment    for every gold position held in two or more documents, the topic and root
                 actor each of its statements was given, worst-aligned position first
  --help         show this help

Only the files the gold lists are extracted, so a corpus README or translations beside them
do not count as spurious statements.`;

const { values } = parseArgs({
  options: {
    corpus: { type: "string" },
    gold: { type: "string" },
    details: { type: "boolean", default: false },
    alignment: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if ((values.corpus === undefined) !== (values.gold === undefined)) {
  console.error("score: --corpus and --gold go together (a gold file describes one corpus)");
  process.exit(2);
}

const root = new URL("../../../", import.meta.url).pathname;
const corpusDir = values.corpus ?? join(root, "corpora/sample");
const goldPath = values.gold ?? join(root, "packages/extract/test/fixtures/gold/sample.gold.json");
const parsed = Gold.safeParse(JSON.parse(readFileSync(goldPath, "utf8")));
if (!parsed.success) {
  console.error(`score: ${goldPath} is not a valid gold file:`);
  for (const issue of parsed.error.issues)
    console.error(`  ${issue.path.join(".")}: ${issue.message}`);
  process.exit(1);
}
const gold = parsed.data;
const inputs = gold.documents.map((d) => {
  const path = join(corpusDir, d.file);
  return {
    file: d.file,
    origin: relative(process.cwd(), path) || basename(path),
    bytes: readFileSync(path),
  };
});
const problems = checkGoldAgainstTexts(
  gold,
  new Map(inputs.map((input) => [input.file, new TextDecoder().decode(input.bytes)])),
);
if (problems.length > 0) {
  console.error(`score: ${goldPath} does not match the texts in ${corpusDir}:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
const { analysis } = extractCorpus(inputs.map(({ origin, bytes }) => ({ origin, bytes })));
const report = scoreAgainstGold(analysis, gold);

const pct = (x: number) => x.toFixed(2);
console.log(`corpus: ${gold.corpus} (${inputs.length} documents)\n`);
console.log("| scope | gold | predicted | matched | precision | recall | F1 | holder accuracy |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const d of report.perDocument) {
  console.log(
    `| ${d.document} | ${d.gold} | ${d.predicted} | ${d.matched} | ${pct(d.precision)} | ${pct(d.recall)} | ${pct(d.f1)} | ${pct(d.holderAccuracy)} |`,
  );
}
console.log(
  `| **all** | ${report.counts.gold} | ${report.counts.predicted} | ${report.counts.matched} | ${pct(report.precision)} | ${pct(report.recall)} | ${pct(report.f1)} | ${pct(report.holderAccuracy)} |`,
);
console.log(
  `\nalignment (pairs across documents): precision ${pct(report.alignment.precision)}, recall ${pct(report.alignment.recall)}, F1 ${pct(report.alignment.f1)}; statements from boilerplate: ${report.boilerplateHits}`,
);
if (values.details) {
  for (const m of report.details.missed)
    console.log(`MISSED   ${m.document} [${m.holder}] ${m.exact.slice(0, 110)}`);
  for (const s of report.details.spurious)
    console.log(`SPURIOUS ${s.document} [${s.holder}] ${s.exact.slice(0, 110)}`);
  for (const w of report.details.wrongHolder)
    console.log(
      `HOLDER   ${w.document} gold=${w.goldHolder} got=${w.predictedHolder}: ${w.exact.slice(0, 90)}`,
    );
}
if (values.alignment) {
  console.log("\npositions in two or more documents (pairs aligned / pairs both extracted):");
  for (const p of alignmentByPosition(analysis, gold, report)) {
    console.log(`\n${p.position}: ${p.agreeingPairs}/${p.goldPairs}`);
    for (const m of p.members) {
      const row = m.predicted ? `${m.predicted.root} · ${m.predicted.topic}` : "(not extracted)";
      console.log(
        `  ${m.document.padEnd(24)} ${row.slice(0, 60).padEnd(60)} | ${m.exact.slice(0, 70)}`,
      );
    }
  }
}
