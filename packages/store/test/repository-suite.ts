/**
 * The repository behaviour every driver must show; pglite.test.ts and postgres.test.ts register it
 * with a factory that returns a freshly migrated, empty store for each test.
 */
import {
  AuditEvent,
  ComparisonRow,
  ComparisonTable,
  CorpusAnalysis,
  checkCorpusIntegrity,
  makeEvidence,
  ReviewDecision,
  type Statement,
  StatementRecord,
} from "@stancemap/schema";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../src/client.js";
import {
  ConflictError,
  InvalidReferenceError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from "../src/errors.js";
import { auditEvents } from "../src/schema.js";
import {
  harbor,
  harborStatements,
  harborV2,
  harborV2Corpus,
  makeDocument,
  post,
  span,
  storyCorpus,
  wire,
} from "./fixtures/corpus.js";

/** The messages of a rejection and its causes (drizzle wraps the driver's error). */
async function failure(promise: PromiseLike<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const messages: string[] = [];
    for (let e: unknown = error; e instanceof Error; e = e.cause) messages.push(e.message);
    return messages.join(" <- ");
  }
  throw new Error("expected a rejection");
}

export type StoreFactory = () => Promise<Store>;

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

async function allStatements(store: Store, query: Parameters<Store["listStatements"]>[0] = {}) {
  const page = await store.listStatements({ ...query, limit: 500 });
  expect(page.nextCursor).toBeNull();
  return page.items;
}

export function repositorySuite(driver: string, open: StoreFactory): void {
  describe(`store on ${driver}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    describe("ingestCorpus", () => {
      it("stores a corpus and reports what it created", async () => {
        const summary = await store.ingestCorpus(storyCorpus(), { actor: "alice" });
        expect(summary.documents).toEqual({
          created: [harbor.id, wire.id, post.id],
          versioned: [],
          unchanged: [],
        });
        expect(summary.statements).toEqual({ inserted: 7, skipped: 0 });
        expect(summary.actors).toEqual({ created: 6, updated: 0 });
        expect(summary.sources).toEqual({ created: 3, updated: 0 });
        expect(summary.topics).toEqual({ created: 4, updated: 0 });
        expect(summary.auditEventId).toMatch(/^aud_/);
        expect((await allStatements(store)).length).toBe(7);
      });

      it("changes nothing when the same corpus is ingested again", async () => {
        await store.ingestCorpus(storyCorpus(), { actor: "alice" });
        const before = await store.exportCorpus();
        const again = await store.ingestCorpus(storyCorpus(), { actor: "bob" });
        expect(again.documents).toEqual({
          created: [],
          versioned: [],
          unchanged: [harbor.id, wire.id, post.id],
        });
        expect(again.statements).toEqual({ inserted: 0, skipped: 7 });
        expect(again.actors).toEqual({ created: 0, updated: 0 });
        expect(again.auditEventId).toBeNull();
        expect(await store.exportCorpus()).toEqual(before);
        expect((await store.listAuditEvents()).items).toHaveLength(1);
      });

      it("updates an actor whose extracted record changed, and only that one", async () => {
        await store.ingestCorpus(storyCorpus(), { actor: "alice" });
        const corpus = storyCorpus();
        const brenner = corpus.actors.find((a) => a.id === "act_tomasbrenner");
        brenner?.aliases.push("Minister Brenner");
        const summary = await store.ingestCorpus(corpus, { actor: "alice" });
        expect(summary.actors).toEqual({ created: 0, updated: 1 });
        expect(summary.auditEventId).not.toBeNull();
        const actor = await store.getActor("act_tomasbrenner");
        expect(actor.actor.aliases).toEqual(["Brenner", "Minister Brenner"]);
      });

      it("rolls the whole batch back when one statement refers to a missing actor", async () => {
        await store.ingestCorpus(storyCorpus(), { actor: "alice" });
        const before = await store.exportCorpus();
        const text = "Officials in Port Ansel said the quota would be delayed by a month.";
        const doc = makeDocument({
          origin: "fixtures/late.txt",
          sourceId: "src_northwire",
          title: null,
          publishedAt: "2025-03-06",
          text,
        });
        const bad: CorpusAnalysis = {
          documents: [doc],
          sources: [],
          actors: [
            {
              id: "act_portanselofficials",
              name: "Officials in Port Ansel",
              aliases: [],
              kind: "group",
              roles: [],
              memberOf: ["act_kestrel"],
              wikidataId: null,
            },
          ],
          topics: [],
          statements: [
            {
              ...(harborStatements[2] as Statement),
              id: "stm_late01",
              documentId: doc.id,
              holderId: "act_nobodyatall",
              evidence: span(text, "the quota would be delayed by a month"),
            },
          ],
        };
        await expect(store.ingestCorpus(bad, { actor: "alice" })).rejects.toBeInstanceOf(
          InvalidReferenceError,
        );
        expect(await store.exportCorpus()).toEqual(before);
        await expect(store.getDocument(doc.id)).rejects.toBeInstanceOf(NotFoundError);
        expect((await store.listAuditEvents()).items).toHaveLength(1);
      });

      it("rejects evidence that does not anchor in its document before writing", async () => {
        const corpus = storyCorpus();
        const first = corpus.statements[0] as Statement;
        first.evidence = { ...first.evidence, start: first.evidence.start + 1 };
        await expect(store.ingestCorpus(corpus, { actor: "alice" })).rejects.toBeInstanceOf(
          ValidationError,
        );
        expect((await store.listDocuments()).items).toEqual([]);
      });

      it("rejects a chain hop naming an unknown actor", async () => {
        const corpus = storyCorpus();
        const first = corpus.statements[0] as Statement;
        first.chain = [
          { actorId: "act_ghostwriter", label: "Ghost", relation: "said", evidence: null },
        ];
        await expect(store.ingestCorpus(corpus, { actor: "alice" })).rejects.toThrow(
          /act_ghostwriter/,
        );
        expect(await store.listActors()).toEqual([]);
      });
    });

    describe("document versions", () => {
      it("stores a changed file as the next version and carries reviews whose evidence still anchors", async () => {
        await store.ingestCorpus(storyCorpus(), { actor: "alice" });
        await store.recordReview({
          statementId: "stm_harbor01",
          action: "accept",
          reviewer: "carol",
          note: "Quote checked against the video.",
        });
        await store.recordReview({
          statementId: "stm_harbor02",
          action: "correct",
          correction: { stance: "conditional" },
          reviewer: "carol",
        });
        await store.recordReview({
          statementId: "stm_harbor03",
          action: "reject",
          reviewer: "carol",
        });

        const summary = await store.ingestCorpus(harborV2Corpus(), { actor: "alice" });
        expect(summary.documents).toEqual({
          created: [],
          versioned: [{ id: harborV2.id, supersedes: harbor.id, version: 2 }],
          unchanged: [],
        });
        // Brenner's sentence was reworded, so its rejection stays with the old version.
        expect(summary.reviewsCarriedOver).toEqual([
          { from: "stm_harbor01", to: "stm_harborv201" },
          { from: "stm_harbor02", to: "stm_harborv202" },
        ]);

        const current = await store.listDocuments();
        expect(ids(current.items).sort()).toEqual([harborV2.id, wire.id, post.id].sort());
        const old = await store.getDocument(harbor.id);
        expect(old).toMatchObject({ current: false, supersededBy: harborV2.id, version: 1 });
        const next = await store.getDocument(harborV2.id);
        expect(next).toMatchObject({ current: true, supersedes: harbor.id, version: 2 });

        const byId = new Map(next.statements.map((s) => [s.id, s]));
        expect(byId.get("stm_harborv201")?.reviewStatus).toBe("accepted");
        expect(byId.get("stm_harborv202")).toMatchObject({
          reviewStatus: "corrected",
          stance: "conditional",
        });
        expect(byId.get("stm_harborv203")).toMatchObject({
          reviewStatus: "unreviewed",
          stance: "opposes",
        });
        // The carried statement's evidence points into the new text.
        const carried = byId.get("stm_harborv201") as Statement;
        expect(harborV2.text.slice(carried.evidence.start, carried.evidence.end)).toBe(
          carried.evidence.exact,
        );
        const decisions = await store.listReviewDecisions("stm_harborv201");
        expect(decisions).toHaveLength(1);
        expect(decisions[0]).toMatchObject({
          action: "accept",
          reviewer: "carol",
          note: "Quote checked against the video.",
        });
        // Lists show the current version only, unless asked.
        const listed = await allStatements(store, { documentId: harbor.id });
        expect(listed).toEqual([]);
        const history = await allStatements(store, {
          documentId: harbor.id,
          includeSuperseded: true,
        });
        expect(ids(history)).toEqual(["stm_harbor01", "stm_harbor02", "stm_harbor03"]);
      });

      it("re-anchors a corrected span in the new version", async () => {
        await store.ingestCorpus(storyCorpus(), { actor: "alice" });
        const corrected = span(harbor.text, "we will not sign any deal that harms our farmers.");
        await store.recordReview({
          statementId: "stm_harbor01",
          action: "correct",
          correction: { evidence: corrected },
          reviewer: "dave",
        });
        await store.ingestCorpus(harborV2Corpus(), { actor: "alice" });
        const { statements } = await store.getDocument(harborV2.id);
        const moved = statements.find((s) => s.id === "stm_harborv201");
        expect(moved?.evidence).toEqual(
          span(harborV2.text, "we will not sign any deal that harms our farmers."),
        );
        const [decision] = await store.listReviewDecisions("stm_harborv201");
        expect(decision?.correction?.evidence).toEqual(moved?.evidence);
      });

      it("exports the current versions only, still a closed corpus", async () => {
        await store.ingestCorpus(storyCorpus(), { actor: "alice" });
        await store.ingestCorpus(harborV2Corpus(), { actor: "alice" });
        const exported = CorpusAnalysis.parse(await store.exportCorpus());
        expect(ids(exported.documents)).toEqual([wire.id, post.id, harborV2.id]);
        expect(checkCorpusIntegrity(exported)).toEqual([]);
        // The wire story linked to the old version, which is no longer exported.
        expect(exported.documents.find((d) => d.id === wire.id)?.links).toEqual([]);
      });
    });

    describe("reads", () => {
      beforeEach(async () => {
        await store.ingestCorpus(storyCorpus(), { actor: "alice" });
      });

      it("exports exactly what was ingested", async () => {
        const exported = await store.exportCorpus();
        expect(CorpusAnalysis.parse(exported)).toEqual(exported);
        const expected = storyCorpus();
        // Topics go in parents first, which is the only order the store changes.
        expect(exported).toEqual({
          ...expected,
          topics: [
            "top_tradedeal",
            "top_tariffextension",
            "top_farmprotection",
            "top_fishingquota",
          ].map((id) => expected.topics.find((t) => t.id === id)),
        });
      });

      it("lists documents without their text, with counts, in pages", async () => {
        const first = await store.listDocuments({ limit: 2 });
        expect(ids(first.items)).toEqual([harbor.id, wire.id]);
        expect(first.items[0]).toMatchObject({
          title: harbor.title,
          version: 1,
          current: true,
          statementCount: 3,
          textLength: harbor.text.length,
        });
        expect(first.items[0]).not.toHaveProperty("text");
        expect(first.nextCursor).not.toBeNull();
        const second = await store.listDocuments({ limit: 2, cursor: first.nextCursor ?? "" });
        expect(ids(second.items)).toEqual([post.id]);
        expect(second.nextCursor).toBeNull();
        const bySource = await store.listDocuments({ sourceId: "src_northwire" });
        expect(ids(bySource.items)).toEqual([wire.id]);
      });

      it("gets one document with its text, ranges, links and statements", async () => {
        const detail = await store.getDocument(wire.id);
        expect(detail.document).toEqual(wire);
        expect(ids(detail.statements)).toEqual(["stm_wire01", "stm_wire02", "stm_wire03"]);
        expect((await store.getDocument(harbor.id)).document.excluded).toEqual(harbor.excluded);
        await expect(store.getDocument("doc_0000000000000000")).rejects.toBeInstanceOf(
          NotFoundError,
        );
      });

      it("lists sources with their document counts", async () => {
        const list = await store.listSources();
        expect(list.map((s) => [s.id, s.documentCount])).toEqual([
          ["src_dailyharbor", 1],
          ["src_northwire", 1],
          ["src_eveningpost", 1],
        ]);
      });

      it("lists actors with the statements each holds", async () => {
        const list = await store.listActors();
        const counts = Object.fromEntries(list.map((a) => [a.id, a.statementCount]));
        expect(counts).toEqual({
          act_valdoria: 0,
          act_minaorlova: 4,
          act_valdorianofficial: 1,
          act_kestrel: 0,
          act_tomasbrenner: 2,
          act_dailyharbor: 0,
        });
      });

      it("gets an actor with its members and positions grouped by topic", async () => {
        const valdoria = await store.getActor("act_valdoria");
        expect(ids(valdoria.members)).toEqual(["act_minaorlova", "act_valdorianofficial"]);
        const positions = Object.fromEntries(
          valdoria.positions.map((p) => [p.topic.id, [p.agreement, ids(p.statements)]]),
        );
        expect(positions).toEqual({
          top_farmprotection: ["consistent", ["stm_harbor01", "stm_wire01"]],
          top_tariffextension: ["wording_differs", ["stm_harbor02", "stm_wire02"]],
          top_tradedeal: ["single_source", ["stm_post01"]],
        });
        await expect(store.getActor("act_nobody")).rejects.toBeInstanceOf(NotFoundError);
      });

      it("lists topics and gets one with its comparison rows", async () => {
        const list = await store.listTopics();
        expect(Object.fromEntries(list.map((t) => [t.id, t.statementCount]))).toEqual({
          top_tradedeal: 1,
          top_tariffextension: 2,
          top_farmprotection: 2,
          top_fishingquota: 2,
        });
        const deal = await store.getTopic("top_tradedeal");
        expect(ids(deal.children)).toEqual(["top_tariffextension", "top_farmprotection"]);
        expect(deal.rows.map((r) => [r.actorId, r.agreement])).toEqual([
          ["act_valdoria", "single_source"],
        ]);
        await expect(store.getTopic("top_nothing")).rejects.toBeInstanceOf(NotFoundError);
      });

      it("filters statements by actor, including the members of a root actor", async () => {
        expect(ids(await allStatements(store, { actorId: "act_valdoria" }))).toEqual([
          "stm_harbor01",
          "stm_harbor02",
          "stm_wire01",
          "stm_wire02",
          "stm_post01",
        ]);
        expect(ids(await allStatements(store, { actorId: "act_tomasbrenner" }))).toEqual([
          "stm_harbor03",
          "stm_wire03",
        ]);
        expect(await allStatements(store, { actorId: "act_dailyharbor" })).toEqual([]);
      });

      it("filters statements by topic, source, mode, stance and review status", async () => {
        expect(ids(await allStatements(store, { topicId: "top_fishingquota" }))).toEqual([
          "stm_harbor03",
          "stm_wire03",
        ]);
        expect(ids(await allStatements(store, { sourceId: "src_eveningpost" }))).toEqual([
          "stm_post01",
        ]);
        expect(ids(await allStatements(store, { mode: "direct_quote" }))).toEqual([
          "stm_harbor01",
          "stm_wire01",
        ]);
        expect(ids(await allStatements(store, { stance: "opposes" }))).toEqual([
          "stm_harbor03",
          "stm_post01",
        ]);
        expect(
          ids(
            await allStatements(store, {
              actorId: "act_kestrel",
              stance: "supports",
              sourceId: "src_northwire",
            }),
          ),
        ).toEqual(["stm_wire03"]);
        await store.recordReview({ statementId: "stm_wire02", action: "accept", reviewer: "eve" });
        expect(ids(await allStatements(store, { reviewStatus: "accepted" }))).toEqual([
          "stm_wire02",
        ]);
        expect(await allStatements(store, { reviewStatus: "rejected" })).toEqual([]);
      });

      it("filters statements by the dates they may have been said on", async () => {
        // stm_wire02 was said on 3 March, stm_post01 is dated by its 5 March document.
        expect(ids(await allStatements(store, { to: "2025-03-03" }))).toEqual(["stm_wire02"]);
        expect(ids(await allStatements(store, { from: "2025-03-05" }))).toEqual(["stm_post01"]);
        expect(ids(await allStatements(store, { from: "2025-03-04", to: "2025-03-04" }))).toEqual([
          "stm_harbor01",
          "stm_harbor02",
          "stm_harbor03",
          "stm_wire01",
          "stm_wire03",
        ]);
        // A month covers all its days.
        expect(await allStatements(store, { from: "2025-03", to: "2025-03" })).toHaveLength(7);
        expect(await allStatements(store, { from: "2025-04" })).toEqual([]);
      });

      it("pages through statements with an opaque cursor in a stable order", async () => {
        const all = await allStatements(store);
        const seen: Statement[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < 10; page++) {
          const result = await store.listStatements({ limit: 3, ...(cursor && { cursor }) });
          expect(result.items.length).toBeLessThanOrEqual(3);
          seen.push(...result.items);
          if (!result.nextCursor) break;
          cursor = result.nextCursor;
        }
        expect(ids(seen)).toEqual(ids(all));
        expect(seen.map((s) => StatementRecord.parse(s))).toEqual(all);
        await expect(store.listStatements({ cursor: "not-a-cursor" })).rejects.toBeInstanceOf(
          ValidationError,
        );
        const documentsCursor = (await store.listDocuments({ limit: 1 })).nextCursor ?? "";
        await expect(store.listStatements({ cursor: documentsCursor })).rejects.toBeInstanceOf(
          ValidationError,
        );
      });

      it("compares root actors across documents and computes agreement", async () => {
        const rows = await store.compare();
        for (const row of rows) ComparisonRow.parse(row);
        expect(rows.map((r) => [r.actorId, r.topicId, r.agreement, ids(r.statements)])).toEqual([
          ["act_kestrel", "top_fishingquota", "conflicting", ["stm_harbor03", "stm_wire03"]],
          ["act_valdoria", "top_farmprotection", "consistent", ["stm_harbor01", "stm_wire01"]],
          [
            "act_valdoria",
            "top_tariffextension",
            "wording_differs",
            ["stm_harbor02", "stm_wire02"],
          ],
          ["act_valdoria", "top_tradedeal", "single_source", ["stm_post01"]],
        ]);
        const kestrel = await store.compare({ actorIds: ["act_tomasbrenner"] });
        expect(kestrel.map((r) => [r.actorId, r.topicId])).toEqual([
          ["act_kestrel", "top_fishingquota"],
        ]);
        const farm = await store.compare({ topicIds: ["top_farmprotection", "top_tradedeal"] });
        expect(farm.map((r) => r.topicId)).toEqual(["top_farmprotection", "top_tradedeal"]);
        expect(await store.compare({ actorIds: [] })).toEqual([]);
      });

      it("lays a comparison out as a table: sources as columns, one cell per document", async () => {
        const table = ComparisonTable.parse(
          await store.compareTable({ actorIds: ["act_valdoria"] }),
        );
        // Columns sorted by name, so a table reads the same whatever order the files came in.
        expect(table.sources.map((s) => s.name)).toEqual([
          "Daily Harbor",
          "Evening Post",
          "North Wire",
        ]);
        const layout = table.rows.map((r) => [
          r.actorId,
          r.topicId,
          r.agreement,
          r.cells.map((c) => [c.sourceId, c.documentId, ids(c.statements)]),
        ]);
        expect(layout).toEqual([
          [
            "act_valdoria",
            "top_farmprotection",
            "consistent",
            [
              ["src_dailyharbor", harbor.id, ["stm_harbor01"]],
              ["src_northwire", wire.id, ["stm_wire01"]],
            ],
          ],
          [
            "act_valdoria",
            "top_tariffextension",
            "wording_differs",
            [
              ["src_dailyharbor", harbor.id, ["stm_harbor02"]],
              ["src_northwire", wire.id, ["stm_wire02"]],
            ],
          ],
          [
            "act_valdoria",
            "top_tradedeal",
            "single_source",
            [["src_eveningpost", post.id, ["stm_post01"]]],
          ],
        ]);
        expect(table.rows[0]?.cells[0]).toMatchObject({
          title: harbor.title,
          url: harbor.url,
          publishedAt: "2025-03-04",
        });
        expect(ids(table.actors).sort()).toEqual(
          ["act_minaorlova", "act_valdoria", "act_valdorianofficial"].sort(),
        );
        expect(ids(table.topics).sort()).toEqual(
          ["top_farmprotection", "top_tariffextension", "top_tradedeal"].sort(),
        );
        expect(await store.compareTable({ actorIds: ["act_nobodyatall"] })).toEqual({
          sources: [],
          actors: [],
          topics: [],
          rows: [],
        });
      });

      it("leaves rejected statements out of comparisons", async () => {
        await store.recordReview({ statementId: "stm_wire03", action: "reject", reviewer: "eve" });
        const [kestrel] = await store.compare({ actorIds: ["act_kestrel"] });
        expect(kestrel?.agreement).toBe("single_source");
        expect(ids(kestrel?.statements ?? [])).toEqual(["stm_harbor03"]);
      });

      it("searches statements and documents by words and actors by similar names", async () => {
        const farmers = await store.search("harms farmers");
        expect(ids(farmers.statements).sort()).toEqual(["stm_harbor01", "stm_wire01"]);
        expect(ids(farmers.documents).sort()).toEqual([harbor.id, wire.id].sort());
        // English stemming: "quotas" finds "quota".
        const quotas = await store.search("fishing quotas");
        expect(ids(quotas.statements).sort()).toEqual(["stm_harbor03", "stm_wire03"]);
        // websearch syntax: a quoted phrase and an excluded word.
        const phrase = await store.search('"walk away" -tariff');
        expect(ids(phrase.statements)).toEqual(["stm_post01"]);
        expect(ids(phrase.documents)).toEqual([post.id]);
        const misspelt = await store.search("Orlov");
        expect(ids(misspelt.actors)[0]).toBe("act_minaorlova");
        const alias = await store.search("Kestrl");
        expect(ids(alias.actors)).toContain("act_kestrel");
        const none = await store.search("submarine");
        expect(none).toEqual({ statements: [], documents: [], actors: [] });
        await expect(store.search("   ")).rejects.toBeInstanceOf(ValidationError);
      });
    });

    describe("reviews and audit", () => {
      beforeEach(async () => {
        await store.ingestCorpus(storyCorpus(), { actor: "alice" });
      });

      it("records a correction: statement, decision and audit event together", async () => {
        const end = wire.text.indexOf(", she said.") + ", she said".length;
        const corrected = makeEvidence(wire.text, wire.text.indexOf("Valdoria backs"), end);
        const result = await store.recordReview({
          statementId: "stm_wire02",
          action: "correct",
          correction: { holderId: "act_valdoria", evidence: corrected },
          reviewer: "frank",
          note: "The state, not the minister.",
          decidedAt: "2025-03-10T12:00:00Z",
        });
        expect(ReviewDecision.parse(result.decision)).toEqual(result.decision);
        expect(result.decision).toMatchObject({
          statementId: "stm_wire02",
          action: "correct",
          reviewer: "frank",
          decidedAt: "2025-03-10T12:00:00.000Z",
        });
        expect(result.version).toBe(2);
        expect(result.statement).toMatchObject({
          holderId: "act_valdoria",
          reviewStatus: "corrected",
          evidence: corrected,
          stance: "supports",
        });
        expect(await store.listReviewDecisions("stm_wire02")).toEqual([result.decision]);
        const audit = await store.listAuditEvents({ entityType: "statement" });
        expect(audit.items).toHaveLength(1);
        const [event] = audit.items.map((e) => AuditEvent.parse(e));
        expect(event).toMatchObject({
          actor: "frank",
          action: "review",
          entityId: "stm_wire02",
          before: { reviewStatus: "unreviewed", holderId: "act_minaorlova", version: 1 },
          after: { reviewStatus: "corrected", holderId: "act_valdoria", version: 2 },
        });
        expect(await allStatements(store, { actorId: "act_minaorlova" })).toHaveLength(3);
      });

      it("refuses a stale version, a missing statement and a bad correction, recording nothing", async () => {
        await store.recordReview({ statementId: "stm_post01", action: "accept", reviewer: "gina" });
        await expect(
          store.recordReview({
            statementId: "stm_post01",
            action: "reject",
            reviewer: "hal",
            expectedVersion: 1,
          }),
        ).rejects.toBeInstanceOf(StaleVersionError);
        // The refusal carries the statement as it is now, for the reviewer to compare and reapply.
        const stale = await store
          .recordReview({
            statementId: "stm_post01",
            action: "reject",
            reviewer: "hal",
            expectedVersion: 1,
          })
          .catch((error: unknown) => error);
        expect(stale).toMatchObject({
          code: "stale_version",
          current: { id: "stm_post01", reviewStatus: "accepted", version: 2 },
        });
        await expect(
          store.recordReview({ statementId: "stm_nothing", action: "accept", reviewer: "hal" }),
        ).rejects.toBeInstanceOf(NotFoundError);
        await expect(
          store.recordReview({
            statementId: "stm_post01",
            action: "correct",
            correction: { holderId: "act_nobodyatall" },
            reviewer: "hal",
          }),
        ).rejects.toBeInstanceOf(InvalidReferenceError);
        await expect(
          store.recordReview({
            statementId: "stm_post01",
            action: "correct",
            correction: { evidence: span(wire.text, "Kestrel supports") },
            reviewer: "hal",
          }),
        ).rejects.toBeInstanceOf(ValidationError);
        await expect(
          store.recordReview({
            statementId: "stm_post01",
            action: "correct",
            correction: {},
            reviewer: "hal",
          }),
        ).rejects.toBeInstanceOf(ValidationError);
        expect(await store.listReviewDecisions("stm_post01")).toHaveLength(1);
        const ok = await store.recordReview({
          statementId: "stm_post01",
          action: "reject",
          reviewer: "hal",
          expectedVersion: 2,
        });
        expect(ok.statement.reviewStatus).toBe("rejected");
        await expect(store.listReviewDecisions("stm_nothing")).rejects.toBeInstanceOf(
          NotFoundError,
        );
      });

      it("appends one audit event per write, newest first, and never changes them", async () => {
        await store.recordReview({
          statementId: "stm_harbor01",
          action: "accept",
          reviewer: "ivan",
        });
        await store.ingestCorpus(harborV2Corpus(), { actor: "judy" });
        const all = await store.listAuditEvents();
        expect(all.items.map((e) => [e.action, e.actor])).toEqual([
          ["ingest", "judy"],
          ["review", "ivan"],
          ["ingest", "alice"],
        ]);
        const first = all.items[2];
        expect(first?.after).toMatchObject({
          documents: { created: [harbor.id, wire.id, post.id] },
          statements: { inserted: 7 },
        });
        const paged = await store.listAuditEvents({ limit: 2 });
        const rest = await store.listAuditEvents({ limit: 2, cursor: paged.nextCursor ?? "" });
        expect([...paged.items, ...rest.items]).toEqual(all.items);
        expect((await store.listAuditEvents({ action: "review" })).items).toHaveLength(1);
        expect(await failure(store.db.update(auditEvents).set({ actor: "mallory" }))).toMatch(
          /append-only/,
        );
        expect(await failure(store.db.delete(auditEvents))).toMatch(/append-only/);
        expect(await failure(store.db.execute(sql`TRUNCATE audit_events`))).toMatch(/append-only/);
        expect((await store.listAuditEvents()).items).toEqual(all.items);
      });
    });

    describe("topic edits", () => {
      beforeEach(async () => {
        await store.ingestCorpus(storyCorpus(), { actor: "alice" });
      });

      const topicOf = async (id: string) => (await store.listTopics()).find((t) => t.id === id);

      it("renames a topic and audits the change", async () => {
        const renamed = await store.renameTopic(
          "top_fishingquota",
          { label: "  Fishing quotas  ", proposition: "Quotas should be cut." },
          { actor: "kim" },
        );
        expect(renamed).toEqual({
          id: "top_fishingquota",
          label: "Fishing quotas",
          proposition: "Quotas should be cut.",
          keywords: ["fishing", "quota"],
          parentId: null,
          version: 2,
        });
        expect(await topicOf("top_fishingquota")).toMatchObject({
          label: "Fishing quotas",
          statementCount: 2,
        });
        // Without a proposition only the label changes.
        await store.renameTopic("top_fishingquota", { label: "Quotas" }, { actor: "kim" });
        expect((await store.getTopic("top_fishingquota")).topic.proposition).toBe(
          "Quotas should be cut.",
        );
        const events = (await store.listAuditEvents({ entityType: "topic" })).items;
        expect(events.map((e) => AuditEvent.parse(e))).toHaveLength(2);
        expect(events[1]).toMatchObject({
          actor: "kim",
          action: "rename_topic",
          entityId: "top_fishingquota",
          before: {
            label: "The new fishing quota",
            proposition: "A new fishing quota should be introduced.",
          },
          after: { label: "Fishing quotas", proposition: "Quotas should be cut." },
        });
      });

      it("refuses an unknown topic or an empty label, recording nothing", async () => {
        await expect(
          store.renameTopic("top_nosuchtopic", { label: "x" }, { actor: "kim" }),
        ).rejects.toBeInstanceOf(NotFoundError);
        await expect(
          store.renameTopic("top_fishingquota", { label: "   " }, { actor: "kim" }),
        ).rejects.toBeInstanceOf(ValidationError);
        await expect(
          store.renameTopic("top_fishingquota", { label: "x", proposition: "" }, { actor: "kim" }),
        ).rejects.toBeInstanceOf(ValidationError);
        expect((await store.listAuditEvents({ entityType: "topic" })).items).toEqual([]);
        expect((await topicOf("top_fishingquota"))?.label).toBe("The new fishing quota");
      });

      it("merges a parent topic into another: statements and sub-topics move, the source goes", async () => {
        const result = await store.mergeTopics("top_tradedeal", "top_fishingquota", {
          actor: "lee",
        });
        expect(result.statementsMoved).toBe(1);
        expect(result.reparented).toEqual(["top_farmprotection", "top_tariffextension"]);
        expect(result.topic.id).toBe("top_fishingquota");
        const topicIds = ids(await store.listTopics());
        expect(topicIds).not.toContain("top_tradedeal");
        expect(topicIds).toHaveLength(3);
        await expect(store.getTopic("top_tradedeal")).rejects.toBeInstanceOf(NotFoundError);
        const detail = await store.getTopic("top_fishingquota");
        expect(ids(detail.children).sort()).toEqual(["top_farmprotection", "top_tariffextension"]);
        const onTarget = await allStatements(store, { topicId: "top_fishingquota" });
        expect(ids(onTarget).sort()).toEqual(["stm_harbor03", "stm_post01", "stm_wire03"]);
        // The moved statement's version moved on, so a review made against the old topic is stale.
        await expect(
          store.recordReview({
            statementId: "stm_post01",
            action: "accept",
            reviewer: "lee",
            expectedVersion: 1,
          }),
        ).rejects.toBeInstanceOf(StaleVersionError);
        const [event] = (await store.listAuditEvents({ action: "merge_topics" })).items;
        expect(AuditEvent.parse(event)).toMatchObject({
          id: result.auditEventId,
          actor: "lee",
          entityType: "topic",
          entityId: "top_tradedeal",
          before: { source: { id: "top_tradedeal" }, target: { id: "top_fishingquota" } },
          after: {
            target: { id: "top_fishingquota" },
            statements: ["stm_post01"],
            reparented: ["top_farmprotection", "top_tariffextension"],
          },
        });
      });

      it("merges a topic into its own sub-topic without making a cycle", async () => {
        const result = await store.mergeTopics("top_tradedeal", "top_farmprotection", {
          actor: "lee",
        });
        // The target is lifted to the source's parent (none); its sibling now refines it.
        expect(result.topic.parentId).toBeNull();
        expect(result.reparented).toEqual(["top_tariffextension"]);
        expect((await store.getTopic("top_tariffextension")).topic.parentId).toBe(
          "top_farmprotection",
        );
        const onTarget = await allStatements(store, { topicId: "top_farmprotection" });
        expect(ids(onTarget).sort()).toEqual(["stm_harbor01", "stm_post01", "stm_wire01"]);
      });

      it("refuses a merge into itself or with an unknown topic, changing nothing", async () => {
        const self = store.mergeTopics("top_tradedeal", "top_tradedeal", { actor: "lee" });
        await expect(self).rejects.toBeInstanceOf(ValidationError);
        await expect(self).rejects.toThrow(/into itself/);
        await expect(
          store.mergeTopics("top_nosuchtopic", "top_tradedeal", { actor: "lee" }),
        ).rejects.toBeInstanceOf(NotFoundError);
        await expect(
          store.mergeTopics("top_tradedeal", "top_nosuchtopic", { actor: "lee" }),
        ).rejects.toBeInstanceOf(NotFoundError);
        expect(await store.listTopics()).toHaveLength(4);
        expect((await store.listAuditEvents({ entityType: "topic" })).items).toEqual([]);
      });
    });

    describe("edits survive re-extraction", () => {
      beforeEach(async () => {
        await store.ingestCorpus(storyCorpus(), { actor: "alice" });
      });

      it("refuses a topic edit made against an old version, naming the current one", async () => {
        const renamed = await store.renameTopic(
          "top_fishingquota",
          { label: "Quotas" },
          { actor: "kim", expectedVersion: 1 },
        );
        expect(renamed.version).toBe(2);
        const stale = await store
          .renameTopic("top_fishingquota", { label: "Fish" }, { actor: "lee", expectedVersion: 1 })
          .catch((error: unknown) => error);
        expect(stale).toBeInstanceOf(StaleVersionError);
        expect(stale).toMatchObject({ current: { label: "Quotas", version: 2 } });
        await expect(
          store.mergeTopics("top_fishingquota", "top_tradedeal", {
            actor: "lee",
            expectedVersion: 1,
          }),
        ).rejects.toBeInstanceOf(StaleVersionError);
        expect((await store.getTopic("top_fishingquota")).topic.label).toBe("Quotas");
      });

      it("keeps a renamed topic's label and a merge when the same articles are ingested again", async () => {
        await store.renameTopic("top_fishingquota", { label: "Quotas" }, { actor: "kim" });
        await store.mergeTopics("top_tariffextension", "top_farmprotection", { actor: "kim" });
        await store.renameActor(
          "act_tomasbrenner",
          { name: "Tomas Brenner-Kay" },
          { actor: "kim" },
        );
        // A changed text re-runs the extractor's ids through ingest: none may come back.
        await store.ingestCorpus(harborV2Corpus(), { actor: "judy" });
        const topicIds = ids(await store.listTopics());
        expect(topicIds).not.toContain("top_tariffextension");
        expect((await store.getTopic("top_fishingquota")).topic.label).toBe("Quotas");
        expect((await store.getActor("act_tomasbrenner")).actor.name).toBe("Tomas Brenner-Kay");
        const onMerged = await allStatements(store, { topicId: "top_tariffextension" });
        expect(onMerged).toEqual([]);
      });
    });

    describe("actor edits", () => {
      beforeEach(async () => {
        await store.ingestCorpus(storyCorpus(), { actor: "alice" });
      });

      it("renames an actor, keeping the old name as an alias, and audits it", async () => {
        const renamed = await store.renameActor(
          "act_minaorlova",
          { name: "Mina V. Orlova" },
          { actor: "kim", expectedVersion: 1 },
        );
        expect(renamed).toMatchObject({ name: "Mina V. Orlova", version: 2 });
        expect(renamed.aliases).toContain("Mina Orlova");
        const [event] = (await store.listAuditEvents({ action: "rename_actor" })).items;
        expect(AuditEvent.parse(event)).toMatchObject({
          actor: "kim",
          entityId: "act_minaorlova",
          before: { name: "Mina Orlova", version: 1 },
          after: { name: "Mina V. Orlova", version: 2 },
        });
        await expect(
          store.renameActor("act_minaorlova", { name: "x" }, { actor: "lee", expectedVersion: 1 }),
        ).rejects.toBeInstanceOf(StaleVersionError);
        await expect(
          store.renameActor("act_minaorlova", { name: "  " }, { actor: "lee" }),
        ).rejects.toBeInstanceOf(ValidationError);
      });

      it("merges a duplicate actor: holders, chains, members and names move to the target", async () => {
        const before = await allStatements(store, { actorId: "act_valdorianofficial" });
        const result = await store.mergeActors("act_valdorianofficial", "act_minaorlova", {
          actor: "lee",
        });
        expect(result.statementsMoved).toBeGreaterThanOrEqual(before.length);
        expect(result.actor.aliases).toContain("senior Valdorian official");
        await expect(store.getActor("act_valdorianofficial")).rejects.toBeInstanceOf(NotFoundError);
        const all = await allStatements(store);
        expect(all.some((s) => s.holderId === "act_valdorianofficial")).toBe(false);
        expect(
          all.some((s) => s.chain.some((hop) => hop.actorId === "act_valdorianofficial")),
        ).toBe(false);
        for (const stm of before) {
          expect(all.find((s) => s.id === stm.id)?.holderId).toBe("act_minaorlova");
        }
        // The export is still a closed corpus: nothing refers to the merged actor.
        expect(checkCorpusIntegrity(await store.exportCorpus())).toEqual([]);
        const [event] = (await store.listAuditEvents({ action: "merge_actors" })).items;
        expect(event).toMatchObject({ id: result.auditEventId, actor: "lee" });
        // Re-ingesting the articles does not bring the duplicate back.
        await store.ingestCorpus(harborV2Corpus(), { actor: "judy" });
        expect(ids(await store.listActors())).not.toContain("act_valdorianofficial");
        expect(checkCorpusIntegrity(await store.exportCorpus())).toEqual([]);
      });

      it("refuses merging an actor into itself or into its own member", async () => {
        await expect(
          store.mergeActors("act_valdoria", "act_valdoria", { actor: "lee" }),
        ).rejects.toBeInstanceOf(ValidationError);
        await expect(
          store.mergeActors("act_valdoria", "act_minaorlova", { actor: "lee" }),
        ).rejects.toThrow(/member of/);
        expect(ids(await store.listActors())).toContain("act_valdoria");
        expect((await store.listAuditEvents({ entityType: "actor" })).items).toEqual([]);
      });
    });

    describe("accounts", () => {
      const hash = "scrypt$test-hash";

      it("creates users with unique names regardless of case, and audits without the hash", async () => {
        const alice = await store.createUser(
          { name: "Alice", role: "admin", passwordHash: hash },
          { actor: "setup" },
        );
        expect(alice).toMatchObject({ name: "Alice", role: "admin", disabled: false });
        await expect(
          store.createUser({ name: "alice", role: "viewer", passwordHash: hash }, { actor: "x" }),
        ).rejects.toBeInstanceOf(ConflictError);
        expect((await store.findLogin("ALICE"))?.passwordHash).toBe(hash);
        expect(await store.findLogin("bob")).toBeNull();
        const [event] = (await store.listAuditEvents({ entityType: "user" })).items;
        expect(event).toMatchObject({
          action: "create_user",
          actor: "setup",
          after: { name: "Alice", role: "admin", disabled: false },
        });
        expect(JSON.stringify(event)).not.toContain(hash);
        expect(await store.countActiveAdmins()).toBe(1);
      });

      it("never leaves the system without an enabled admin", async () => {
        await store.createUser({ name: "ada", role: "admin", passwordHash: hash }, { actor: "s" });
        await expect(
          store.updateUser("ada", { role: "editor" }, { actor: "ada" }),
        ).rejects.toBeInstanceOf(ConflictError);
        await expect(store.updateUser("ada", { disabled: true }, { actor: "ada" })).rejects.toThrow(
          /last enabled admin/,
        );
        await store.createUser({ name: "bea", role: "admin", passwordHash: hash }, { actor: "s" });
        expect(await store.updateUser("ada", { role: "editor" }, { actor: "bea" })).toMatchObject({
          role: "editor",
        });
        expect(await store.countActiveAdmins()).toBe(1);
      });

      it("keeps sessions until expiry, logout, a new password or disabling", async () => {
        const user = await store.createUser(
          { name: "cy", role: "reviewer", passwordHash: hash },
          { actor: "s" },
        );
        const now = new Date("2030-01-01T00:00:00Z");
        const later = new Date("2030-01-02T00:00:00Z");
        await store.createSession({ id: "s1", userId: user.id, csrfToken: "c1", expiresAt: later });
        expect(await store.findSession("s1", now)).toMatchObject({
          user: { name: "cy" },
          csrfToken: "c1",
        });
        expect(await store.findSession("s1", later)).toBeNull();
        expect(await store.deleteExpiredSessions(new Date("2030-01-03T00:00:00Z"))).toBe(1);
        await store.createSession({ id: "s2", userId: user.id, csrfToken: "c2", expiresAt: later });
        await store.updateUser("cy", { passwordHash: "scrypt$new" }, { actor: "cy" });
        expect(await store.findSession("s2", now)).toBeNull();
        await store.createSession({ id: "s3", userId: user.id, csrfToken: "c3", expiresAt: later });
        await store.deleteSession("s3");
        expect(await store.findSession("s3", now)).toBeNull();
        const [update] = (await store.listAuditEvents({ action: "update_user" })).items;
        expect(update?.after).toMatchObject({ passwordChanged: true });
      });

      it("scopes tokens to a role no higher than the account's, and honours revocation and expiry", async () => {
        await store.createUser({ name: "dee", role: "editor", passwordHash: hash }, { actor: "s" });
        await expect(
          store.createToken(
            { name: "too much", user: "dee", role: "admin", secretHash: "h0", expiresAt: null },
            { actor: "s" },
          ),
        ).rejects.toThrow(/more rights/);
        const token = await store.createToken(
          { name: "ingest", user: "dee", role: "editor", secretHash: "h1", expiresAt: null },
          { actor: "s" },
        );
        const now = new Date();
        expect(await store.findToken("h1", now)).toMatchObject({
          role: "editor",
          user: { name: "dee" },
        });
        expect(await store.findToken("nope", now)).toBeNull();
        // A demoted owner drags the token's effective role down with it.
        await store.createUser({ name: "root", role: "admin", passwordHash: hash }, { actor: "s" });
        await store.updateUser("dee", { role: "viewer" }, { actor: "root" });
        expect((await store.findToken("h1", now))?.role).toBe("viewer");
        const revoked = await store.revokeToken(token.id, { actor: "root" });
        expect(revoked.revokedAt).not.toBeNull();
        expect(await store.findToken("h1", now)).toBeNull();
        await store.createToken(
          { name: "short", user: "dee", role: "viewer", secretHash: "h2", expiresAt: now },
          { actor: "s" },
        );
        expect(await store.findToken("h2", new Date(now.getTime() + 1000))).toBeNull();
        expect((await store.listTokens()).map((t) => [t.name, t.user])).toEqual([
          ["ingest", "dee"],
          ["short", "dee"],
        ]);
        const actions = (await store.listAuditEvents({ entityType: "token" })).items.map(
          (e) => e.action,
        );
        expect(actions).toEqual(["create_token", "revoke_token", "create_token"]);
      });
    });
  });
}
