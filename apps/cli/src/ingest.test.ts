/** `stancemap ingest` into a temporary embedded database and through a running server. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "@stancemap/api";
import { CorpusAnalysis, DocumentSummary, IngestResult, Page } from "@stancemap/schema";
import { afterAll, describe, expect, it } from "vitest";
import { capture } from "../test/io.js";
import { main } from "./main.js";

const SAMPLE = join(import.meta.dirname, "../../../corpora/sample");
const root = mkdtempSync(join(tmpdir(), "stancemap-cli-ingest-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ARTICLE =
  "title: Levy stays\n\nThe finance minister of Norland said on Friday that the levy on imported steel would stay.\n";

describe("stancemap ingest", () => {
  it("stores the sample in the local database, once", async () => {
    const data = join(root, "local");
    const io = capture();
    expect(await main(["ingest", SAMPLE, "--data", data], io)).toBe(0);
    expect(io.out).toMatch(
      new RegExp(
        `^Ingested 5 document\\(s\\) into ${data}: 5 new, 0 new version\\(s\\), 0 unchanged; \\d+ statement\\(s\\) stored\\n$`,
      ),
    );
    // Not a terminal: one plain progress line per file.
    expect(io.err.split("\n").filter((l) => l.startsWith("extracting "))).toHaveLength(5);
    expect(io.err).toMatch(/^extracting 1\/5 .*000_4a2dc3396a826ffb\.txt$/m);

    const again = capture();
    expect(await main(["ingest", SAMPLE, "--data", data, "--json"], again)).toBe(0);
    const result = IngestResult.parse(JSON.parse(again.out));
    expect(result.documents.map((d) => d.status)).toEqual(Array(5).fill("unchanged"));
    expect(result.summary.statements.inserted).toBe(0);

    const exported = capture();
    expect(await main(["export", "--data", data], exported)).toBe(0);
    const corpus = CorpusAnalysis.parse(JSON.parse(exported.out));
    expect(corpus.documents.map((d) => d.id)).toEqual(result.documents.map((d) => d.id));
  });

  it("reports unreadable files by name, ingests the rest, and exits 1", async () => {
    const dir = join(root, "mixed");
    const files = join(dir, "in");
    mkdirp(files);
    writeFileSync(join(files, "empty.txt"), "");
    writeFileSync(join(files, "levy.txt"), ARTICLE);
    const io = capture();
    expect(
      await main(
        ["ingest", files, join(files, "missing.txt"), "--data", join(dir, "db"), "--json"],
        io,
      ),
    ).toBe(1);
    const result = IngestResult.parse(JSON.parse(io.out));
    expect(result.documents.map((d) => d.origin)).toEqual([join(files, "levy.txt")]);
    expect(result.failures.map((f) => f.origin).sort()).toEqual(
      [join(files, "empty.txt"), join(files, "missing.txt")].sort(),
    );
    expect(io.err).toMatch(/empty\.txt: empty file/);
    expect(io.err).toMatch(/missing\.txt: no such file or directory/);
    expect(io.err).toMatch(/2 input\(s\) failed/);
  });

  it("draws a progress bar when stderr is a terminal", async () => {
    const dir = join(root, "tty");
    mkdirp(dir);
    writeFileSync(join(dir, "levy.txt"), ARTICLE);
    const io = capture({ isTTY: true });
    expect(await main(["ingest", join(dir, "levy.txt"), "--data", join(dir, "db")], io)).toBe(0);
    expect(io.err).toContain("\r\x1b[2Kextracting [########################] 1/1");
    expect(io.err.endsWith("\r\x1b[2K")).toBe(true);
  });

  it("sends the files through a running server's API with --server", async () => {
    const server = await startServer({
      port: 0,
      host: "127.0.0.1",
      dataDir: join(root, "server-db"),
      sampleDir: null,
      webRoot: null,
      log: () => {},
    });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const io = capture();
      expect(await main(["ingest", SAMPLE, "--server", base], io)).toBe(0);
      expect(io.out).toMatch(new RegExp(`^Ingested 5 document\\(s\\) into ${base}: 5 new`));
      expect(io.err.split("\n").filter((l) => l.startsWith("uploading "))).toHaveLength(5);
      const docs = Page(DocumentSummary).parse(await (await fetch(`${base}/api/documents`)).json());
      // The path as given is the origin, as with a local ingest.
      expect(docs.items.map((d) => d.origin).every((o) => o.startsWith(SAMPLE))).toBe(true);
      expect(docs.items).toHaveLength(5);

      const empty = join(root, "only-empty");
      mkdirp(empty);
      writeFileSync(join(empty, "empty.txt"), "");
      const bad = capture();
      expect(await main(["ingest", empty, "--server", base], bad)).toBe(1);
      expect(bad.err).toMatch(/empty\.txt: empty file/);
    } finally {
      await server.close();
    }
  });

  it("exits 1 naming the server when it cannot be reached", async () => {
    const dir = join(root, "unreachable");
    mkdirp(dir);
    writeFileSync(join(dir, "levy.txt"), ARTICLE);
    const io = capture();
    // Port 9 (discard) on loopback: nothing listens there.
    expect(await main(["ingest", dir, "--server", "http://127.0.0.1:9"], io)).toBe(1);
    expect(io.err).toMatch(/cannot reach http:\/\/127\.0\.0\.1:9/);
  });

  it("treats missing paths and bad options as usage errors (exit 2)", async () => {
    expect(await main(["ingest"], capture())).toBe(2);
    expect(await main(["ingest", SAMPLE, "--server", "localhost:3000"], capture())).toBe(2);
    expect(await main(["ingest", SAMPLE, "--server", "http://x", "--data", "d"], capture())).toBe(
      2,
    );
    const help = capture();
    expect(await main(["ingest", "--help"], help)).toBe(0);
    expect(help.out).toMatch(/--server URL/);
    expect(help.out).toMatch(/Exit codes/);
  });
});

function mkdirp(dir: string) {
  mkdirSync(dir, { recursive: true });
}
