/** The typed client against the app in-process: uploads keep their paths, and responses carry their types. */
import { readFileSync } from "node:fs";
import { extractCorpus } from "@stancemap/extract";
import { ComparisonTable, IngestResult, Page, StatementRecord } from "@stancemap/schema";
import { createStore, type Store } from "@stancemap/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleInputs } from "../test/store.js";
import { createApp } from "./app.js";
import { type Client, createClient, postDocument, uploadDocuments } from "./client.js";

let store: Store;
let client: Client;

beforeAll(async () => {
  store = await createStore({ url: "memory://" });
  const app = createApp({ store, extract: extractCorpus });
  client = createClient("http://localhost", {
    fetch: (input: string | URL | Request, init?: RequestInit) => app.request(input, init),
  });
}, 60_000);
afterAll(async () => {
  await store.close();
});

describe("createClient", () => {
  it("uploads files with their paths as origins, then reads typed answers", async () => {
    const inputs = sampleInputs();
    const files = inputs.map(
      (input) =>
        new File([readFileSync(`${import.meta.dirname}/../../../${input.origin}`)], input.origin),
    );
    const posted = await uploadDocuments(client, files);
    expect(posted.status).toBe(201);
    const result = IngestResult.parse(await posted.json());
    expect(result.documents.map((d) => d.origin)).toEqual(inputs.map((i) => i.origin));

    const statements = await client.api.statements.$get({ query: { limit: "500" } });
    if (statements.status !== 200) throw new Error(`GET /api/statements: ${statements.status}`);
    const page = Page(StatementRecord).parse(await statements.json());
    expect(page.items.length).toBe(result.summary.statements.inserted);

    const first = page.items[0] as StatementRecord;
    const doc = await client.api.documents[":id"].$get({ param: { id: first.documentId } });
    if (doc.status !== 200) throw new Error(`GET /api/documents/{id}: ${doc.status}`);
    const detail = await doc.json();
    expect(detail.statements.map((s) => s.id)).toContain(first.id);

    const compared = await client.api.compare.$get({ query: { topics: first.topicId } });
    if (compared.status !== 200) throw new Error(`GET /api/compare: ${compared.status}`);
    const table = ComparisonTable.parse(await compared.json());
    expect(table.rows.every((row) => row.topicId === first.topicId)).toBe(true);
  });

  it("posts one article as JSON", async () => {
    const res = await postDocument(client, {
      text: "The finance minister of Norland said on Friday that the levy on imported steel would stay.",
      outlet: "Harbour Gazette",
    });
    expect(res.status).toBe(201);
    const result = IngestResult.parse(await res.json());
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]?.origin).toMatch(/^text:[0-9a-f]{16}$/);
  });

  it("gives error answers as problems", async () => {
    const res = await client.api.actors[":id"].$get({ param: { id: "act_nobodyatall" } });
    expect(res.status).toBe(404);
    if (res.status === 404) expect((await res.json()).code).toBe("not_found");
  });
});
