/**
 * Two reviewers decide the same statements at the same moment, over real HTTP on loopback, on
 * PGlite and on a real PostgreSQL server (where the requests truly run in parallel on a pool).
 * For every statement one decision lands, the other gets 412 with the winner's state, the loser
 * reapplies, and in the end both decisions are on record: none lost, none silently overwritten.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { extractCorpus } from "@stancemap/extract";
import { Page, Problem, ReviewResult, StatementRecord } from "@stancemap/schema";
import { createStore, type Store } from "@stancemap/store";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createAccounts, TEST_COST } from "../test/accounts.js";
import "../test/postgres.js";
import { sampleInputs } from "../test/store.js";
import { createApp } from "./app.js";
import { ingestInputs } from "./ingest.js";

const STATEMENTS = 12;

async function raceReviewers(store: Store): Promise<void> {
  await ingestInputs({ store, extract: extractCorpus }, sampleInputs(), { actor: "test" });
  const accounts = await createAccounts(store);
  const app = createApp(
    { store, extract: extractCorpus },
    { auth: { mode: "required", passwordCost: TEST_COST } },
  );
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((done) => server.once("listening", done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    // Two reviewers with their own tokens: the reviewer and the editor account (editors review too).
    const reviewers = [
      { name: accounts.name.reviewer, headers: accounts.token.reviewer, action: "accept" },
      { name: accounts.name.editor, headers: accounts.token.editor, action: "reject" },
    ] as const;
    const listed = await fetch(`${base}/api/statements?limit=${STATEMENTS}`, {
      headers: reviewers[0].headers,
    });
    const seen = Page(StatementRecord).parse(await listed.json()).items;
    expect(seen).toHaveLength(STATEMENTS);

    const decide = (
      reviewer: (typeof reviewers)[number],
      statement: { id: string },
      version: number,
    ) =>
      fetch(`${base}/api/statements/${statement.id}/review`, {
        method: "POST",
        headers: {
          ...reviewer.headers,
          "Content-Type": "application/json",
          "If-Match": `"${version}"`,
        },
        body: JSON.stringify({ action: reviewer.action, note: `by ${reviewer.name}` }),
      });

    // Every decision on every statement at once, each naming the version both reviewers saw.
    const first = await Promise.all(
      seen.flatMap((stm) =>
        reviewers.map(async (reviewer) => ({
          stm,
          reviewer,
          res: await decide(reviewer, stm, stm.version),
        })),
      ),
    );
    const retries: Promise<Response>[] = [];
    for (const stm of seen) {
      const answers = first.filter((a) => a.stm.id === stm.id);
      const statuses = answers.map((a) => a.res.status).sort();
      expect(statuses, stm.id).toEqual([201, 412]);
      const winner = answers.find((a) => a.res.status === 201);
      const loser = answers.find((a) => a.res.status === 412);
      if (!winner || !loser) throw new Error("unreachable");
      const won = ReviewResult.parse(await winner.res.json());
      const stale = Problem.parse(await loser.res.json());
      expect(stale.code).toBe("stale_version");
      // The loser is shown exactly what the winner wrote, so it can decide with eyes open.
      const current = StatementRecord.parse(stale.current);
      expect(current.version).toBe(stm.version + 1);
      expect(current.reviewStatus).toBe(won.statement.reviewStatus);
      retries.push(decide(loser.reviewer, stm, current.version));
    }
    for (const res of await Promise.all(retries)) expect(res.status).toBe(201);

    for (const stm of seen) {
      const decisions = await store.listReviewDecisions(stm.id);
      expect(decisions.map((d) => d.reviewer).sort()).toEqual(reviewers.map((r) => r.name).sort());
      const events = (await store.listAuditEvents({ entityType: "statement", entityId: stm.id }))
        .items;
      // One audit event per decision, versions chained without a gap or a repeat.
      const steps = events
        .map((e) => [
          (e.before as { version: number }).version,
          (e.after as { version: number }).version,
        ])
        .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
      expect(steps).toEqual([
        [stm.version, stm.version + 1],
        [stm.version + 1, stm.version + 2],
      ]);
      expect((await store.getStatement(stm.id)).version).toBe(stm.version + 2);
    }
  } finally {
    await new Promise((done) => server.close(done));
  }
}

describe("two reviewers at once", () => {
  it("lose nothing on PGlite", async () => {
    const store = await createStore({ url: "memory://" });
    try {
      await raceReviewers(store);
    } finally {
      await store.close();
    }
  }, 180_000);

  const target = inject("postgres");
  if ("url" in target) {
    const admin = new pg.Client({ connectionString: target.url });
    const database = `stancemap_race_${process.pid}_${Date.now()}`;
    afterAll(async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${database}"`).catch(() => undefined);
      await admin.end();
    });
    it("lose nothing on PostgreSQL", async () => {
      await admin.connect();
      await admin.query(`CREATE DATABASE "${database}"`);
      const url = new URL(target.url);
      url.pathname = `/${database}`;
      const store = await createStore({ url: url.toString() });
      try {
        await raceReviewers(store);
      } finally {
        await store.close();
      }
    }, 180_000);
  } else if (process.env.CI === "true") {
    it("has a PostgreSQL server to race on", () => {
      throw new Error(`No PostgreSQL server in CI: ${target.unavailable}`);
    });
  } else {
    console.warn(`Racing on PGlite only: ${target.unavailable}`);
  }
});
