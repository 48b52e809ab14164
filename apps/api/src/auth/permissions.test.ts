/**
 * Every route × every role and no credentials, in shared mode, against the sample corpus. Each
 * route has a request that succeeds for a caller allowed to make it, so the table checks both
 * sides: who is refused (401 or 403) and that whoever is allowed really gets through.
 */
import { extractCorpus } from "@stancemap/extract";
import {
  ActorSummary,
  Page,
  ROLES,
  type Role,
  roleAtLeast,
  StatementRecord,
  TopicSummary,
} from "@stancemap/schema";
import type { Store } from "@stancemap/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccounts, PASSWORD, TEST_COST, type TestAccounts } from "../../test/accounts.js";
import { makeSnapshots, openStore } from "../../test/store.js";
import { createApp } from "../app.js";
import { openApiDocument } from "../openapi.js";
import { hashPassword } from "./password.js";
import {
  type Permission,
  ROUTE_PERMISSIONS,
  type RouteKey,
  requiredPermission,
} from "./permissions.js";
import { hashSecret, newSecret } from "./secrets.js";

let store: Store;
let app: ReturnType<typeof createApp>;
let accounts: TestAccounts;
let counter = 0;
const unique = (prefix: string) => `${prefix}${++counter}`;

beforeAll(async () => {
  const snapshots = await makeSnapshots();
  store = await openStore(snapshots.sample);
  accounts = await createAccounts(store);
  app = createApp(
    { store, extract: extractCorpus },
    { auth: { mode: "required", passwordCost: TEST_COST }, cache: false },
  );
}, 180_000);
afterAll(async () => {
  await store.close();
});

interface Call {
  path: string;
  method?: string;
  body?: unknown;
}

const json = (path: string, method: string, body: unknown): Call => ({ path, method, body });

async function statement() {
  const page = Page(StatementRecord).parse(
    await (await app.request("/api/statements?limit=1", { headers: accounts.token.admin })).json(),
  );
  const stm = page.items[0];
  if (!stm) throw new Error("the sample has statements");
  return stm;
}

async function topics() {
  return Page(TopicSummary).parse(
    await (await app.request("/api/topics", { headers: accounts.token.admin })).json(),
  ).items;
}

async function actors() {
  return Page(ActorSummary).parse(
    await (await app.request("/api/actors", { headers: accounts.token.admin })).json(),
  ).items;
}

/** A request to each route that succeeds for an allowed caller, built from the data as it is now. */
/**
 * The policy, written here independently of permissions.ts: `needs` is the least role that may
 * call the route. A change to either side without the other fails the table.
 */
const REQUESTS: Record<RouteKey, { needs: Permission; ok: number; call: () => Promise<Call> }> = {
  "GET /health": {
    needs: "public",
    ok: 200,
    call: async () => ({ path: "/health" }),
  },
  "GET /api/auth/session": {
    needs: "public",
    ok: 200,
    call: async () => ({ path: "/api/auth/session" }),
  },
  "POST /api/auth/login": {
    needs: "public",
    ok: 200,
    call: async () => json("/api/auth/login", "POST", { name: "viewer1", password: PASSWORD }),
  },
  "POST /api/auth/logout": {
    needs: "public",
    ok: 200,
    call: async () => json("/api/auth/logout", "POST", {}),
  },
  "GET /api/documents": {
    needs: "viewer",
    ok: 200,
    call: async () => ({ path: "/api/documents" }),
  },
  "GET /api/documents/{id}": {
    needs: "viewer",
    ok: 200,
    call: async () => ({ path: `/api/documents/${(await statement()).documentId}` }),
  },
  "GET /api/sources": {
    needs: "viewer",
    ok: 200,
    call: async () => ({ path: "/api/sources" }),
  },
  "GET /api/actors": {
    needs: "viewer",
    ok: 200,
    call: async () => ({ path: "/api/actors" }),
  },
  "GET /api/actors/{id}": {
    needs: "viewer",
    ok: 200,
    call: async () => ({ path: `/api/actors/${(await statement()).holderId}` }),
  },
  "GET /api/topics": {
    needs: "viewer",
    ok: 200,
    call: async () => ({ path: "/api/topics" }),
  },
  "GET /api/topics/{id}": {
    needs: "viewer",
    ok: 200,
    call: async () => ({ path: `/api/topics/${(await statement()).topicId}` }),
  },
  "GET /api/statements": {
    needs: "viewer",
    ok: 200,
    call: async () => ({ path: "/api/statements" }),
  },
  "GET /api/statements/{id}": {
    needs: "viewer",
    ok: 200,
    call: async () => ({ path: `/api/statements/${(await statement()).id}` }),
  },
  "GET /api/statements/{id}/history": {
    needs: "viewer",
    ok: 200,
    call: async () => ({ path: `/api/statements/${(await statement()).id}/history` }),
  },
  "GET /api/compare": {
    needs: "viewer",
    ok: 200,
    call: async () => ({ path: "/api/compare" }),
  },
  "GET /api/search": {
    needs: "viewer",
    ok: 200,
    call: async () => ({ path: "/api/search?q=minister" }),
  },
  "GET /api/export": {
    needs: "viewer",
    ok: 200,
    call: async () => ({ path: "/api/export?format=ndjson" }),
  },
  "GET /api/audit": {
    needs: "viewer",
    ok: 200,
    call: async () => ({ path: "/api/audit" }),
  },
  "POST /api/statements/{id}/review": {
    needs: "reviewer",
    ok: 201,
    call: async () => {
      const stm = await statement();
      return json(`/api/statements/${stm.id}/review`, "POST", {
        action: "accept",
        expectedVersion: stm.version,
      });
    },
  },
  "POST /api/documents": {
    needs: "editor",
    ok: 201,
    call: async () =>
      json("/api/documents", "POST", {
        origin: unique("authz-article-"),
        text: `The foreign minister of Norland said on Monday that the country would never accept a border tax of ${unique("")} percent.`,
      }),
  },
  "PATCH /api/topics/{id}": {
    needs: "editor",
    ok: 200,
    call: async () => {
      const [topic] = await topics();
      if (!topic) throw new Error("no topic");
      return json(`/api/topics/${topic.id}`, "PATCH", {
        label: unique("Renamed "),
        expectedVersion: topic.version,
      });
    },
  },
  "POST /api/topics/{id}/merge": {
    needs: "editor",
    ok: 200,
    call: async () => {
      const list = await topics();
      const source = list.at(-1);
      const target = list.at(-2);
      if (!source || !target) throw new Error("fewer than two topics left");
      return json(`/api/topics/${source.id}/merge`, "POST", {
        into: target.id,
        expectedVersion: source.version,
      });
    },
  },
  "PATCH /api/actors/{id}": {
    needs: "editor",
    ok: 200,
    call: async () => {
      const [actor] = await actors();
      if (!actor) throw new Error("no actor");
      return json(`/api/actors/${actor.id}`, "PATCH", {
        name: unique("Renamed actor "),
        expectedVersion: actor.version,
      });
    },
  },
  "POST /api/actors/{id}/merge": {
    needs: "editor",
    ok: 200,
    call: async () => {
      const list = await actors();
      // A leaf (nobody's parent) can merge into anyone without making a member its own parent.
      const parents = new Set(list.flatMap((a) => a.memberOf));
      const source = list.findLast((a) => !parents.has(a.id));
      const target = list.find((a) => a.id !== source?.id);
      if (!source || !target) throw new Error("no actors to merge");
      return json(`/api/actors/${source.id}/merge`, "POST", {
        into: target.id,
        expectedVersion: source.version,
      });
    },
  },
  "GET /api/users": {
    needs: "admin",
    ok: 200,
    call: async () => ({ path: "/api/users" }),
  },
  "POST /api/users": {
    needs: "admin",
    ok: 201,
    call: async () =>
      json("/api/users", "POST", { name: unique("new"), role: "viewer", password: PASSWORD }),
  },
  "PATCH /api/users/{name}": {
    needs: "admin",
    ok: 200,
    call: async () => {
      const name = unique("patched");
      await store.createUser(
        { name, role: "viewer", passwordHash: await hashPassword(PASSWORD, TEST_COST) },
        { actor: "test" },
      );
      return json(`/api/users/${name}`, "PATCH", { role: "reviewer" });
    },
  },
  "GET /api/tokens": {
    needs: "admin",
    ok: 200,
    call: async () => ({ path: "/api/tokens" }),
  },
  "POST /api/tokens": {
    needs: "admin",
    ok: 201,
    call: async () => json("/api/tokens", "POST", { name: unique("script "), role: "viewer" }),
  },
  "DELETE /api/tokens/{id}": {
    needs: "admin",
    ok: 200,
    call: async () => {
      const token = await store.createToken(
        {
          name: unique("doomed "),
          user: "admin1",
          role: "viewer",
          secretHash: hashSecret(newSecret()),
          expiresAt: null,
        },
        { actor: "test" },
      );
      return { path: `/api/tokens/${token.id}`, method: "DELETE" };
    },
  },
};

function expectedStatus(permission: Permission, caller: Role | null, ok: number): number {
  if (permission === "public") return ok;
  if (caller === null) return 401;
  return roleAtLeast(caller, permission) ? ok : 403;
}

describe("route permissions", () => {
  it("covers exactly the routes the OpenAPI document lists", () => {
    const spec = openApiDocument(app) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(spec.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(Object.keys(ROUTE_PERMISSIONS).sort()).toEqual(documented);
    expect(Object.keys(REQUESTS).sort()).toEqual(documented);
  });

  it("asks for an account on unknown API paths and on nothing outside /api", () => {
    expect(requiredPermission("GET", "/api/nothing-here")).toBe("viewer");
    expect(requiredPermission("DELETE", "/api/statements")).toBe("viewer");
    expect(requiredPermission("GET", "/actors/act_x")).toBe("public");
    expect(requiredPermission("HEAD", "/api/users")).toBe("admin");
    expect(requiredPermission("PATCH", "/api/topics/top_x/")).toBe("editor");
  });

  const callers: (Role | null)[] = [null, ...ROLES];
  for (const [key, { needs: permission, ok, call }] of Object.entries(REQUESTS) as [
    RouteKey,
    (typeof REQUESTS)[RouteKey],
  ][]) {
    it(`${key} (${permission})`, async () => {
      const seen: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const caller of callers) {
        const request = await call();
        const res = await app.request(request.path, {
          method: request.method ?? "GET",
          headers: {
            ...(caller && accounts.token[caller]),
            ...(request.body !== undefined && { "Content-Type": "application/json" }),
          },
          ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
        });
        const label = caller ?? "anonymous";
        seen[label] = res.status;
        expected[label] = expectedStatus(permission, caller, ok);
        if (res.status !== expected[label]) {
          // Name the refusal, not just the number, when the table and the server disagree.
          seen[`${label} says`] = (await res.text()).slice(0, 300) as unknown as number;
        }
      }
      expect(seen).toEqual(expected);
    });
  }
});
