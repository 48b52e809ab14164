/**
 * Fuzzes every write route with malformed and random bodies, headers and query strings (a bounded,
 * seeded run of fast-check) as an admin, so requests get past authorization into validation and
 * the store. No answer may be a 5xx; a refused request must leave the database exactly as it was;
 * an accepted one must have left an audit event.
 */
import { extractCorpus } from "@stancemap/extract";
import type { Store } from "@stancemap/store";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccounts, TEST_COST, type TestAccounts } from "../test/accounts.js";
import { makeSnapshots, openStore } from "../test/store.js";
import { createApp } from "./app.js";
import { ROUTE_PERMISSIONS } from "./auth/permissions.js";

const RUNS_PER_ROUTE = 60;

let store: Store;
let app: ReturnType<typeof createApp>;
let accounts: TestAccounts;
let ids: {
  statement: string;
  topic: string;
  otherTopic: string;
  actor: string;
  otherActor: string;
  token: string;
};

beforeAll(async () => {
  store = await openStore((await makeSnapshots()).sample);
  accounts = await createAccounts(store);
  app = createApp(
    { store, extract: extractCorpus },
    { auth: { mode: "required", passwordCost: TEST_COST } },
  );
  const [stm] = (await store.listStatements({ limit: 1 })).items;
  const [token] = await store.listTokens();
  const otherTopic = (await store.listTopics()).find((t) => t.id !== stm?.topicId);
  const otherActor = (await store.listActors()).find(
    (a) => a.id !== stm?.holderId && !a.memberOf.includes(stm?.holderId ?? ""),
  );
  if (!stm || !token || !otherTopic || !otherActor) throw new Error("the sample has enough data");
  ids = {
    statement: stm.id,
    topic: stm.topicId,
    otherTopic: otherTopic.id,
    actor: stm.holderId,
    otherActor: otherActor.id,
    token: token.id,
  };
}, 180_000);
afterAll(async () => {
  await store.close();
});

/** Everything a write could change, in one comparable value (sessions excepted: sign-in makes them). */
async function fingerprint(): Promise<string> {
  const result = (await store.db.execute(sql`
    SELECT json_build_object(
      'documents', (SELECT count(*) FROM documents),
      'current', (SELECT count(*) FROM documents WHERE current),
      'statements', (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || string_agg(review_status || holder_id || topic_id, ',' ORDER BY id) FROM statements),
      'decisions', (SELECT count(*) FROM review_decisions),
      'topics', (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || string_agg(label, ',' ORDER BY id) FROM topics),
      'actors', (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || string_agg(name, ',' ORDER BY id) FROM actors),
      'users', (SELECT string_agg(name || role || disabled || password_hash, ',' ORDER BY id) FROM users),
      'tokens', (SELECT string_agg(id || coalesce(revoked_at::text, ''), ',' ORDER BY id) FROM api_tokens),
      'merged', (SELECT count(*) FROM merged_ids),
      'audit', (SELECT count(*) FROM audit_events)
    ) AS f`)) as unknown as { rows: { f: Record<string, unknown> }[] };
  return JSON.stringify(result.rows[0]?.f);
}

const auditCount = async () => (JSON.parse(await fingerprint()) as { audit: number }).audit;

/** Values a careless or hostile client might send where a field is expected. */
const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("", " ", "<script>alert(1)</script>", "top_", "act_x", "\u0000", "𝕏".repeat(300)),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
);

/** Objects shaped like the route's body, with some fields right, some wrong, some unknown. */
function nearly(fields: Record<string, fc.Arbitrary<unknown>>) {
  const arbitraries = Object.fromEntries(
    Object.entries(fields).map(([key, good]) => [
      key,
      fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: junk }),
    ]),
  );
  return fc.oneof(
    fc.record(arbitraries),
    fc.record(arbitraries, { requiredKeys: [] }),
    fc.record({ ...arbitraries, extraField: junk }, { requiredKeys: [] }),
  );
}

const version = fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constant(1));

const userName = fc.stringMatching(/^[a-z][a-z0-9._-]{0,15}$/);
const password = fc.oneof(fc.string({ minLength: 10, maxLength: 40 }), fc.string({ maxLength: 9 }));

/** Bodies per route; `real` ids make some requests valid enough to reach the store. */
const bodiesFor = (real: typeof ids): Record<string, fc.Arbitrary<unknown>> => ({
  "POST /api/documents": nearly({
    text: fc.oneof(fc.string(), fc.lorem({ maxCount: 20 })),
    origin: fc.string(),
    title: fc.string(),
    url: fc.webUrl(),
    date: fc.constantFrom("2025-01-12", "2025", "yesterday"),
    language: fc.constantFrom("en", "ru", "zz", "english"),
  }),
  "POST /api/statements/{id}/review": nearly({
    action: fc.constantFrom("accept", "reject", "correct", "maybe"),
    note: fc.string(),
    expectedVersion: version,
    correction: nearly({
      stance: fc.constantFrom("supports", "opposes", "angry"),
      topicId: fc.oneof(fc.constant(real.topic), fc.string()),
    }),
  }),
  "PATCH /api/topics/{id}": nearly({
    label: fc.string(),
    proposition: fc.string(),
    expectedVersion: version,
  }),
  "POST /api/topics/{id}/merge": nearly({
    into: fc.oneof(fc.constant(real.otherTopic), fc.string()),
    expectedVersion: version,
  }),
  "PATCH /api/actors/{id}": nearly({
    name: fc.string(),
    aliases: fc.array(fc.string(), { maxLength: 3 }),
    expectedVersion: version,
  }),
  "POST /api/actors/{id}/merge": nearly({
    into: fc.oneof(fc.constant(real.otherActor), fc.string()),
    expectedVersion: version,
  }),
  "POST /api/users": nearly({
    name: fc.oneof(userName, fc.string()),
    role: fc.constantFrom("viewer", "reviewer", "editor", "admin", "root"),
    password,
  }),
  "PATCH /api/users/{name}": nearly({
    role: fc.constantFrom("viewer", "admin", "god"),
    password,
    disabled: fc.boolean(),
  }),
  "POST /api/tokens": nearly({
    name: fc.string(),
    role: fc.constantFrom("viewer", "editor", "owner"),
    user: fc.oneof(fc.constantFrom("viewer1", "editor1", "admin1"), fc.string()),
    expiresInDays: fc.oneof(fc.integer({ min: 1, max: 3650 }), fc.integer()),
  }),
  "DELETE /api/tokens/{id}": fc.constant(undefined),
  "POST /api/auth/login": nearly({
    name: fc.oneof(fc.constantFrom("viewer1", "admin1"), fc.string()),
    password: fc.string(),
  }),
  "POST /api/auth/logout": fc.constant(undefined),
});

/** Real ids most of the time (so requests reach the store), malformed or unknown ones otherwise. */
function pathFor(route: string): fc.Arbitrary<string> {
  const path = route.split(" ")[1] ?? "";
  const real: Record<string, string> = {
    "/api/statements/{id}/review": ids.statement,
    "/api/topics/{id}": ids.topic,
    "/api/topics/{id}/merge": ids.topic,
    "/api/actors/{id}": ids.actor,
    "/api/actors/{id}/merge": ids.actor,
    "/api/users/{name}": accounts.name.viewer,
    "/api/tokens/{id}": ids.token,
  };
  const id = fc.oneof(
    { weight: 3, arbitrary: fc.constant(real[path] ?? "") },
    fc.constantFrom("x", "top_zzzzzzzz", "%00", "..%2F..", "stm_notthere1"),
    fc.string({ minLength: 1, maxLength: 20 }).map(encodeURIComponent),
  );
  const query = fc.oneof(
    fc.constant(""),
    fc
      .dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 10 }), { maxKeys: 3 })
      .map((q) => `?${new URLSearchParams(q).toString()}`),
  );
  return fc.tuple(id, query).map(([value, q]) => path.replace(/\{\w+\}/, value) + q);
}

const headerRecord = fc.record(
  {
    "Content-Type": fc.constantFrom(
      "application/json",
      "application/json",
      "application/json",
      "application/json; charset=utf-8",
      "text/plain",
      "multipart/form-data; boundary=x",
      "application/x-www-form-urlencoded",
      "application/json; charset=latin-1",
    ),
    "If-Match": fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('"1"', '"2"', 'W/"1"') },
      fc.constantFrom("*", '"abc"', ""),
      fc.string(),
    ),
    Origin: fc.constantFrom("http://localhost", "null", "http://evil.example"),
    "X-CSRF-Token": fc.string(),
  },
  // Mostly without If-Match: a body's expectedVersion that disagrees with it is a plain 400.
  { requiredKeys: ["Content-Type"] },
);

const headers = fc.tuple(headerRecord, fc.integer({ min: 0, max: 3 })).map(([h, keep]) => {
  if (keep === 0) return h;
  const { "If-Match": _dropped, ...rest } = h;
  return rest;
});

const raw = fc.oneof(
  fc.string(),
  fc.constantFrom("{", "[]", "null", '{"a":', "\u0000\u0001", "{}".repeat(1000)),
);

describe("fuzzing the write routes", () => {
  const writes = Object.keys(ROUTE_PERMISSIONS).filter((key) => !key.startsWith("GET "));

  it("covers every write route", () => {
    expect(Object.keys(bodiesFor(ids)).sort()).toEqual(writes.sort());
  });

  for (const route of writes) {
    it(`${route}: no 5xx, and no partial write`, async () => {
      const method = route.split(" ")[0] ?? "POST";
      const statuses: number[] = [];
      await fc.assert(
        fc.asyncProperty(
          pathFor(route),
          headers,
          fc.oneof(
            {
              weight: 4,
              arbitrary: (bodiesFor(ids)[route] ?? fc.constant(undefined)).map((b) =>
                b === undefined ? undefined : JSON.stringify(b),
              ),
            },
            { weight: 1, arbitrary: raw },
          ),
          async (path, extra, body) => {
            const before = await fingerprint();
            const safeHeaders = Object.fromEntries(
              Object.entries(extra).filter(([, value]) => /^[\t\x20-\x7e]*$/.test(value)),
            );
            const res = await app.request(path, {
              method,
              headers: { ...safeHeaders, ...accounts.token.admin },
              ...(body !== undefined && { body }),
            });
            expect(res.status, `${method} ${path}`).toBeLessThan(500);
            statuses.push(res.status);
            await res.arrayBuffer();
            if (res.status >= 400) {
              expect(await fingerprint(), `${method} ${path} → ${res.status}`).toBe(before);
            } else if (!route.includes("/api/auth/")) {
              const audited = JSON.parse(before) as { audit: number };
              // An accepted write was recorded; an unchanged re-ingest (200) writes nothing.
              if ((await fingerprint()) !== before) {
                expect(await auditCount()).toBeGreaterThan(audited.audit);
              }
            }
          },
        ),
        { numRuns: RUNS_PER_ROUTE, seed: 20261122, endOnFailure: true },
      );
      // The run must get past validation sometimes, or it only fuzzed the schema.
      expect(
        statuses.some((s) => s !== 400 && s !== 415),
        JSON.stringify(statuses),
      ).toBe(true);
    }, 120_000);
  }
});
