/**
 * API benchmark (not a test): loads a generated corpus of 10,000 articles (~100,000 statements; see
 * corpus.ts: CorpusAnalysis data made directly, not by the extractor) into PGlite, then drives
 * GET /api/compare and GET /api/statements with autocannon on 127.0.0.1, beside a trivial Hono JSON
 * route as the ceiling. Prints req/s, p50 and p99, and the ingest rate.
 *
 *   npm run bench -w @stancemap/api            (ARTICLES=2000 SECONDS=5 for a quick run)
 */
import { fork } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createStore } from "@stancemap/store";
import autocannon from "autocannon";
import { DEFAULT_SHAPE, generateCorpus } from "./corpus.js";

// A benchmark script's knobs; the app itself reads its environment only in src/env.ts.
const ARTICLES = Number(process.argv[2] ?? DEFAULT_SHAPE.articles);
const SECONDS = Number(process.argv[3] ?? 10);
const CONNECTIONS = 10;
const BATCH = 1000;
const TARGETS = { compareP99Ms: 25, shareOfTrivial: 0.3, ingestPerSecond: 200 };

const dir = mkdtempSync(join(tmpdir(), "stancemap-bench-"));
const dataDir = join(dir, "db");

try {
  const corpus = generateCorpus({ ...DEFAULT_SHAPE, articles: ARTICLES });
  const store = await createStore({ dataDir });
  let statements = 0;
  let ingestMs = 0;
  try {
    for (let from = 0; from < ARTICLES; from += BATCH) {
      const batch = corpus.batch(from, Math.min(ARTICLES, from + BATCH));
      const started = performance.now();
      const summary = await store.ingestCorpus(batch, { actor: "bench" });
      ingestMs += performance.now() - started;
      statements += summary.statements.inserted;
      process.stderr.write(`\ringested ${Math.min(ARTICLES, from + BATCH)}/${ARTICLES} articles`);
    }
  } finally {
    await store.close();
  }
  process.stderr.write("\n");
  const ingestRate = ARTICLES / (ingestMs / 1000);

  // The server runs in its own process, as in production; autocannon gets the other core.
  const child = fork(new URL("./serve-corpus.ts", import.meta.url), [dataDir], {
    execArgv: process.execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  type Ports = { app: number; uncached: number; trivial: number };
  const ports = await new Promise<Ports>((resolve, reject) => {
    child.once("message", (message) => resolve(message as Ports));
    child.once("exit", (code) => reject(new Error(`the server process exited (${code})`)));
  });
  try {
    // Requests cycle through several actors and topics, so no single query stays hot.
    const roots = corpus.roots;
    const topics = corpus.topics.map((t) => t.id);
    const comparePaths = Array.from({ length: 40 }, (_, i) => ({
      path: `/api/compare?actors=${roots[i % roots.length]},${roots[(i * 7 + 3) % roots.length]}&topics=${topics[(i * 13) % topics.length]},${topics[(i * 31 + 5) % topics.length]}`,
    }));
    const statementPaths = Array.from({ length: 40 }, (_, i) => ({
      path:
        i % 2 === 0
          ? `/api/statements?topic=${topics[i % topics.length]}&limit=50`
          : `/api/statements?actor=${roots[i % roots.length]}&stance=opposes&limit=50`,
    }));
    const run = async (name: string, port: number, requests: { path: string }[]) => {
      const url = `http://127.0.0.1:${port}`;
      // Warm-up: JIT, caches, and a check that the route answers 200.
      for (const { path } of requests.slice(0, 10)) {
        const res = await fetch(url + path);
        if (res.status !== 200) throw new Error(`${name}: ${path} answered ${res.status}`);
        await res.arrayBuffer();
      }
      const result = await autocannon({
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests,
      });
      if (result.errors + result.timeouts + result.non2xx > 0) {
        throw new Error(
          `${name}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
        );
      }
      return {
        name,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        kb: result.throughput.average / result.requests.average / 1024,
      };
    };
    const trivial = await run("trivial Hono JSON", ports.trivial, [{ path: "/" }]);
    const compare = await run("GET /api/compare", ports.app, comparePaths);
    const list = await run("GET /api/statements", ports.app, statementPaths);
    const compareDb = await run("  uncached", ports.uncached, comparePaths);
    const listDb = await run("  uncached", ports.uncached, statementPaths);

    const pad = (s: string, n: number) => s.padEnd(n);
    console.log(
      `\nCorpus: ${ARTICLES} generated articles, ${statements} statements, ${corpus.actors.length} actors, ${corpus.topics.length} topics, ${corpus.sources.length} sources (PGlite on disk)`,
    );
    console.log(
      `Ingest: ${ingestRate.toFixed(0)} articles/s (${(ingestMs / 1000).toFixed(1)} s in batches of ${BATCH}; target ≥ ${TARGETS.ingestPerSecond})`,
    );
    console.log(
      `\nautocannon: ${CONNECTIONS} connections, ${SECONDS} s per route, 127.0.0.1; 40 distinct URLs per API route. "uncached": the app with its response cache off (every request reaches PGlite).`,
    );
    console.log(
      `${pad("route", 22)}${pad("req/s", 10)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}${pad("KB/resp", 9)}of trivial`,
    );
    for (const r of [trivial, compare, compareDb, list, listDb]) {
      console.log(
        `${pad(r.name, 22)}${pad(r.rps.toFixed(0), 10)}${pad(String(r.p50), 9)}${pad(String(r.p99), 9)}${pad(r.kb.toFixed(1), 9)}${((100 * r.rps) / trivial.rps).toFixed(0)}%`,
      );
    }
    const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
    console.log(
      `\nTargets: compare p99 ≤ ${TARGETS.compareP99Ms} ms: ${verdict(compare.p99 <= TARGETS.compareP99Ms)}; compare ≥ 30% of trivial: ${verdict(compare.rps >= TARGETS.shareOfTrivial * trivial.rps)}; statements ≥ 30% of trivial: ${verdict(list.rps >= TARGETS.shareOfTrivial * trivial.rps)}; ingest ≥ ${TARGETS.ingestPerSecond}/s: ${verdict(ingestRate >= TARGETS.ingestPerSecond)}`,
    );
  } finally {
    child.disconnect();
    await once(child, "exit");
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
