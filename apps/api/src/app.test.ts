/** Every route through `app.request`, against a real store on PGlite holding the sample corpus. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractCorpus } from "@stancemap/extract";
import {
  ActorDetail,
  ActorSummary,
  ComparisonTable,
  CorpusAnalysis,
  checkCorpusIntegrity,
  DocumentDetail,
  DocumentSummary,
  ExportRow,
  IngestResult,
  Page,
  ReviewResult,
  rootActorId,
  SearchResults,
  SourceSummary,
  type Statement,
  StatementHistory,
  StatementRecord,
  Topic,
  TopicDetail,
  TopicSummary,
} from "@stancemap/schema";
import type { Repository, Store } from "@stancemap/store";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectProblem, makeSnapshots, openStore, type Snapshots } from "../test/store.js";
import { createApp } from "./app.js";
import { EXPORT_COLUMNS } from "./export-format.js";

let snapshots: Snapshots;

beforeAll(async () => {
  snapshots = await makeSnapshots();
}, 120_000);

const get = async (app: ReturnType<typeof createApp>, path: string) => {
  const res = await app.request(path);
  // biome-ignore lint/suspicious/noExplicitAny: tests parse bodies with the public schemas.
  const body: any = res.headers.get("content-type")?.includes("json") ? await res.json() : null;
  return { res, body };
};

const postJson = (app: ReturnType<typeof createApp>, path: string, body: unknown) =>
  app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

const patchJson = (app: ReturnType<typeof createApp>, path: string, body: unknown) =>
  app.request(path, {
    method: "PATCH",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

/** Written for these tests: two outlets report one minister's position on one issue. */
const ARTICLE = [
  "The foreign minister of Norland, Erik Dahl, said on Monday that his country would never accept the new border tax.",
  "",
  "“We will not pay for a wall we did not build,” Dahl told reporters in the capital.",
].join("\n");

describe("read routes on the sample corpus", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let statements: Statement[];

  beforeAll(async () => {
    store = await openStore(snapshots.sample);
    app = createApp({ store, extract: extractCorpus });
    const page = Page(StatementRecord).parse((await get(app, "/api/statements?limit=500")).body);
    expect(page.nextCursor).toBeNull();
    statements = page.items;
  });
  afterAll(async () => {
    await store.close();
  });

  it("ingested the sample through the extractor", () => {
    expect(snapshots.ingest.documents).toHaveLength(5);
    expect(snapshots.ingest.failures).toEqual([]);
    expect(statements.length).toBe(snapshots.ingest.summary.statements.inserted);
    expect(statements.length).toBeGreaterThan(0);
  });

  describe("GET /health", () => {
    it("answers ok when the database does", async () => {
      const { res, body } = await get(app, "/health");
      expect(res.status).toBe(200);
      expect(body).toEqual({ status: "ok" });
    });
  });

  describe("GET /api/documents", () => {
    it("pages through the document summaries in ingest order", async () => {
      const first = await get(app, "/api/documents?limit=2");
      expect(first.res.status).toBe(200);
      const page1 = Page(DocumentSummary).parse(first.body);
      expect(page1.items).toHaveLength(2);
      expect(page1.nextCursor).not.toBeNull();
      const seen = [...page1.items];
      let cursor = page1.nextCursor;
      while (cursor) {
        const page = Page(DocumentSummary).parse(
          (await get(app, `/api/documents?limit=2&cursor=${encodeURIComponent(cursor)}`)).body,
        );
        seen.push(...page.items);
        cursor = page.nextCursor;
      }
      expect(seen.map((d) => d.id)).toEqual(snapshots.ingest.documents.map((d) => d.id));
      for (const doc of seen) {
        expect(doc).not.toHaveProperty("text");
        expect(doc.statementCount).toBe(statements.filter((s) => s.documentId === doc.id).length);
      }
    });

    it("filters by source", async () => {
      const all = Page(DocumentSummary).parse((await get(app, "/api/documents")).body).items;
      const withSource = all.find((d) => d.sourceId !== null);
      if (!withSource?.sourceId) return expect(all.every((d) => d.sourceId === null)).toBe(true);
      const page = Page(DocumentSummary).parse(
        (await get(app, `/api/documents?source=${withSource.sourceId}`)).body,
      );
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.every((d) => d.sourceId === withSource.sourceId)).toBe(true);
    });

    it("rejects a bad page size, an unknown parameter and a broken cursor with 400", async () => {
      const limit = await expectProblem(
        await app.request("/api/documents?limit=0"),
        400,
        "validation_failed",
      );
      expect(limit.errors?.map((e) => e.path)).toEqual(["limit"]);
      expect(limit.detail).toMatch(/query parameter limit/);
      const unknown = await expectProblem(
        await app.request("/api/documents?sauce=x"),
        400,
        "validation_failed",
      );
      expect(unknown.errors?.map((e) => e.path)).toEqual(["sauce"]);
      await expectProblem(
        await app.request("/api/documents?cursor=not-a-cursor"),
        400,
        "validation_failed",
      );
    });
  });

  describe("GET /api/documents/{id}", () => {
    it("returns the text, excluded ranges and statements whose spans anchor in it", async () => {
      const id = snapshots.ingest.documents[0]?.id ?? "";
      const { res, body } = await get(app, `/api/documents/${id}`);
      expect(res.status).toBe(200);
      const detail = DocumentDetail.parse(body);
      expect(detail.document.id).toBe(id);
      expect(detail.document.text.length).toBeGreaterThan(100);
      expect(detail.statements.map((s) => s.id)).toEqual(
        statements.filter((s) => s.documentId === id).map((s) => s.id),
      );
      for (const stm of detail.statements) {
        expect(detail.document.text.slice(stm.evidence.start, stm.evidence.end)).toBe(
          stm.evidence.exact,
        );
      }
      for (const range of detail.document.excluded) {
        expect(range.end).toBeLessThanOrEqual(detail.document.text.length);
      }
    });

    it("answers 400 for a malformed id and 404 for an unknown one", async () => {
      const bad = await expectProblem(
        await app.request("/api/documents/putin"),
        400,
        "validation_failed",
      );
      expect(bad.errors?.[0]?.path).toBe("id");
      expect(bad.detail).toMatch(/path parameter id/);
      const missing = await expectProblem(
        await app.request("/api/documents/doc_0000000000000000"),
        404,
        "not_found",
      );
      expect(missing.detail).toMatch(/doc_0000000000000000/);
      expect(missing.instance).toBe("/api/documents/doc_0000000000000000");
    });
  });

  describe("GET /api/sources", () => {
    it("lists the outlets with their document counts", async () => {
      const { res, body } = await get(app, "/api/sources");
      expect(res.status).toBe(200);
      const page = Page(SourceSummary).parse(body);
      expect(page.nextCursor).toBeNull();
      const docs = Page(DocumentSummary).parse((await get(app, "/api/documents")).body).items;
      for (const source of page.items) {
        expect(source.documentCount).toBe(docs.filter((d) => d.sourceId === source.id).length);
      }
    });

    it("rejects unknown parameters", async () => {
      const problem = await expectProblem(
        await app.request("/api/sources?name=x"),
        400,
        "validation_failed",
      );
      expect(problem.errors?.map((e) => e.path)).toEqual(["name"]);
    });
  });

  describe("GET /api/actors and /api/actors/{id}", () => {
    it("lists actors with the statements they hold", async () => {
      const { res, body } = await get(app, "/api/actors");
      expect(res.status).toBe(200);
      const actors = Page(ActorSummary).parse(body).items;
      for (const actor of actors) {
        expect(actor.statementCount).toBe(statements.filter((s) => s.holderId === actor.id).length);
      }
      const holders = new Set(statements.map((s) => s.holderId));
      for (const id of holders) expect(actors.map((a) => a.id)).toContain(id);
    });

    it("gives an actor's positions by topic, its members' included", async () => {
      const actors = Page(ActorSummary).parse((await get(app, "/api/actors")).body).items;
      const byId = new Map(actors.map((a) => [a.id, a]));
      // The root with the most statements under it: its detail has positions to check.
      const counts = new Map<string, number>();
      for (const stm of statements) {
        const root = rootActorId(stm.holderId, byId) ?? stm.holderId;
        counts.set(root, (counts.get(root) ?? 0) + 1);
      }
      const [rootId] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
      const { res, body } = await get(app, `/api/actors/${rootId}`);
      expect(res.status).toBe(200);
      const detail = ActorDetail.parse(body);
      expect(detail.actor.id).toBe(rootId);
      const positions = detail.positions.flatMap((p) => p.statements);
      expect(positions.length).toBeGreaterThan(0);
      for (const position of detail.positions) {
        for (const stm of position.statements) {
          expect(stm.topicId).toBe(position.topic.id);
          expect(rootActorId(stm.holderId, byId)).toBe(rootId);
        }
      }
      for (const member of detail.members) expect(member.memberOf[0]).toBe(rootId);
    });

    it("answers 400 for a malformed id and 404 for an unknown one", async () => {
      await expectProblem(await app.request("/api/actors/Putin"), 400, "validation_failed");
      await expectProblem(await app.request("/api/actors/act_nobodyatall"), 404, "not_found");
      await expectProblem(await app.request("/api/actors?limit=5"), 400, "validation_failed");
    });
  });

  describe("GET /api/topics and /api/topics/{id}", () => {
    it("lists topics with counts and gives one topic's comparison rows", async () => {
      const { res, body } = await get(app, "/api/topics");
      expect(res.status).toBe(200);
      const topics = Page(TopicSummary).parse(body).items;
      expect(topics.length).toBeGreaterThan(0);
      for (const topic of topics) {
        expect(topic.statementCount).toBe(statements.filter((s) => s.topicId === topic.id).length);
      }
      const busiest = [...topics].sort((a, b) => b.statementCount - a.statementCount)[0];
      const detail = TopicDetail.parse((await get(app, `/api/topics/${busiest?.id}`)).body);
      expect(detail.topic.id).toBe(busiest?.id);
      const inRows = detail.rows.flatMap((r) => r.statements);
      expect(inRows.length).toBe(busiest?.statementCount);
      expect(inRows.every((s) => s.topicId === busiest?.id)).toBe(true);
    });

    it("answers 400 for a malformed id and 404 for an unknown one", async () => {
      await expectProblem(await app.request("/api/topics/top_"), 400, "validation_failed");
      await expectProblem(await app.request("/api/topics/top_nosuchtopic"), 404, "not_found");
    });
  });

  describe("GET /api/statements", () => {
    it("pages through every statement in a stable order", async () => {
      const seen: Statement[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
        const { res, body } = await get(app, `/api/statements?limit=7${query}`);
        expect(res.status).toBe(200);
        const page = Page(StatementRecord).parse(body);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    });

    it("filters by actor (members included), topic, source, mode, stance and date", async () => {
      const actors = Page(ActorSummary).parse((await get(app, "/api/actors")).body).items;
      const byId = new Map(actors.map((a) => [a.id, a]));
      const sample = statements[0] as Statement;
      const root = rootActorId(sample.holderId, byId) ?? sample.holderId;
      const byActor = Page(StatementRecord).parse(
        (await get(app, `/api/statements?actor=${root}&limit=500`)).body,
      ).items;
      expect(byActor.map((s) => s.id)).toContain(sample.id);
      for (const stm of byActor) {
        // The holder is the actor or has it on its primary memberOf chain.
        const chain: string[] = [];
        for (let id: string | undefined = stm.holderId; id && !chain.includes(id); ) {
          chain.push(id);
          id = byId.get(id)?.memberOf[0];
        }
        expect(chain).toContain(root);
      }
      const byTopic = Page(StatementRecord).parse(
        (await get(app, `/api/statements?topic=${sample.topicId}&limit=500`)).body,
      ).items;
      expect(byTopic.map((s) => s.id)).toEqual(
        statements.filter((s) => s.topicId === sample.topicId).map((s) => s.id),
      );
      const combined = Page(StatementRecord).parse(
        (
          await get(
            app,
            `/api/statements?mode=${sample.mode}&stance=${sample.stance}&reviewStatus=unreviewed&limit=500`,
          )
        ).body,
      ).items;
      expect(combined.map((s) => s.id)).toEqual(
        statements
          .filter((s) => s.mode === sample.mode && s.stance === sample.stance)
          .map((s) => s.id),
      );
      const docs = Page(DocumentSummary).parse((await get(app, "/api/documents")).body).items;
      const sourced = docs.find((d) => d.sourceId);
      if (sourced?.sourceId) {
        const bySource = Page(StatementRecord).parse(
          (await get(app, `/api/statements?source=${sourced.sourceId}&limit=500`)).body,
        ).items;
        const docIds = new Set(
          docs.filter((d) => d.sourceId === sourced.sourceId).map((d) => d.id),
        );
        expect(bySource.every((s) => docIds.has(s.documentId))).toBe(true);
      }
      const future = Page(StatementRecord).parse(
        (await get(app, "/api/statements?from=2999")).body,
      );
      expect(future).toEqual({ items: [], nextCursor: null });
    });

    it("names the offending parameter in a 400", async () => {
      const mode = await expectProblem(
        await app.request("/api/statements?mode=shouting"),
        400,
        "validation_failed",
      );
      expect(mode.errors?.map((e) => e.path)).toEqual(["mode"]);
      const limit = await expectProblem(
        await app.request("/api/statements?limit=501"),
        400,
        "validation_failed",
      );
      expect(limit.errors?.map((e) => e.path)).toEqual(["limit"]);
      const date = await expectProblem(
        await app.request("/api/statements?from=2025-13"),
        400,
        "validation_failed",
      );
      expect(date.errors?.map((e) => e.path)).toEqual(["from"]);
      await expectProblem(
        await app.request("/api/statements?actorId=act_x"),
        400,
        "validation_failed",
      );
    });

    it("answers an unknown but well-formed actor with an empty page", async () => {
      const { res, body } = await get(app, "/api/statements?actor=act_nobodyatall");
      expect(res.status).toBe(200);
      expect(body).toEqual({ items: [], nextCursor: null });
    });
  });

  describe("GET /api/compare", () => {
    it("lays out root actor × topic rows with one cell per document, sources as columns", async () => {
      const { res, body } = await get(app, "/api/compare");
      expect(res.status).toBe(200);
      const table = ComparisonTable.parse(body);
      const actors = new Map(table.actors.map((a) => [a.id, a]));
      const docs = new Map(
        Page(DocumentSummary)
          .parse((await get(app, "/api/documents")).body)
          .items.map((d) => [d.id, d]),
      );
      // Unreviewed, so every statement is in exactly one cell.
      const inCells = table.rows.flatMap((r) => r.cells.flatMap((c) => c.statements));
      expect(inCells.map((s) => s.id).sort()).toEqual(statements.map((s) => s.id).sort());
      const names = table.sources.map((s) => s.name.toLowerCase());
      expect(names).toEqual([...names].sort());
      const column = (id: string | null) =>
        id === null ? table.sources.length : table.sources.findIndex((s) => s.id === id);
      for (const row of table.rows) {
        expect(actors.has(row.actorId)).toBe(true);
        expect(table.topics.map((t) => t.id)).toContain(row.topicId);
        const columns = row.cells.map((c) => column(c.sourceId));
        expect(columns).toEqual([...columns].sort((a, b) => a - b));
        expect(columns.every((c) => c >= 0)).toBe(true);
        const documents = row.cells.map((c) => c.documentId);
        expect(new Set(documents).size).toBe(documents.length);
        if (new Set(documents).size === 1) expect(row.agreement).toBe("single_source");
        else expect(row.agreement).not.toBe("single_source");
        for (const cell of row.cells) {
          expect(cell.sourceId).toBe(docs.get(cell.documentId)?.sourceId);
          expect(cell.publishedAt).toBe(docs.get(cell.documentId)?.publishedAt);
          for (const stm of cell.statements) {
            expect(stm.documentId).toBe(cell.documentId);
            expect(stm.topicId).toBe(row.topicId);
            expect(rootActorId(stm.holderId, actors)).toBe(row.actorId);
          }
        }
      }
    });

    it("narrows to the given actors and topics", async () => {
      const full = ComparisonTable.parse((await get(app, "/api/compare")).body);
      const row = full.rows[0];
      if (!row) throw new Error("the sample should give at least one comparison row");
      const table = ComparisonTable.parse(
        (await get(app, `/api/compare?actors=${row.actorId}&topics=${row.topicId}`)).body,
      );
      expect(table.rows).toEqual([row]);
      const byActor = ComparisonTable.parse(
        (await get(app, `/api/compare?actors=${row.actorId},act_nobodyatall`)).body,
      );
      expect(byActor.rows.map((r) => r.actorId)).toEqual(
        full.rows.filter((r) => r.actorId === row.actorId).map((r) => r.actorId),
      );
    });

    it("names a malformed id by its position, and answers unknown ids with an empty table", async () => {
      const bad = await expectProblem(
        await app.request("/api/compare?actors=act_russia,putin"),
        400,
        "validation_failed",
      );
      expect(bad.errors?.map((e) => e.path)).toEqual(["actors.1"]);
      await expectProblem(await app.request("/api/compare?topics=,"), 400, "validation_failed");
      const { res, body } = await get(app, "/api/compare?actors=act_nobodyatall");
      expect(res.status).toBe(200);
      expect(body).toEqual({ sources: [], actors: [], topics: [], rows: [] });
    });
  });

  describe("GET /api/search", () => {
    it("finds statements by their words", async () => {
      const stm = statements.find((s) => /\b[A-Za-z]{6,}\b/.test(s.evidence.exact)) as Statement;
      const word = (stm.evidence.exact.match(/\b[A-Za-z]{6,}\b/) ?? [""])[0];
      const { res, body } = await get(app, `/api/search?q=${encodeURIComponent(word)}`);
      expect(res.status).toBe(200);
      const results = SearchResults.parse(body);
      expect(results.statements.length).toBeGreaterThan(0);
      expect(results.statements.map((s) => s.id)).toContain(stm.id);
      expect(results.documents.map((d) => d.id)).toContain(stm.documentId);
    });

    it("answers a missing query with 400 and a word nobody used with nothing", async () => {
      const missing = await expectProblem(
        await app.request("/api/search"),
        400,
        "validation_failed",
      );
      expect(missing.errors?.map((e) => e.path)).toEqual(["q"]);
      await expectProblem(await app.request("/api/search?q=%20%20"), 400, "validation_failed");
      const { body } = await get(app, "/api/search?q=xylophonequartz");
      expect(SearchResults.parse(body)).toEqual({ statements: [], documents: [], actors: [] });
    });
  });

  describe("GET /api/export", () => {
    it("exports a self-consistent CorpusAnalysis as json", async () => {
      const { res, body } = await get(app, "/api/export");
      expect(res.status).toBe(200);
      const corpus = CorpusAnalysis.parse(body);
      expect(checkCorpusIntegrity(corpus)).toEqual([]);
      expect(corpus.documents.map((d) => d.id)).toEqual(
        snapshots.ingest.documents.map((d) => d.id),
      );
      expect(corpus.statements.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    });

    it("exports one flat row per statement as csv and ndjson", async () => {
      const csv = await app.request("/api/export?format=csv");
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
      expect(csv.headers.get("content-disposition")).toMatch(/stancemap-export\.csv/);
      const text = await csv.text();
      expect(text.split("\r\n")[0]).toBe(EXPORT_COLUMNS.join(","));
      const nd = await app.request("/api/export?format=ndjson");
      expect(nd.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
      const rows = (await nd.text())
        .split("\n")
        .filter(Boolean)
        .map((line) => ExportRow.parse(JSON.parse(line)));
      expect(rows.map((r) => r.statementId)).toEqual(statements.map((s) => s.id));
      for (const [i, row] of rows.entries()) {
        const stm = statements[i] as Statement;
        expect(row.exact).toBe(stm.evidence.exact);
        expect(row.chain.split(" ← ")).toHaveLength(stm.chain.length || 1);
      }
    });

    it("rejects an unknown format", async () => {
      const problem = await expectProblem(
        await app.request("/api/export?format=xml"),
        400,
        "validation_failed",
      );
      expect(problem.errors?.map((e) => e.path)).toEqual(["format"]);
    });
  });

  describe("OpenAPI, docs and unknown routes", () => {
    it("serves the OpenAPI document and a reference page listing every operation", async () => {
      const { res, body } = await get(app, "/openapi.json");
      expect(res.status).toBe(200);
      expect(body.openapi).toBe("3.1.0");
      const paths = Object.keys(body.paths);
      expect(paths).toEqual(
        expect.arrayContaining([
          "/health",
          "/api/documents",
          "/api/documents/{id}",
          "/api/sources",
          "/api/actors",
          "/api/actors/{id}",
          "/api/topics",
          "/api/topics/{id}",
          "/api/statements",
          "/api/statements/{id}/review",
          "/api/statements/{id}/history",
          "/api/topics/{id}/merge",
          "/api/compare",
          "/api/search",
          "/api/export",
        ]),
      );
      const docs = await app.request("/docs");
      expect(docs.status).toBe(200);
      expect(docs.headers.get("content-type")).toMatch(/^text\/html/);
      const html = await docs.text();
      for (const path of paths) expect(html).toContain(`<code>${path}</code>`);
      expect(html).not.toMatch(/<script/i);
    });

    it("answers unknown routes and methods with a 404 problem", async () => {
      const route = await expectProblem(
        await app.request("/api/nothing-here"),
        404,
        "route_not_found",
      );
      expect(route.detail).toBe("No route GET /api/nothing-here");
      await expectProblem(
        await app.request("/api/documents", { method: "DELETE" }),
        404,
        "route_not_found",
      );
    });
  });

  it("turns an unexpected error into a 500 problem without leaking it", async () => {
    const logged: unknown[] = [];
    const broken: Repository = {
      ...store,
      listSources: () => Promise.reject(new Error("secret: connection to /var/db failed")),
    };
    const failing = createApp(
      { store: broken, extract: extractCorpus },
      { logError: (error) => logged.push(error) },
    );
    const res = await failing.request("/api/sources");
    const problem = await expectProblem(res, 500, "internal_error");
    expect(JSON.stringify(problem)).not.toMatch(/secret|\/var\/db|at /);
    expect(logged).toHaveLength(1);
  });

  it("serves a built web UI, with the single page for client routes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stancemap-web-"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>Stancemap</title>");
    writeFileSync(join(dir, "app.js"), "console.log(1)");
    const web = createApp({ store, extract: extractCorpus }, { webRoot: dir });
    expect(await (await web.request("/")).text()).toMatch(/<title>Stancemap/);
    expect((await web.request("/app.js")).headers.get("content-type")).toMatch(/javascript/);
    expect(await (await web.request("/actors/act_someone")).text()).toMatch(/<title>Stancemap/);
    expect((await web.request("/api/actors")).status).toBe(200);
    await expectProblem(await web.request("/api/nothing-here"), 404, "route_not_found");
  });
});

describe("write routes", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeEach(async () => {
    store = await openStore(snapshots.sample);
    // Local mode: every write is recorded under the local user's name.
    app = createApp({ store, extract: extractCorpus }, { auth: { localUser: "alice" } });
  });
  afterEach(async () => {
    await store.close();
  });

  describe("POST /api/documents", () => {
    it("ingests one article sent as JSON, with its metadata, and leaves a repeat unchanged", async () => {
      const input = {
        text: ARTICLE,
        title: "Norland rejects border tax",
        outlet: "Harbour Gazette",
        date: "2025-02-03",
        url: "https://harbour.example/norland-tax",
      };
      const res = await postJson(app, "/api/documents", input);
      expect(res.status).toBe(201);
      const result = IngestResult.parse(await res.json());
      expect(result.failures).toEqual([]);
      expect(result.documents).toHaveLength(1);
      const [doc] = result.documents;
      expect(doc).toMatchObject({
        origin: input.url,
        title: input.title,
        status: "created",
      });
      expect(result.summary.documents.created).toEqual([doc?.id]);
      const detail = DocumentDetail.parse((await get(app, `/api/documents/${doc?.id}`)).body);
      expect(detail.document.title).toBe(input.title);
      expect(detail.document.publishedAt).toBe("2025-02-03");
      expect(detail.document.url).toBe(input.url);
      expect(detail.document.text).toContain(ARTICLE);
      expect(detail.statements).toHaveLength(doc?.statementCount ?? -1);
      const sources = Page(SourceSummary).parse((await get(app, "/api/sources")).body).items;
      expect(sources.find((s) => s.id === detail.document.sourceId)?.name).toMatch(/Harbour/);

      const again = await postJson(app, "/api/documents", input);
      expect(again.status).toBe(200);
      const repeat = IngestResult.parse(await again.json());
      expect(repeat.documents.map((d) => d.status)).toEqual(["unchanged"]);
      expect(repeat.summary.auditEventId).toBeNull();
    });

    it("ingests uploaded files and reports the unreadable ones by name", async () => {
      const form = new FormData();
      form.append("files", new File([ARTICLE], "norland.txt"));
      form.append("files", new File([""], "empty.txt"));
      form.append("files", new File(["%PDF-1.7"], "scan.pdf"));
      const res = await app.request("/api/documents", { method: "POST", body: form });
      expect(res.status).toBe(201);
      const result = IngestResult.parse(await res.json());
      expect(result.documents.map((d) => [d.origin, d.status])).toEqual([
        ["norland.txt", "created"],
      ]);
      expect(result.failures.map((f) => f.origin).sort()).toEqual(["empty.txt", "scan.pdf"]);
      expect(result.failures.find((f) => f.origin === "empty.txt")?.message).toMatch(/empty/);
      expect(result.failures.find((f) => f.origin === "scan.pdf")?.message).toMatch(
        /unsupported file type/,
      );
    });

    it("answers 422 when no file holds a readable article", async () => {
      const form = new FormData();
      form.append("files", new File([""], "empty.txt"));
      const problem = await expectProblem(
        await app.request("/api/documents", { method: "POST", body: form }),
        422,
        "no_documents",
      );
      expect(problem.errors).toEqual([
        { path: "empty.txt", message: expect.stringMatching(/empty/) },
      ]);
    });

    it("names invalid JSON fields, and refuses malformed JSON and other media types", async () => {
      const missing = await expectProblem(
        await postJson(app, "/api/documents", { title: "No text" }),
        400,
        "validation_failed",
      );
      expect(missing.errors?.map((e) => e.path)).toEqual(["text"]);
      expect(missing.detail).toMatch(/JSON body field text/);
      const multiline = await expectProblem(
        await postJson(app, "/api/documents", { text: ARTICLE, title: "two\nlines" }),
        400,
        "validation_failed",
      );
      expect(multiline.errors?.map((e) => e.path)).toEqual(["title"]);
      await expectProblem(
        await postJson(app, "/api/documents", { text: ARTICLE, date: "March 3" }),
        400,
        "validation_failed",
      );
      await expectProblem(
        await app.request("/api/documents", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: "{ not json",
        }),
        400,
        "bad_request",
      );
      await expectProblem(
        await app.request("/api/documents", {
          method: "POST",
          headers: { "Content-Type": "text/plain" },
          body: ARTICLE,
        }),
        415,
        "unsupported_media_type",
      );
      const wrongField = await expectProblem(
        await app.request("/api/documents", {
          method: "POST",
          body: (() => {
            const form = new FormData();
            form.append("file", new File([ARTICLE], "a.txt"));
            return form;
          })(),
        }),
        400,
        "validation_failed",
      );
      expect(wrongField.errors?.map((e) => e.path).sort()).toEqual(["file", "files"]);
    });

    it("refuses a file over 5 MB and a request over 10 MB with 413", async () => {
      const big = new Uint8Array(5 * 1024 * 1024 + 1).fill(97);
      const form = new FormData();
      form.append("files", new File([big], "huge.txt"));
      const file = await expectProblem(
        await app.request("/api/documents", { method: "POST", body: form }),
        413,
        "payload_too_large",
      );
      expect(file.detail).toBe(
        "huge.txt is too large (5242881 bytes); the limit is 5 MB per file.",
      );

      const body = JSON.stringify({ text: "a".repeat(10 * 1024 * 1024 + 1) });
      const declared = await expectProblem(
        await app.request("/api/documents", {
          method: "POST",
          headers: { "Content-Type": "application/json", "Content-Length": String(body.length) },
          body,
        }),
        413,
        "payload_too_large",
      );
      expect(declared.detail).toMatch(/larger than 10 MB/);
      // Without Content-Length the limit applies while the body streams in.
      const bytes = new TextEncoder().encode(body);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 1 << 20)
            controller.enqueue(bytes.slice(i, i + (1 << 20)));
          controller.close();
        },
      });
      await expectProblem(
        await app.request("/api/documents", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: stream,
          duplex: "half",
        } as RequestInit),
        413,
        "payload_too_large",
      );
    });
  });

  describe("POST /api/statements/{id}/review and GET /api/statements/{id}/history", () => {
    const firstStatement = async () =>
      Page(StatementRecord).parse((await get(app, "/api/statements?limit=1")).body)
        .items[0] as StatementRecord;

    it("records an accept and shows it in the history", async () => {
      const stm = await firstStatement();
      const res = await postJson(app, `/api/statements/${stm.id}/review`, {
        action: "accept",
        note: "Checked against the text.",
        expectedVersion: stm.version,
      });
      expect(res.status).toBe(201);
      const result = ReviewResult.parse(await res.json());
      expect(result.statement.reviewStatus).toBe("accepted");
      expect(result.decision).toMatchObject({
        statementId: stm.id,
        action: "accept",
        reviewer: "alice",
      });
      expect(result.version).toBe(2);
      expect(res.headers.get("etag")).toBe('"2"');
      const { res: hres, body } = await get(app, `/api/statements/${stm.id}/history`);
      expect(hres.status).toBe(200);
      const history = StatementHistory.parse(body);
      expect(history.decisions.map((d) => d.id)).toEqual([result.decision.id]);
      expect(history.events.map((e) => [e.action, e.actor, e.entityId])).toEqual([
        ["review", "alice", stm.id],
      ]);
    });

    it("takes a rejected statement out of the comparison, even one read before", async () => {
      const stm = await firstStatement();
      // Read first, so a cached answer would show the statement still there.
      const before = ComparisonTable.parse((await get(app, "/api/compare")).body);
      const listed = before.rows.flatMap((r) =>
        r.cells.flatMap((c) => c.statements.map((s) => s.id)),
      );
      expect(listed).toContain(stm.id);
      const res = await postJson(app, `/api/statements/${stm.id}/review`, {
        action: "reject",
        expectedVersion: stm.version,
      });
      expect(res.status).toBe(201);
      const table = ComparisonTable.parse((await get(app, "/api/compare")).body);
      const ids = table.rows.flatMap((r) => r.cells.flatMap((c) => c.statements.map((s) => s.id)));
      expect(ids).not.toContain(stm.id);
    });

    it("answers a stale version with 412 and the current statement, a missing one with 428", async () => {
      const stm = await firstStatement();
      const { res: read } = await get(app, `/api/statements/${stm.id}`);
      expect(read.headers.get("etag")).toBe(`"${stm.version}"`);
      const first = await app.request(`/api/statements/${stm.id}/review`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "If-Match": `"${stm.version}"` },
        body: JSON.stringify({ action: "accept" }),
      });
      expect(first.status).toBe(201);
      const stale = await expectProblem(
        await postJson(app, `/api/statements/${stm.id}/review`, {
          action: "reject",
          expectedVersion: stm.version,
        }),
        412,
        "stale_version",
      );
      expect(StatementRecord.parse(stale.current)).toMatchObject({
        id: stm.id,
        reviewStatus: "accepted",
        version: stm.version + 1,
      });
      await expectProblem(
        await postJson(app, `/api/statements/${stm.id}/review`, { action: "reject" }),
        428,
        "precondition_required",
      );
      const mismatch = await app.request(`/api/statements/${stm.id}/review`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "If-Match": '"7"' },
        body: JSON.stringify({ action: "reject", expectedVersion: 8 }),
      });
      await expectProblem(mismatch, 400, "validation_failed");
      await expectProblem(
        await postJson(app, `/api/statements/${stm.id}/review`, {
          action: "correct",
          correction: { topicId: "top_nosuchtopic" },
          expectedVersion: stm.version + 1,
        }),
        422,
        "invalid_reference",
      );
      // Only the first decision was stored.
      expect(await store.listReviewDecisions(stm.id)).toHaveLength(1);
    });

    it("names invalid review fields in a 400", async () => {
      const stm = await firstStatement();
      const action = await expectProblem(
        await postJson(app, `/api/statements/${stm.id}/review`, {
          action: "maybe",
          expectedVersion: 1,
        }),
        400,
        "validation_failed",
      );
      expect(action.errors?.map((e) => e.path)).toEqual(["action"]);
      const stance = await expectProblem(
        await postJson(app, `/api/statements/${stm.id}/review`, {
          action: "correct",
          expectedVersion: 1,
          correction: { stance: "furious" },
        }),
        400,
        "validation_failed",
      );
      expect(stance.errors?.map((e) => e.path)).toEqual(["correction.stance"]);
      await expectProblem(
        await postJson(app, `/api/statements/${stm.id}/review`, {
          action: "accept",
          expectedVersion: 1,
          note: "x".repeat(70_000),
        }),
        413,
        "payload_too_large",
      );
      // Well-formed but inconsistent: the store refuses a correct without corrected fields.
      await expectProblem(
        await postJson(app, `/api/statements/${stm.id}/review`, {
          action: "correct",
          expectedVersion: 1,
        }),
        400,
        "validation_failed",
      );
      await expectProblem(
        await postJson(app, "/api/statements/stm_/review", {
          action: "accept",
          expectedVersion: 1,
        }),
        400,
        "validation_failed",
      );
      await expectProblem(
        await app.request("/api/statements/bad/history"),
        400,
        "validation_failed",
      );
    });

    it("answers unknown statements with 404", async () => {
      await expectProblem(
        await postJson(app, "/api/statements/stm_doesnotexist/review", {
          action: "accept",
          expectedVersion: 1,
        }),
        404,
        "not_found",
      );
      await expectProblem(
        await app.request("/api/statements/stm_doesnotexist/history"),
        404,
        "not_found",
      );
    });
  });

  describe("PATCH /api/topics/{id} and POST /api/topics/{id}/merge", () => {
    const sampleTopics = async () =>
      Page(TopicSummary).parse((await get(app, "/api/topics")).body).items;

    it("renames a topic, and a list read before shows the new label", async () => {
      const [topic] = await sampleTopics();
      if (!topic) throw new Error("the sample has topics");
      const res = await patchJson(app, `/api/topics/${topic.id}`, {
        label: "Renamed by a reviewer",
        expectedVersion: topic.version,
      });
      expect(res.status).toBe(200);
      const { statementCount: _count, ...before } = topic;
      expect(TopicSummary.omit({ statementCount: true }).parse(await res.json())).toEqual({
        ...before,
        label: "Renamed by a reviewer",
        version: topic.version + 1,
      });
      await expectProblem(
        await patchJson(app, `/api/topics/${topic.id}`, { label: "Again", expectedVersion: 1 }),
        412,
        "stale_version",
      );
      const after = await sampleTopics();
      expect(after.find((t) => t.id === topic.id)?.label).toBe("Renamed by a reviewer");
      const events = await store.listAuditEvents({ action: "rename_topic" });
      expect(events.items.map((e) => [e.actor, e.entityId])).toEqual([["alice", topic.id]]);
    });

    it("merges a topic into another and moves its statements", async () => {
      const [source, target] = await sampleTopics();
      if (!source || !target) throw new Error("the sample has two topics");
      // Read first, so a cached answer would still show the source.
      expect((await get(app, `/api/topics/${source.id}`)).res.status).toBe(200);
      const res = await postJson(app, `/api/topics/${source.id}/merge`, {
        into: target.id,
        expectedVersion: source.version,
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { topic: { id: string }; statementsMoved: number };
      expect(body.topic.id).toBe(target.id);
      expect(body.statementsMoved).toBe(source.statementCount);
      await expectProblem(await app.request(`/api/topics/${source.id}`), 404, "not_found");
      const after = await sampleTopics();
      expect(after.map((t) => t.id)).not.toContain(source.id);
      expect(after.find((t) => t.id === target.id)?.statementCount).toBe(
        target.statementCount + source.statementCount,
      );
      const events = await store.listAuditEvents({ action: "merge_topics" });
      expect(events.items.map((e) => [e.actor, e.entityId])).toEqual([["alice", source.id]]);
    });

    it("answers bad input with 400 and unknown topics with 404", async () => {
      const [topic] = await sampleTopics();
      if (!topic) throw new Error("the sample has topics");
      const empty = await expectProblem(
        await patchJson(app, `/api/topics/${topic.id}`, { label: "  " }),
        400,
        "validation_failed",
      );
      expect(empty.errors?.map((e) => e.path)).toEqual(["label"]);
      const unknown = await expectProblem(
        await patchJson(app, `/api/topics/${topic.id}`, { label: "x", colour: "red" }),
        400,
        "validation_failed",
      );
      expect(unknown.errors?.map((e) => e.path)).toEqual(["colour"]);
      await expectProblem(
        await postJson(app, `/api/topics/${topic.id}/merge`, { into: "nope" }),
        400,
        "validation_failed",
      );
      const self = await expectProblem(
        await postJson(app, `/api/topics/${topic.id}/merge`, {
          into: topic.id,
          expectedVersion: 1,
        }),
        400,
        "validation_failed",
      );
      expect(self.detail).toMatch(/into itself/);
      await expectProblem(
        await patchJson(app, "/api/topics/top_doesnotexist", { label: "x", expectedVersion: 1 }),
        404,
        "not_found",
      );
      await expectProblem(
        await postJson(app, "/api/topics/top_doesnotexist/merge", {
          into: topic.id,
          expectedVersion: 1,
        }),
        404,
        "not_found",
      );
      await expectProblem(
        await postJson(app, `/api/topics/${topic.id}/merge`, {
          into: "top_doesnotexist",
          expectedVersion: 1,
        }),
        404,
        "not_found",
      );
      expect((await sampleTopics()).find((t) => t.id === topic.id)?.label).toBe(topic.label);
    });
  });
});
