/** Sign-in, the session cookie, CSRF, throttling and local mode, through the app on a real PGlite store. */
import { extractCorpus } from "@stancemap/extract";
import { SessionInfo } from "@stancemap/schema";
import { createStore, type Store } from "@stancemap/store";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAccounts, PASSWORD, TEST_COST, type TestAccounts } from "../../test/accounts.js";
import { expectProblem } from "../../test/store.js";
import { createApp } from "../app.js";
import type { AuthOptions } from "./runtime.js";

let store: Store;
let accounts: TestAccounts;

beforeAll(async () => {
  store = await createStore({ url: "memory://" });
  accounts = await createAccounts(store);
}, 120_000);
afterAll(async () => {
  await store.close();
});

function shared(auth: AuthOptions = {}) {
  return createApp(
    { store, extract: extractCorpus },
    { auth: { mode: "required", passwordCost: TEST_COST, ...auth }, cache: false },
  );
}

type App = ReturnType<typeof shared>;

async function login(app: App, name: string, password = PASSWORD, url = "http://localhost") {
  return app.request(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name, password }),
  });
}

/** Signs in and returns the cookie header and the CSRF token a browser would hold. */
async function signIn(app: App, name: string) {
  const res = await login(app, name);
  expect(res.status).toBe(200);
  const session = SessionInfo.parse(await res.json());
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { cookie, csrf: session.csrfToken ?? "", session };
}

const renameBody = JSON.stringify({ name: "someone", role: "viewer", password: PASSWORD });

describe("shared mode", () => {
  let app: App;
  beforeEach(() => {
    app = shared();
  });

  it("refuses every data route without an account, but says how to sign in", async () => {
    const res = await app.request("/api/statements");
    await expectProblem(res, 401, "unauthenticated");
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const session = SessionInfo.parse(await (await app.request("/api/auth/session")).json());
    expect(session).toEqual({
      mode: "required",
      principal: null,
      csrfToken: null,
      expiresAt: null,
    });
  });

  it("signs in with an httpOnly, SameSite=Lax cookie, Secure only over https", async () => {
    const res = await login(app, "REVIEWER1");
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^stancemap_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const session = SessionInfo.parse(await res.json());
    expect(session.principal).toEqual({ name: "reviewer1", role: "reviewer", via: "session" });
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const secure = await login(app, "reviewer1", PASSWORD, "https://localhost");
    expect(secure.headers.get("set-cookie")).toMatch(/Secure/);
  });

  it("needs the CSRF token on cookie writes, and refuses foreign origins", async () => {
    const { cookie, csrf } = await signIn(app, "admin1");
    const post = (headers: Record<string, string>) =>
      app.request("/api/users", {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: cookie, ...headers },
        body: renameBody,
      });
    expect((await app.request("/api/users", { headers: { Cookie: cookie } })).status).toBe(200);
    await expectProblem(await post({}), 403, "csrf_failed");
    await expectProblem(await post({ "X-CSRF-Token": "forged" }), 403, "csrf_failed");
    await expectProblem(
      await post({ "X-CSRF-Token": csrf, Origin: "https://evil.example" }),
      403,
      "csrf_failed",
    );
    await expectProblem(
      await post({ "X-CSRF-Token": csrf, "Sec-Fetch-Site": "cross-site" }),
      403,
      "csrf_failed",
    );
    expect((await store.listUsers()).map((u) => u.name)).not.toContain("someone");
    const ok = await post({ "X-CSRF-Token": csrf, Origin: "http://localhost" });
    expect(ok.status).toBe(201);
    const [event] = (await store.listAuditEvents({ action: "create_user" })).items;
    expect(event).toMatchObject({ actor: "admin1", after: { name: "someone", role: "viewer" } });
  });

  it("ends the session on logout, expiry, a new password and disabling", async () => {
    let now = new Date("2030-06-01T08:00:00Z");
    const clock = shared({ now: () => now, sessionTtlMs: 60 * 60_000 });
    const read = (cookie: string) =>
      clock.request("/api/statements", { headers: { Cookie: cookie } });

    const first = await signIn(clock, "viewer1");
    expect((await read(first.cookie)).status).toBe(200);
    const out = await clock.request("/api/auth/logout", {
      method: "POST",
      headers: { Cookie: first.cookie, "X-CSRF-Token": first.csrf },
    });
    expect(out.status).toBe(200);
    expect(out.headers.get("set-cookie")).toMatch(/stancemap_session=;.*Max-Age=0/);
    await expectProblem(await read(first.cookie), 401, "unauthenticated");

    const second = await signIn(clock, "viewer1");
    now = new Date("2030-06-01T09:00:01Z");
    await expectProblem(await read(second.cookie), 401, "unauthenticated");

    const third = await signIn(clock, "viewer1");
    await store.updateUser("viewer1", { disabled: true }, { actor: "admin1" });
    await expectProblem(await read(third.cookie), 401, "unauthenticated");
    await expectProblem(await login(clock, "viewer1"), 401, "invalid_credentials");
    await store.updateUser("viewer1", { disabled: false }, { actor: "admin1" });
    expect((await login(clock, "viewer1")).status).toBe(200);
  });

  it("locks an account after 5 failures and an address after 20, with a clear message", async () => {
    let now = Date.parse("2030-01-01T00:00:00Z");
    const throttled = shared({ throttle: { now: () => now } });
    for (let i = 0; i < 5; i++) {
      await expectProblem(
        await login(throttled, "editor1", "wrong password"),
        401,
        "invalid_credentials",
      );
    }
    // Even the right password is refused while the lockout lasts, and the answer says why.
    const locked = await login(throttled, "editor1");
    const problem = await expectProblem(locked, 429, "locked_out");
    expect(problem.detail).toMatch(
      /Too many failed sign-ins for editor1\. Try again in 15 minutes/,
    );
    expect(locked.headers.get("retry-after")).toBe("900");
    // Other accounts are not affected by one account's lockout.
    expect((await login(throttled, "reviewer1")).status).toBe(200);
    now += 15 * 60_000 + 1;
    expect((await login(throttled, "editor1")).status).toBe(200);

    // Spraying many names from one address trips the address limit.
    for (let i = 0; i < 20; i++) await login(throttled, `nobody${i}`, "guess");
    const sprayed = await expectProblem(await login(throttled, "admin1"), 429, "locked_out");
    expect(sprayed.detail).toMatch(/from your address/);
  });

  it("lets an API token act with its scope and refuses a revoked or unknown one", async () => {
    const headers = accounts.token.reviewer;
    expect((await app.request("/api/auth/session", { headers })).status).toBe(200);
    const session = SessionInfo.parse(
      await (await app.request("/api/auth/session", { headers })).json(),
    );
    expect(session.principal).toEqual({ name: "reviewer1", role: "reviewer", via: "token" });
    await expectProblem(
      await app.request("/api/statements", { headers: { Authorization: "Bearer nope" } }),
      401,
      "invalid_token",
    );
    await expectProblem(
      await app.request("/api/statements", { headers: { Authorization: "Basic abc" } }),
      401,
      "invalid_token",
    );
  });
});

describe("local mode", () => {
  const app = () =>
    createApp({ store, extract: extractCorpus }, { auth: { localUser: "maria" }, cache: false });

  it("needs no sign-in and records the local user", async () => {
    const session = SessionInfo.parse(await (await app().request("/api/auth/session")).json());
    expect(session).toMatchObject({
      mode: "local",
      principal: { name: "maria", role: "admin", via: "local" },
    });
    await expectProblem(await login(app(), "admin1"), 400, "local_mode");
  });

  it("asks which account a token is for, since the local user has none", async () => {
    const post = (body: unknown) =>
      app().request("/api/tokens", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const problem = await expectProblem(
      await post({ name: "ci", role: "viewer" }),
      400,
      "validation_failed",
    );
    expect(problem.detail).toMatch(/local user has no account/);
    expect((await post({ name: "ci", role: "viewer", user: "viewer1" })).status).toBe(201);
  });

  it("answers only requests addressed to localhost, and refuses cross-site writes", async () => {
    // A DNS-rebinding page reaches 127.0.0.1 under its own name, which the Host header carries.
    await expectProblem(
      await app().request("http://attacker.example/api/statements"),
      403,
      "forbidden_host",
    );
    expect((await app().request("http://127.0.0.1:3000/api/statements")).status).toBe(200);
    expect((await app().request("http://[::1]:3000/api/statements")).status).toBe(200);
    await expectProblem(
      await app().request("/api/users", {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: "https://evil.example" },
        body: renameBody,
      }),
      403,
      "csrf_failed",
    );
  });
});
