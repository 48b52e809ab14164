/**
 * The repository suite on a real PostgreSQL server (see test/postgres-setup.ts): migrate a template
 * database once, then every test gets its own `CREATE DATABASE … TEMPLATE` copy.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { repositorySuite } from "../test/repository-suite.js";
import { createStore } from "./client.js";

const target = inject("postgres");

if ("url" in target) {
  const admin = new pg.Client({ connectionString: target.url });
  const run = randomBytes(4).toString("hex");
  const template = `stancemap_template_${run}`;
  const created: string[] = [];
  let opened = 0;
  const urlOf = (database: string) => {
    const url = new URL(target.url);
    url.pathname = `/${database}`;
    return url.toString();
  };

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${template}"`);
    const store = await createStore({ url: urlOf(template) });
    await store.close();
  }, 60_000);

  afterAll(async () => {
    for (const database of [...created, template]) {
      await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
    }
    await admin.end();
  });

  repositorySuite("PostgreSQL", async () => {
    const database = `stancemap_test_${run}_${opened++}`;
    created.push(database);
    await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
    const store = await createStore({ url: urlOf(database), migrate: false });
    return {
      ...store,
      close: async () => {
        await store.close();
        await admin.query(`DROP DATABASE "${database}"`);
        created.splice(created.indexOf(database), 1);
      },
    };
  });
} else if (process.env.CI === "true") {
  describe("store on PostgreSQL", () => {
    it("has a PostgreSQL server to test against", () => {
      throw new Error(`The PostgreSQL suite cannot run in CI: ${target.unavailable}`);
    });
  });
} else {
  console.warn(`Skipping the PostgreSQL suite: ${target.unavailable}`);
  describe.skip(`store on PostgreSQL (${target.unavailable})`, () => {
    it("runs the repository suite", () => {});
  });
}
