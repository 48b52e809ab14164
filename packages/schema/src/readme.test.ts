/** Keeps the README's worked example true: its Statement must validate and its spans must match its article. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { checkEvidence } from "./evidence.js";
import { Statement } from "./statement.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The body of the first fenced code block after `<!-- example:<name> -->`. */
function example(name: string): string {
  const marker = `<!-- example:${name} -->`;
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README.md has no ${marker}`);
  const block = /```[a-z]*\n([\s\S]*?)\n```/.exec(readme.slice(at + marker.length));
  if (!block?.[1]) throw new Error(`README.md has no code block after ${marker}`);
  return block[1];
}

describe("README worked example", () => {
  const article = example("article");
  const json: unknown = JSON.parse(example("statement"));

  it("is a valid Statement for Zod", () => {
    expect(Statement.safeParse(json).error?.issues ?? []).toEqual([]);
  });

  it("is valid for the shipped JSON Schema", () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    ajvFormats.default(ajv);
    const schema = JSON.parse(
      readFileSync(new URL("../json/statement.schema.json", import.meta.url), "utf8"),
    );
    const validate = ajv.compile(schema);
    validate(json);
    expect(validate.errors ?? []).toEqual([]);
  });

  it("has the chain minister → official → newspaper → wire, starting at the holder", () => {
    const statement = Statement.parse(json);
    expect(statement.chain.map((hop) => hop.relation)).toEqual([
      "said",
      "told",
      "reported",
      "republished",
    ]);
    expect(statement.chain[0]?.actorId).toBe(statement.holderId);
  });

  it("has spans that anchor in the article shown above it", () => {
    const statement = Statement.parse(json);
    expect(checkEvidence(statement.evidence, article)).toBeNull();
    for (const hop of statement.chain) {
      if (hop.evidence) expect(checkEvidence(hop.evidence, article), hop.label).toBeNull();
    }
    expect(statement.hedges.every((hedge) => article.includes(hedge.text))).toBe(true);
    expect(article.includes(statement.saidAt?.text ?? "")).toBe(true);
  });

  it("names its document the way the README says document ids are made", () => {
    const hash = createHash("sha256").update(article, "utf8").digest("hex");
    expect(Statement.parse(json).documentId).toBe(`doc_${hash.slice(0, 16)}`);
  });
});
