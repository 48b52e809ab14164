import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CorpusAnalysis, checkCorpusIntegrity } from "@stancemap/schema";
import { describe, expect, it } from "vitest";
import { type Io, main } from "./main.js";

const SAMPLE = join(import.meta.dirname, "../../../corpora/sample");

function capture(): Io & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    isTTY: false,
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
  };
  return io;
}

describe("stancemap CLI", () => {
  it("prints help and exits 0 with --help, 2 with no command", async () => {
    const io = capture();
    expect(await main(["--help"], io)).toBe(0);
    expect(io.out).toMatch(/Usage: stancemap <command>/);
    expect(await main([], capture())).toBe(2);
  });

  it("documents every command's options with --help", async () => {
    const io = capture();
    expect(await main(["extract", "--help"], io)).toBe(0);
    expect(io.out).toMatch(/--json/);
    expect(io.out).toMatch(/Exit codes/);
  });

  it("treats unknown commands, unknown options and missing paths as usage errors (exit 2)", async () => {
    expect(await main(["frobnicate"], capture())).toBe(2);
    const io = capture();
    expect(await main(["extract", "--nope", SAMPLE], io)).toBe(2);
    expect(io.err).toMatch(/--nope/);
    expect(await main(["extract"], capture())).toBe(2);
  });

  it("extracts the sample corpus as one valid, self-consistent CorpusAnalysis", async () => {
    const io = capture();
    expect(await main(["extract", SAMPLE, "--json"], io)).toBe(0);
    const corpus = CorpusAnalysis.parse(JSON.parse(io.out));
    expect(checkCorpusIntegrity(corpus)).toEqual([]);
    expect(corpus.documents).toHaveLength(5);
    for (const doc of corpus.documents) expect(doc.origin.startsWith(SAMPLE)).toBe(true);
    expect(corpus.statements.length).toBeGreaterThan(20);
    // Evidence is a clause or a quotation, never a whole paragraph.
    for (const stm of corpus.statements) expect(stm.evidence.exact).not.toMatch(/\n\s*\n/);
  });

  it("prints a readable report by actor and topic without --json", async () => {
    const io = capture();
    expect(await main(["extract", SAMPLE], io)).toBe(0);
    expect(io.out).toMatch(/^5 documents, \d+ actors, \d+ topics, \d+ statements/);
    expect(io.out).toMatch(/■ /);
    expect(io.out).toMatch(/▸ .+\[(consistent|wording differs|CONFLICTING|single source)\]/);
  });

  it("reports each bad input by name, still processes the others, and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stancemap-cli-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    writeFileSync(
      join(dir, "good.txt"),
      "title: Talks\n\nThe foreign minister said on Monday that the country would never accept the proposal.\n",
    );
    mkdirSync(join(dir, "nested"));
    writeFileSync(join(dir, "nested", "ignored.bin"), "not an article");
    // A corpus's own README is documentation, not an article.
    writeFileSync(
      join(dir, "README.md"),
      "# Corpus\n\nThe curator said these articles were collected in May.\n",
    );
    const io = capture();
    const code = await main(["extract", dir, join(dir, "missing.txt"), "--json"], io);
    expect(code).toBe(1);
    const corpus = CorpusAnalysis.parse(JSON.parse(io.out));
    expect(corpus.documents.map((d) => d.origin)).toEqual([join(dir, "good.txt")]);
    expect(io.err).toMatch(/empty\.txt: empty file/);
    expect(io.err).toMatch(/binary\.txt: .*binary/);
    expect(io.err).toMatch(/missing\.txt: no such file or directory/);
    expect(io.err).not.toMatch(/ignored\.bin/);
  });

  it("reads a README named on the command line, though a directory's is skipped", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stancemap-readme-"));
    writeFileSync(
      join(dir, "README.md"),
      "The foreign minister said on Monday that the country would never accept the proposal.\n",
    );
    const io = capture();
    expect(await main(["extract", join(dir, "README.md"), "--json"], io)).toBe(0);
    const corpus = CorpusAnalysis.parse(JSON.parse(io.out));
    expect(corpus.documents.map((d) => d.origin)).toEqual([join(dir, "README.md")]);
  });

  it("gets through a directory of thousands of files, decoding legacy encodings and refusing oversized ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stancemap-many-"));
    for (let i = 0; i < 2000; i++) {
      writeFileSync(
        join(dir, `${String(i).padStart(4, "0")}.txt`),
        `The minister said on day ${i} that the border would stay closed.\n`,
      );
    }
    // "Министр заявил, что граница закрыта." in Windows-1251.
    const cp1251 = Buffer.from(
      "cce8ede8f1f2f020e7e0FFe2e8eb2c20f7f2ee20e3f0e0ede8f6e020e7e0eaf0fbf2e02e0a",
      "hex",
    );
    writeFileSync(join(dir, "ru.txt"), cp1251);
    writeFileSync(join(dir, "huge.txt"), Buffer.alloc(6 * 1024 * 1024, 0x61));
    const io = capture();
    expect(await main(["extract", dir, "--json"], io)).toBe(1);
    const corpus = CorpusAnalysis.parse(JSON.parse(io.out));
    expect(corpus.documents).toHaveLength(2001);
    expect(corpus.documents.find((d) => d.origin.endsWith("ru.txt"))?.text).toBe(
      "Министр заявил, что граница закрыта.\n",
    );
    expect(io.err).toMatch(/huge\.txt: too large \(6 MB, limit 5 MB\)/);
  });
});
