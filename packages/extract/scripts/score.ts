/**
 * Scores the extractor on the bundled sample corpus against the hand-annotated gold
 * (test/fixtures/gold/sample.gold.json) and prints precision, recall, holder accuracy and
 * cross-document alignment, overall and per document. `npm run score -w @stancemap/extract`;
 * `--details` lists missed, spurious and wrong-holder statements.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractCorpus } from "../src/pipeline.js";
import { Gold, scoreAgainstGold } from "../src/score.js";

const root = new URL("../../../", import.meta.url).pathname;
const sampleDir = join(root, "corpora/sample");
const gold = Gold.parse(
  JSON.parse(
    readFileSync(join(root, "packages/extract/test/fixtures/gold/sample.gold.json"), "utf8"),
  ),
);
const files = readdirSync(sampleDir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const { analysis } = extractCorpus(
  files.map((f) => ({
    origin: join("corpora/sample", f),
    bytes: readFileSync(join(sampleDir, f)),
  })),
);
const report = scoreAgainstGold(analysis, gold);

const pct = (x: number) => x.toFixed(2);
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
if (process.argv.includes("--details")) {
  for (const m of report.details.missed)
    console.log(`MISSED   ${m.document} [${m.holder}] ${m.exact.slice(0, 110)}`);
  for (const s of report.details.spurious)
    console.log(`SPURIOUS ${s.document} [${s.holder}] ${s.exact.slice(0, 110)}`);
  for (const w of report.details.wrongHolder)
    console.log(
      `HOLDER   ${w.document} gold=${w.goldHolder} got=${w.predictedHolder}: ${w.exact.slice(0, 90)}`,
    );
}
